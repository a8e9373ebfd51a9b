//! Signing in and who is asking: `POST /api/auth/login`, `GET /api/me`, and the bearer-token
//! check every other endpoint uses.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use hubdesk_shared::access::{self, Principal};
use hubdesk_shared::ids::UserId;
use hubdesk_shared::model::Role;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::{ApiError, ErrorBody};
use super::json::Json;
use crate::store::Store;
use crate::store::audit;
use crate::store::users::{self, UserRow};
use crate::sync::metrics::Metrics;
use crate::sync::now_ms;
use hubdesk_shared::audit::{AuditAction, SignInFailure};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me))
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
}

impl From<&UserRow> for UserView {
    fn from(u: &UserRow) -> Self {
        Self {
            id: u.id.clone(),
            username: u.username.clone(),
            role: u.role.clone(),
            country: u.country.clone(),
            city: u.city.clone(),
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
) -> Result<axum::Json<LoginReply>, ApiError> {
    if body.username.trim().is_empty() {
        return Err(ApiError::bad_request(
            Some("username"),
            "username must not be empty",
        ));
    }
    if body.password.is_empty() {
        return Err(ApiError::bad_request(
            Some("password"),
            "password must not be empty",
        ));
    }
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let platform = hubdesk_shared::devices::platform(user_agent);
    let device_name = hubdesk_shared::devices::name(body.device_name.as_deref(), platform)
        .map_err(|reason| ApiError::bad_request(Some("device_name"), &reason))?;
    let pass = match state.login.enter(body.username.trim(), address.0).await {
        Ok(pass) => pass,
        Err(e) => {
            Metrics::add(&state.sync.metrics.logins_throttled, 1);
            failed_sign_in(&state, None, SignInFailure::Throttled).await?;
            return Err(e);
        }
    };
    let user = users::user_by_username(state.store.pool(), body.username.trim()).await?;
    let password = body.password;
    let hash = user.as_ref().map(|u| u.password_hash.clone());
    // Verify even for unknown users, so timing does not reveal which usernames exist.
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, hash.as_deref()))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    drop(pass);
    let refusal = match (&user, ok) {
        (None, _) => Some((None, SignInFailure::UnknownUser)),
        (Some(u), false) => Some((Some(u.id.as_str()), SignInFailure::WrongPassword)),
        (Some(u), true) if u.deactivated_at.is_some() => {
            Some((Some(u.id.as_str()), SignInFailure::Deactivated))
        }
        (Some(_), true) => None,
    };
    if let Some((who, why)) = refusal {
        Metrics::add(&state.sync.metrics.login_failures, 1);
        failed_sign_in(&state, who, why).await?;
        return Err(ApiError::BadCredentials);
    }
    let Some(user) = &user else {
        return Err(ApiError::BadCredentials);
    };
    let token = new_token();
    let device_id = uuid::Uuid::new_v4().to_string();
    let now = now_ms();
    let mut tx = state.store.begin_write().await.map_err(store_error)?;
    users::insert_device(
        &mut *tx,
        &users::NewDevice {
            id: &device_id,
            user_id: &user.id,
            token_hash: &token_hash(&token),
            name: &device_name,
            platform,
        },
        now,
    )
    .await?;
    audit::record(
        &mut *tx,
        AuditAction::SignIn,
        audit::NewEvent {
            actor_id: Some(&user.id),
            device_id: Some(&device_id),
            subject: Some(&device_id),
            ..Default::default()
        },
        now,
    )
    .await?;
    tx.commit().await.map_err(store_error)?;
    tracing::info!(device = %device_id, "device signed in");
    Ok(axum::Json(LoginReply {
        token,
        user: UserView::from(user),
        device_id,
        offline_lock_days: state.login.limits().offline_lock_days,
    }))
}

/// Records a refused sign-in: under the user's id when the username exists, never the
/// username typed.
pub(super) async fn failed_sign_in(
    state: &AppState,
    user_id: Option<&str>,
    why: SignInFailure,
) -> Result<(), ApiError> {
    audit::record(
        state.store.pool(),
        AuditAction::SignInFailed,
        audit::NewEvent {
            actor_id: user_id,
            detail: Some(why.as_str()),
            ..Default::default()
        },
        now_ms(),
    )
    .await?;
    Ok(())
}

fn store_error(e: sqlx::Error) -> ApiError {
    ApiError::from(crate::store::StoreError::from(e))
}

/// Signs this device out: its token is revoked, so neither REST nor /sync accept it again.
#[utoipa::path(post, path = "/api/auth/logout", tag = "auth", security(("bearer" = [])),
    responses((status = 204, description = "Signed out"), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn logout(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::http::StatusCode, ApiError> {
    super::devices::revoke(&state, &user, &user.device_id, AuditAction::SignOut).await?;
    tracing::info!(device = %user.device_id, "device signed out");
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// Who the token belongs to.
#[utoipa::path(get, path = "/api/me", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = UserView), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn me(user: AuthUser) -> axum::Json<UserView> {
    axum::Json(UserView::from(&user.row))
}

/// The signed-in user making a request.
pub struct AuthUser {
    pub principal: Principal,
    pub row: UserRow,
    /// The device record the token is bound to.
    pub device_id: String,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer_token(&parts.headers).ok_or(ApiError::Unauthorized)?;
        let (principal, row, device_id) = authenticate_user(state, &token).await?;
        Ok(Self {
            principal,
            row,
            device_id,
        })
    }
}

pub fn bearer_token(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_string())
}

/// Who a token belongs to, and the device it is bound to.
pub async fn authenticate(state: &AppState, token: &str) -> Result<(Principal, String), ApiError> {
    authenticate_user(state, token)
        .await
        .map(|(principal, _, device)| (principal, device))
}

/// A token is valid while its device is not revoked and was used within the token lifetime;
/// each use slides it on (the device's last use is recorded at most once a minute).
async fn authenticate_user(
    state: &AppState,
    token: &str,
) -> Result<(Principal, UserRow, String), ApiError> {
    let store: &Store = &state.store;
    let hash = token_hash(token);
    let Some((device_id, row, last_seen)) = users::user_by_token_hash(store.pool(), &hash).await?
    else {
        // A token that was revoked (not one that never existed) tells its device to wipe.
        return Err(if users::is_revoked_token(store.pool(), &hash).await? {
            ApiError::DeviceRevoked
        } else {
            ApiError::Unauthorized
        });
    };
    let now = now_ms();
    let ttl = state.login.limits().token_ttl.as_millis() as i64;
    if now - last_seen > ttl {
        return Err(ApiError::TokenExpired);
    }
    if now - last_seen > 60_000.min(ttl / 2) {
        users::touch_device(store.pool(), &device_id, now).await?;
    }
    let principal = principal_of(&row)?;
    Ok((principal, row, device_id))
}

/// The client's address, when the server knows it (it does when serving; a router called
/// directly in a test has none).
pub struct ClientAddress(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}

pub fn principal_of(row: &UserRow) -> Result<Principal, ApiError> {
    let user = UserId::parse(&row.id).map_err(|e| ApiError::Internal(e.to_string()))?;
    let role: Role = row
        .role
        .parse()
        .map_err(|e: hubdesk_shared::model::ParseEnumError| ApiError::Internal(e.to_string()))?;
    let countries = hubdesk_shared::users::countries(Some(&row.countries), role)
        .map_err(|e| ApiError::Internal(format!("stored countries of a user: {e}")))?;
    // A practitioner's city team: their account's country and city.
    let place = match (
        role,
        row.country
            .as_deref()
            .map(str::parse::<hubdesk_shared::model::Country>),
        &row.city,
    ) {
        (Role::Practitioner, Some(Ok(country)), Some(city)) => access::place_key(country, city),
        _ => None,
    };
    Ok(Principal {
        user,
        role,
        countries,
        place,
    })
}

fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// Tokens are stored only as their SHA-256, so a database leak does not leak sessions.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

fn verify_password(password: &str, hash: Option<&str>) -> bool {
    // A fixed, valid hash of a random string, so unknown users cost the same as known ones.
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9XKxV2I1O4oTMxxS4P8Ypv3GZgGDeH7IbuTyBDa8+jQ";
    let parsed = PasswordHash::new(hash.unwrap_or(DUMMY));
    let Ok(parsed) = parsed else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && hash.is_some()
}
