//! Attachments and their uploads in SQL: uploads in progress (tus) with their committed parts,
//! and the attachments whose bytes the hub holds. The bytes themselves are in the file storage
//! (`crate::files`).

use sqlx::{AnyExecutor, Row};

use super::{Backend, StoreError};

/// An upload in progress (or completed and kept for a late `HEAD`).
#[derive(Debug, Clone)]
pub struct UploadRow {
    pub id: String,
    pub attachment_id: String,
    pub request_id: String,
    pub owner: String,
    pub name: String,
    pub media_type: String,
    /// `request`, `message`, `requirement` or `report`.
    pub place: String,
    pub place_ref: String,
    pub declared_sha256: String,
    pub metadata: String,
    pub length: i64,
    pub offset: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub completed_at: Option<i64>,
}

const UPLOAD_COLUMNS: &str = "id, attachment_id, request_id, owner, name, media_type, place, \
     place_ref, declared_sha256, metadata, length, upload_offset, created_at, expires_at, \
     completed_at";

fn upload_row(row: &sqlx::any::AnyRow) -> Result<UploadRow, sqlx::Error> {
    Ok(UploadRow {
        id: row.try_get("id")?,
        attachment_id: row.try_get("attachment_id")?,
        request_id: row.try_get("request_id")?,
        owner: row.try_get("owner")?,
        name: row.try_get("name")?,
        media_type: row.try_get("media_type")?,
        place: row.try_get("place")?,
        place_ref: row.try_get("place_ref")?,
        declared_sha256: row.try_get("declared_sha256")?,
        metadata: row.try_get("metadata")?,
        length: row.try_get("length")?,
        offset: row.try_get("upload_offset")?,
        created_at: row.try_get("created_at")?,
        expires_at: row.try_get("expires_at")?,
        completed_at: row.try_get("completed_at")?,
    })
}

/// An attachment whose bytes the hub holds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AttachmentRow {
    pub id: String,
    pub request_id: String,
    pub sha256: String,
    pub name: String,
    pub media_type: String,
    pub size: i64,
    pub uploaded_by: String,
    pub created_at: i64,
}

const ATTACHMENT_COLUMNS: &str =
    "id, request_id, sha256, name, media_type, size, uploaded_by, created_at";

fn attachment_row(row: &sqlx::any::AnyRow) -> Result<AttachmentRow, sqlx::Error> {
    Ok(AttachmentRow {
        id: row.try_get("id")?,
        request_id: row.try_get("request_id")?,
        sha256: row.try_get("sha256")?,
        name: row.try_get("name")?,
        media_type: row.try_get("media_type")?,
        size: row.try_get("size")?,
        uploaded_by: row.try_get("uploaded_by")?,
        created_at: row.try_get("created_at")?,
    })
}

/// Holds `user`'s row until the transaction ends, so that two uploads they create at once on
/// two nodes are checked against their quota one after the other (SQLite's write transaction
/// already serialises them).
pub async fn lock_user(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    backend: Backend,
    user: &str,
) -> Result<(), StoreError> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT id FROM users WHERE id = $1 FOR UPDATE")
            .bind(user)
            .fetch_optional(&mut **tx)
            .await?;
    }
    Ok(())
}

/// What a request and a user already hold: (files on the request, their bytes, the user's
/// bytes), counting uploads still in progress, which reserve their whole length.
pub async fn usage(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    request_id: &str,
    user: &str,
) -> Result<(i64, i64, i64), StoreError> {
    let record = sqlx::query(
        "SELECT COUNT(*) AS files, CAST(COALESCE(SUM(size), 0) AS BIGINT) AS bytes FROM ( \
           SELECT size FROM attachments WHERE request_id = $1 \
           UNION ALL SELECT length AS size FROM uploads \
             WHERE request_id = $1 AND completed_at IS NULL) AS held",
    )
    .bind(request_id)
    .fetch_one(&mut **tx)
    .await?;
    let mine = sqlx::query(
        "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) AS bytes FROM ( \
           SELECT size FROM attachments WHERE uploaded_by = $1 \
           UNION ALL SELECT length AS size FROM uploads \
             WHERE owner = $1 AND completed_at IS NULL) AS held",
    )
    .bind(user)
    .fetch_one(&mut **tx)
    .await?;
    Ok((
        record.try_get("files")?,
        record.try_get("bytes")?,
        mine.try_get("bytes")?,
    ))
}

pub async fn insert_upload(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    upload: &UploadRow,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO uploads (id, attachment_id, request_id, owner, name, media_type, place, \
         place_ref, declared_sha256, metadata, length, upload_offset, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, $13)",
    )
    .bind(&upload.id)
    .bind(&upload.attachment_id)
    .bind(&upload.request_id)
    .bind(&upload.owner)
    .bind(&upload.name)
    .bind(&upload.media_type)
    .bind(&upload.place)
    .bind(&upload.place_ref)
    .bind(&upload.declared_sha256)
    .bind(&upload.metadata)
    .bind(upload.length)
    .bind(upload.created_at)
    .bind(upload.expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The upload whose `column` (a fixed name: `id` or `attachment_id`) is `value`.
async fn upload_where(
    db: impl AnyExecutor<'_>,
    column: &'static str,
    value: &str,
) -> Result<Option<UploadRow>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {UPLOAD_COLUMNS} FROM uploads WHERE {column} = $1"
    ))
    .bind(value)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(upload_row).transpose()?)
}

pub async fn upload(db: impl AnyExecutor<'_>, id: &str) -> Result<Option<UploadRow>, StoreError> {
    upload_where(db, "id", id).await
}

/// The upload that becomes attachment `attachment_id`, if one was created.
pub async fn upload_of_attachment(
    db: impl AnyExecutor<'_>,
    attachment_id: &str,
) -> Result<Option<UploadRow>, StoreError> {
    upload_where(db, "attachment_id", attachment_id).await
}

/// One stored piece of an upload.
#[derive(Debug, Clone)]
pub struct Part {
    pub offset: i64,
    pub size: i64,
    pub key: String,
}

/// Moves upload `id` from `from` to `to` bytes and records the parts that hold them, if no one
/// else moved it meanwhile; `false` when its offset is no longer `from`.
pub async fn commit_parts(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    id: &str,
    from: i64,
    to: i64,
    expires_at: i64,
    parts: &[Part],
) -> Result<bool, StoreError> {
    let moved = sqlx::query(
        "UPDATE uploads SET upload_offset = $1, expires_at = $2 \
         WHERE id = $3 AND upload_offset = $4 AND completed_at IS NULL",
    )
    .bind(to)
    .bind(expires_at)
    .bind(id)
    .bind(from)
    .execute(&mut **tx)
    .await?;
    if moved.rows_affected() != 1 {
        return Ok(false);
    }
    for part in parts {
        sqlx::query(
            "INSERT INTO upload_parts (upload_id, part_offset, size, object_key) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(part.offset)
        .bind(part.size)
        .bind(&part.key)
        .execute(&mut **tx)
        .await?;
    }
    Ok(true)
}

/// Upload `id`'s committed parts, in order.
pub async fn parts(db: impl AnyExecutor<'_>, id: &str) -> Result<Vec<Part>, StoreError> {
    let rows = sqlx::query(
        "SELECT part_offset, size, object_key FROM upload_parts \
         WHERE upload_id = $1 ORDER BY part_offset",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Part {
                offset: row.try_get("part_offset")?,
                size: row.try_get("size")?,
                key: row.try_get("object_key")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// Records the attachment an upload became, marks the upload completed and forgets its parts
/// (whose objects the caller deletes after the commit).
pub async fn complete(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    upload_id: &str,
    attachment: &AttachmentRow,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO attachments (id, request_id, sha256, name, media_type, size, uploaded_by, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING",
    )
    .bind(&attachment.id)
    .bind(&attachment.request_id)
    .bind(&attachment.sha256)
    .bind(&attachment.name)
    .bind(&attachment.media_type)
    .bind(attachment.size)
    .bind(&attachment.uploaded_by)
    .bind(attachment.created_at)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE uploads SET completed_at = $1 WHERE id = $2")
        .bind(attachment.created_at)
        .bind(upload_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM upload_parts WHERE upload_id = $1")
        .bind(upload_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Forgets upload `id` and its parts; returns the parts' object keys for the caller to delete.
pub async fn delete_upload(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    id: &str,
) -> Result<Vec<String>, StoreError> {
    let keys = parts(&mut **tx, id).await?;
    sqlx::query("DELETE FROM upload_parts WHERE upload_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM uploads WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(keys.into_iter().map(|p| p.key).collect())
}

/// Uploads that expired before `now` (at most `limit`), to be deleted.
pub async fn expired_uploads(
    db: impl AnyExecutor<'_>,
    now: i64,
    limit: i64,
) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT id FROM uploads WHERE expires_at < $1 ORDER BY id LIMIT $2")
        .bind(now)
        .bind(limit)
        .fetch_all(db)
        .await?;
    rows.iter()
        .map(|row| row.try_get("id"))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// The uploads `owner` has (in progress or completed), by id.
pub async fn uploads_by(db: impl AnyExecutor<'_>, owner: &str) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT id FROM uploads WHERE owner = $1 ORDER BY id")
        .bind(owner)
        .fetch_all(db)
        .await?;
    rows.iter()
        .map(|row| row.try_get("id"))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

pub async fn attachment(
    db: impl AnyExecutor<'_>,
    id: &str,
) -> Result<Option<AttachmentRow>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(attachment_row).transpose()?)
}

/// The attachments whose `column` (a fixed name) is `value`, oldest first.
async fn attachments_where(
    db: impl AnyExecutor<'_>,
    column: &'static str,
    value: &str,
) -> Result<Vec<AttachmentRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE {column} = $1 ORDER BY created_at, id"
    ))
    .bind(value)
    .fetch_all(db)
    .await?;
    Ok(rows.iter().map(attachment_row).collect::<Result<_, _>>()?)
}

/// The attachments of request `request_id`.
pub async fn of_request(
    db: impl AnyExecutor<'_>,
    request_id: &str,
) -> Result<Vec<AttachmentRow>, StoreError> {
    attachments_where(db, "request_id", request_id).await
}

/// The attachments `user` sent, on any request.
pub async fn sent_by(
    db: impl AnyExecutor<'_>,
    user: &str,
) -> Result<Vec<AttachmentRow>, StoreError> {
    attachments_where(db, "uploaded_by", user).await
}

/// Deletes the attachment rows `ids` (and uploads that became them); returns the SHA-256 of
/// each deleted file that no other attachment still uses, whose bytes the caller deletes.
pub async fn delete_attachments(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    ids: &[String],
) -> Result<Vec<String>, StoreError> {
    let mut unused = Vec::new();
    for id in ids {
        let Some(row) = attachment(&mut **tx, id).await? else {
            continue;
        };
        sqlx::query("DELETE FROM attachments WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        sqlx::query("DELETE FROM uploads WHERE attachment_id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        let others = sqlx::query("SELECT COUNT(*) AS n FROM attachments WHERE sha256 = $1")
            .bind(&row.sha256)
            .fetch_one(&mut **tx)
            .await?;
        if others.try_get::<i64, _>("n")? == 0 && !unused.contains(&row.sha256) {
            unused.push(row.sha256);
        }
    }
    Ok(unused)
}
