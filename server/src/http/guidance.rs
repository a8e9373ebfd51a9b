//! `/api/guidance`: the library of guidance the hub publishes. Everyone signed in reads it (and
//! devices sync the documents for offline reading); only staff publish.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::Guidance;
use hubdesk_shared::schema;
use hubdesk_shared::validate::GuidanceDraft;
use serde::Serialize;
use utoipa::ToSchema;
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
        .routes(routes!(show))
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
        }
    }
}

#[derive(Serialize, ToSchema)]
#[schema(as = GuidanceList)]
struct ListReply {
    items: Vec<Item>,
}

/// Every published guidance item, newest first.
#[utoipa::path(get, path = "/api/guidance", operation_id = "list_guidance", tag = "guidance", security(("bearer" = [])),
    responses((status = 200, body = ListReply), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn list(
    State(state): State<AppState>,
    _user: AuthUser,
) -> Result<axum::Json<ListReply>, AppError> {
    let rows = projection::list_guidance(state.store.pool()).await?;
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
    let id = RequestId::parse(&id)
        .map_err(|_| AppError::bad_request(Some("id"), "must be a guidance UUID v7"))?;
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
    let id = commands::publish_guidance(&state, &user.principal, draft).await?;
    Ok((StatusCode::CREATED, axum::Json(load(&state, id).await?)))
}
