//! The HTTP surface: REST under `/api`, the sync websocket at `/sync`, health, and the web apps.
//!
//! Each resource module offers its own router; they are merged in [`router`], which tests call
//! directly with `oneshot`.

pub mod auth;
pub mod error;
pub mod fund;
pub mod guidance;
pub mod json;
pub mod openapi;
pub mod reports;
pub mod requests;
pub mod staff;
pub mod stream;

use std::path::PathBuf;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use hubdesk_shared::validate::Rules;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

use crate::store::Store;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::sync::{SyncHandle, ws};

/// Size limits on what clients may send.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub http_body_bytes: usize,
    pub ws_message_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            http_body_bytes: 1024 * 1024,
            ws_message_bytes: hubdesk_shared::limits::WS_MESSAGE_MAX_BYTES,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub sync: SyncHandle,
    pub rules: Rules,
    pub limits: Limits,
}

pub fn router(state: AppState, web_dir: Option<PathBuf>) -> Router {
    let limits = state.limits;
    // The websocket route stays outside the compression layer: a 101 response must pass as is.
    let (sync, sync_doc) = OpenApiRouter::new()
        .routes(routes!(ws::upgrade))
        .with_state(state.clone())
        .split_for_parts();
    let (api, mut doc) = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .routes(routes!(healthz))
        .routes(routes!(openapi::document))
        .merge(auth::router())
        .merge(requests::router())
        .merge(guidance::router())
        .merge(staff::router())
        .merge(reports::router())
        .merge(fund::router())
        .layer(DefaultBodyLimit::max(limits.http_body_bytes))
        .with_state(state)
        .split_for_parts();
    doc.merge(sync_doc);
    openapi::publish(doc);
    let mut api = api;
    if let Some(dir) = web_dir {
        api = api.fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip());
    }
    sync.merge(api.layer(CompressionLayer::new()))
}

#[derive(serde::Serialize, utoipa::ToSchema)]
struct Health {
    /// Always `ok` when the server can reach its database.
    status: &'static str,
}

/// Whether the server is up and can reach its database.
#[utoipa::path(get, path = "/healthz", tag = "health",
    responses((status = 200, body = Health), (status = 500, body = error::ErrorBody)))]
async fn healthz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> Result<axum::Json<Health>, error::ApiError> {
    crate::store::users::count_users(state.store.pool()).await?;
    Ok(axum::Json(Health { status: "ok" }))
}
