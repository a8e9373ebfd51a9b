//! Tokens and passwords: how a bearer token becomes a [`Principal`], how tokens and passwords
//! are stored (a token only as its SHA-256, a password only as an Argon2 hash), and who a user
//! row is as far as `shared::access` is concerned. REST and `/sync` both authenticate here.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use hubdesk_shared::access::{self, Principal};
use hubdesk_shared::ids::UserId;
use hubdesk_shared::model::Role;
use sha2::{Digest, Sha256};

use crate::clock::now_ms;
use crate::error::AppError;
use crate::store::Store;
use crate::store::users::{self, UserRow};

/// Someone a valid token belongs to.
pub struct Authenticated {
    pub principal: Principal,
    pub row: UserRow,
    /// The device record the token is bound to.
    pub device_id: String,
    /// When the token expires unless it is used again (milliseconds since the epoch).
    pub expires_at: i64,
}

/// The token in an `Authorization: Bearer ...` header value.
pub fn bearer_token(authorization: Option<&str>) -> Option<String> {
    let token = authorization?.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_string())
}

/// Who a token belongs to. A token is valid while its device is not revoked and was used within
/// `ttl`; each use slides it on (the device's last use is recorded at most once a minute).
pub async fn authenticate(
    store: &Store,
    ttl: std::time::Duration,
    token: &str,
) -> Result<Authenticated, AppError> {
    let hash = token_hash(token);
    let Some((device_id, row, last_seen)) = users::user_by_token_hash(store.pool(), &hash).await?
    else {
        // A token that was revoked (not one that never existed) tells its device to wipe.
        return Err(if users::is_revoked_token(store.pool(), &hash).await? {
            AppError::DeviceRevoked
        } else {
            AppError::Unauthorized
        });
    };
    let now = now_ms();
    let ttl = ttl.as_millis() as i64;
    if now - last_seen > ttl {
        return Err(AppError::TokenExpired);
    }
    let mut used = last_seen;
    if now - last_seen > 60_000.min(ttl / 2) {
        users::touch_device(store, &device_id, now).await?;
        used = now;
    }
    let principal = principal_of(&row)?;
    Ok(Authenticated {
        principal,
        row,
        device_id,
        expires_at: used.saturating_add(ttl),
    })
}

/// The principal a stored user row stands for: role, countries handled, and a practitioner's
/// city team.
pub fn principal_of(row: &UserRow) -> Result<Principal, AppError> {
    let user = UserId::parse(&row.id).map_err(|e| AppError::Internal(e.to_string()))?;
    let role: Role = row
        .role
        .parse()
        .map_err(|e: hubdesk_shared::model::ParseEnumError| AppError::Internal(e.to_string()))?;
    let countries = hubdesk_shared::users::countries(Some(&row.countries), role)
        .map_err(|e| AppError::Internal(format!("stored countries of a user: {e}")))?;
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

/// A new random bearer token (256 bits, hex).
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// Tokens are stored only as their SHA-256, so a database leak does not leak sessions.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// How many Argon2 computations run at once in the whole server, whatever asked for them
/// (a sign-in, an admin adding a user, a password reset). Each holds 19 MiB while it runs, so
/// this bounds the memory password hashing can take; more wait their turn.
const HASHING_AT_ONCE: usize = 2;

static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(HASHING_AT_ONCE);

/// Runs one Argon2 computation off the async threads, once a place among
/// [`HASHING_AT_ONCE`] is free.
async fn hashing<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let _place = HASHING.acquire().await.map_err(|e| e.to_string())?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| e.to_string())
}

/// The Argon2 hash of `password`, with a new random salt.
pub async fn hash_password(password: String) -> Result<String, String> {
    hashing(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    })
    .await?
}

/// Whether `password` matches `hash`; with no hash (an unknown user) a dummy one is checked, so
/// timing does not tell which usernames exist.
pub async fn verify_password(password: String, hash: Option<String>) -> Result<bool, String> {
    // A fixed, valid hash of a random string, so unknown users cost the same as known ones.
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9XKxV2I1O4oTMxxS4P8Ypv3GZgGDeH7IbuTyBDa8+jQ";
    hashing(move || {
        let Ok(parsed) = PasswordHash::new(hash.as_deref().unwrap_or(DUMMY)) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            && hash.is_some()
    })
    .await
}
