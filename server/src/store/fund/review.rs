//! Fund managers' reviews and comments on an application, and conflicts of interest.

use sqlx::{Any, Row, Transaction};

use super::super::{Store, StoreError};

/// Whether `user` declared a conflict of interest on the application.
pub async fn is_conflicted(db: &Store, request_id: &str, user: &str) -> Result<bool, StoreError> {
    let row =
        sqlx::query("SELECT 1 AS one FROM fund_conflicts WHERE request_id = $1 AND user_id = $2")
            .bind(request_id)
            .bind(user)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.is_some())
}

/// Records a declaration of conflict (a second one by the same person changes nothing).
pub async fn declare_conflict(
    tx: &mut Transaction<'_, Any>,
    request_id: &str,
    user: &str,
    reason: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO fund_conflicts (request_id, user_id, reason, declared_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (request_id, user_id) DO NOTHING",
    )
    .bind(request_id)
    .bind(user)
    .bind(reason)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// One reviewer's review.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ReviewRow {
    pub reviewer: String,
    pub eligibility: Vec<bool>,
    pub scores: Vec<i64>,
    pub updated_at: i64,
}

/// An internal comment between fund managers.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CommentRow {
    pub id: i64,
    pub author: String,
    pub body: String,
    pub at: i64,
}

/// A declared conflict of interest.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ConflictRow {
    pub user_id: String,
    pub reason: String,
    pub declared_at: i64,
}

pub async fn save_review(
    db: &Store,
    request_id: &str,
    reviewer: &str,
    eligibility: &[bool],
    scores: &[i64],
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO fund_reviews (request_id, reviewer, eligibility, scores, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (request_id, reviewer) DO UPDATE SET \
         eligibility = excluded.eligibility, scores = excluded.scores, \
         updated_at = excluded.updated_at",
    )
    .bind(request_id)
    .bind(reviewer)
    .bind(serde_json::to_string(eligibility).unwrap_or_else(|_| "[]".into()))
    .bind(serde_json::to_string(scores).unwrap_or_else(|_| "[]".into()))
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn add_comment(
    db: &Store,
    request_id: &str,
    author: &str,
    body: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO fund_comments (request_id, author, body, at) VALUES ($1, $2, $3, $4)")
        .bind(request_id)
        .bind(author)
        .bind(body)
        .bind(now)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// An application's reviews, internal comments and declared conflicts.
pub async fn review(
    db: &Store,
    request_id: &str,
) -> Result<(Vec<ReviewRow>, Vec<CommentRow>, Vec<ConflictRow>), StoreError> {
    let reviews = sqlx::query(
        "SELECT reviewer, eligibility, scores, updated_at FROM fund_reviews \
         WHERE request_id = $1 ORDER BY reviewer",
    )
    .bind(request_id)
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| {
        Ok(ReviewRow {
            reviewer: r.try_get("reviewer")?,
            eligibility: serde_json::from_str(&r.try_get::<String, _>("eligibility")?)
                .unwrap_or_default(),
            scores: serde_json::from_str(&r.try_get::<String, _>("scores")?).unwrap_or_default(),
            updated_at: r.try_get("updated_at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let comments = sqlx::query(
        "SELECT id, author, body, at FROM fund_comments WHERE request_id = $1 ORDER BY id",
    )
    .bind(request_id)
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| {
        Ok(CommentRow {
            id: r.try_get("id")?,
            author: r.try_get("author")?,
            body: r.try_get("body")?,
            at: r.try_get("at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let conflicts = sqlx::query(
        "SELECT user_id, reason, declared_at FROM fund_conflicts WHERE request_id = $1 \
         ORDER BY declared_at",
    )
    .bind(request_id)
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| {
        Ok(ConflictRow {
            user_id: r.try_get("user_id")?,
            reason: r.try_get("reason")?,
            declared_at: r.try_get("declared_at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((reviews, comments, conflicts))
}
