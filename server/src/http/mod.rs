//! The HTTP surface: REST under `/api`, the sync websocket at `/sync`, health, and the web apps.
//!
//! Each resource module offers its own router; they are merged in [`router`], which tests call
//! directly with `oneshot`.

pub mod attachments;
pub mod audit;
pub mod auth;
pub mod devices;
pub mod directory;
pub mod error;
pub mod events;
pub mod feedback;
pub mod fund;
pub mod guard;
pub mod guidance;
pub mod headers;
pub mod json;
pub mod language;
pub mod needs;
pub mod notifications;
pub mod openapi;
pub mod practices;
pub mod protection;
pub mod reports;
pub mod requests;
pub mod spreadsheet;
pub mod staff;
pub mod stream;
pub mod uploads;
pub mod users;

use std::path::PathBuf;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::timeout::TimeoutLayer;

pub use crate::state::{AppState, Limits};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::sync::ws;

/// Where `/metrics` is served: with everything else, or only on the operators' own listener
/// ([`metrics_router`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricsAt {
    Main,
    Apart,
}

/// `/metrics` alone, for the operators' listener.
pub fn metrics_router(state: AppState) -> Router {
    let (router, _) = OpenApiRouter::new()
        .routes(routes!(metrics))
        .with_state(state)
        .split_for_parts();
    router
}

pub fn router(state: AppState, web_dir: Option<PathBuf>, metrics_at: MetricsAt) -> Router {
    let limits = state.limits;
    // The websocket route stays outside the compression layer: a 101 response must pass as is.
    let endpoint = ws::Endpoint {
        store: state.store.clone(),
        sync: state.sync.clone(),
        ws_message_bytes: limits.ws_message_bytes,
        sessions: limits.sessions,
        token_ttl: limits.login.token_ttl,
    };
    let (sync, sync_doc) = OpenApiRouter::new()
        .routes(routes!(ws::upgrade))
        .with_state(endpoint)
        .split_for_parts();
    let mut api = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi()).routes(routes!(healthz));
    if metrics_at == MetricsAt::Main {
        api = api.routes(routes!(metrics));
    }
    let (api, mut doc) = api
        .routes(routes!(openapi::document))
        .merge(auth::router())
        .merge(devices::router())
        .merge(audit::router())
        .merge(users::router())
        .merge(protection::router())
        .merge(requests::router())
        .merge(guidance::router())
        .merge(staff::router())
        .merge(reports::router())
        .merge(fund::router())
        .merge(events::router())
        .merge(feedback::router())
        .merge(directory::router())
        .merge(needs::router())
        .merge(practices::router())
        .merge(notifications::router())
        .layer(DefaultBodyLimit::max(limits.http_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            limits.http_timeout,
        ))
        .layer(axum::middleware::from_fn(language::in_language))
        .with_state(state.clone())
        .split_for_parts();
    // Files go outside the request timeout (an upload's PATCH on a slow link takes long; it
    // has its own idle bound) and outside compression (served bytes keep their ranges).
    let (files, files_doc) = OpenApiRouter::new()
        .merge(uploads::router())
        .merge(attachments::router())
        .layer(axum::middleware::from_fn(language::in_language))
        .with_state(state)
        .split_for_parts();
    doc.merge(sync_doc);
    doc.merge(files_doc);
    openapi::publish(doc);
    let mut api = api;
    if let Some(dir) = web_dir {
        api = api.fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip());
    }
    sync.merge(files)
        .merge(api.layer(CompressionLayer::new()))
        .layer(axum::middleware::from_fn(headers::secure))
}

#[derive(serde::Serialize, utoipa::ToSchema)]
struct Health {
    /// `ok` when the database answers and the sync actor and writer run; `unavailable` if not.
    status: &'static str,
    /// `ok` or `unreachable`.
    database: &'static str,
    /// `ok` or `stopped`.
    sync: &'static str,
}

/// Whether the server is up: its database answers (within 2 s) and its sync actor and storage
/// writer run. 503 when either is not.
#[utoipa::path(get, path = "/healthz", tag = "health",
    responses((status = 200, body = Health), (status = 503, body = Health)))]
async fn healthz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (axum::http::StatusCode, axum::Json<Health>) {
    let database = tokio::time::timeout(
        std::time::Duration::from_secs(2),
        crate::store::users::count_users(state.store.pool()),
    )
    .await
    .is_ok_and(|r| r.is_ok());
    let sync = state.sync.is_alive();
    let health = Health {
        status: if database && sync {
            "ok"
        } else {
            "unavailable"
        },
        database: if database { "ok" } else { "unreachable" },
        sync: if sync { "ok" } else { "stopped" },
    };
    let status = if database && sync {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(health))
}

/// Counters and gauges for operators, in Prometheus' text format: connections, documents in
/// memory, queue depths, storage write latency, acknowledgements. Counts only, no content.
#[utoipa::path(get, path = "/metrics", tag = "health",
    responses((status = 200, description = "Prometheus text exposition", content_type = "text/plain")))]
async fn metrics(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> ([(axum::http::header::HeaderName, &'static str); 1], String) {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.sync.metrics.render() + &state.notifier.render_metrics(),
    )
}
