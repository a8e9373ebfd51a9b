//! Shared practices in SQL: each one's text (`hubdesk_shared::practice::Practice` as JSON), its
//! author and place, where it stands, and the library item it became.

use hubdesk_shared::model::Country;
use hubdesk_shared::practice::Practice;
use sqlx::Row;

use super::{Store, StoreError};

/// A practice as kept, with its author's username.
#[derive(Debug, Clone)]
pub struct PracticeRow {
    pub id: String,
    pub author: String,
    pub author_username: String,
    pub country: Option<String>,
    pub city: Option<String>,
    pub language: String,
    pub practice: Practice,
    pub stage: String,
    pub hub_note: Option<String>,
    pub guidance_id: Option<String>,
    pub submitted_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "p.id, p.author, u.username, p.country, p.city, p.language, p.practice, \
    p.stage, p.hub_note, p.guidance_id, p.submitted_at, p.updated_at";

fn row_of(row: &sqlx::any::AnyRow) -> Result<PracticeRow, StoreError> {
    let json: String = row.try_get("practice")?;
    Ok(PracticeRow {
        id: row.try_get("id")?,
        author: row.try_get("author")?,
        author_username: row.try_get("username")?,
        country: row.try_get("country")?,
        city: row.try_get("city")?,
        language: row.try_get("language")?,
        practice: serde_json::from_str(&json)
            .map_err(|e| StoreError::Corrupt(format!("practice: {e}")))?,
        stage: row.try_get("stage")?,
        hub_note: row.try_get("hub_note")?,
        guidance_id: row.try_get("guidance_id")?,
        submitted_at: row.try_get("submitted_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn json(practice: &Practice) -> Result<String, StoreError> {
    serde_json::to_string(practice).map_err(|e| StoreError::Corrupt(format!("practice: {e}")))
}

/// Practice `id`, if there is one.
pub async fn get(db: &Store, id: &str) -> Result<Option<PracticeRow>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM practices p JOIN users u ON u.id = p.author WHERE p.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(row_of).transpose()
}

/// The practices `author` shared, newest first.
pub async fn of_author(db: &Store, author: &str) -> Result<Vec<PracticeRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM practices p JOIN users u ON u.id = p.author \
         WHERE p.author = $1 ORDER BY p.submitted_at DESC"
    ))
    .bind(author)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(row_of).collect()
}

/// The practices from `countries` (all when `None`), newest change first, at most 500.
pub async fn all(
    db: &Store,
    countries: Option<&[Country]>,
) -> Result<Vec<PracticeRow>, StoreError> {
    let mut sql = format!("SELECT {COLUMNS} FROM practices p JOIN users u ON u.id = p.author");
    if let Some(countries) = countries {
        let limit = super::queues::column_in_countries("p.country", countries);
        sql.push_str(&format!(" WHERE {limit}"));
    }
    sql.push_str(" ORDER BY p.updated_at DESC LIMIT 500");
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    rows.iter().map(row_of).collect()
}

/// Keeps a new practice, submitted; nothing when one with its id is there (a retry). Returns
/// whether it was new.
#[allow(clippy::too_many_arguments)]
pub async fn insert(
    db: &Store,
    id: &str,
    author: &str,
    country: Option<&str>,
    city: Option<&str>,
    language: &str,
    practice: &Practice,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO practices (id, author, country, city, language, practice, stage, \
         submitted_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'submitted', $7, $7) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(author)
    .bind(country)
    .bind(city)
    .bind(language)
    .bind(json(practice)?)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Replaces practice `id`'s text, stage, note and library item.
pub async fn update(
    db: &Store,
    id: &str,
    practice: &Practice,
    stage: &str,
    hub_note: Option<&str>,
    guidance_id: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE practices SET practice = $2, stage = $3, hub_note = $4, guidance_id = $5, \
         updated_at = $6 WHERE id = $1",
    )
    .bind(id)
    .bind(json(practice)?)
    .bind(stage)
    .bind(hub_note)
    .bind(guidance_id)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}
