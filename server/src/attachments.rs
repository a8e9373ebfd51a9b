//! Attachments: uploads that resume (the service under the tus endpoint), files checked from
//! their bytes, the hub's record of each in its request, downloads, and deletion for data
//! protection.
//!
//! An upload is created against a request the guard let the sender attach to; its size is
//! checked against the limits and the sender's quota before any byte is stored. Each `PATCH`
//! streams its bytes to the file storage in pieces and commits them in SQL with the new offset,
//! so an upload cut at any point resumes from the last committed byte, on any node. When the
//! last byte arrives the file is checked (type from its bytes, the declared SHA-256, an image's
//! size from its header), stored once under its SHA-256, and recorded in the request document
//! by the hub (`shared::attachments::record`).

use bytes::{Bytes, BytesMut};
use futures_util::{Stream, StreamExt};
use hubdesk_shared::access::Principal;
use hubdesk_shared::attachments::{self as rules, FileRefusal, Place, Received, Usage};
use hubdesk_shared::ids::DocKind;
use hubdesk_shared::schema;

use crate::clock::now_ms;
use crate::error::{AppError, UploadError};
use crate::files::{Files, PIECE_BYTES};
use crate::guard::Reached;
use crate::state::AppState;
use crate::store::attachments::{self as sql, AttachmentRow, Part, UploadRow};
use crate::store::{Store, docs, fund};

/// How long an upload waits for its next bytes before it expires, and is deleted.
pub const UPLOAD_LIFETIME_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// How many leading bytes are read to learn a photo's size from its header.
const IMAGE_HEAD_BYTES: usize = 1024 * 1024;

/// An upload as its sender describes it at creation.
#[derive(Debug, Clone)]
pub struct NewUpload {
    /// Made by the sender's device (a UUID); one is made when absent.
    pub attachment_id: Option<String>,
    pub name: String,
    pub place: Place,
    /// The SHA-256 the sender computed, in hex, checked when the last byte arrives.
    pub sha256: Option<String>,
    pub length: u64,
    /// The raw `Upload-Metadata`, given back as it came.
    pub metadata: String,
}

/// A checksum a `PATCH` carries for its own bytes (tus checksum extension).
#[derive(Debug, Clone)]
pub enum Checksum {
    Sha1(Vec<u8>),
    Sha256(Vec<u8>),
}

fn place_columns(place: &Place) -> (&'static str, String) {
    match place {
        Place::Request => ("request", String::new()),
        Place::Message(id) => ("message", id.clone()),
        Place::Requirement(name) => ("requirement", name.clone()),
        Place::Report(id) => ("report", id.clone()),
    }
}

fn place_of(upload: &UploadRow) -> Place {
    let id = upload.place_ref.clone();
    match upload.place.as_str() {
        "message" => Place::Message(id),
        "requirement" => Place::Requirement(id),
        "report" => Place::Report(id),
        _ => Place::Request,
    }
}

fn refused(refusal: FileRefusal) -> AppError {
    AppError::Upload(UploadError::Refused(refusal))
}

/// Creates an upload on `request` (which the guard let `by` attach to), or finds the one
/// already created for the same attachment, so a creation retried after a cut makes one upload.
pub async fn create(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    new: NewUpload,
) -> Result<UploadRow, AppError> {
    let name = rules::tidy_name(&new.name).map_err(refused)?;
    let kind = rules::type_by_name(&name).map_err(refused)?;
    if let Some(sha) = &new.sha256
        && (sha.len() != 64 || !sha.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return Err(AppError::bad_request(
            Some("sha256"),
            "sha256 must be 64 hexadecimal digits",
        ));
    }
    let attachment_id = match &new.attachment_id {
        Some(id) => uuid::Uuid::parse_str(id)
            .map_err(|_| AppError::bad_request(Some("attachment_id"), "must be a UUID"))?
            .to_string(),
        None => uuid::Uuid::new_v4().to_string(),
    };
    let request_id = request.id().to_string();
    if let Some(existing) = sql::upload_of_attachment(state.store.pool(), &attachment_id).await? {
        if existing.owner == by.user.as_str() && existing.request_id == request_id {
            return Ok(existing);
        }
        return Err(AppError::Conflict(
            "attachment_id is already used by another upload".into(),
        ));
    }
    let doc = docs::load_document(&state.store, request.id().document(DocKind::Request))
        .await?
        .ok_or(AppError::NotFound)?;
    let record = schema::read_request(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    let round = record.application.as_ref().and_then(|a| a.round_id.clone());
    let required = match round {
        Some(round) => fund::round(&state.store, round.as_str(), None)
            .await?
            .map(|r| r.required_attachments)
            .unwrap_or_default(),
        None => Vec::new(),
    };
    rules::may_attach(by, &record, &new.place, &required).map_err(refused)?;
    let now = now_ms();
    let (place, place_ref) = place_columns(&new.place);
    let upload = UploadRow {
        id: uuid::Uuid::new_v4().simple().to_string(),
        attachment_id,
        request_id: request_id.clone(),
        owner: by.user.to_string(),
        name,
        media_type: kind.media_type.to_string(),
        place: place.to_string(),
        place_ref,
        declared_sha256: new.sha256.unwrap_or_default().to_lowercase(),
        metadata: new.metadata,
        length: i64::try_from(new.length).unwrap_or(i64::MAX),
        offset: 0,
        created_at: now,
        expires_at: now + UPLOAD_LIFETIME_MS,
        completed_at: None,
    };
    let mut tx = state.store.begin_write().await.map_err(store_error)?;
    sql::lock_user(&mut tx, state.store.backend(), by.user.as_str()).await?;
    let (record_files, record_bytes, user_bytes) =
        sql::usage(&mut tx, &request_id, by.user.as_str()).await?;
    let usage = Usage {
        record_files: usize::try_from(record_files).unwrap_or(usize::MAX),
        record_bytes: u64::try_from(record_bytes).unwrap_or(0),
        user_bytes: u64::try_from(user_bytes).unwrap_or(0),
        user_quota: state.limits.user_quota_bytes,
    };
    rules::check_size(new.length, usage).map_err(refused)?;
    sql::insert_upload(&mut tx, &upload).await?;
    tx.commit().await.map_err(store_error)?;
    Ok(upload)
}

fn store_error(e: sqlx::Error) -> AppError {
    AppError::Internal(e.to_string())
}

/// Appends a `PATCH`'s bytes to `upload` at `offset`: they are stored in pieces as they
/// arrive, and committed with the new offset when the body ends. A body cut short keeps what
/// arrived (unless a checksum was given, which only the whole body can match). When the last
/// byte is in, the file is checked and recorded ([`complete`]).
pub async fn append<S, E>(
    state: &AppState,
    by: &Principal,
    upload: UploadRow,
    offset: u64,
    checksum: Option<Checksum>,
    body: S,
) -> Result<UploadRow, AppError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    let length = u64::try_from(upload.length).unwrap_or(0);
    let held = u64::try_from(upload.offset).unwrap_or(0);
    if upload.completed_at.is_some() || offset != held {
        return Err(AppError::Upload(UploadError::OffsetMismatch {
            hub_has: if upload.completed_at.is_some() {
                length
            } else {
                held
            },
        }));
    }
    let received = receive(
        state,
        &upload,
        offset,
        length - held,
        checksum.is_some(),
        body,
    )
    .await;
    let got = received?;
    let digest_ok = checksum.as_ref().is_none_or(|c| c.matches(&got.whole));
    let (pieces, total, head) = (got.pieces, got.total, got.head);
    if !digest_ok {
        state.files.delete_keys(&keys(&pieces)).await;
        return Err(AppError::Upload(UploadError::ChecksumMismatch));
    }
    if offset == 0 && total > 0 {
        // The first bytes decide the type: refuse a mismatch before more data is spent on it.
        if head.len() >= rules::SNIFF_BYTES.min(usize::try_from(length).unwrap_or(usize::MAX))
            && let Err(refusal) = rules::file_type(&upload.name, &head)
        {
            state.files.delete_keys(&keys(&pieces)).await;
            terminate(state, &upload).await?;
            return Err(refused(refusal));
        }
    }
    let new_offset = held + total;
    let mut tx = state.store.begin_write().await.map_err(store_error)?;
    let committed = sql::commit_parts(
        &mut tx,
        &upload.id,
        upload.offset,
        i64::try_from(new_offset).unwrap_or(i64::MAX),
        now_ms() + UPLOAD_LIFETIME_MS,
        &pieces,
    )
    .await?;
    if !committed {
        drop(tx);
        state.files.delete_keys(&keys(&pieces)).await;
        let now = sql::upload(state.store.pool(), &upload.id)
            .await?
            .ok_or(AppError::NotFound)?;
        return Err(AppError::Upload(UploadError::OffsetMismatch {
            hub_has: u64::try_from(now.offset).unwrap_or(0),
        }));
    }
    tx.commit().await.map_err(store_error)?;
    let upload = sql::upload(state.store.pool(), &upload.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if new_offset == length {
        return complete(state, by, upload).await;
    }
    Ok(upload)
}

impl Checksum {
    fn matches(&self, whole: &Whole) -> bool {
        match (self, whole) {
            (Checksum::Sha1(want), Whole::Both { sha1, .. }) => sha1 == want,
            (Checksum::Sha256(want), Whole::Both { sha256, .. }) => sha256 == want,
            _ => false,
        }
    }
}

enum Whole {
    Unhashed,
    Both { sha1: Vec<u8>, sha256: Vec<u8> },
}

struct Got {
    pieces: Vec<Part>,
    total: u64,
    whole: Whole,
    /// The body's first bytes, up to what decides a file's type.
    head: Vec<u8>,
}

fn keys(pieces: &[Part]) -> Vec<String> {
    pieces.iter().map(|p| p.key.clone()).collect()
}

/// Reads a body into stored pieces of at most [`PIECE_BYTES`]. More bytes than `room` refuse
/// the whole body; a body that fails midway keeps what arrived unless `whole_only`.
async fn receive<S, E>(
    state: &AppState,
    upload: &UploadRow,
    offset: u64,
    room: u64,
    whole_only: bool,
    mut body: S,
) -> Result<Got, AppError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    use sha1::Digest as _;
    let mut sha1 = sha1::Sha1::new();
    let mut sha256 = sha2::Sha256::new();
    let mut buffer = BytesMut::with_capacity(PIECE_BYTES);
    let mut pieces: Vec<Part> = Vec::new();
    let mut total: u64 = 0;
    let mut stored: u64 = 0;
    let mut cut = false;
    let mut head = Vec::new();
    loop {
        let next = body.next().await;
        let chunk = match next {
            None => None,
            Some(Ok(chunk)) => Some(chunk),
            Some(Err(_)) => {
                cut = true;
                None
            }
        };
        let Some(chunk) = chunk else { break };
        total += chunk.len() as u64;
        if total > room {
            state.files.delete_keys(&keys(&pieces)).await;
            return Err(AppError::Upload(UploadError::TooLong));
        }
        if head.len() < rules::SNIFF_BYTES {
            let take = (rules::SNIFF_BYTES - head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..take]);
        }
        if whole_only {
            sha1.update(&chunk);
            sha2::Digest::update(&mut sha256, &chunk);
        }
        // One piece's buffer at a time, allocated at its full size, so memory per upload is
        // that buffer and the piece being stored, whatever the body's chunks.
        let mut rest: &[u8] = &chunk;
        while !rest.is_empty() {
            let take = (PIECE_BYTES - buffer.len()).min(rest.len());
            buffer.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if buffer.len() == PIECE_BYTES {
                let piece = std::mem::replace(&mut buffer, BytesMut::with_capacity(PIECE_BYTES));
                store_piece(state, upload, offset + stored, piece.freeze(), &mut pieces).await?;
                stored += PIECE_BYTES as u64;
            }
        }
    }
    if cut && whole_only {
        // Only the whole body can match its checksum: nothing of a cut one is kept.
        state.files.delete_keys(&keys(&pieces)).await;
        return Ok(Got {
            pieces: Vec::new(),
            total: 0,
            whole: Whole::Unhashed,
            head: Vec::new(),
        });
    }
    if !buffer.is_empty() {
        let piece = buffer.freeze();
        let size = piece.len() as u64;
        store_piece(state, upload, offset + stored, piece, &mut pieces).await?;
        stored += size;
    }
    let whole = if whole_only {
        Whole::Both {
            sha1: sha1.finalize().to_vec(),
            sha256: sha2::Digest::finalize(sha256).to_vec(),
        }
    } else {
        Whole::Unhashed
    };
    Ok(Got {
        pieces,
        total: stored,
        whole,
        head,
    })
}

async fn store_piece(
    state: &AppState,
    upload: &UploadRow,
    at: u64,
    piece: Bytes,
    pieces: &mut Vec<Part>,
) -> Result<(), AppError> {
    let key = Files::piece_key(&upload.id, at);
    let size = piece.len();
    if let Err(e) = state.files.put_piece(&key, piece).await {
        state.files.delete_keys(&keys(pieces)).await;
        return Err(AppError::Internal(e.to_string()));
    }
    pieces.push(Part {
        offset: i64::try_from(at).unwrap_or(i64::MAX),
        size: i64::try_from(size).unwrap_or(i64::MAX),
        key,
    });
    Ok(())
}

/// Finishes an upload whose every byte is in: checks the file, stores it once under its
/// SHA-256, records the attachment in SQL and in the request document. A file that fails a
/// check is refused and its upload deleted; nothing of it stays.
async fn complete(
    state: &AppState,
    by: &Principal,
    upload: UploadRow,
) -> Result<UploadRow, AppError> {
    let parts = sql::parts(state.store.pool(), &upload.id).await?;
    let part_keys = keys(&parts);
    let photo = rules::type_by_name(&upload.name).is_ok_and(|t| t.is_photo());
    let head_bytes = if photo {
        IMAGE_HEAD_BYTES
    } else {
        rules::SNIFF_BYTES
    };
    let (sha256, head) = state
        .files
        .digest_in_turn(part_keys.clone(), head_bytes)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let checked = check_file(&upload, &sha256, &head);
    if let Err(e) = checked {
        terminate(state, &upload).await?;
        return Err(e);
    }
    state
        .files
        .assemble(part_keys.clone(), &sha256)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let now = now_ms();
    let row = AttachmentRow {
        id: upload.attachment_id.clone(),
        request_id: upload.request_id.clone(),
        sha256: sha256.clone(),
        name: upload.name.clone(),
        media_type: upload.media_type.clone(),
        size: upload.length,
        uploaded_by: by.user.to_string(),
        created_at: now,
    };
    let request = hubdesk_shared::ids::RequestId::parse(&upload.request_id)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    state
        .sync
        .edit_as_hub(
            request.document(DocKind::Request),
            rules::record(Received {
                id: row.id.clone(),
                sha256,
                name: row.name.clone(),
                media_type: row.media_type.clone(),
                size: u64::try_from(row.size).unwrap_or(0),
                by: row.uploaded_by.clone(),
                at: now,
                place: place_of(&upload),
            }),
        )
        .await?;
    let mut tx = state.store.begin_write().await.map_err(store_error)?;
    sql::complete(&mut tx, &upload.id, &row).await?;
    tx.commit().await.map_err(store_error)?;
    state.files.delete_keys(&part_keys).await;
    sql::upload(state.store.pool(), &upload.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The checks on a whole file: its type from its bytes, the SHA-256 its sender declared, and
/// a photo's size from its header.
fn check_file(upload: &UploadRow, sha256: &str, head: &[u8]) -> Result<(), AppError> {
    let sniff = &head[..head.len().min(rules::SNIFF_BYTES)];
    let kind = rules::file_type(&upload.name, sniff).map_err(refused)?;
    if !upload.declared_sha256.is_empty() && upload.declared_sha256 != sha256 {
        return Err(AppError::Upload(UploadError::ChecksumMismatch));
    }
    if kind.is_photo() {
        let (width, height) =
            crate::thumbnails::dimensions(head).ok_or(refused(FileRefusal::ImageUnreadable))?;
        rules::check_image(width, height).map_err(refused)?;
    }
    Ok(())
}

/// Deletes an upload and its stored pieces (tus termination, a refused file, expiry).
pub async fn terminate(state: &AppState, upload: &UploadRow) -> Result<(), AppError> {
    let mut tx = state.store.begin_write().await.map_err(store_error)?;
    let keys = sql::delete_upload(&mut tx, &upload.id).await?;
    tx.commit().await.map_err(store_error)?;
    state.files.delete_keys(&keys).await;
    Ok(())
}

/// Deletes uploads that expired; returns how many.
pub async fn sweep_expired(state: &AppState) -> Result<usize, AppError> {
    let ids = sql::expired_uploads(state.store.pool(), now_ms(), 500).await?;
    for id in &ids {
        // A completed upload's row only answered late HEADs; its file is an attachment and
        // stays.
        if let Some(upload) = sql::upload(state.store.pool(), id).await? {
            terminate(state, &upload).await?;
        }
    }
    Ok(ids.len())
}

/// Deletes the attachments `ids` from SQL and their bytes from storage (unless another
/// attachment holds the same file). The request documents are the caller's to rewrite.
pub async fn delete(store: &Store, files: &Files, ids: &[String]) -> Result<(), AppError> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut tx = store.begin_write().await.map_err(store_error)?;
    let unused = sql::delete_attachments(&mut tx, ids).await?;
    tx.commit().await.map_err(store_error)?;
    for sha in unused {
        files.delete_blob(&sha).await;
    }
    Ok(())
}

/// Drops every upload `owner` has in progress, with what they stored.
pub async fn drop_uploads_of(store: &Store, files: &Files, owner: &str) -> Result<(), AppError> {
    for id in sql::uploads_by(store.pool(), owner).await? {
        let mut tx = store.begin_write().await.map_err(store_error)?;
        let keys = sql::delete_upload(&mut tx, &id).await?;
        tx.commit().await.map_err(store_error)?;
        files.delete_keys(&keys).await;
    }
    Ok(())
}
