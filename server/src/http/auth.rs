//! Signing in and who is asking: `POST /api/auth/login`, `GET /api/me`, `PUT /api/me/language`
//! (the person's own language), and the extractor of
//! the bearer token every other endpoint uses (the check itself is `crate::credentials`).

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use hubdesk_shared::access::Principal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::audit::Caller;
use crate::credentials;
use crate::signin;
use crate::store::users::UserRow;
use hubdesk_shared::audit::AuditAction;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me))
        .routes(routes!(set_language))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct LoginBody {
    username: String,
    password: String,
    /// A name for this device, shown in its owner's and admins' device lists (at most 60
    /// characters); when left out, what it is ("Android phone", say).
    #[serde(default)]
    device_name: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct UserView {
    pub id: String,
    pub username: String,
    pub role: String,
    pub country: Option<String>,
    pub city: Option<String>,
    /// The language both apps speak to them; absent to follow their device.
    pub language: Option<String>,
}

impl From<&UserRow> for UserView {
    fn from(u: &UserRow) -> Self {
        Self {
            id: u.id.clone(),
            username: u.username.clone(),
            role: u.role.clone(),
            country: u.country.clone(),
            city: u.city.clone(),
            language: u.language.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
struct LoginReply {
    token: String,
    user: UserView,
    /// The device record this token is bound to (the id `GET /api/devices` lists it under).
    device_id: String,
    /// Days the device may go without reaching the hub before it locks until an online
    /// sign-in.
    offline_lock_days: u32,
}

/// Checks the password and binds a new token to a new device record.
#[utoipa::path(post, path = "/api/auth/login", tag = "auth", request_body = LoginBody,
    responses((status = 200, body = LoginReply), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn login(
    State(state): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
    Json(body): Json<LoginBody>,
) -> Result<axum::Json<LoginReply>, AppError> {
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let attempt = signin::Attempt {
        username: &body.username,
        password: body.password,
        device_name: body.device_name.as_deref(),
        user_agent,
        address: address.0,
        language: super::language::current(),
    };
    let signed_in = signin::sign_in(&state, attempt).await?;
    Ok(axum::Json(LoginReply {
        token: signed_in.token,
        user: UserView::from(&signed_in.user),
        device_id: signed_in.device_id,
        offline_lock_days: signed_in.offline_lock_days,
    }))
}

/// Signs this device out: its token is revoked, so neither REST nor /sync accept it again.
#[utoipa::path(post, path = "/api/auth/logout", tag = "auth", security(("bearer" = [])),
    responses((status = 204, description = "Signed out"), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn logout(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::http::StatusCode, AppError> {
    crate::devices::revoke(&state, user.caller(), &user.device_id, AuditAction::SignOut).await?;
    tracing::info!(device = %user.device_id, "device signed out");
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// Who the token belongs to.
#[utoipa::path(get, path = "/api/me", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = UserView), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn me(user: AuthUser) -> axum::Json<UserView> {
    axum::Json(UserView::from(&user.row))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct LanguageChoice {
    /// A language the apps have (a tag such as `bn`, one of the folders of `locales/`); an
    /// empty text goes back to following the device.
    language: String,
}

/// Sets the language both apps speak to the signed-in person, on every device of theirs.
#[utoipa::path(put, path = "/api/me/language", tag = "auth", request_body = LanguageChoice, security(("bearer" = [])),
    responses((status = 200, body = UserView), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn set_language(
    State(state): State<AppState>,
    user: AuthUser,
    Json(body): Json<LanguageChoice>,
) -> Result<axum::Json<UserView>, AppError> {
    let row = crate::users::set_own_language(&state, user.caller(), &body.language).await?;
    Ok(axum::Json(UserView::from(&row)))
}

/// The signed-in user making a request.
pub struct AuthUser {
    pub principal: Principal,
    pub row: UserRow,
    /// The device record the token is bound to.
    pub device_id: String,
}

impl AuthUser {
    /// The user as services see a caller.
    pub fn caller(&self) -> Caller<'_> {
        Caller {
            principal: &self.principal,
            device: &self.device_id,
        }
    }
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let authorization = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let token = credentials::bearer_token(authorization).ok_or(AppError::Unauthorized)?;
        let who =
            credentials::authenticate(&state.store, state.login.limits().token_ttl, &token).await?;
        Ok(Self {
            principal: who.principal,
            row: who.row,
            device_id: who.device_id,
        })
    }
}

/// The client's address, when the server knows it (it does when serving; a router called
/// directly in a test has none): the connection's peer, or the client a trusted proxy names.
pub struct ClientAddress(pub Option<std::net::IpAddr>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|info| info.0.ip());
        let forwarded = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok());
        Ok(Self(state.login.client_address(peer, forwarded)))
    }
}
