//! Shared practice: `POST /api/practices` (a practitioner shares one), `GET /api/practices/mine`,
//! `GET /api/practices` (staff who review, their countries), `PATCH /api/practices/{id}` (its
//! author or a reviewer, before it is published), `POST /api/practices/{id}/send-back`,
//! `POST /api/practices/{id}/publish` (reviewers) and `POST /api/practices/{id}/withdraw` (its
//! author).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use hubdesk_shared::practice::PracticeDraft;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::practices::{self, PracticeView};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(share, all))
        .routes(routes!(mine))
        .routes(routes!(change))
        .routes(routes!(send_back))
        .routes(routes!(publish))
        .routes(routes!(withdraw))
}

type One = Result<axum::Json<PracticeView>, AppError>;

/// Shares a practice from the caller's city (practitioners): 201, or 200 when a practice with
/// its `id` was kept already (a retry).
#[utoipa::path(post, path = "/api/practices", operation_id = "share_practice", tag = "guidance", security(("bearer" = [])),
    request_body = PracticeDraft,
    responses((status = 201, body = PracticeView), (status = 200, body = PracticeView),
        (status = 403, description = "Not a practitioner", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn share(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<PracticeDraft>,
) -> Result<(StatusCode, axum::Json<PracticeView>), AppError> {
    let (view, new) = practices::share(&state, &user.principal, draft).await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, axum::Json(view)))
}

/// Every practice shared from the caller's countries, newest change first (staff who review).
#[utoipa::path(get, path = "/api/practices", operation_id = "list_practices", tag = "guidance", security(("bearer" = [])),
    responses((status = 200, body = Vec<PracticeView>), (status = 403, description = "Not someone who publishes guidance", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn all(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Vec<PracticeView>>, AppError> {
    Ok(axum::Json(practices::all(&state, &user.principal).await?))
}

/// The caller's own shared practices, newest first.
#[utoipa::path(get, path = "/api/practices/mine", operation_id = "my_practices", tag = "guidance", security(("bearer" = [])),
    responses((status = 200, body = Vec<PracticeView>), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn mine(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Vec<PracticeView>>, AppError> {
    Ok(axum::Json(practices::mine(&state, &user.principal).await?))
}

/// Changes a practice before it is published (its author, whose change submits it again when
/// it was sent back; or a reviewer). Fields left out keep what they were.
#[utoipa::path(patch, path = "/api/practices/{id}", operation_id = "change_practice", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The practice's id")), request_body = PracticeDraft,
    responses((status = 200, body = PracticeView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`practice_not_now`", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn change(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(draft): Json<PracticeDraft>,
) -> One {
    Ok(axum::Json(
        practices::change(&state, &user.principal, &id, draft).await?,
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct SendBack {
    #[serde(default)]
    note: Option<String>,
}

/// Sends a practice back to its author with a note saying what to change (reviewers).
#[utoipa::path(post, path = "/api/practices/{id}/send-back", operation_id = "send_back_practice", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The practice's id")), request_body = SendBack,
    responses((status = 200, body = PracticeView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`practice_not_now`", body = ErrorBody),
        (status = 422, description = "No note", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn send_back(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<SendBack>,
) -> One {
    Ok(axum::Json(
        practices::send_back(&state, &user.principal, &id, body.note).await?,
    ))
}

/// Publishes a practice to the library, credited to its author and city (reviewers).
#[utoipa::path(post, path = "/api/practices/{id}/publish", operation_id = "publish_practice", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The practice's id")),
    responses((status = 200, body = PracticeView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`practice_not_now`", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn publish(State(state): State<AppState>, user: AuthUser, Path(id): Path<String>) -> One {
    Ok(axum::Json(
        practices::publish(&state, &user.principal, &id).await?,
    ))
}

/// Withdraws a practice (its author): a published one leaves the library.
#[utoipa::path(post, path = "/api/practices/{id}/withdraw", operation_id = "withdraw_practice", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The practice's id")),
    responses((status = 200, body = PracticeView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`practice_not_now`", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn withdraw(State(state): State<AppState>, user: AuthUser, Path(id): Path<String>) -> One {
    Ok(axum::Json(
        practices::withdraw(&state, &user.principal, &id).await?,
    ))
}
