//! Files attached to requests: which files are accepted, how large they may be, who may attach
//! what, and how the hub records one in its request.
//!
//! A record holds only an attachment's metadata ([`crate::model::Attachment`]); the bytes live
//! in the hub's file storage and, until sent, in the phone's sealed store. The hub writes the
//! metadata once it holds every byte and has checked them ([`record`]); admission refuses a
//! change to the list from anyone else, so a record never lists a file the hub does not have.
//!
//! A file's type is decided from its first bytes ([`sniff`]), never from what a client says,
//! and must agree with its name's extension ([`file_type`]): the phone checks before it spends
//! data and the hub checks the bytes it receives, with the same code.

use automerge::Automerge;

use crate::access::Principal;
use crate::engine::{Edit, Rejection};
use crate::model::{Attachment, Request};
use crate::schema;
use crate::validate::{Arg, Wording};

/// The largest file one may attach.
pub const FILE_MAX_BYTES: u64 = 25 * 1024 * 1024;
/// The most bytes of files one request may carry, all its parts together.
pub const RECORD_MAX_BYTES: u64 = 100 * 1024 * 1024;
/// The most files one request may carry.
pub const RECORD_MAX_FILES: usize = 50;
/// How many bytes of files one person may have at the hub unless an operator says otherwise.
pub const DEFAULT_USER_QUOTA_BYTES: u64 = 1024 * 1024 * 1024;
/// The longest file name kept, in characters.
pub const NAME_MAX_CHARS: usize = 200;
/// How many leading bytes decide a file's type (and whether text is text).
pub const SNIFF_BYTES: usize = 4096;
/// The largest image accepted, in pixels: a photo of 50 megapixels is larger than any phone
/// takes, and a file claiming more is most likely made to exhaust whoever decodes it.
pub const IMAGE_MAX_PIXELS: u64 = 50_000_000;
/// The long edge of a thumbnail the hub makes, in pixels.
pub const THUMBNAIL_EDGE: u32 = 256;

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Jpeg,
    Png,
    Gif,
    Webp,
    Heif,
    Pdf,
    /// A ZIP container: the office formats of today (Office Open XML, OpenDocument).
    Zip,
    /// An OLE compound file: the office formats of before 2007.
    Ole,
    /// A program: a Windows executable, an ELF or Mach-O binary.
    Program,
    /// Text in UTF-8 with no NUL byte.
    Text,
    Unknown,
}

impl Sniffed {
    /// A short code naming what was found, for refusals (the catalogue words it).
    pub fn code(self) -> &'static str {
        match self {
            Sniffed::Jpeg | Sniffed::Png | Sniffed::Gif | Sniffed::Webp | Sniffed::Heif => "image",
            Sniffed::Pdf => "pdf",
            Sniffed::Zip | Sniffed::Ole => "office",
            Sniffed::Program => "program",
            Sniffed::Text => "text",
            Sniffed::Unknown => "unknown",
        }
    }
}

/// Reads what `head` (a file's first bytes, up to [`SNIFF_BYTES`]) says the file is.
pub fn sniff(head: &[u8]) -> Sniffed {
    let starts = |magic: &[u8]| head.starts_with(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        return Sniffed::Jpeg;
    }
    if starts(b"\x89PNG\r\n\x1a\n") {
        return Sniffed::Png;
    }
    if starts(b"GIF87a") || starts(b"GIF89a") {
        return Sniffed::Gif;
    }
    if starts(b"RIFF") && head.get(8..12) == Some(b"WEBP") {
        return Sniffed::Webp;
    }
    if head.get(4..8) == Some(b"ftyp")
        && head.get(8..12).is_some_and(|brand| {
            [
                b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1",
            ]
            .iter()
            .any(|b| brand == *b)
        })
    {
        return Sniffed::Heif;
    }
    if starts(b"%PDF-") {
        return Sniffed::Pdf;
    }
    if starts(b"PK\x03\x04") {
        return Sniffed::Zip;
    }
    if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Sniffed::Ole;
    }
    if starts(b"MZ")
        || starts(b"\x7fELF")
        || [
            [0xFE, 0xED, 0xFA, 0xCE],
            [0xFE, 0xED, 0xFA, 0xCF],
            [0xCE, 0xFA, 0xED, 0xFE],
            [0xCF, 0xFA, 0xED, 0xFE],
            [0xCA, 0xFE, 0xBA, 0xBE],
        ]
        .iter()
        .any(|magic| starts(magic))
    {
        return Sniffed::Program;
    }
    if is_text(head) {
        return Sniffed::Text;
    }
    Sniffed::Unknown
}

/// Whether `head` reads as UTF-8 text: no NUL byte, and valid but perhaps for a character cut
/// at the end of the sample.
fn is_text(head: &[u8]) -> bool {
    if head.contains(&0) {
        return false;
    }
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

/// An accepted kind of file: the extension a name ends with, what its bytes must be, and the
/// media type it is served as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileType {
    pub extension: &'static str,
    pub bytes: Sniffed,
    pub media_type: &'static str,
}

impl FileType {
    /// Whether the hub makes a thumbnail of it (and the phone may reduce it before sending).
    pub fn is_photo(&self) -> bool {
        matches!(
            self.bytes,
            Sniffed::Jpeg | Sniffed::Png | Sniffed::Gif | Sniffed::Webp
        )
    }
}

const fn allow(extension: &'static str, bytes: Sniffed, media_type: &'static str) -> FileType {
    FileType {
        extension,
        bytes,
        media_type,
    }
}

/// Every kind of file that may be attached: common images, PDF, office documents, plain text.
pub const ALLOWED: &[FileType] = &[
    allow("jpg", Sniffed::Jpeg, "image/jpeg"),
    allow("jpeg", Sniffed::Jpeg, "image/jpeg"),
    allow("png", Sniffed::Png, "image/png"),
    allow("gif", Sniffed::Gif, "image/gif"),
    allow("webp", Sniffed::Webp, "image/webp"),
    allow("heic", Sniffed::Heif, "image/heic"),
    allow("heif", Sniffed::Heif, "image/heif"),
    allow("pdf", Sniffed::Pdf, "application/pdf"),
    allow(
        "docx",
        Sniffed::Zip,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    allow(
        "xlsx",
        Sniffed::Zip,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    allow(
        "pptx",
        Sniffed::Zip,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    allow(
        "odt",
        Sniffed::Zip,
        "application/vnd.oasis.opendocument.text",
    ),
    allow(
        "ods",
        Sniffed::Zip,
        "application/vnd.oasis.opendocument.spreadsheet",
    ),
    allow(
        "odp",
        Sniffed::Zip,
        "application/vnd.oasis.opendocument.presentation",
    ),
    allow("doc", Sniffed::Ole, "application/msword"),
    allow("xls", Sniffed::Ole, "application/vnd.ms-excel"),
    allow("ppt", Sniffed::Ole, "application/vnd.ms-powerpoint"),
    allow("txt", Sniffed::Text, "text/plain; charset=utf-8"),
    allow("csv", Sniffed::Text, "text/csv; charset=utf-8"),
];

/// Why a file is not accepted. Each names what was wrong; [`FileRefusal::wording`] says it in
/// the reader's language through the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileRefusal {
    #[error("the file has no name")]
    NoName,
    #[error("the file name is longer than {max_chars} characters")]
    NameTooLong { max_chars: usize },
    #[error("files named .{extension} cannot be attached")]
    TypeNotAllowed { extension: String },
    #[error("the file is named .{extension} but its bytes are {found:?}")]
    Mismatch { extension: String, found: Sniffed },
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: u64 },
    #[error("the request already has {max_files} files")]
    RecordFull { max_files: usize },
    #[error("the request's files would pass {max_bytes} bytes")]
    RecordTooLarge { max_bytes: u64 },
    #[error("your files at the hub would pass your quota of {quota_bytes} bytes")]
    QuotaExceeded { quota_bytes: u64 },
    #[error("the image is larger than {max_pixels} pixels")]
    ImageTooLarge { max_pixels: u64 },
    #[error("the image cannot be read")]
    ImageUnreadable,
    #[error("the file cannot be attached there: {place}")]
    NoSuchPlace { place: &'static str },
    #[error("only {who} attaches files there")]
    NotYours { who: &'static str },
}

impl FileRefusal {
    /// A short machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            FileRefusal::NoName => "no_name",
            FileRefusal::NameTooLong { .. } => "name_too_long",
            FileRefusal::TypeNotAllowed { .. } => "type_not_allowed",
            FileRefusal::Mismatch { .. } => "type_mismatch",
            FileRefusal::Empty => "empty",
            FileRefusal::TooLarge { .. } => "too_large",
            FileRefusal::RecordFull { .. } => "record_full",
            FileRefusal::RecordTooLarge { .. } => "record_too_large",
            FileRefusal::QuotaExceeded { .. } => "quota_exceeded",
            FileRefusal::ImageTooLarge { .. } => "image_too_large",
            FileRefusal::ImageUnreadable => "image_unreadable",
            FileRefusal::NoSuchPlace { .. } => "no_such_place",
            FileRefusal::NotYours { .. } => "not_yours",
        }
    }

    /// Whether the refusal is about size (answered 413 by the hub).
    pub fn is_size(&self) -> bool {
        matches!(
            self,
            FileRefusal::TooLarge { .. }
                | FileRefusal::RecordFull { .. }
                | FileRefusal::RecordTooLarge { .. }
                | FileRefusal::QuotaExceeded { .. }
        )
    }

    /// The catalogue message (`attachment-refused-*`) and its arguments.
    pub fn wording(&self) -> Wording {
        let megabytes = |n: u64| Arg::Count(usize::try_from(n / (1024 * 1024)).unwrap_or(0));
        match self {
            FileRefusal::NoName => Wording::new("attachment-refused-no-name"),
            FileRefusal::NameTooLong { max_chars } => {
                Wording::new("attachment-refused-name-too-long").with("max", Arg::Count(*max_chars))
            }
            FileRefusal::TypeNotAllowed { extension } => Wording::new("attachment-refused-type")
                .with("extension", Arg::Text(extension.clone())),
            FileRefusal::Mismatch { extension, found } => {
                Wording::new("attachment-refused-mismatch")
                    .with("extension", Arg::Text(extension.clone()))
                    .with("found", Arg::Text(found.code().into()))
            }
            FileRefusal::Empty => Wording::new("attachment-refused-empty"),
            FileRefusal::TooLarge { max_bytes } => Wording::new("attachment-refused-too-large")
                .with("megabytes", megabytes(*max_bytes)),
            FileRefusal::RecordFull { max_files } => {
                Wording::new("attachment-refused-record-full").with("max", Arg::Count(*max_files))
            }
            FileRefusal::RecordTooLarge { max_bytes } => {
                Wording::new("attachment-refused-record-too-large")
                    .with("megabytes", megabytes(*max_bytes))
            }
            FileRefusal::QuotaExceeded { quota_bytes } => {
                Wording::new("attachment-refused-quota").with("megabytes", megabytes(*quota_bytes))
            }
            FileRefusal::ImageTooLarge { max_pixels } => {
                Wording::new("attachment-refused-image-too-large").with(
                    "megapixels",
                    Arg::Count(usize::try_from(*max_pixels / 1_000_000).unwrap_or(0)),
                )
            }
            FileRefusal::ImageUnreadable => Wording::new("attachment-refused-image-unreadable"),
            FileRefusal::NoSuchPlace { place } => Wording::new("attachment-refused-no-place")
                .with("place", Arg::Text((*place).into())),
            FileRefusal::NotYours { who } => {
                Wording::new("attachment-refused-not-yours").with("who", Arg::Text((*who).into()))
            }
        }
    }
}

/// A file name tidied for keeping: the last path segment, trimmed, with control characters
/// removed; refused when nothing is left or it is too long.
pub fn tidy_name(name: &str) -> Result<String, FileRefusal> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let tidy: String = last.chars().filter(|c| !c.is_control()).collect();
    let tidy = tidy.trim();
    if tidy.is_empty() {
        return Err(FileRefusal::NoName);
    }
    if tidy.chars().count() > NAME_MAX_CHARS {
        return Err(FileRefusal::NameTooLong {
            max_chars: NAME_MAX_CHARS,
        });
    }
    Ok(tidy.to_string())
}

/// The lowercase extension of `name`, if it has one.
fn extension(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_lowercase())
}

/// The accepted type a file named `name` is by its name alone, before any byte is read: what
/// the hub checks when an upload is created.
pub fn type_by_name(name: &str) -> Result<&'static FileType, FileRefusal> {
    let ext = extension(name).unwrap_or_default();
    ALLOWED
        .iter()
        .find(|t| t.extension == ext)
        .ok_or(FileRefusal::TypeNotAllowed { extension: ext })
}

/// The type of a file named `name` whose first bytes are `head`: accepted only when the name's
/// extension is allowed and the bytes are what that extension says.
pub fn file_type(name: &str, head: &[u8]) -> Result<&'static FileType, FileRefusal> {
    let by_name = type_by_name(name)?;
    let found = sniff(head);
    if found != by_name.bytes {
        return Err(FileRefusal::Mismatch {
            extension: by_name.extension.to_string(),
            found,
        });
    }
    Ok(by_name)
}

/// Whether an image `width` × `height` pixels is small enough to accept.
pub fn check_image(width: u32, height: u32) -> Result<(), FileRefusal> {
    if u64::from(width) * u64::from(height) > IMAGE_MAX_PIXELS {
        return Err(FileRefusal::ImageTooLarge {
            max_pixels: IMAGE_MAX_PIXELS,
        });
    }
    Ok(())
}

/// What a request and its sender already hold at the hub, against which a new file's size is
/// checked before any of its bytes are stored.
#[derive(Debug, Clone, Copy, Default)]
pub struct Usage {
    /// Files on the request (attached or being uploaded).
    pub record_files: usize,
    pub record_bytes: u64,
    /// Bytes of the sender's files anywhere (attached or being uploaded).
    pub user_bytes: u64,
    pub user_quota: u64,
}

/// Whether a file of `size` bytes fits the limits given what is already there.
pub fn check_size(size: u64, usage: Usage) -> Result<(), FileRefusal> {
    if size == 0 {
        return Err(FileRefusal::Empty);
    }
    if size > FILE_MAX_BYTES {
        return Err(FileRefusal::TooLarge {
            max_bytes: FILE_MAX_BYTES,
        });
    }
    if usage.record_files >= RECORD_MAX_FILES {
        return Err(FileRefusal::RecordFull {
            max_files: RECORD_MAX_FILES,
        });
    }
    if usage.record_bytes.saturating_add(size) > RECORD_MAX_BYTES {
        return Err(FileRefusal::RecordTooLarge {
            max_bytes: RECORD_MAX_BYTES,
        });
    }
    if usage.user_bytes.saturating_add(size) > usage.user_quota {
        return Err(FileRefusal::QuotaExceeded {
            quota_bytes: usage.user_quota,
        });
    }
    Ok(())
}

/// Where in a request a file goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The request itself.
    Request,
    /// A message of its conversation, by id.
    Message(String),
    /// One of the fund round's required attachments, by its name in the round.
    Requirement(String),
    /// A progress report of its application, by id.
    Report(String),
}

impl Place {
    /// The place named by an upload's optional `message_id`, `requirement` and `report_id`
    /// (at most one of them).
    pub fn from_parts(
        message: Option<&str>,
        requirement: Option<&str>,
        report: Option<&str>,
    ) -> Result<Self, FileRefusal> {
        match (message, requirement, report) {
            (None, None, None) => Ok(Place::Request),
            (Some(m), None, None) => Ok(Place::Message(m.to_string())),
            (None, Some(r), None) => Ok(Place::Requirement(r.to_string())),
            (None, None, Some(r)) => Ok(Place::Report(r.to_string())),
            _ => Err(FileRefusal::NoSuchPlace { place: "several" }),
        }
    }

    fn parts(&self) -> (Option<&str>, Option<&str>, Option<&str>) {
        match self {
            Place::Request => (None, None, None),
            Place::Message(m) => (Some(m), None, None),
            Place::Requirement(r) => (None, Some(r), None),
            Place::Report(r) => (None, None, Some(r)),
        }
    }
}

/// Whether `by` (who may write `request`, as the guard decided) may attach a file at `place`:
/// to the request or its application's parts only its requester, to a message only its author
/// (so the hub attaches templates to its own replies); the place must exist in the request as
/// the hub has it, and a required attachment must be one the application's round asks for.
pub fn may_attach(
    by: &Principal,
    request: &Request,
    place: &Place,
    required: &[String],
) -> Result<(), FileRefusal> {
    let requester = request.requester.as_str() == by.user.as_str();
    match place {
        Place::Request => {
            if !requester {
                return Err(FileRefusal::NotYours { who: "requester" });
            }
        }
        Place::Message(id) => {
            let Some(message) = request.messages.iter().find(|m| m.id.as_str() == id) else {
                return Err(FileRefusal::NoSuchPlace { place: "message" });
            };
            if message.author.as_str() != by.user.as_str() {
                return Err(FileRefusal::NotYours { who: "author" });
            }
        }
        Place::Requirement(name) => {
            if request.application.is_none() || !required.iter().any(|r| r == name) {
                return Err(FileRefusal::NoSuchPlace {
                    place: "requirement",
                });
            }
            if !requester {
                return Err(FileRefusal::NotYours { who: "requester" });
            }
        }
        Place::Report(id) => {
            let reports = request.application.as_ref().map(|a| a.reports.as_slice());
            if !reports
                .unwrap_or_default()
                .iter()
                .any(|r| r.id.as_str() == id)
            {
                return Err(FileRefusal::NoSuchPlace { place: "report" });
            }
            if !requester {
                return Err(FileRefusal::NotYours { who: "requester" });
            }
        }
    }
    Ok(())
}

/// What the hub knows of a file once every byte has arrived and been checked.
#[derive(Debug, Clone)]
pub struct Received {
    pub id: String,
    pub sha256: String,
    pub name: String,
    pub media_type: String,
    pub size: u64,
    pub by: String,
    pub at: i64,
    pub place: Place,
}

impl Received {
    fn into_attachment(self) -> Attachment {
        let (message, requirement, report) = self.place.parts();
        Attachment {
            message: message.map(Into::into),
            requirement: requirement.map(Into::into),
            report: report.map(Into::into),
            id: self.id.into(),
            sha256: self.sha256.into(),
            name: self.name.into(),
            media_type: self.media_type.into(),
            size: i64::try_from(self.size).unwrap_or(i64::MAX),
            by: self.by.into(),
            at: self.at,
        }
    }
}

/// The hub's record of a file it received, written into the request document. Run by the
/// server only (admission refuses the list from anyone else); recording the same attachment
/// twice changes nothing.
pub fn record(received: Received) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let request = schema::read_request(doc).map_err(|e| Rejection::Conflict(e.to_string()))?;
        if request
            .attachments
            .iter()
            .any(|a| a.id.as_str() == received.id)
        {
            return Ok(());
        }
        if request.attachments.len() >= RECORD_MAX_FILES {
            return Err(Rejection::Conflict(
                FileRefusal::RecordFull {
                    max_files: RECORD_MAX_FILES,
                }
                .to_string(),
            ));
        }
        let at = received.at;
        let mut attachments = request.attachments;
        attachments.push(received.into_attachment());
        schema::write_attachments(doc, &attachments, at)
            .map_err(|e| Rejection::Conflict(e.to_string()))
    })
}

/// The hub's removal of attachments from a request (their bytes are deleted by the caller).
pub fn remove(ids: Vec<String>, now_ms: i64) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let request = schema::read_request(doc).map_err(|e| Rejection::Conflict(e.to_string()))?;
        let mut attachments = request.attachments;
        let before = attachments.len();
        attachments.retain(|a| !ids.iter().any(|id| id == a.id.as_str()));
        if attachments.len() == before {
            return Ok(());
        }
        schema::write_attachments(doc, &attachments, now_ms)
            .map_err(|e| Rejection::Conflict(e.to_string()))
    })
}

#[cfg(test)]
mod tests;
