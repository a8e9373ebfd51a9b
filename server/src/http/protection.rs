//! Data protection for admins: `GET /api/users/{id}/export` (all the hub holds about a person,
//! as JSON; `export.zip` the same with their files), `POST /api/users/{id}/erase` (erasure on request) and `POST /api/retention/run`
//! (anonymise what the retention policy says is due, now rather than at the next hourly
//! sweep). Each is recorded in the audit log; the work is `crate::retention`'s.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::retention::{self, Erased};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(export_person))
        .routes(routes!(export_person_with_files))
        .routes(routes!(erase_person))
        .routes(routes!(run_retention))
}

/// Everything the hub holds about one person, as a JSON download (admins): their account and
/// devices, the requests they filed with triage and history, what they wrote in other
/// requests, and the audit log's events by or about them. Never internal notes.
#[utoipa::path(get, path = "/api/users/{id}/export", tag = "data protection", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses((status = 200, description = "The person's data, as JSON", content_type = "application/json"), (status = 403, description = "Not an admin", body = ErrorBody), (status = 404, description = "No such user", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn export_person(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let data = retention::export_person(&state, user.caller(), &id).await?;
    let disposition = format!("attachment; filename=\"hubdesk-person-{id}.json\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        axum::Json(data),
    ))
}

/// The same as the JSON export, with every file the person attached and every file attached to
/// a request they filed: a ZIP holding `person.json` (which lists the files) and `files/`,
/// streamed as it is written (admins; audited as an export).
#[utoipa::path(get, path = "/api/users/{id}/export.zip", tag = "data protection", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses((status = 200, description = "The person's data and files, as a ZIP", content_type = "application/zip"), (status = 403, description = "Not an admin", body = ErrorBody), (status = 404, description = "No such user", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn export_person_with_files(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let archive = crate::archive::export_person(&state, user.caller(), &id).await?;
    let disposition = format!("attachment; filename=\"{}\"", archive.name);
    let mut bytes = archive.bytes;
    let stream = futures_util::stream::poll_fn(move |cx| bytes.poll_recv(cx));
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        axum::body::Body::from_stream(stream),
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Erasure {
    /// The person's username, typed again: erasure cannot be undone.
    confirm: String,
}

/// Erases a person on request (admins; not themselves): every request they filed anonymised,
/// their words removed from every other conversation, their account emptied and deactivated,
/// their devices revoked (and wiped at their next contact). Cannot be undone.
#[utoipa::path(post, path = "/api/users/{id}/erase", tag = "data protection", request_body = Erasure, security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses((status = 200, body = Erased), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 403, description = "Not an admin", body = ErrorBody), (status = 404, description = "No such user", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn erase_person(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<Erasure>,
) -> Result<axum::Json<Erased>, AppError> {
    let erased = retention::erase_person(&state, user.caller(), &id, &body.confirm).await?;
    Ok(axum::Json(erased))
}

#[derive(Serialize, ToSchema)]
struct RetentionRun {
    /// Requests anonymised by this run.
    anonymised: usize,
    /// The retention period in days (0: closed requests are kept for ever).
    retention_days: u32,
}

/// Anonymises now every closed request whose retention period has passed (admins); the hub
/// also does this every hour by itself.
#[utoipa::path(post, path = "/api/retention/run", tag = "data protection", security(("bearer" = [])),
    responses((status = 200, body = RetentionRun), (status = 403, description = "Not an admin", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn run_retention(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<RetentionRun>, AppError> {
    let anonymised = retention::run_now(&state, user.caller()).await?;
    Ok(axum::Json(RetentionRun {
        anonymised,
        retention_days: state.limits.retention_days,
    }))
}
