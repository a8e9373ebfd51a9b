//! `/api/requests`: list and search (SQL over the projection), read (`crate::requests`),
//! file, reply and every other change (as `shared` commands through the sync engine, so REST
//! and sync clients share one path to storage and one set of rules), and the history.

mod handover;
mod list;
mod referrals;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use hubdesk_shared::access::{Action, RequestOp, may};
use hubdesk_shared::commands::Command;
use hubdesk_shared::engine::Outcome;
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId};
use hubdesk_shared::validate::RequestDraft;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::guard::{Change, OnRequest, Read};
use super::json::Json;
use crate::clock::now_ms;
use crate::commands;
use crate::guard;
use crate::requests::{self, RequestReply};
use crate::store::history::{self, EventRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list::list, create))
        .routes(routes!(show))
        .routes(routes!(reply))
        .routes(routes!(command))
        .routes(routes!(timeline))
        .routes(routes!(submit))
        .routes(routes!(handover::hand_over))
        .routes(routes!(referrals::refer))
        .routes(routes!(referrals::answer))
        .routes(routes!(referrals::outcome))
        .routes(routes!(referrals::offered))
}

pub(super) fn parse_id(text: &str) -> Result<RequestId, AppError> {
    if let Ok(id) = RequestId::parse(text) {
        return Ok(id);
    }
    match text.parse::<DocumentId>().ok().and_then(|d| d.classify()) {
        Some((DocKind::Request, id)) => Ok(id),
        _ => Err(AppError::bad_request(
            Some("id"),
            "must be a request UUID v7 or its document id",
        )),
    }
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ShowQuery {
    /// The console sets this when a person opens the request, so the view is recorded; live
    /// refreshes of an open request leave it out.
    #[serde(default)]
    view: bool,
}

/// A request with its triage record, and for staff its internal notes and listing (service
/// levels). Practitioners see only their own; anyone else's is "not found".
#[utoipa::path(get, path = "/api/requests/{id}", operation_id = "show_request", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id"), ShowQuery),
    responses((status = 200, body = RequestReply), (status = 404, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn show(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Read>,
    query: Result<Query<ShowQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::Json<RequestReply>, AppError> {
    let Query(query) = query.map_err(|e| AppError::bad_request(None, e.body_text()))?;
    let id = request.id();
    let reply = requests::read(&state, &user.principal, &request).await?;
    if query.view && user.principal.role.is_staff() {
        history::record_view(&state.store, &id.to_string(), &user.principal, now_ms()).await?;
    }
    // Every staff read is audited, refreshes or not (one event per window).
    if user.principal.role.is_staff() {
        crate::audit::viewed(&state.store, user.caller(), &id.to_string(), None).await?;
    }
    Ok(axum::Json(reply))
}

/// Files a request for a client that does not sync. A retry with the same `id` returns the
/// request already filed instead of making a second one.
#[utoipa::path(post, path = "/api/requests", tag = "requests", security(("bearer" = [])),
    request_body = RequestDraft,
    responses((status = 201, description = "Filed", body = RequestReply),
        (status = 200, description = "Already filed with this id (a retry)", body = RequestReply),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn create(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<RequestDraft>,
) -> Result<(StatusCode, axum::Json<RequestReply>), AppError> {
    let (id, outcome) = commands::file(&state, &user.principal, draft, now_ms()).await?;
    let status = match outcome {
        Outcome::Done => StatusCode::CREATED,
        Outcome::AlreadyExisted => StatusCode::OK,
    };
    let request = guard::reach(&state.store, &user.principal, id, RequestOp::Read).await?;
    Ok((
        status,
        axum::Json(requests::read(&state, &user.principal, &request).await?),
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ReplyBody {
    /// Send the same id again when retrying, and the message is added once.
    #[serde(default)]
    id: Option<String>,
    body: String,
    #[serde(default)]
    canned: Option<String>,
}

/// Adds a message to a request's conversation: staff reply as the hub, requesters as themselves.
#[utoipa::path(post, path = "/api/requests/{id}/messages", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")), request_body = ReplyBody,
    responses((status = 201, body = RequestReply), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn reply(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Change>,
    Json(body): Json<ReplyBody>,
) -> Result<(StatusCode, axum::Json<RequestReply>), AppError> {
    let command = Command::Reply {
        id: body.id,
        body: body.body,
        canned: body.canned,
    };
    commands::run(&state, &user.principal, &request, command).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(requests::read(&state, &user.principal, &request).await?),
    ))
}

/// Runs one command (`{"type": "set_status", ...}`; see `shared::commands::Command`) and
/// answers with the request as it now stands.
#[utoipa::path(post, path = "/api/requests/{id}/commands", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")), request_body = Command,
    responses((status = 200, body = RequestReply),
        (status = 403, description = "The role may not do this", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, description = "Against the rules or the workflow, naming the field", body = ErrorBody),
        (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn command(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Change>,
    Json(command): Json<Command>,
) -> Result<axum::Json<RequestReply>, AppError> {
    commands::run(&state, &user.principal, &request, command).await?;
    Ok(axum::Json(
        requests::read(&state, &user.principal, &request).await?,
    ))
}

#[derive(Serialize, ToSchema)]
struct Timeline {
    events: Vec<EventRow>,
}

/// A request's history, oldest first. Practitioners see their own request's timeline without
/// notes or staff views.
#[utoipa::path(get, path = "/api/requests/{id}/history", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    responses((status = 200, body = Timeline), (status = 404, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn timeline(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Read>,
) -> Result<axum::Json<Timeline>, AppError> {
    let internal = may(user.principal.role, Action::Notes);
    let events = history::list(state.store.pool(), &request.id().to_string(), internal).await?;
    Ok(axum::Json(Timeline { events }))
}

/// Submits a fund application, for clients that do not sync (the field app writes the same
/// command into its document, and it takes effect when it reaches the hub).
#[utoipa::path(post, path = "/api/requests/{id}/submit", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    responses((status = 200, body = RequestReply), (status = 404, body = ErrorBody),
        (status = 422, description = "Not a complete application, naming the field", body = ErrorBody),
        (status = 401, body = ErrorBody)))]
async fn submit(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Change>,
) -> Result<axum::Json<RequestReply>, AppError> {
    commands::run(&state, &user.principal, &request, Command::Submit {}).await?;
    Ok(axum::Json(
        requests::read(&state, &user.principal, &request).await?,
    ))
}
