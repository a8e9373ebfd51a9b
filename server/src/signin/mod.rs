//! Signing in and resetting a password with a one-time code: the guard's limits first, then the
//! password check, then a new device bound to a new token, each step audited. REST calls these
//! with plain inputs; nothing here knows HTTP.

pub mod guard;

use std::net::IpAddr;

use hubdesk_shared::audit::{AuditAction, SignInFailure};
use hubdesk_shared::devices::DeviceName;

use crate::clock::now_ms;
use crate::credentials::{new_token, token_hash, verify_password};
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::audit;
use crate::store::users::{self, UserRow};
use crate::sync::metrics::Metrics;

/// One sign-in attempt as typed.
pub struct Attempt<'a> {
    pub username: &'a str,
    pub password: String,
    /// The name the person gave this device, if any.
    pub device_name: Option<&'a str>,
    /// The browser's `User-Agent`, from which the device's platform is read.
    pub user_agent: &'a str,
    /// The client's address as the guard counts it (see `guard::client_address`).
    pub address: Option<IpAddr>,
    /// The language of the sign-in, which names a device its owner did not name.
    pub language: &'a str,
}

/// A successful sign-in: a new token bound to a new device.
pub struct SignedIn {
    pub token: String,
    pub user: UserRow,
    pub device_id: String,
    /// Days the device may go without reaching the hub before it locks.
    pub offline_lock_days: u32,
}

/// Checks the password and binds a new token to a new device record.
pub async fn sign_in(state: &AppState, attempt: Attempt<'_>) -> Result<SignedIn, AppError> {
    // Checked before anything is counted or stored: a megabyte of "username" is refused here.
    let username = hubdesk_shared::users::username(attempt.username)
        .map_err(|f| AppError::bad_request(Some(f.field), &f))?;
    let username = username.as_str();
    if attempt.password.is_empty() {
        return Err(AppError::bad_request(
            Some("password"),
            Message::id("signin-password-empty"),
        ));
    }
    let platform = hubdesk_shared::devices::platform(attempt.user_agent);
    let device_name = match hubdesk_shared::devices::name(attempt.device_name, platform)
        .map_err(|message| AppError::bad_request(Some("device_name"), Message::id(message)))?
    {
        DeviceName::Given(name) => name,
        DeviceName::Default(message) => crate::i18n::text(attempt.language, message, None),
    };
    let pass = admitted(state, username, attempt.address).await?;
    let user = users::user_by_username(state.store.pool(), username).await?;
    let password = attempt.password;
    let hash = user.as_ref().map(|u| u.password_hash.clone());
    // Verify even for unknown users, so timing does not reveal which usernames exist.
    let ok = verify_password(password, hash)
        .await
        .map_err(AppError::Internal)?;
    let refusal = match (&user, ok) {
        (None, _) => Some((None, SignInFailure::UnknownUser)),
        (Some(u), false) => Some((Some(u.id.as_str()), SignInFailure::WrongPassword)),
        (Some(u), true) if u.deactivated_at.is_some() => {
            Some((Some(u.id.as_str()), SignInFailure::Deactivated))
        }
        (Some(_), true) => None,
    };
    if let Some((who, why)) = refusal {
        pass.failed();
        Metrics::add(&state.sync.metrics.login_failures, 1);
        failed_sign_in(state, who, why).await?;
        return Err(AppError::BadCredentials);
    }
    drop(pass);
    let Some(user) = user else {
        return Err(AppError::BadCredentials);
    };
    let token = new_token();
    let device_id = uuid::Uuid::new_v4().to_string();
    let now = now_ms();
    let mut tx = state.store.begin_write().await.map_err(store_error)?;
    users::insert_device(
        &mut **tx,
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
        &mut **tx,
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
    Ok(SignedIn {
        token,
        user,
        device_id,
        offline_lock_days: state.login.limits().offline_lock_days,
    })
}

/// A password reset as typed: the username, the one-time code an admin gave, the new password.
pub struct Reset<'a> {
    pub username: &'a str,
    pub code: &'a str,
    pub new_password: &'a str,
    pub address: Option<IpAddr>,
}

/// Sets a new password with a one-time code. A wrong or expired code is answered exactly like a
/// wrong password and counts against the same limits. Every device the person was signed in on
/// is signed out: whoever knew the old password may hold one.
pub async fn reset_password(state: &AppState, reset: Reset<'_>) -> Result<(), AppError> {
    hubdesk_shared::users::password(reset.new_password)
        .map_err(|f| AppError::bad_request(Some("new_password"), &f))?;
    let _pass = state
        .login
        .enter(reset.username.trim(), reset.address)
        .await?;
    let Some(user) = crate::users::redeem_reset_code(
        &state.store,
        reset.username,
        reset.code,
        reset.new_password,
    )
    .await?
    else {
        failed_sign_in(state, None, SignInFailure::BadResetCode).await?;
        return Err(AppError::BadCredentials);
    };
    audit::record(
        state.store.pool(),
        AuditAction::PasswordReset,
        audit::NewEvent {
            actor_id: Some(&user.id),
            subject: Some(&user.id),
            ..Default::default()
        },
        now_ms(),
    )
    .await?;
    let actor = crate::audit::Actor {
        user: Some(&user.id),
        device: None,
    };
    crate::devices::revoke_all_of(state, &user.id, actor).await
}

/// Passes the guard, or is refused: refusals are counted in memory and the audit log gets one
/// summary a minute ([`guard::LoginGuard::throttled_summary`]), never a row each, so a flood
/// of attempts does not hold the database's write lock.
async fn admitted(
    state: &AppState,
    username: &str,
    address: Option<IpAddr>,
) -> Result<guard::Pass, AppError> {
    match state.login.enter(username, address).await {
        Ok(pass) => Ok(pass),
        Err(e) => {
            Metrics::add(&state.sync.metrics.logins_throttled, 1);
            if let Some(count) = state.login.throttled_summary() {
                let count = count.to_string();
                crate::audit::record(
                    &state.store,
                    crate::audit::Actor::HUB,
                    AuditAction::SignInFailed,
                    Some(&count),
                    Some(SignInFailure::Throttled.as_str()),
                )
                .await?;
            }
            Err(e)
        }
    }
}

/// Records a refused sign-in: under the user's id when the username exists, never the
/// username typed.
async fn failed_sign_in(
    state: &AppState,
    user_id: Option<&str>,
    why: SignInFailure,
) -> Result<(), AppError> {
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

fn store_error(e: sqlx::Error) -> AppError {
    AppError::from(crate::store::StoreError::from(e))
}
