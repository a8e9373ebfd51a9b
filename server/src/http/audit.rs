//! `/api/audit`: the audit log for admins, newest first with filters, and as CSV (every event
//! matching the filters, streamed a page at a time). Downloading it, like any export, is itself
//! recorded.

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hubdesk_shared::audit::{self as rules, AuditAction};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::guard::{OnRequest, ReadAccessLog};
use crate::store::audit::{self, Event, Filter};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_audit))
        .routes(routes!(export_audit))
        .routes(routes!(request_access))
}

#[derive(Serialize, ToSchema)]
struct AuditEvent {
    id: i64,
    at: i64,
    /// `sign_in`, `sign_in_failed`, `sign_out` or `device_revoked`.
    action: String,
    /// Who acted; absent for a failed sign-in under a username nobody has.
    actor_id: Option<String>,
    actor: Option<String>,
    device_id: Option<String>,
    /// What the action was about (a user or device id).
    subject: Option<String>,
    request_id: Option<String>,
    /// A fixed code (why a sign-in failed, say).
    detail: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct AuditPage {
    items: Vec<AuditEvent>,
    /// Pass as `before` for the next (older) page; absent on the last page.
    next_before: Option<i64>,
}

#[derive(Deserialize, IntoParams, Clone)]
#[into_params(parameter_in = Query)]
struct AuditQuery {
    /// Events by or about this user id.
    user: Option<String>,
    /// Events about this request id.
    request: Option<String>,
    /// One action's events.
    action: Option<String>,
    /// At or after this time (milliseconds since the epoch).
    since: Option<i64>,
    /// Older than this event id (paging).
    before: Option<i64>,
    /// At most this many (default 100, at most 1,000).
    limit: Option<i64>,
}

/// The audit log, newest first (admins).
#[utoipa::path(get, path = "/api/audit", tag = "audit", params(AuditQuery), security(("bearer" = [])),
    responses((status = 200, body = AuditPage), (status = 400, description = "Bad filter, naming it", body = ErrorBody), (status = 403, description = "Not an admin", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list_audit(
    State(state): State<AppState>,
    user: AuthUser,
    Query(query): Query<AuditQuery>,
) -> Result<axum::Json<AuditPage>, AppError> {
    if !rules::may_read_log(&user.principal) {
        return Err(AppError::Forbidden);
    }
    let filter = filter(query, 100)?;
    let events = audit::list(state.store.pool(), &filter).await?;
    let next_before = (events.len() as i64 == filter.limit)
        .then(|| events.last().map(|e| e.id))
        .flatten();
    Ok(axum::Json(AuditPage {
        items: events.into_iter().map(AuditEvent::from).collect(),
        next_before,
    }))
}

impl From<Event> for AuditEvent {
    fn from(e: Event) -> Self {
        Self {
            id: e.id,
            at: e.at,
            action: e.action,
            actor_id: e.actor_id,
            actor: e.actor,
            device_id: e.device_id,
            subject: e.subject,
            request_id: e.request_id,
            detail: e.detail,
        }
    }
}

/// The query as a store filter, naming a bad `action` or `limit`.
fn filter(query: AuditQuery, default_limit: i64) -> Result<Filter, AppError> {
    let action = match query.action.as_deref().filter(|a| !a.is_empty()) {
        None => None,
        Some(code) => Some(AuditAction::parse(code).ok_or_else(|| {
            AppError::bad_request(Some("action"), format!("unknown audit action {code:?}"))
        })?),
    };
    let limit = query.limit.unwrap_or(default_limit);
    if !(1..=1000).contains(&limit) {
        return Err(AppError::bad_request(
            Some("limit"),
            "limit must be between 1 and 1000",
        ));
    }
    Ok(Filter {
        user: query.user.filter(|u| !u.is_empty()),
        request: query.request.filter(|r| !r.is_empty()),
        action,
        since: query.since,
        before: query.before,
        limit,
    })
}

/// The audit export's columns.
pub(crate) const CSV_HEADER: [&str; 9] = [
    "id",
    "at",
    "action",
    "actor_id",
    "actor",
    "device_id",
    "subject",
    "request_id",
    "detail",
];

/// Every event matching the filters, oldest last, as CSV (admins). The download is recorded.
#[utoipa::path(get, path = "/api/audit/export.csv", tag = "audit", params(AuditQuery), security(("bearer" = [])),
    responses((status = 200, description = "The matching events, one CSV row each", content_type = "text/csv"),
        (status = 400, description = "Bad filter, naming it", body = ErrorBody), (status = 403, description = "Not an admin", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn export_audit(
    State(state): State<AppState>,
    user: AuthUser,
    Query(query): Query<AuditQuery>,
) -> Result<Response, AppError> {
    if !rules::may_read_log(&user.principal) {
        return Err(AppError::Forbidden);
    }
    let mut filter = filter(
        AuditQuery {
            limit: Some(1000),
            ..query
        },
        1000,
    )?;
    crate::audit::exported(&state.store, user.caller().actor(), None, "audit").await?;
    let header = super::language::csv_header(&CSV_HEADER);
    let (tx, stream) = super::stream::channel::<Result<Vec<u8>, std::io::Error>>(8);
    let store = state.store.clone();
    tokio::spawn(async move {
        let mut out = csv::Writer::from_writer(Vec::new());
        if out.write_record(&header).is_err() {
            return;
        }
        loop {
            let page = match audit::list(store.pool(), &filter).await {
                Ok(page) => page,
                Err(e) => {
                    tracing::error!(error = %e, "the audit export stopped");
                    let _ = tx
                        .send(Err(std::io::Error::other("the export stopped")))
                        .await;
                    return;
                }
            };
            for e in &page {
                let text = |v: &Option<String>| v.clone().unwrap_or_default();
                let row = [
                    e.id.to_string(),
                    e.at.to_string(),
                    e.action.clone(),
                    text(&e.actor_id),
                    text(&e.actor),
                    text(&e.device_id),
                    text(&e.subject),
                    text(&e.request_id),
                    text(&e.detail),
                ];
                if out.write_record(super::spreadsheet::row(&row)).is_err() {
                    return;
                }
            }
            let Ok(chunk) =
                std::mem::replace(&mut out, csv::Writer::from_writer(Vec::new())).into_inner()
            else {
                return;
            };
            if tx.send(Ok(chunk)).await.is_err() {
                return;
            }
            match page.last() {
                Some(last) if page.len() as i64 == filter.limit => filter.before = Some(last.id),
                _ => return,
            }
        }
    });
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"hubdesk-audit.csv\"",
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

/// Who accessed one request, newest first (staff who can see the request): its views, exports
/// and every other audited action about it.
#[utoipa::path(get, path = "/api/requests/{id}/access", tag = "audit", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    responses((status = 200, body = AuditPage), (status = 403, description = "Not staff", body = ErrorBody), (status = 404, body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn request_access(
    State(state): State<AppState>,
    OnRequest { request, .. }: OnRequest<ReadAccessLog>,
) -> Result<axum::Json<AuditPage>, AppError> {
    let filter = Filter {
        request: Some(request.id().to_string()),
        limit: 200,
        ..Default::default()
    };
    let events = audit::list(state.store.pool(), &filter).await?;
    Ok(axum::Json(AuditPage {
        items: events.into_iter().map(AuditEvent::from).collect(),
        next_before: None,
    }))
}
