//! Request history (append-only events) and the service levels computed from it.
//!
//! Events are inserted in the same transaction as the chunk whose change they record; a
//! request's deadlines are recomputed there too (`shared::sla::measure`), so the overdue queue
//! and the timeline never disagree with the documents.

use hubdesk_shared::history::{Event, Recorded};
use hubdesk_shared::model::{Priority, Status};
use hubdesk_shared::sla::{self, SlaTargets};
use sqlx::{Any, AnyExecutor, Row, Transaction};

use super::StoreError;

/// Appends events to a request's history.
pub async fn append(
    tx: &mut Transaction<'_, Any>,
    request_id: &str,
    events: &[Recorded],
) -> Result<(), StoreError> {
    for recorded in events {
        let detail = serde_json::to_string(&recorded.event)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO request_events (request_id, type, detail, actor, actor_role, internal, \
             server_at, device_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(request_id)
        .bind(recorded.event.name())
        .bind(detail)
        .bind(recorded.actor.as_ref().map(|a| a.as_str().to_string()))
        .bind(recorded.role.map(|r| r.as_str().to_string()))
        .bind(i64::from(recorded.event.is_internal()))
        .bind(recorded.server_at)
        .bind(recorded.device_at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// One event as stored, for the timeline.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct EventRow {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
    /// The event's own fields, as JSON.
    #[schema(value_type = Event)]
    pub detail: serde_json::Value,
    pub actor: Option<String>,
    pub actor_role: Option<String>,
    pub internal: bool,
    pub server_at: i64,
    pub device_at: Option<i64>,
}

/// A request's history, oldest first; internal events (notes, staff views) only when asked.
pub async fn list(
    db: impl AnyExecutor<'_>,
    request_id: &str,
    include_internal: bool,
) -> Result<Vec<EventRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, type, detail, actor, actor_role, internal, server_at, device_at \
         FROM request_events WHERE request_id = $1 AND (internal = 0 OR $2 = 1) ORDER BY id",
    )
    .bind(request_id)
    .bind(i64::from(include_internal))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            let detail: String = row.try_get("detail")?;
            Ok(EventRow {
                id: row.try_get("id")?,
                kind: row.try_get("type")?,
                detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
                actor: row.try_get("actor")?,
                actor_role: row.try_get("actor_role")?,
                internal: row.try_get::<i64, _>("internal")? != 0,
                server_at: row.try_get("server_at")?,
                device_at: row.try_get("device_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Recomputes a request's service levels from its history and current priority, and stores
/// them in its projection row.
pub async fn refresh_sla(
    tx: &mut Transaction<'_, Any>,
    request_id: &str,
    targets: &SlaTargets,
) -> Result<(), StoreError> {
    let Some(row) = sqlx::query(
        "SELECT priority, received_at, created_at FROM request_projection WHERE request_id = $1",
    )
    .bind(request_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(());
    };
    let priority: Option<String> = row.try_get("priority")?;
    let received: Option<i64> = row.try_get("received_at")?;
    let created: Option<i64> = row.try_get("created_at")?;
    let (Some(start), Some(priority)) = (received.or(created), priority) else {
        return Ok(());
    };
    let priority: Priority = priority.parse().unwrap_or(Priority::Normal);
    let rows = sqlx::query(
        "SELECT type, detail, actor_role, server_at FROM request_events \
         WHERE request_id = $1 AND type IN ('status', 'message') ORDER BY id",
    )
    .bind(request_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut moves = Vec::new();
    let mut first_response = None;
    for row in &rows {
        let at: i64 = row.try_get("server_at")?;
        let detail: String = row.try_get("detail")?;
        match serde_json::from_str::<serde_json::Value>(&detail) {
            Ok(v) if v["type"] == "status" => {
                if let Some(to) = v["to"].as_str().and_then(|s| s.parse::<Status>().ok()) {
                    moves.push((at, to));
                }
            }
            Ok(v) if v["type"] == "message" && v["role"] == "staff" => {
                first_response = first_response.or(Some(at));
            }
            _ => {}
        }
    }
    let measured = sla::measure(start, priority, &moves, first_response, targets);
    sqlx::query(
        "UPDATE request_projection SET first_response_at = $2, first_response_due_at = $3, \
         resolved_at = $4, resolution_due_at = $5, sla_due_at = $6, sla_paused = $7 \
         WHERE request_id = $1",
    )
    .bind(request_id)
    .bind(measured.first_response_at)
    .bind(measured.first_response_due)
    .bind(measured.resolved_at)
    .bind(measured.resolution_due)
    .bind(measured.next_due)
    .bind(i64::from(measured.paused))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records that a member of staff opened a request.
pub async fn record_view(
    db: &super::Store,
    request_id: &str,
    actor: &hubdesk_shared::access::Principal,
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    append(
        &mut tx,
        request_id,
        &[Recorded {
            actor: Some(actor.user.clone()),
            role: Some(actor.role),
            server_at: now,
            device_at: None,
            event: Event::Viewed,
        }],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
