//! Canned responses staff reuse in replies.

use hubdesk_shared::validate::Canned;
use sqlx::{AnyExecutor, Row};

use super::StoreError;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CannedRow {
    pub id: String,
    /// The response this is a version of, in another language: its first version's id (its
    /// own, for a first version).
    pub item_id: String,
    pub title: String,
    pub body: String,
    pub language: String,
    pub created_by: String,
    pub updated_at: i64,
}

fn to_row(row: &sqlx::any::AnyRow) -> Result<CannedRow, sqlx::Error> {
    Ok(CannedRow {
        id: row.try_get("id")?,
        item_id: row.try_get("item_id")?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        language: row.try_get("language")?,
        created_by: row.try_get("created_by")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Every canned response, by title; only those in `language` when given.
pub async fn list(
    db: impl AnyExecutor<'_>,
    language: Option<&str>,
) -> Result<Vec<CannedRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, item_id, title, body, language, created_by, updated_at \
         FROM canned_responses WHERE ($1 = '' OR language = $1) ORDER BY title, id",
    )
    .bind(language.unwrap_or("").to_string())
    .fetch_all(db)
    .await?;
    Ok(rows.iter().map(to_row).collect::<Result<_, _>>()?)
}

pub async fn get(db: impl AnyExecutor<'_>, id: &str) -> Result<Option<CannedRow>, StoreError> {
    let row = sqlx::query(
        "SELECT id, item_id, title, body, language, created_by, updated_at \
         FROM canned_responses WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(to_row).transpose()?)
}

/// The languages of the versions of item `item_id`.
pub async fn item_languages(
    db: impl AnyExecutor<'_>,
    item_id: &str,
) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT language FROM canned_responses WHERE item_id = $1")
        .bind(item_id)
        .fetch_all(db)
        .await?;
    Ok(rows
        .iter()
        .map(|r| r.try_get("language"))
        .collect::<Result<_, _>>()?)
}

/// Adds a response, as a version of item `item_id` (its own id for a first version).
pub async fn insert(
    db: impl AnyExecutor<'_>,
    id: &str,
    item_id: &str,
    canned: &Canned,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO canned_responses (id, item_id, title, body, language, created_by, \
         created_at, updated_at) VALUES ($1, $7, $2, $3, $4, $5, $6, $6)",
    )
    .bind(id)
    .bind(&canned.title)
    .bind(&canned.body)
    .bind(&canned.language)
    .bind(by)
    .bind(now)
    .bind(item_id)
    .execute(db)
    .await?;
    Ok(())
}

/// Replaces a canned response's text; false when there is no such response.
pub async fn update(
    db: impl AnyExecutor<'_>,
    id: &str,
    canned: &Canned,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE canned_responses SET title = $2, body = $3, language = $4, updated_at = $5 \
         WHERE id = $1",
    )
    .bind(id)
    .bind(&canned.title)
    .bind(&canned.body)
    .bind(&canned.language)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Removes a canned response; false when there is no such response.
pub async fn delete(db: impl AnyExecutor<'_>, id: &str) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM canned_responses WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() > 0)
}
