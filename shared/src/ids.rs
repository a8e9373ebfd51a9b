//! Identifiers: automerge-repo document ids, request ids, user ids.
//!
//! A request's UUID (v7, made on the device) is its automerge-repo document id. The triage,
//! internal-notes and guidance documents use the same 16 bytes with a different UUID version
//! nibble, so any node can tell from an id alone which kind of document it names and which request
//! it belongs to. Nothing inside a request points at its triage or notes documents, so a client
//! cannot redirect a request to a document it controls.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

/// The version nibbles that mark each kind of document.
const REQUEST_NIBBLE: u8 = 0x7;
const TRIAGE_NIBBLE: u8 = 0x8;
const NOTES_NIBBLE: u8 = 0x9;
const GUIDANCE_NIBBLE: u8 = 0xA;

/// An automerge-repo document id: 16 bytes, written as bs58check text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocumentId([u8; 16]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("document id is not valid bs58check text")]
    NotBs58Check,
    #[error("document id must be 16 bytes, found {0}")]
    WrongLength(usize),
    #[error("request id must be a UUID v7, found {0:?}")]
    NotUuidV7(String),
    #[error("user id must be 1 to 64 characters of letters, digits, '-' or '_'")]
    BadUserId,
}

impl DocumentId {
    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }

    /// Which kind of HubDesk document this id names, and for which request.
    pub fn classify(&self) -> Option<(DocKind, RequestId)> {
        let kind = match self.0[6] >> 4 {
            REQUEST_NIBBLE => DocKind::Request,
            TRIAGE_NIBBLE => DocKind::Triage,
            NOTES_NIBBLE => DocKind::Notes,
            GUIDANCE_NIBBLE => DocKind::Guidance,
            _ => return None,
        };
        // RFC 9562 variant bits must be `10`; anything else is not one of ours.
        if self.0[8] & 0xC0 != 0x80 {
            return None;
        }
        let mut bytes = self.0;
        bytes[6] = (bytes[6] & 0x0F) | (REQUEST_NIBBLE << 4);
        Some((kind, RequestId(Uuid::from_bytes(bytes))))
    }

    pub fn kind(&self) -> Option<DocKind> {
        self.classify().map(|(kind, _)| kind)
    }

    /// The `automerge:` URL automerge-repo clients use for this document.
    pub fn url(&self) -> String {
        format!("automerge:{self}")
    }
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bs58::encode(&self.0).with_check().into_string())
    }
}

impl fmt::Debug for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DocumentId({self})")
    }
}

impl FromStr for DocumentId {
    type Err = IdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.strip_prefix("automerge:").unwrap_or(s);
        let bytes = bs58::decode(s)
            .with_check(None)
            .into_vec()
            .map_err(|_| IdError::NotBs58Check)?;
        let bytes: [u8; 16] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| IdError::WrongLength(bytes.len()))?;
        Ok(Self(bytes))
    }
}

/// The kinds of document HubDesk syncs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// The request itself: written by its requester and by staff.
    Request,
    /// Status, priority, assignee, tags, due dates: written by staff, readable by the requester.
    Triage,
    /// Internal notes: staff only, never visible to practitioners.
    Notes,
    /// Guidance the hub publishes: written by staff, readable by everyone signed in.
    Guidance,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Request => "request",
            DocKind::Triage => "triage",
            DocKind::Notes => "notes",
            DocKind::Guidance => "guidance",
        }
    }

    fn nibble(self) -> u8 {
        match self {
            DocKind::Request => REQUEST_NIBBLE,
            DocKind::Triage => TRIAGE_NIBBLE,
            DocKind::Notes => NOTES_NIBBLE,
            DocKind::Guidance => GUIDANCE_NIBBLE,
        }
    }
}

/// A request's id: a UUID v7 made on the device that created the request.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId(Uuid);

impl RequestId {
    /// Makes a new id from the time (ms since the Unix epoch) and 10 random bytes, both handed in
    /// so this crate stays free of clocks and random sources.
    pub fn new(unix_ms: u64, random: [u8; 10]) -> Self {
        Self(uuid::Builder::from_unix_timestamp_millis(unix_ms, &random).into_uuid())
    }

    pub fn parse(text: &str) -> Result<Self, IdError> {
        let uuid = Uuid::parse_str(text).map_err(|_| IdError::NotUuidV7(text.to_string()))?;
        Self::try_from_uuid(uuid).ok_or_else(|| IdError::NotUuidV7(text.to_string()))
    }

    pub fn try_from_uuid(uuid: Uuid) -> Option<Self> {
        (uuid.get_version_num() == 7 && uuid.get_variant() == uuid::Variant::RFC4122)
            .then_some(Self(uuid))
    }

    pub fn uuid(&self) -> Uuid {
        self.0
    }

    /// The id of one of this request's documents.
    pub fn document(&self, kind: DocKind) -> DocumentId {
        let mut bytes = *self.0.as_bytes();
        bytes[6] = (bytes[6] & 0x0F) | (kind.nibble() << 4);
        DocumentId(bytes)
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl fmt::Debug for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequestId({self})")
    }
}

/// A user's id as it appears in documents (requester, message author, assignee).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(String);

impl UserId {
    pub fn parse(text: &str) -> Result<Self, IdError> {
        let ok = !text.is_empty()
            && text.len() <= 64
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        ok.then(|| Self(text.to_string())).ok_or(IdError::BadUserId)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> RequestId {
        RequestId::new(1_763_900_000_000, [7; 10])
    }

    #[test]
    fn document_ids_round_trip_through_bs58check() {
        let id = sample().document(DocKind::Request);
        let text = id.to_string();
        assert_eq!(text.parse::<DocumentId>(), Ok(id));
        assert_eq!(format!("automerge:{text}").parse::<DocumentId>(), Ok(id));
    }

    #[test]
    fn derived_ids_classify_back_to_their_request() {
        let request = sample();
        for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
            let doc = request.document(kind);
            assert_eq!(doc.classify(), Some((kind, request)));
        }
        assert_ne!(
            request.document(DocKind::Triage),
            request.document(DocKind::Notes)
        );
    }

    #[test]
    fn a_request_document_id_is_the_request_uuid() {
        let request = sample();
        assert_eq!(
            request.document(DocKind::Request).as_bytes(),
            request.uuid().as_bytes()
        );
    }

    #[test]
    fn random_v4_ids_are_not_hubdesk_documents() {
        let mut bytes = [0x11u8; 16];
        bytes[6] = 0x4F;
        bytes[8] = 0x8F;
        assert_eq!(DocumentId::from_bytes(bytes).classify(), None);
    }

    #[test]
    fn bad_document_ids_are_rejected_with_a_reason() {
        assert_eq!("hello".parse::<DocumentId>(), Err(IdError::NotBs58Check));
        let short = bs58::encode([1u8, 2, 3]).with_check().into_string();
        assert_eq!(short.parse::<DocumentId>(), Err(IdError::WrongLength(3)));
    }

    #[test]
    fn the_recorded_js_document_id_decodes_to_16_bytes() {
        let id: DocumentId = "wedLTmTassLL4PGwXVMvBwp1vnz".parse().expect("valid id");
        assert_eq!(id.to_string(), "wedLTmTassLL4PGwXVMvBwp1vnz");
    }

    #[test]
    fn request_ids_must_be_uuid_v7() {
        assert!(RequestId::parse(&sample().to_string()).is_ok());
        assert!(RequestId::parse("8d6f1f3e-2b1c-4c1e-9a7d-3c2b1a0f9e8d").is_err());
        assert!(RequestId::parse("not a uuid").is_err());
    }

    #[test]
    fn user_ids_reject_odd_characters() {
        assert!(UserId::parse("u-123_abc").is_ok());
        assert!(UserId::parse("").is_err());
        assert!(UserId::parse("a b").is_err());
    }
}
