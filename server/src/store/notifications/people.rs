//! People's choices, their list of notifications, and what their digests count.

use std::collections::BTreeMap;

use hubdesk_shared::notify::{NotificationKind, Preferences};
use sqlx::{AnyExecutor, Row};

use super::super::{Store, StoreError};

// ----- people's choices ---------------------------------------------------------------------

/// A person's preferences and digest address, if they saved any.
pub async fn preferences(
    db: impl AnyExecutor<'_>,
    user_id: &str,
) -> Result<Option<(Preferences, Option<String>)>, StoreError> {
    let row = sqlx::query("SELECT prefs, email FROM notification_prefs WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(db)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let json: String = row.try_get("prefs")?;
    let prefs = serde_json::from_str(&json)
        .map_err(|e| StoreError::Corrupt(format!("stored notification preferences: {e}")))?;
    Ok(Some((prefs, row.try_get("email")?)))
}

/// Saves a person's preferences (already checked) and digest address.
pub async fn set_preferences(
    db: impl AnyExecutor<'_>,
    user_id: &str,
    prefs: &Preferences,
    email: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(prefs).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO notification_prefs (user_id, prefs, email, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id) DO UPDATE SET prefs = excluded.prefs, email = excluded.email, \
         updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(json)
    .bind(email)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

// ----- the list in the apps -----------------------------------------------------------------

/// A notification as its person's apps list it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NotificationRow {
    pub id: String,
    #[schema(value_type = NotificationKind)]
    pub kind: String,
    pub request_id: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
    /// The request's title, for someone who may still read the request (set by the service,
    /// through the guard; absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A person's most recent notifications, newest first, and how many of all are unread.
pub async fn list(
    db: &Store,
    user_id: &str,
    limit: i64,
) -> Result<(Vec<NotificationRow>, i64), StoreError> {
    let rows = sqlx::query(
        "SELECT id, kind, request_id, created_at, read_at FROM notifications \
         WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let list = rows
        .iter()
        .map(|row| {
            Ok(NotificationRow {
                id: row.try_get("id")?,
                kind: row.try_get("kind")?,
                request_id: row.try_get("request_id")?,
                created_at: row.try_get("created_at")?,
                read_at: row.try_get("read_at")?,
                title: None,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let unread: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(db.pool())
    .await?
    .try_get("n")?;
    Ok((list, unread))
}

/// Marks a person's notifications read: those listed, or all when none is. Returns how many
/// changed.
pub async fn mark_read(
    db: &Store,
    user_id: &str,
    ids: &[String],
    now: i64,
) -> Result<u64, StoreError> {
    let done = if ids.is_empty() {
        sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
            .bind(now)
            .bind(user_id)
            .execute(db.pool())
            .await?
    } else {
        let sql = format!(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL \
             AND id IN ({})",
            (0..ids.len())
                .map(|i| format!("${}", i + 3))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut query = sqlx::query(&sql).bind(now).bind(user_id);
        for id in ids {
            query = query.bind(id.as_str());
        }
        query.execute(db.pool()).await?
    };
    Ok(done.rows_affected())
}

/// Counts of a person's unread notifications by kind, for a digest, made since `since`.
pub async fn unread_by_kind(
    db: impl AnyExecutor<'_>,
    user_id: &str,
    since: i64,
) -> Result<BTreeMap<String, i64>, StoreError> {
    let rows = sqlx::query(
        "SELECT kind, COUNT(*) AS n FROM notifications \
         WHERE user_id = $1 AND read_at IS NULL AND created_at > $2 GROUP BY kind",
    )
    .bind(user_id)
    .bind(since)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("kind")?, row.try_get("n")?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// A member of staff who chose digests and gave an address.
#[derive(Debug, Clone)]
pub struct DigestReader {
    pub user_id: String,
    pub email: String,
    pub prefs: Preferences,
    pub last_digest_at: Option<i64>,
    /// The language they read the apps in, if they chose one.
    pub language: Option<String>,
}

/// Everyone active with a digest address (whether a digest is due is the caller's to judge).
pub async fn digest_readers(db: &Store) -> Result<Vec<DigestReader>, StoreError> {
    let rows = sqlx::query(
        "SELECT p.user_id, p.email, p.prefs, p.last_digest_at, u.language \
         FROM notification_prefs p JOIN users u ON u.id = p.user_id \
         WHERE p.email IS NOT NULL AND u.deactivated_at IS NULL",
    )
    .fetch_all(db.pool())
    .await?;
    let mut readers = Vec::with_capacity(rows.len());
    for row in rows {
        let json: String = row.try_get("prefs")?;
        let prefs = serde_json::from_str(&json)
            .map_err(|e| StoreError::Corrupt(format!("stored notification preferences: {e}")))?;
        readers.push(DigestReader {
            user_id: row.try_get("user_id")?,
            email: row.try_get("email")?,
            prefs,
            last_digest_at: row.try_get("last_digest_at")?,
            language: row.try_get("language")?,
        });
    }
    Ok(readers)
}

/// Takes the digest of `user` due since `last` for this node, as sent at `now`: false when
/// another node took it first.
pub async fn claim_digest(
    db: &Store,
    user: &str,
    last: Option<i64>,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE notification_prefs SET last_digest_at = $1 WHERE user_id = $2 \
         AND COALESCE(last_digest_at, -1) = $3",
    )
    .bind(now)
    .bind(user)
    .bind(last.unwrap_or(-1))
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives back a digest claimed at `claimed` that could not be sent, so the next try counts
/// from `last` again.
pub async fn unclaim_digest(
    db: &Store,
    user: &str,
    claimed: i64,
    last: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE notification_prefs SET last_digest_at = $1 WHERE user_id = $2 \
         AND last_digest_at = $3",
    )
    .bind(last)
    .bind(user)
    .bind(claimed)
    .execute(db.pool())
    .await?;
    Ok(())
}
