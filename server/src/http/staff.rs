//! `/api/staff` (who requests can be assigned to), `/api/practitioners` (whom staff file a
//! request for), `/api/canned` (canned responses), and
//! `/api/live` (a server-sent event stream of requests whose records changed), for the console.

use std::convert::Infallible;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use hubdesk_shared::access::{Action, may};
use hubdesk_shared::validate::CannedDraft;
use hubdesk_shared::{intake, library};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast::error::RecvError;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody, Message};
use super::json::Json;
use crate::clock::now_ms;
use crate::store::canned::{self, CannedRow};
use crate::store::{queues, users};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(staff))
        .routes(routes!(practitioners))
        .routes(routes!(list_canned, create_canned))
        .routes(routes!(show_canned, update_canned, delete_canned))
        .routes(routes!(live))
}

fn require(user: &AuthUser, action: Action) -> Result<(), AppError> {
    if may(user.principal.role, action) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Serialize, ToSchema)]
struct StaffMember {
    id: String,
    username: String,
    role: String,
}

/// Hub staff, by username: who requests can be assigned to.
#[utoipa::path(get, path = "/api/staff", tag = "console", security(("bearer" = [])),
    responses((status = 200, body = Vec<StaffMember>), (status = 403, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn staff(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Vec<StaffMember>>, AppError> {
    require(&user, Action::Notes)?;
    let rows = users::staff(state.store.pool()).await?;
    Ok(axum::Json(
        rows.into_iter()
            .map(|(id, username, role)| StaffMember { id, username, role })
            .collect(),
    ))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct PractitionerQuery {
    /// Part of the username, in any case; blank for the first ones by username.
    #[serde(default)]
    q: String,
}

#[derive(Serialize, ToSchema)]
struct Practitioner {
    id: String,
    username: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    city: Option<String>,
}

/// Active practitioners in the caller's countries whose username contains `q`, at most 20:
/// whom staff file a request for when it reached the hub by phone, message or in person.
#[utoipa::path(get, path = "/api/practitioners", operation_id = "find_practitioners", tag = "console", security(("bearer" = [])),
    params(PractitionerQuery),
    responses((status = 200, body = Vec<Practitioner>), (status = 403, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn practitioners(
    State(state): State<AppState>,
    user: AuthUser,
    query: Result<Query<PractitionerQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::Json<Vec<Practitioner>>, AppError> {
    if !intake::files_for_someone(user.principal.role) {
        return Err(AppError::Forbidden);
    }
    let Query(query) = query.map_err(|e| AppError::bad_request(None, e.body_text()))?;
    let countries = user.principal.country_limit();
    let rows = users::practitioners(state.store.pool(), &query.q, countries, 20).await?;
    Ok(axum::Json(
        rows.into_iter()
            .map(|row| Practitioner {
                id: row.id,
                username: row.username,
                country: row.country,
                city: row.city,
            })
            .collect(),
    ))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct CannedQuery {
    /// Only responses in this language (`en`, `bn`, ...).
    language: Option<String>,
}

/// Canned responses, by title.
#[utoipa::path(get, path = "/api/canned", tag = "console", security(("bearer" = [])),
    params(CannedQuery),
    responses((status = 200, body = Vec<CannedRow>), (status = 403, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list_canned(
    State(state): State<AppState>,
    user: AuthUser,
    Query(query): Query<CannedQuery>,
) -> Result<axum::Json<Vec<CannedRow>>, AppError> {
    require(&user, Action::ManageCanned)?;
    let language = query.language.filter(|l| !l.is_empty());
    Ok(axum::Json(
        canned::list(state.store.pool(), language.as_deref()).await?,
    ))
}

#[utoipa::path(get, path = "/api/canned/{id}", tag = "console", security(("bearer" = [])),
    params(("id" = String, Path, description = "The canned response's id")),
    responses((status = 200, body = CannedRow), (status = 404, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn show_canned(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<CannedRow>, AppError> {
    require(&user, Action::ManageCanned)?;
    let row = canned::get(state.store.pool(), &id).await?;
    row.map(axum::Json).ok_or(AppError::NotFound)
}

#[utoipa::path(post, path = "/api/canned", tag = "console", security(("bearer" = [])),
    request_body = CannedDraft,
    responses((status = 201, body = CannedRow), (status = 422, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn create_canned(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<CannedDraft>,
) -> Result<(StatusCode, axum::Json<CannedRow>), AppError> {
    require(&user, Action::ManageCanned)?;
    let checked = draft.check().map_err(AppError::Invalid)?;
    let id = uuid::Uuid::new_v4().to_string();
    // A version in another language joins the item of the response it names.
    let item_id = match &checked.version_of {
        None => id.clone(),
        Some(other) => {
            let other = canned::get(state.store.pool(), other)
                .await?
                .ok_or_else(|| {
                    AppError::bad_request(
                        Some("version_of"),
                        Message::id("canned-unknown-version-of"),
                    )
                })?;
            let languages = canned::item_languages(state.store.pool(), &other.item_id).await?;
            let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
            library::check_new_version(&languages, &checked.language)
                .map_err(|e| AppError::Invalid(vec![e]))?;
            other.item_id
        }
    };
    let by = user.principal.user.to_string();
    canned::insert(state.store.pool(), &id, &item_id, &checked, &by, now_ms()).await?;
    let row = canned::get(state.store.pool(), &id).await?;
    let row = row.ok_or_else(|| AppError::Internal("canned response vanished".into()))?;
    Ok((StatusCode::CREATED, axum::Json(row)))
}

#[utoipa::path(put, path = "/api/canned/{id}", tag = "console", security(("bearer" = [])),
    params(("id" = String, Path, description = "The canned response's id")), request_body = CannedDraft,
    responses((status = 200, body = CannedRow), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn update_canned(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(draft): Json<CannedDraft>,
) -> Result<axum::Json<CannedRow>, AppError> {
    require(&user, Action::ManageCanned)?;
    let checked = draft.check().map_err(AppError::Invalid)?;
    if !canned::update(state.store.pool(), &id, &checked, now_ms()).await? {
        return Err(AppError::NotFound);
    }
    let row = canned::get(state.store.pool(), &id).await?;
    row.map(axum::Json).ok_or(AppError::NotFound)
}

#[utoipa::path(delete, path = "/api/canned/{id}", tag = "console", security(("bearer" = [])),
    params(("id" = String, Path, description = "The canned response's id")),
    responses((status = 204, description = "Removed"), (status = 404, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn delete_canned(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    require(&user, Action::ManageCanned)?;
    if !canned::delete(state.store.pool(), &id).await? {
        return Err(AppError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Server-sent events for staff: `event: request` with the request id whenever its stored
/// records change (on this node or, on PostgreSQL, another), and `event: reload` when this
/// listener fell behind and should reload its list. Lists stay SQL: the console re-queries.
/// Staff limited to countries hear only of requests in them.
#[utoipa::path(get, path = "/api/live", tag = "console", security(("bearer" = [])),
    responses((status = 200, description = "Server-sent events: `request` (data: a request id whose records changed) and `reload`", content_type = "text/event-stream"),
        (status = 403, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn live(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, AppError> {
    require(&user, Action::Notes)?;
    let mut changes = state.sync.subscribe_changes();
    let (tx, stream) = super::stream::channel(64);
    let principal = user.principal.clone();
    let store = state.store.clone();
    tokio::spawn(async move {
        loop {
            let event = match changes.recv().await {
                Ok(request) => {
                    if principal.country_limit().is_some() {
                        let country = queues::country_of(&store, &request).await.ok().flatten();
                        if !principal.covers(country.and_then(|c| c.parse().ok())) {
                            continue;
                        }
                    }
                    Event::default().event("request").data(request)
                }
                Err(RecvError::Lagged(_)) => Event::default().event("reload").data(""),
                Err(RecvError::Closed) => return,
            };
            if tx.send(Ok::<_, Infallible>(event)).await.is_err() {
                return;
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}
