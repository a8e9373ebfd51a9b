//! The network's directory: `GET /api/directory` (anyone signed in, as they may see it),
//! `GET`/`PATCH /api/directory/me` (a person's own entry, and what of it others see), and for
//! staff who manage it `POST /api/directory/people`, `PATCH /api/directory/people/{id}`,
//! `POST /api/directory/cities` and `PATCH /api/directory/cities/{id}`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use hubdesk_shared::directory::{CityDraft, ProfileDraft};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::directory::{self, CityView, Directory, PersonView};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(read))
        .routes(routes!(own, change_own))
        .routes(routes!(add_person))
        .routes(routes!(change_person))
        .routes(routes!(add_city))
        .routes(routes!(change_city))
}

/// The member cities and the people listed, as the caller may see them: the fields a person
/// keeps for the hub are absent for everyone but them and the staff who manage their country.
#[utoipa::path(get, path = "/api/directory", operation_id = "read_directory", tag = "directory", security(("bearer" = [])),
    responses((status = 200, body = Directory), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn read(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Directory>, AppError> {
    Ok(axum::Json(directory::read(&state, &user.principal).await?))
}

/// The caller's own entry, every field, with what of it others see.
#[utoipa::path(get, path = "/api/directory/me", operation_id = "own_directory_entry", tag = "directory", security(("bearer" = [])),
    responses((status = 200, body = PersonView), (status = 404, description = "Not listed", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn own(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<PersonView>, AppError> {
    let me = user.principal.user.as_str().to_string();
    Ok(axum::Json(
        directory::shown(&state, &user.principal, &me).await?,
    ))
}

/// Changes the caller's own entry: any field, what others see of it (`shown`), and whether it
/// is listed at all. Fields left out keep what they were.
#[utoipa::path(patch, path = "/api/directory/me", operation_id = "change_own_directory_entry", tag = "directory", security(("bearer" = [])),
    request_body = ProfileDraft,
    responses((status = 200, body = PersonView), (status = 404, description = "Not listed", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn change_own(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<ProfileDraft>,
) -> Result<axum::Json<PersonView>, AppError> {
    let me = user.principal.user.as_str().to_string();
    Ok(axum::Json(
        directory::change_person(&state, &user.principal, &me, draft).await?,
    ))
}

/// Lists a person (`user`: their username) in the directory (staff who manage their country).
/// They are shown everything but how to reach them until they choose otherwise.
#[utoipa::path(post, path = "/api/directory/people", operation_id = "add_directory_person", tag = "directory", security(("bearer" = [])),
    request_body = ProfileDraft,
    responses((status = 201, body = PersonView), (status = 403, description = "Not someone who manages the directory there", body = ErrorBody),
        (status = 409, description = "`already_listed`", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn add_person(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<ProfileDraft>,
) -> Result<(StatusCode, axum::Json<PersonView>), AppError> {
    let person = directory::add_person(&state, &user.principal, draft).await?;
    Ok((StatusCode::CREATED, axum::Json(person)))
}

/// Changes a person's entry (staff who manage their country; never what they show others).
#[utoipa::path(patch, path = "/api/directory/people/{id}", operation_id = "change_directory_person", tag = "directory", security(("bearer" = [])),
    params(("id" = String, Path, description = "The person's user id")),
    request_body = ProfileDraft,
    responses((status = 200, body = PersonView), (status = 403, description = "Not someone who manages the directory there", body = ErrorBody),
        (status = 404, description = "Not listed", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn change_person(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(draft): Json<ProfileDraft>,
) -> Result<axum::Json<PersonView>, AppError> {
    Ok(axum::Json(
        directory::change_person(&state, &user.principal, &id, draft).await?,
    ))
}

/// Adds a member city (staff who manage the directory in its country).
#[utoipa::path(post, path = "/api/directory/cities", operation_id = "add_member_city", tag = "directory", security(("bearer" = [])),
    request_body = CityDraft,
    responses((status = 201, body = CityView), (status = 403, description = "Not someone who manages the directory there", body = ErrorBody),
        (status = 409, description = "`city_listed`", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn add_city(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<CityDraft>,
) -> Result<(StatusCode, axum::Json<CityView>), AppError> {
    let city = directory::put_city(&state, &user.principal, None, draft).await?;
    Ok((StatusCode::CREATED, axum::Json(city)))
}

/// Replaces a member city's entry: its status, since when, and its focal points.
#[utoipa::path(patch, path = "/api/directory/cities/{id}", operation_id = "change_member_city", tag = "directory", security(("bearer" = [])),
    params(("id" = String, Path, description = "The city's id")),
    request_body = CityDraft,
    responses((status = 200, body = CityView), (status = 403, description = "Not someone who manages the directory there", body = ErrorBody),
        (status = 404, description = "No such city", body = ErrorBody),
        (status = 409, description = "`city_listed`", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn change_city(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(draft): Json<CityDraft>,
) -> Result<axum::Json<CityView>, AppError> {
    Ok(axum::Json(
        directory::put_city(&state, &user.principal, Some(&id), draft).await?,
    ))
}
