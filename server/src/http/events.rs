//! `/api/events`: the hub's trainings, workshops, dialogues and exchange visits, and
//! registering for them. The work is `crate::events`'.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use hubdesk_shared::events::{EventDraft, Registration};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::events;
use crate::store::events::{EventRow, RegistrationRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event))
        .routes(routes!(register_for_event))
        .routes(routes!(cancel_registration))
        .routes(routes!(list_registrations))
        .routes(routes!(mark_attendance))
}

#[derive(Serialize, ToSchema)]
struct EventView {
    #[serde(flatten)]
    event: EventRow,
    /// Where the caller's registration stands, if they registered.
    #[serde(skip_serializing_if = "Option::is_none")]
    registration: Option<Registration>,
}

#[derive(Deserialize, IntoParams)]
struct Since {
    /// Events ending at or after this time (ms since the epoch); now when absent. Staff marking
    /// attendance list the weeks just past.
    since: Option<i64>,
}

/// Events not over yet (or ending since `since`), soonest first (at most 200), with seats taken
/// and the caller's own registration.
#[utoipa::path(get, path = "/api/events", tag = "events", security(("bearer" = [])), params(Since),
    responses((status = 200, body = Vec<EventView>), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list_events(
    State(state): State<AppState>,
    user: AuthUser,
    Query(query): Query<Since>,
) -> Result<axum::Json<Vec<EventView>>, AppError> {
    Ok(axum::Json(
        events::upcoming(&state, &user.principal, query.since)
            .await?
            .into_iter()
            .map(|(event, registration)| EventView {
                event,
                registration,
            })
            .collect(),
    ))
}

/// Publishes an event (admins and agents): a training, workshop, dialogue or exchange visit,
/// in person (with a place) or online (with an https link), with its seats.
#[utoipa::path(post, path = "/api/events", tag = "events", security(("bearer" = [])),
    request_body = EventDraft,
    responses((status = 201, body = EventRow), (status = 403, description = "Not someone who runs events", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn create_event(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<EventDraft>,
) -> Result<(StatusCode, axum::Json<EventRow>), AppError> {
    let event = events::create(&state, &user.principal, draft).await?;
    Ok((StatusCode::CREATED, axum::Json(event)))
}

/// One event: its seats, how many are admitted and how many wait, and the caller's registration.
#[utoipa::path(get, path = "/api/events/{id}", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "The event's id")),
    responses((status = 200, body = EventView), (status = 404, description = "No such event", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn get_event(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<EventView>, AppError> {
    let event = events::get(&state, &id).await?;
    let registration = events::registration_of(&state, &user.principal, &id).await?;
    Ok(axum::Json(EventView {
        event,
        registration,
    }))
}

#[derive(Serialize, ToSchema)]
struct RegistrationView {
    status: Registration,
}

/// Registers the caller (a practitioner) for an event: admitted while seats are free, in the
/// order registrations reach the hub, else put in line. Registering again changes nothing and
/// answers 200 with where they stand.
#[utoipa::path(post, path = "/api/events/{id}/registrations", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "The event's id")),
    responses((status = 201, body = RegistrationView), (status = 200, description = "Registered already", body = RegistrationView),
        (status = 403, description = "Not a practitioner", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "`event_over`: the event has ended", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn register_for_event(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<(StatusCode, axum::Json<RegistrationView>), AppError> {
    let (new, status) = events::register(&state, &user.principal, &id).await?;
    let code = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((code, axum::Json(RegistrationView { status })))
}

/// Cancels the caller's registration; a freed seat goes to the first in line.
#[utoipa::path(delete, path = "/api/events/{id}/registrations/me", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "The event's id")),
    responses((status = 204), (status = 404, description = "No such event, or not registered for it", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn cancel_registration(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    events::cancel(&state, &user.principal, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An event's registrations in the order they reached the hub (admins and agents): who, admitted
/// or waiting, and whether they attended.
#[utoipa::path(get, path = "/api/events/{id}/registrations", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "The event's id")),
    responses((status = 200, body = Vec<RegistrationRow>), (status = 403, description = "Not someone who runs events", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list_registrations(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<Vec<RegistrationRow>>, AppError> {
    Ok(axum::Json(
        events::registrations(&state, &user.principal, &id).await?,
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Attendance {
    /// Whether they attended.
    attended: bool,
}

/// Marks whether a registered person attended (admins and agents); only someone admitted can
/// have.
#[utoipa::path(put, path = "/api/events/{id}/registrations/{user_id}/attendance", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path, description = "The event's id"), ("user_id" = String, Path, description = "The registered person's user id")),
    request_body = Attendance,
    responses((status = 204), (status = 403, description = "Not someone who runs events", body = ErrorBody),
        (status = 404, description = "No such registration", body = ErrorBody),
        (status = 409, description = "`not_admitted`: the person is still in line", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn mark_attendance(
    State(state): State<AppState>,
    user: AuthUser,
    Path((id, person)): Path<(String, String)>,
    Json(body): Json<Attendance>,
) -> Result<StatusCode, AppError> {
    events::mark_attendance(&state, &user.principal, &id, &person, body.attended).await?;
    Ok(StatusCode::NO_CONTENT)
}
