//! `/api/devices`: signed-in devices (one's own, or everyone's for admins) and revoking one.
//! Who may do which is decided in `hubdesk_shared::audit`.

use axum::extract::{Path, Query, State};
use hubdesk_shared::audit::{self as rules, AuditAction};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use crate::clock::now_ms;
use crate::store::audit;
use crate::store::users::{self, DeviceRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_devices))
        .routes(routes!(revoke_device))
}

#[derive(Serialize, ToSchema)]
struct Device {
    id: String,
    user_id: String,
    name: String,
    /// `android`, `ios`, `windows`, `macos`, `linux` or `other`.
    platform: String,
    /// Milliseconds since the epoch, as every time in this API.
    created_at: i64,
    last_seen_at: Option<i64>,
    /// When it last opened a sync connection.
    last_sync_at: Option<i64>,
    revoked_at: Option<i64>,
}

impl From<DeviceRow> for Device {
    fn from(d: DeviceRow) -> Self {
        Self {
            id: d.id,
            user_id: d.user_id,
            name: d.name,
            platform: d.platform,
            created_at: d.created_at,
            last_seen_at: d.last_seen_at,
            last_sync_at: d.last_sync_at,
            revoked_at: d.revoked_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
struct Devices {
    items: Vec<Device>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct DeviceQuery {
    /// Whose devices (admins only, for anyone but themselves).
    user: Option<String>,
}

/// Signed-in devices, newest first: one's own; an admin sees everyone's, or one user's with
/// `?user=ID`.
#[utoipa::path(get, path = "/api/devices", tag = "devices", params(DeviceQuery), security(("bearer" = [])),
    responses((status = 200, body = Devices), (status = 403, description = "Another user's devices, asked by someone not an admin", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list_devices(
    State(state): State<AppState>,
    user: AuthUser,
    Query(query): Query<DeviceQuery>,
) -> Result<axum::Json<Devices>, AppError> {
    let admin = rules::may_manage_users(&user.principal);
    let whose = match query.user {
        Some(id) if rules::may_manage_devices_of(&user.principal, &id) => Some(id),
        Some(_) => return Err(AppError::Forbidden),
        None if admin => None,
        None => Some(user.row.id.clone()),
    };
    let rows = users::devices(state.store.pool(), whose.as_deref()).await?;
    Ok(axum::Json(Devices {
        items: rows.into_iter().map(Device::from).collect(),
    }))
}

/// Revokes a device (its owner, or an admin): its token is refused from now on, and its sync
/// connections on every node are closed within a second. Revoking it again changes nothing.
#[utoipa::path(post, path = "/api/devices/{id}/revoke", tag = "devices", security(("bearer" = [])),
    params(("id" = String, Path, description = "The device's id")),
    responses((status = 200, body = Device), (status = 404, description = "No such device, or not one this user may manage", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn revoke_device(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<Device>, AppError> {
    let device = users::device(state.store.pool(), &id).await?;
    // Someone else's device answers exactly as a missing one.
    let Some(device) = device.filter(|d| rules::may_manage_devices_of(&user.principal, &d.user_id))
    else {
        return Err(AppError::NotFound);
    };
    revoke(&state, &user, &device.id, AuditAction::DeviceRevoked).await?;
    let device = users::device(state.store.pool(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(axum::Json(Device::from(device)))
}

/// Revokes `device` on behalf of `by` (signing out, or revoking), records it in the audit log
/// when it was live until now, and closes its websockets on this node and, through the
/// database's notification, on every other.
pub(super) async fn revoke(
    state: &AppState,
    by: &AuthUser,
    device: &str,
    action: AuditAction,
) -> Result<(), AppError> {
    let now = now_ms();
    let mut tx = state
        .store
        .begin_write()
        .await
        .map_err(crate::store::StoreError::from)?;
    if users::revoke_device(&mut *tx, device, now).await? {
        audit::record(
            &mut *tx,
            action,
            audit::NewEvent {
                actor_id: Some(&by.row.id),
                device_id: Some(&by.device_id),
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

/// Closes the sync connections of `devices` on this node (other nodes hear of revocations
/// through the database's notification).
pub(super) async fn close_connections(state: &AppState, devices: &[String]) {
    for device in devices {
        state
            .sync
            .send(crate::sync::Command::DeviceRevoked {
                device: device.clone(),
            })
            .await;
    }
}
