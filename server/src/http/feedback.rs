//! Feedback on events: `POST /api/events/{id}/feedback` (practitioners who attended, once the
//! event is over), `GET /api/feedback/attended` (what the phone asks about), and for staff who
//! run events `GET /api/feedback` (answers per event, city and month) and
//! `GET /api/feedback/export.csv` (one row per answer, without who gave it).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use hubdesk_shared::feedback::FeedbackDraft;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::feedback::{self, Attended, Report};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(give_feedback))
        .routes(routes!(attended))
        .routes(routes!(report))
        .routes(routes!(export))
}

/// Answers the feedback form about an event the caller attended, once it is over: 201 the first
/// time, 200 when it replaces their earlier answer.
#[utoipa::path(post, path = "/api/events/{id}/feedback", operation_id = "give_feedback", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "The event's id")),
    request_body = FeedbackDraft,
    responses((status = 201, description = "Kept"), (status = 200, description = "Replaced the earlier answer"),
        (status = 403, description = "Not a practitioner", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "`not_attended` or `event_not_over`", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn give_feedback(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(draft): Json<FeedbackDraft>,
) -> Result<StatusCode, AppError> {
    let first = feedback::give(&state, &user.principal, &id, draft).await?;
    Ok(if first {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    })
}

/// The events the caller attended that are over, most recent first, each saying whether they
/// answered about it.
#[utoipa::path(get, path = "/api/feedback/attended", operation_id = "feedback_attended", tag = "events", security(("bearer" = [])),
    responses((status = 200, body = Vec<Attended>), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn attended(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Vec<Attended>>, AppError> {
    Ok(axum::Json(
        feedback::attended(&state, &user.principal).await?,
    ))
}

/// The answers from people in the caller's countries per event, per city and per month
/// (admins and agents).
#[utoipa::path(get, path = "/api/feedback", operation_id = "feedback_report", tag = "events", security(("bearer" = [])),
    responses((status = 200, body = Report), (status = 403, description = "Not someone who runs events", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn report(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Report>, AppError> {
    let answers = feedback::answers(&state, &user.principal).await?;
    Ok(axum::Json(feedback::report(&answers)))
}

const COLUMNS: [&str; 9] = [
    "event_id",
    "event",
    "kind",
    "starts_at",
    "country",
    "city",
    "rating",
    "usefulness",
    "comment",
];

/// Every answer from people in the caller's countries, one CSV row each, without who gave it
/// (admins and agents).
#[utoipa::path(get, path = "/api/feedback/export.csv", operation_id = "export_feedback", tag = "events", security(("bearer" = [])),
    responses((status = 200, description = "One row per answer", content_type = "text/csv"),
        (status = 403, description = "Not someone who runs events", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn export(State(state): State<AppState>, user: AuthUser) -> Result<Response, AppError> {
    let answers = feedback::answers(&state, &user.principal).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| AppError::Internal(e.to_string());
    out.write_record(COLUMNS).map_err(fail)?;
    for a in &answers {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let row = [
            a.event_id.clone(),
            a.title.clone(),
            a.kind.clone(),
            a.starts_at.to_string(),
            text(&a.country),
            text(&a.city),
            a.rating.to_string(),
            a.usefulness.to_string(),
            text(&a.comment),
        ];
        out.write_record(super::spreadsheet::row(&row))
            .map_err(fail)?;
    }
    super::spreadsheet::download(out, "hubdesk-feedback.csv")
}
