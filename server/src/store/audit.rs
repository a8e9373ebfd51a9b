//! The append-only audit log (`audit_events`): recording an event, and reading the log with
//! filters, newest first. The database refuses any change or removal (migration 0006).

use hubdesk_shared::audit::AuditAction;
use sqlx::{AnyExecutor, Row};

use super::StoreError;

/// One event to record; ids only, and fixed codes.
#[derive(Debug, Clone, Default)]
pub struct NewEvent<'a> {
    pub actor_id: Option<&'a str>,
    pub device_id: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub request_id: Option<&'a str>,
    pub detail: Option<&'a str>,
}

/// A recorded event, with the actor's username for display.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: i64,
    pub at: i64,
    pub action: String,
    pub actor_id: Option<String>,
    pub actor: Option<String>,
    pub device_id: Option<String>,
    pub subject: Option<String>,
    pub request_id: Option<String>,
    pub detail: Option<String>,
}

pub async fn record(
    db: impl AnyExecutor<'_>,
    action: AuditAction,
    event: NewEvent<'_>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_events (at, action, actor_id, device_id, subject, request_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(now)
    .bind(action.as_str())
    .bind(event.actor_id)
    .bind(event.device_id)
    .bind(event.subject)
    .bind(event.request_id)
    .bind(event.detail)
    .execute(db)
    .await?;
    Ok(())
}

/// What to read of the log.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Events by this user, or about them.
    pub user: Option<String>,
    pub request: Option<String>,
    pub action: Option<AuditAction>,
    /// At or after this time (ms).
    pub since: Option<i64>,
    /// Only events older than this id (the next page).
    pub before: Option<i64>,
    pub limit: i64,
}

/// Events matching `filter`, newest first.
pub async fn list(db: impl AnyExecutor<'_>, filter: &Filter) -> Result<Vec<Event>, StoreError> {
    let rows = sqlx::query(
        "SELECT e.id, e.at, e.action, e.actor_id, u.username AS actor, e.device_id, e.subject, \
         e.request_id, e.detail \
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id \
         WHERE ($1 IS NULL OR e.actor_id = $1 OR e.subject = $1) \
         AND ($2 IS NULL OR e.request_id = $2) \
         AND ($3 IS NULL OR e.action = $3) \
         AND ($4 IS NULL OR e.at >= $4) \
         AND ($5 IS NULL OR e.id < $5) \
         ORDER BY e.id DESC LIMIT $6",
    )
    .bind(filter.user.as_deref())
    .bind(filter.request.as_deref())
    .bind(filter.action.map(AuditAction::as_str))
    .bind(filter.since)
    .bind(filter.before)
    .bind(filter.limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Event {
                id: r.try_get("id")?,
                at: r.try_get("at")?,
                action: r.try_get("action")?,
                actor_id: r.try_get("actor_id")?,
                actor: r.try_get("actor")?,
                device_id: r.try_get("device_id")?,
                subject: r.try_get("subject")?,
                request_id: r.try_get("request_id")?,
                detail: r.try_get("detail")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// A member of staff's read of a request, from one device.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub actor: &'a str,
    pub device: &'a str,
    pub request: &'a str,
    /// What of it was read, when not the request itself (`review`: the fund's review).
    pub part: Option<&'a str>,
}

/// Records `viewed`, unless the same person read the same part of the request from the same
/// device within `window_ms` (a console refreshing an open request is one view, not hundreds).
pub async fn record_view(
    db: &super::Store,
    viewed: View<'_>,
    now: i64,
    window_ms: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    let recent = sqlx::query(
        "SELECT id FROM audit_events WHERE action = $1 AND actor_id = $2 AND device_id = $3 \
         AND request_id = $4 AND at > $5 AND COALESCE(detail, '') = $6 LIMIT 1",
    )
    .bind(AuditAction::RequestViewed.as_str())
    .bind(viewed.actor)
    .bind(viewed.device)
    .bind(viewed.request)
    .bind(now - window_ms)
    .bind(viewed.part.unwrap_or_default())
    .fetch_optional(&mut **tx)
    .await?;
    if recent.is_none() {
        record(
            &mut **tx,
            AuditAction::RequestViewed,
            NewEvent {
                actor_id: Some(viewed.actor),
                device_id: Some(viewed.device),
                request_id: Some(viewed.request),
                detail: viewed.part,
                ..Default::default()
            },
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
