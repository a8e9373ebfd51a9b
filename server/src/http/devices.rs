//! `/api/devices`: signed-in devices (one's own, or everyone's for admins) and revoking one.
//! The work is `crate::devices`'.

use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use crate::devices;
use crate::store::users::DeviceRow;

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
    let rows = devices::list(&state, user.caller(), query.user).await?;
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
    let device = devices::revoke_managed(&state, user.caller(), &id).await?;
    Ok(axum::Json(Device::from(device)))
}
