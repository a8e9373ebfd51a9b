//! `/api/requests`: list (from the projection), read (from the documents), create and reply
//! (through the sync engine, so REST and sync clients share one path to storage).

use automerge::ActorId;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use hubdesk_shared::engine::{Edit, Outcome, Rejection};
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId};
use hubdesk_shared::model::{Country, Kind, Message, MessageRole, Notes, Request, Status, Triage};
use hubdesk_shared::schema;
use hubdesk_shared::validate::{Origin, RequestDraft, validate_message_body};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::auth::AuthUser;
use super::error::ApiError;
use super::json::Json;
use crate::store::docs;
use crate::store::projection::{self, Filter, ProjectionRow};
use crate::sync::now_ms;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/requests", get(list).post(create))
        .route("/api/requests/{id}", get(show))
        .route("/api/requests/{id}/messages", post(reply))
}

const PER_PAGE_DEFAULT: i64 = 25;
const PER_PAGE_MAX: i64 = 100;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    status: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    category: Option<String>,
    assignee: Option<String>,
    q: Option<String>,
    page: Option<i64>,
    per_page: Option<i64>,
}

#[derive(Serialize)]
struct ListItem {
    id: String,
    document_id: String,
    kind: Option<String>,
    title: Option<String>,
    category: Option<String>,
    country: Option<String>,
    city: Option<String>,
    requester: Option<String>,
    created_at: Option<i64>,
    message_count: Option<i64>,
    last_message_at: Option<i64>,
    requested_cents: Option<i64>,
    status: Option<String>,
    priority: Option<String>,
    assignee: Option<String>,
    due_at: Option<i64>,
    tags: Vec<String>,
    updated_at: i64,
}

impl From<ProjectionRow> for ListItem {
    fn from(r: ProjectionRow) -> Self {
        let document_id = RequestId::parse(&r.request_id)
            .map(|id| id.document(DocKind::Request).to_string())
            .unwrap_or_default();
        Self {
            id: r.request_id,
            document_id,
            kind: r.kind,
            title: r.title,
            category: r.category,
            country: r.country,
            city: r.city,
            requester: r.requester,
            created_at: r.created_at,
            message_count: r.message_count,
            last_message_at: r.last_message_at,
            requested_cents: r.requested_cents,
            status: r.status,
            priority: r.priority,
            assignee: r.assignee,
            due_at: r.due_at,
            tags: r
                .tags
                .map(|t| {
                    t.split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            updated_at: r.updated_at,
        }
    }
}

#[derive(Serialize)]
struct ListReply {
    items: Vec<ListItem>,
    page: i64,
    per_page: i64,
    total: i64,
}

/// Checks an optional filter value against a vocabulary, naming the parameter if it is unknown.
fn vocabulary<T: std::str::FromStr<Err = hubdesk_shared::model::ParseEnumError>>(
    field: &str,
    value: Option<String>,
) -> Result<Option<String>, ApiError> {
    match value.filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => match v.parse::<T>() {
            Ok(_) => Ok(Some(v)),
            Err(e) => Err(ApiError::bad_request(Some(field), e.to_string())),
        },
    }
}

async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::Json<ListReply>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::bad_request(None, e.body_text()))?;
    let page = query.page.unwrap_or(1);
    if page < 1 {
        return Err(ApiError::bad_request(
            Some("page"),
            "page must be 1 or more",
        ));
    }
    let per_page = query.per_page.unwrap_or(PER_PAGE_DEFAULT);
    if !(1..=PER_PAGE_MAX).contains(&per_page) {
        return Err(ApiError::bad_request(
            Some("per_page"),
            format!("per_page must be between 1 and {PER_PAGE_MAX}"),
        ));
    }
    let requester = (!user.principal.role.is_staff()).then(|| user.principal.user.to_string());
    let filter = Filter {
        status: vocabulary::<Status>("status", query.status)?,
        kind: vocabulary::<Kind>("kind", query.kind)?,
        country: vocabulary::<Country>("country", query.country)?,
        category: vocabulary::<hubdesk_shared::model::Category>("category", query.category)?,
        assignee: query.assignee.filter(|a| !a.is_empty()),
        requester,
        q: query
            .q
            .map(|q| q.trim().to_string())
            .filter(|q| !q.is_empty()),
        limit: per_page,
        offset: (page - 1).saturating_mul(per_page),
    };
    let (rows, total) = projection::list(&state.store, &filter).await?;
    Ok(axum::Json(ListReply {
        items: rows.into_iter().map(ListItem::from).collect(),
        page,
        per_page,
        total,
    }))
}

#[derive(Serialize)]
struct RequestReply {
    id: String,
    document_id: String,
    triage_document_id: String,
    request: Request,
    triage: Option<Triage>,
    /// Present for staff only: practitioners never see internal notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<Notes>,
}

fn parse_id(text: &str) -> Result<RequestId, ApiError> {
    if let Ok(id) = RequestId::parse(text) {
        return Ok(id);
    }
    match text.parse::<DocumentId>().ok().and_then(|d| d.classify()) {
        Some((DocKind::Request, id)) => Ok(id),
        _ => Err(ApiError::bad_request(
            Some("id"),
            "must be a request UUID v7 or its document id",
        )),
    }
}

async fn load_reply(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
) -> Result<RequestReply, ApiError> {
    let request_doc = id.document(DocKind::Request);
    let Some(owner) = docs::owner_of(state.store.pool(), request_doc).await? else {
        return Err(ApiError::NotFound);
    };
    let staff = user.principal.role.is_staff();
    // Someone else's request does not exist, as far as a practitioner can tell.
    if !staff && owner.as_deref() != Some(user.principal.user.as_str()) {
        return Err(ApiError::NotFound);
    }
    let doc = docs::load_document(&state.store, request_doc)
        .await?
        .ok_or(ApiError::NotFound)?;
    let request = schema::read_request(&doc).map_err(|e| ApiError::Internal(e.to_string()))?;
    let triage = match docs::load_document(&state.store, id.document(DocKind::Triage)).await? {
        Some(doc) => schema::read_triage(&doc).ok(),
        None => None,
    };
    let notes = if staff {
        match docs::load_document(&state.store, id.document(DocKind::Notes)).await? {
            Some(doc) => schema::read_notes(&doc).ok(),
            None => None,
        }
    } else {
        None
    };
    Ok(RequestReply {
        id: id.to_string(),
        document_id: request_doc.to_string(),
        triage_document_id: id.document(DocKind::Triage).to_string(),
        request,
        triage,
        notes,
    })
}

async fn show(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<RequestReply>, ApiError> {
    let id = parse_id(&id)?;
    Ok(axum::Json(load_reply(&state, &user, id).await?))
}

/// Files a request for a client that does not sync. A retry with the same `id` returns the
/// request already filed instead of making a second one.
async fn create(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<RequestDraft>,
) -> Result<(StatusCode, axum::Json<RequestReply>), ApiError> {
    let now = now_ms();
    let random: [u8; 10] = rand::random();
    let origin = Origin {
        requester: user.principal.user.clone(),
        fresh_id: RequestId::new(now as u64, random),
        now_ms: now,
    };
    let request = draft
        .into_request(origin, &state.rules)
        .map_err(ApiError::Invalid)?;
    let id = RequestId::parse(&request.id).map_err(|e| ApiError::Internal(e.to_string()))?;
    let doc = schema::new_request_doc(&request, ActorId::random())
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let outcome = state
        .sync
        .create(id.document(DocKind::Request), doc, user.principal.clone())
        .await?;
    let status = match outcome {
        Outcome::Done => StatusCode::CREATED,
        Outcome::AlreadyExisted => StatusCode::OK,
    };
    Ok((status, axum::Json(load_reply(&state, &user, id).await?)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyBody {
    body: String,
}

/// Adds a message to a request's conversation: staff reply as the hub, requesters as themselves.
async fn reply(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<ReplyBody>,
) -> Result<(StatusCode, axum::Json<RequestReply>), ApiError> {
    let id = parse_id(&id)?;
    validate_message_body(&body.body).map_err(|e| ApiError::Invalid(vec![e]))?;
    let role = if user.principal.role.is_staff() {
        MessageRole::Staff
    } else {
        MessageRole::Requester
    };
    let message = Message {
        id: uuid::Uuid::new_v4().to_string().into(),
        author: user.principal.user.as_str().into(),
        role,
        body: body.body.trim().into(),
        sent_at: now_ms(),
    };
    let edit: Edit = Box::new(move |doc| {
        let mut request = schema::read_request(doc).map_err(|_| Rejection::NotFound)?;
        let sent_at = message.sent_at;
        request.messages.push(message);
        schema::write(doc, &request, sent_at).map_err(|e| Rejection::Conflict(e.to_string()))
    });
    state
        .sync
        .edit(id.document(DocKind::Request), edit, user.principal.clone())
        .await
        .map_err(|r| match r {
            // A practitioner may not learn that someone else's request exists.
            Rejection::Forbidden => ApiError::NotFound,
            other => other.into(),
        })?;
    Ok((
        StatusCode::CREATED,
        axum::Json(load_reply(&state, &user, id).await?),
    ))
}
