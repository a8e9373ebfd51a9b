//! `/api/guidance`: the library of guidance the hub publishes. Everyone signed in reads it (and
//! devices sync the documents for offline reading); only staff publish, change, translate
//! (publish a version in another language), retire and restore.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use hubdesk_shared::access::{Action, may};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::Guidance;
use hubdesk_shared::schema;
use hubdesk_shared::validate::{GuidanceChange, GuidanceDraft};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::commands;
use crate::store::docs;
use crate::store::projection::{self, GuidanceRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, publish))
        .routes(routes!(show, change))
        .routes(routes!(retire))
        .routes(routes!(restore))
}

fn parse_id(id: &str) -> Result<RequestId, AppError> {
    RequestId::parse(id)
        .map_err(|_| AppError::bad_request(Some("id"), "must be a guidance UUID v7"))
}

#[derive(Serialize, ToSchema)]
#[schema(as = GuidanceListItem)]
struct Item {
    id: String,
    /// The item it is a version of, in another language: its first version's id (its own, for
    /// a first version).
    item_id: String,
    document_id: String,
    title: String,
    summary: String,
    topic: String,
    language: String,
    published_at: i64,
    updated_at: i64,
    /// When staff retired it (listed only with `?retired=true`, to staff).
    #[serde(skip_serializing_if = "Option::is_none")]
    retired_at: Option<i64>,
}

impl From<GuidanceRow> for Item {
    fn from(r: GuidanceRow) -> Self {
        Self {
            item_id: r.item_id,
            id: r.id,
            document_id: r.doc_id,
            title: r.title,
            summary: r.summary,
            topic: r.topic,
            language: r.language,
            published_at: r.published_at,
            updated_at: r.updated_at,
            retired_at: r.retired_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
#[schema(as = GuidanceList)]
struct ListReply {
    items: Vec<Item>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ListQuery {
    /// Staff who publish: list retired versions too.
    #[serde(default)]
    retired: bool,
}

/// Every guidance version in the library, newest first.
#[utoipa::path(get, path = "/api/guidance", operation_id = "list_guidance", tag = "guidance", security(("bearer" = [])),
    params(ListQuery),
    responses((status = 200, body = ListReply), (status = 403, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::Json<ListReply>, AppError> {
    let Query(query) = query.map_err(|e| AppError::bad_request(None, e.body_text()))?;
    if query.retired && !may(user.principal.role, Action::PublishGuidance) {
        return Err(AppError::Forbidden);
    }
    let rows = projection::list_guidance(state.store.pool(), query.retired).await?;
    Ok(axum::Json(ListReply {
        items: rows.into_iter().map(Item::from).collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct GuidanceReply {
    pub id: String,
    pub document_id: String,
    pub guidance: Guidance,
}

async fn load(state: &AppState, id: RequestId) -> Result<GuidanceReply, AppError> {
    let doc_id = id.document(DocKind::Guidance);
    let doc = docs::load_document(&state.store, doc_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let guidance = schema::read_guidance(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(GuidanceReply {
        id: id.to_string(),
        document_id: doc_id.to_string(),
        guidance,
    })
}

/// One guidance item.
#[utoipa::path(get, path = "/api/guidance/{id}", operation_id = "show_guidance", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The guidance item's UUID")),
    responses((status = 200, body = GuidanceReply), (status = 404, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn show(
    State(state): State<AppState>,
    _user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<GuidanceReply>, AppError> {
    Ok(axum::Json(load(&state, parse_id(&id)?).await?))
}

/// Changes a guidance version (staff who publish): any of `title`, `summary`, `body`, `topic`.
/// Phones pick the change up as they sync.
#[utoipa::path(patch, path = "/api/guidance/{id}", operation_id = "change_guidance", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The guidance version's UUID")),
    request_body = GuidanceChange,
    responses((status = 200, body = GuidanceReply), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn change(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(change): Json<GuidanceChange>,
) -> Result<axum::Json<GuidanceReply>, AppError> {
    let id = parse_id(&id)?;
    commands::change_guidance(&state, &user.principal, id, change).await?;
    Ok(axum::Json(load(&state, id).await?))
}

/// Retires a guidance version from the library (staff who publish): phones stop offering it.
#[utoipa::path(post, path = "/api/guidance/{id}/retire", operation_id = "retire_guidance", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The guidance version's UUID")),
    responses((status = 200, body = GuidanceReply), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn retire(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<GuidanceReply>, AppError> {
    let id = parse_id(&id)?;
    commands::retire_guidance(&state, &user.principal, id, true).await?;
    Ok(axum::Json(load(&state, id).await?))
}

/// Puts a retired guidance version back in the library (staff who publish).
#[utoipa::path(post, path = "/api/guidance/{id}/restore", operation_id = "restore_guidance", tag = "guidance", security(("bearer" = [])),
    params(("id" = String, Path, description = "The guidance version's UUID")),
    responses((status = 200, body = GuidanceReply), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn restore(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<GuidanceReply>, AppError> {
    let id = parse_id(&id)?;
    commands::retire_guidance(&state, &user.principal, id, false).await?;
    Ok(axum::Json(load(&state, id).await?))
}

/// Publishes a guidance item (staff).
#[utoipa::path(post, path = "/api/guidance", tag = "guidance", security(("bearer" = [])),
    request_body = GuidanceDraft,
    responses((status = 201, body = GuidanceReply), (status = 403, body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn publish(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<GuidanceDraft>,
) -> Result<(StatusCode, axum::Json<GuidanceReply>), AppError> {
    let id = commands::publish_guidance(&state, &user.principal, draft, None).await?;
    Ok((StatusCode::CREATED, axum::Json(load(&state, id).await?)))
}
