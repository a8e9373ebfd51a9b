//! `/api/users` (admins manage accounts: list, add, change, deactivate and reactivate, issue a
//! one-time reset code) and `POST /api/auth/reset-password` (a user sets a new password with
//! that code). Every change is recorded in the audit log; the rules are in
//! `hubdesk_shared::users` and `hubdesk_shared::audit`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::{AuthUser, ClientAddress};
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::store::users::UserRow;
use crate::users::{self, Change, NewUser};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_users, create_user))
        .routes(routes!(change_user))
        .routes(routes!(deactivate_user))
        .routes(routes!(reactivate_user))
        .routes(routes!(issue_reset_code))
        .routes(routes!(reset_password))
}

/// A user account as admins see it.
#[derive(Serialize, ToSchema)]
struct Account {
    id: String,
    username: String,
    role: String,
    country: Option<String>,
    city: Option<String>,
    /// The countries an agent or fund manager handles; empty for every country.
    countries: Vec<String>,
    /// When the account was deactivated; absent while it is active.
    deactivated_at: Option<i64>,
    /// The language both apps speak to them; absent to follow their device.
    language: Option<String>,
}

impl From<&UserRow> for Account {
    fn from(u: &UserRow) -> Self {
        Self {
            id: u.id.clone(),
            username: u.username.clone(),
            role: u.role.clone(),
            country: u.country.clone(),
            city: u.city.clone(),
            countries: hubdesk_shared::users::country_codes(&u.countries),
            deactivated_at: u.deactivated_at,
            language: u.language.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
struct Accounts {
    items: Vec<Account>,
}

/// Every user account, by username (admins).
#[utoipa::path(get, path = "/api/users", tag = "users", security(("bearer" = [])),
    responses((status = 200, body = Accounts), (status = 403, description = "Not an admin", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list_users(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Accounts>, AppError> {
    let rows = users::accounts(&state, user.caller()).await?;
    Ok(axum::Json(Accounts {
        items: rows.iter().map(Account::from).collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct NewAccount {
    username: String,
    /// At least 8 characters.
    password: String,
    /// `practitioner`, `agent`, `fund_manager` or `admin`.
    role: String,
    country: Option<String>,
    city: Option<String>,
    /// Country codes an agent or fund manager is limited to; absent or empty for all.
    #[serde(default)]
    countries: Vec<String>,
}

/// Adds a user (admins).
#[utoipa::path(post, path = "/api/users", tag = "users", request_body = NewAccount, security(("bearer" = [])),
    responses((status = 201, body = Account), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 403, description = "Not an admin", body = ErrorBody), (status = 409, description = "The username is taken", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn create_user(
    State(state): State<AppState>,
    user: AuthUser,
    Json(body): Json<NewAccount>,
) -> Result<(StatusCode, axum::Json<Account>), AppError> {
    let countries = body.countries.join(",");
    let new = NewUser {
        username: &body.username,
        password: &body.password,
        role: &body.role,
        country: body.country.as_deref(),
        city: body.city.as_deref(),
        countries: Some(&countries),
    };
    let row = users::create(&state, user.caller(), new).await?;
    Ok((StatusCode::CREATED, axum::Json(Account::from(&row))))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AccountChange {
    role: Option<String>,
    /// An empty text clears it.
    country: Option<String>,
    /// An empty text clears it.
    city: Option<String>,
    /// Country codes an agent or fund manager is limited to; an empty list lifts the limit.
    countries: Option<Vec<String>>,
    /// The language both apps speak to them (a tag such as `bn`); an empty text clears it.
    language: Option<String>,
}

/// Changes a user's role, country, city, countries or language (admins; an admin cannot take the admin
/// role from themselves). A change of role, countries, country or city ends the user's open
/// sync connections on every node; their devices reconnect under the new rules.
#[utoipa::path(patch, path = "/api/users/{id}", tag = "users", request_body = AccountChange, security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses((status = 200, body = Account), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 403, description = "Not an admin, or an admin demoting themselves", body = ErrorBody), (status = 404, description = "No such user", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn change_user(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<AccountChange>,
) -> Result<axum::Json<Account>, AppError> {
    let countries = body.countries.as_ref().map(|list| list.join(","));
    let change = Change {
        role: body.role.as_deref(),
        country: body.country.as_deref(),
        city: body.city.as_deref(),
        countries: countries.as_deref(),
        language: body.language.as_deref(),
    };
    let row = users::change(&state, user.caller(), &id, change).await?;
    Ok(axum::Json(Account::from(&row)))
}

/// Deactivates a user (admins, not themselves): they can no longer sign in, every device of
/// theirs is revoked and its connections close on every node.
#[utoipa::path(post, path = "/api/users/{id}/deactivate", tag = "users", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses((status = 200, body = Account), (status = 400, description = "An admin deactivating themselves", body = ErrorBody), (status = 403, description = "Not an admin", body = ErrorBody), (status = 404, description = "No such user", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn deactivate_user(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<Account>, AppError> {
    let row = users::set_active_by(&state, user.caller(), &id, false).await?;
    Ok(axum::Json(Account::from(&row)))
}

/// Reactivates a user (admins): they may sign in again, on new devices.
#[utoipa::path(post, path = "/api/users/{id}/reactivate", tag = "users", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses((status = 200, body = Account), (status = 403, description = "Not an admin", body = ErrorBody), (status = 404, description = "No such user", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn reactivate_user(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<Account>, AppError> {
    let row = users::set_active_by(&state, user.caller(), &id, true).await?;
    Ok(axum::Json(Account::from(&row)))
}

#[derive(Serialize, ToSchema)]
struct ResetCode {
    /// Shown this once; give it to the user by a trusted channel. It works once.
    code: String,
    expires_at: i64,
}

/// Issues a one-time password-reset code for a user (admins), replacing any earlier one. The
/// user sets a new password with it at `POST /api/auth/reset-password` within a day.
#[utoipa::path(post, path = "/api/users/{id}/reset-code", tag = "users", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses((status = 200, body = ResetCode), (status = 403, description = "Not an admin", body = ErrorBody), (status = 404, description = "No such user", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn issue_reset_code(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<ResetCode>, AppError> {
    let (code, expires_at) = users::reset_code(&state, user.caller(), &id).await?;
    Ok(axum::Json(ResetCode { code, expires_at }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PasswordReset {
    username: String,
    /// The code an admin gave; spaces, dashes and case do not matter.
    code: String,
    /// At least 8 characters.
    new_password: String,
}

/// Sets a new password with a one-time code from an admin; then sign in as usual. A wrong or
/// expired code is answered exactly like a wrong password, and counts against the same limits.
#[utoipa::path(post, path = "/api/auth/reset-password", tag = "auth", request_body = PasswordReset,
    responses((status = 204, description = "The new password is set"), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "Wrong username or code", body = ErrorBody), (status = 429, description = "Too many attempts", body = ErrorBody)))]
async fn reset_password(
    State(state): State<AppState>,
    address: ClientAddress,
    Json(body): Json<PasswordReset>,
) -> Result<StatusCode, AppError> {
    let reset = crate::signin::Reset {
        username: &body.username,
        code: &body.code,
        new_password: &body.new_password,
        address: address.0,
    };
    crate::signin::reset_password(&state, reset).await?;
    Ok(StatusCode::NO_CONTENT)
}
