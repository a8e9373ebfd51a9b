//! `/api/push` and `/api/notifications`: the hub's VAPID key, a device's Web Push
//! subscription, a person's choices, and their list of notifications. The work is
//! `crate::notifications`'.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use hubdesk_shared::notify::{NotificationKind, Preferences};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::notifications::{self, SubscriptionIn};
use crate::store::notifications::NotificationRow;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(push_key))
        .routes(routes!(subscribe))
        .routes(routes!(unsubscribe))
        .routes(routes!(get_preferences, put_preferences))
        .routes(routes!(list))
        .routes(routes!(mark_read))
}

#[derive(Serialize, ToSchema)]
struct PushKey {
    /// The hub's VAPID public key (an uncompressed P-256 point, base64url), for
    /// `pushManager.subscribe({applicationServerKey})`.
    public_key: String,
}

/// The hub's VAPID public key. Anyone may read it: it is what browsers check pushes against.
#[utoipa::path(get, path = "/api/push/key", tag = "notifications",
    responses((status = 200, body = PushKey)))]
async fn push_key(State(state): State<AppState>) -> axum::Json<PushKey> {
    axum::Json(PushKey {
        public_key: state.notifier.public_key().to_string(),
    })
}

#[derive(Serialize, ToSchema)]
struct Subscribed {
    /// The subscription's id, for `DELETE /api/push/subscriptions/{id}`.
    id: String,
}

/// Subscribes the calling device to pushes with a browser's `PushSubscription`, replacing what
/// the device subscribed before. The endpoint must be an HTTPS address of a known push service
/// (or a host the operator allowed).
#[utoipa::path(post, path = "/api/push/subscriptions", tag = "notifications", security(("bearer" = [])),
    request_body = SubscriptionIn,
    responses((status = 201, body = Subscribed), (status = 400, description = "An endpoint the hub does not post to, or keys that are not a subscription's; `field` names which", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn subscribe(
    State(state): State<AppState>,
    user: AuthUser,
    Json(sub): Json<SubscriptionIn>,
) -> Result<(StatusCode, axum::Json<Subscribed>), AppError> {
    let id = notifications::subscribe(&state, user.caller(), sub).await?;
    Ok((StatusCode::CREATED, axum::Json(Subscribed { id })))
}

/// Ends a subscription of the caller's.
#[utoipa::path(delete, path = "/api/push/subscriptions/{id}", tag = "notifications", security(("bearer" = [])),
    params(("id" = String, Path, description = "The subscription's id")),
    responses((status = 204), (status = 404, description = "No such subscription of the caller's", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn unsubscribe(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    notifications::unsubscribe(&state, user.caller(), &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
struct PreferencesBody {
    #[serde(flatten)]
    prefs: Preferences,
    /// Staff only: where digests go (sent only when the hub has SMTP set up).
    #[serde(default)]
    email: Option<String>,
    /// The kinds this person may choose from (in answers only).
    #[serde(default, skip_deserializing)]
    kinds: Vec<NotificationKind>,
    /// Whether this hub can email digests (in answers only).
    #[serde(default, skip_deserializing)]
    digests_available: bool,
}

/// What the caller chose to be told about, and when.
#[utoipa::path(get, path = "/api/notifications/preferences", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, body = PreferencesBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn get_preferences(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<PreferencesBody>, AppError> {
    let (prefs, email) = notifications::preferences(&state, user.caller()).await?;
    Ok(axum::Json(PreferencesBody {
        prefs,
        email,
        kinds: NotificationKind::of_role(user.caller().principal.role).collect(),
        digests_available: state.notifier.sends_digests(),
    }))
}

/// Saves what the caller chose: kinds turned off, quiet hours in their time, a digest.
#[utoipa::path(put, path = "/api/notifications/preferences", tag = "notifications", security(("bearer" = [])),
    request_body = PreferencesBody,
    responses((status = 200, body = PreferencesBody), (status = 400, description = "A kind not of the caller's role, quiet hours or an offset out of range, a digest for someone not staff; `field` names which", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn put_preferences(
    State(state): State<AppState>,
    user: AuthUser,
    Json(body): Json<PreferencesBody>,
) -> Result<axum::Json<PreferencesBody>, AppError> {
    notifications::set_preferences(&state, user.caller(), body.prefs, body.email).await?;
    get_preferences(State(state), user).await
}

#[derive(Serialize, ToSchema)]
struct NotificationList {
    items: Vec<NotificationRow>,
    /// How many of all the caller's notifications are unread.
    unread: i64,
}

/// The caller's most recent notifications (at most 100), newest first. Each is a kind and a
/// request's id, which the apps word in the reader's language, with the request's title when the
/// caller may still read the request.
#[utoipa::path(get, path = "/api/notifications", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, body = NotificationList), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<NotificationList>, AppError> {
    let (items, unread) = notifications::list(&state, user.caller()).await?;
    Ok(axum::Json(NotificationList { items, unread }))
}

#[derive(Deserialize, ToSchema)]
struct ReadBody {
    /// The notifications read; none to mark every one read.
    #[serde(default)]
    ids: Vec<String>,
}

#[derive(Serialize, ToSchema)]
struct Marked {
    /// How many were unread and are now read.
    marked: u64,
}

/// Marks the caller's notifications read.
#[utoipa::path(post, path = "/api/notifications/read", tag = "notifications", security(("bearer" = [])),
    request_body = ReadBody,
    responses((status = 200, body = Marked), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn mark_read(
    State(state): State<AppState>,
    user: AuthUser,
    Json(body): Json<ReadBody>,
) -> Result<axum::Json<Marked>, AppError> {
    let marked = notifications::mark_read(&state, user.caller(), &body.ids).await?;
    Ok(axum::Json(Marked { marked }))
}
