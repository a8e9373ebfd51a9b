//! Signed-in devices: listing them and revoking one (signing out is revoking one's own). Who may
//! manage whose devices is `shared::audit`'s rule. A revoked device's websockets close on this
//! node at once and on every other through the database's notification.

use hubdesk_shared::audit::{self as rules, AuditAction};

use crate::audit::{Actor, Caller};
use crate::clock::now_ms;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::audit;
use crate::store::users::{self, DeviceRow};

/// Devices, newest first: the caller's own; an admin's, everyone's or those of `whose`.
pub async fn list(
    state: &AppState,
    by: Caller<'_>,
    whose: Option<String>,
) -> Result<Vec<DeviceRow>, AppError> {
    let admin = rules::may_manage_users(by.principal);
    let whose = match whose {
        Some(id) if rules::may_manage_devices_of(by.principal, &id) => Some(id),
        Some(_) => return Err(AppError::Forbidden),
        None if admin => None,
        None => Some(by.principal.user.to_string()),
    };
    Ok(users::devices(state.store.pool(), whose.as_deref()).await?)
}

/// Revokes device `id` (its owner, or an admin); someone else's device is answered exactly as a
/// missing one. Returns the device as it now stands.
pub async fn revoke_managed(
    state: &AppState,
    by: Caller<'_>,
    id: &str,
) -> Result<DeviceRow, AppError> {
    let device = users::device(state.store.pool(), id).await?;
    let Some(device) = device.filter(|d| rules::may_manage_devices_of(by.principal, &d.user_id))
    else {
        return Err(AppError::NotFound);
    };
    revoke(state, by, &device.id, AuditAction::DeviceRevoked).await?;
    users::device(state.store.pool(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Revokes `device` on behalf of `by` (signing out, or revoking), records it in the audit log
/// when it was live until now, and closes its websockets on this node and, through the
/// database's notification, on every other.
pub async fn revoke(
    state: &AppState,
    by: Caller<'_>,
    device: &str,
    action: AuditAction,
) -> Result<(), AppError> {
    let now = now_ms();
    let mut tx = state
        .store
        .begin_write()
        .await
        .map_err(crate::store::StoreError::from)?;
    if users::revoke_device(&mut tx, device, now).await? {
        audit::record(
            &mut **tx,
            action,
            audit::NewEvent {
                actor_id: Some(by.principal.user.as_str()),
                device_id: Some(by.device),
                subject: Some(device),
                ..Default::default()
            },
            now,
        )
        .await?;
    }
    tx.commit().await.map_err(crate::store::StoreError::from)?;
    crate::store::notify::device_revoked(state.store.pool(), state.store.backend(), device).await?;
    close_connections(state, &[device.to_string()]).await;
    Ok(())
}

/// Revokes every live device of user `id` (their password was reset: whoever held one of their
/// devices is signed out), audited as done by `by`; their connections close on every node.
pub async fn revoke_all_of(state: &AppState, id: &str, by: Actor<'_>) -> Result<(), AppError> {
    let now = now_ms();
    let devices = users::live_devices_of(state.store.pool(), id).await?;
    for device in &devices {
        let revoked = {
            let mut db = state
                .store
                .pool()
                .acquire()
                .await
                .map_err(crate::store::StoreError::from)?;
            users::revoke_device(&mut db, device, now).await?
        };
        if revoked {
            crate::audit::record(
                &state.store,
                by,
                AuditAction::DeviceRevoked,
                Some(device),
                None,
            )
            .await?;
        }
        crate::store::notify::device_revoked(state.store.pool(), state.store.backend(), device)
            .await?;
    }
    close_connections(state, &devices).await;
    Ok(())
}

/// Closes the sync connections of `devices` on this node (other nodes hear of revocations
/// through the database's notification).
pub async fn close_connections(state: &AppState, devices: &[String]) {
    for device in devices {
        state
            .sync
            .send(crate::sync::Command::DeviceRevoked {
                device: device.clone(),
            })
            .await;
    }
}
