//! Request history (append-only events) and the service levels computed from it.
//!
//! Events are inserted in the same transaction as the chunk whose change they record; a
//! request's deadlines are recomputed there too (`shared::sla::measure`), so the overdue queue
//! and the timeline never disagree with the documents.

use std::collections::HashMap;

use hubdesk_shared::history::{Event, Recorded};
use hubdesk_shared::model::{Priority, Status};
use hubdesk_shared::sla::{self, SlaTargets};
use sqlx::{Any, AnyExecutor, Row, Transaction};

use super::write::ROWS;
use super::{StoreError, in_list, values};

/// Appends events to a request's history.
pub async fn append(
    tx: &mut Transaction<'_, Any>,
    request_id: &str,
    events: &[Recorded],
) -> Result<(), StoreError> {
    append_all(tx, &[(request_id, events)]).await
}

/// Appends events to requests' histories, in order: one statement for a few hundred events.
pub async fn append_all(
    tx: &mut Transaction<'_, Any>,
    events: &[(&str, &[Recorded])],
) -> Result<(), StoreError> {
    let all: Vec<(&str, &Recorded)> = events
        .iter()
        .flat_map(|(request_id, recorded)| recorded.iter().map(move |r| (*request_id, r)))
        .collect();
    for part in all.chunks(ROWS) {
        let sql = format!(
            "INSERT INTO request_events (request_id, type, detail, actor, actor_role, internal, \
             server_at, device_at) VALUES {}",
            values(part.len(), "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        );
        let mut query = super::rows_query(&sql, part.len());
        for (request_id, recorded) in part {
            let detail = serde_json::to_string(&recorded.event)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            query = query
                .bind(*request_id)
                .bind(recorded.event.name())
                .bind(detail)
                .bind(recorded.actor.as_ref().map(|a| a.as_str().to_string()))
                .bind(recorded.role.map(|r| r.as_str().to_string()))
                .bind(i64::from(recorded.event.is_internal()))
                .bind(recorded.server_at)
                .bind(recorded.device_at);
        }
        query.execute(&mut **tx).await?;
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
    refresh_sla_all(tx, &[request_id], targets).await
}

/// [`refresh_sla`] for requests (each at most once), with three statements for a few hundred.
pub async fn refresh_sla_all(
    tx: &mut Transaction<'_, Any>,
    request_ids: &[&str],
    targets: &SlaTargets,
) -> Result<(), StoreError> {
    for part in request_ids.chunks(ROWS) {
        let measured = measure_all(tx, part, targets).await?;
        if measured.is_empty() {
            continue;
        }
        let sql = format!(
            "UPDATE request_projection SET first_response_at = v.column2, \
             first_response_due_at = v.column3, resolved_at = v.column4, \
             resolution_due_at = v.column5, sla_due_at = v.column6, sla_paused = v.column7 \
             FROM (VALUES {}) AS v WHERE request_projection.request_id = v.column1",
            values(measured.len(), "(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        );
        let mut query = super::rows_query(&sql, measured.len());
        for (request_id, m) in &measured {
            query = query
                .bind(*request_id)
                .bind(m.first_response_at)
                .bind(m.first_response_due)
                .bind(m.resolved_at)
                .bind(m.resolution_due)
                .bind(m.next_due)
                .bind(i64::from(m.paused));
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// What a request's service levels are measured from, besides its start and priority: its
/// status moves and its first staff reply.
type Timeline = (Vec<(i64, Status)>, Option<i64>);

/// The service levels of `request_ids` that have a start and a priority, from their histories.
async fn measure_all<'r>(
    tx: &mut Transaction<'_, Any>,
    request_ids: &[&'r str],
    targets: &SlaTargets,
) -> Result<Vec<(&'r str, sla::Sla)>, StoreError> {
    let sql = format!(
        "SELECT request_id, priority, received_at, created_at FROM request_projection \
         WHERE request_id IN ({})",
        in_list(request_ids.len())
    );
    let mut query = super::rows_query(&sql, request_ids.len());
    for request_id in request_ids {
        query = query.bind(*request_id);
    }
    let mut starts = HashMap::new();
    for row in query.fetch_all(&mut **tx).await? {
        let priority: Option<String> = row.try_get("priority")?;
        let received: Option<i64> = row.try_get("received_at")?;
        let created: Option<i64> = row.try_get("created_at")?;
        if let (Some(start), Some(priority)) = (received.or(created), priority) {
            let priority: Priority = priority.parse().unwrap_or(Priority::Normal);
            starts.insert(row.try_get::<String, _>("request_id")?, (start, priority));
        }
    }
    if starts.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT request_id, type, detail, server_at FROM request_events \
         WHERE request_id IN ({}) AND type IN ('status', 'message') ORDER BY id",
        in_list(request_ids.len())
    );
    let mut query = super::rows_query(&sql, request_ids.len());
    for request_id in request_ids {
        query = query.bind(*request_id);
    }
    let mut seen: HashMap<String, Timeline> = HashMap::new();
    for row in query.fetch_all(&mut **tx).await? {
        let (moves, first_response) = seen.entry(row.try_get("request_id")?).or_default();
        let at: i64 = row.try_get("server_at")?;
        let detail: String = row.try_get("detail")?;
        match serde_json::from_str::<serde_json::Value>(&detail) {
            Ok(v) if v["type"] == "status" => {
                if let Some(to) = v["to"].as_str().and_then(|s| s.parse::<Status>().ok()) {
                    moves.push((at, to));
                }
            }
            Ok(v) if v["type"] == "message" && v["role"] == "staff" => {
                *first_response = first_response.or(Some(at));
            }
            _ => {}
        }
    }
    Ok(request_ids
        .iter()
        .filter_map(|request_id| {
            let (start, priority) = starts.get(*request_id)?;
            let (moves, first_response) = seen.remove(*request_id).unwrap_or_default();
            let measured = sla::measure(*start, *priority, &moves, first_response, targets);
            Some((*request_id, measured))
        })
        .collect())
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
