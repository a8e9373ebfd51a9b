//! `GET /api/requests`: queues, filters, search, sort and paging over the projection.

use axum::extract::{Query, State};
use hubdesk_shared::access;
use hubdesk_shared::model::{Category, Country, Kind, ParseEnumError, Priority, Status};
use hubdesk_shared::workflow::normalize_tag;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::super::AppState;
use super::super::auth::AuthUser;
use super::super::error::{AppError, ErrorBody};
use crate::clock::now_ms;
use crate::store::queues::{self, Filter, ProjectionRow, Queue, Sort};

const PER_PAGE_DEFAULT: i64 = 25;
const PER_PAGE_MAX: i64 = 100;

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(super) struct ListQuery {
    /// `new`, `unassigned`, `mine`, `waiting`, `overdue`, `open` or `all`.
    queue: Option<String>,
    status: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    category: Option<String>,
    city: Option<String>,
    priority: Option<String>,
    tag: Option<String>,
    /// A user id, or `none` for unassigned requests.
    assignee: Option<String>,
    /// Words to find in titles, descriptions and messages (every word, as a prefix).
    q: Option<String>,
    /// `newest`, `oldest`, `updated`, `due` or `priority`.
    sort: Option<String>,
    page: Option<i64>,
    per_page: Option<i64>,
}

#[derive(Serialize, ToSchema)]
#[schema(as = RequestPage)]
pub(super) struct ListReply {
    items: Vec<ProjectionRow>,
    page: i64,
    per_page: i64,
    total: i64,
}

/// Checks an optional filter value against a vocabulary, naming the parameter if it is unknown.
fn vocabulary<T: std::str::FromStr<Err = ParseEnumError>>(
    field: &str,
    value: Option<String>,
) -> Result<Option<String>, AppError> {
    match value.filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => match v.parse::<T>() {
            Ok(_) => Ok(Some(v)),
            Err(e) => Err(AppError::bad_request(Some(field), e.to_string())),
        },
    }
}

fn named<T>(
    field: &str,
    value: Option<String>,
    parse: fn(&str) -> Option<T>,
    names: &str,
) -> Result<Option<T>, AppError> {
    match value.filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => parse(&v).map(Some).ok_or_else(|| {
            AppError::bad_request(
                Some(field),
                format!("unknown {field} {v:?}; expected one of: {names}"),
            )
        }),
    }
}

/// A filter as typed, trimmed and without control characters (which no stored text holds and
/// PostgreSQL refuses as a parameter); none when nothing is left.
fn text(value: Option<String>) -> Option<String> {
    value
        .map(|v| hubdesk_shared::validate::without_control_characters(v.trim()))
        .filter(|v| !v.is_empty())
}

/// One page of a queue or a filtered list, from the SQL projection. Practitioners list only
/// their own requests.
#[utoipa::path(get, path = "/api/requests", operation_id = "list_requests", tag = "requests", security(("bearer" = [])),
    params(ListQuery),
    responses((status = 200, body = ListReply), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
pub(super) async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::Json<ListReply>, AppError> {
    let Query(query) = query.map_err(|e| AppError::bad_request(None, e.body_text()))?;
    let page = query.page.unwrap_or(1);
    if page < 1 {
        return Err(AppError::bad_request(
            Some("page"),
            "page must be 1 or more",
        ));
    }
    let per_page = query.per_page.unwrap_or(PER_PAGE_DEFAULT);
    if !(1..=PER_PAGE_MAX).contains(&per_page) {
        return Err(AppError::bad_request(
            Some("per_page"),
            format!("per_page must be between 1 and {PER_PAGE_MAX}"),
        ));
    }
    let requester = (!access::lists_every_request(user.principal.role))
        .then(|| user.principal.user.to_string());
    let filter = Filter {
        queue: named("queue", query.queue, Queue::parse, Queue::NAMES)?,
        status: vocabulary::<Status>("status", query.status)?,
        kind: vocabulary::<Kind>("kind", query.kind)?,
        country: vocabulary::<Country>("country", query.country)?,
        category: vocabulary::<Category>("category", query.category)?,
        priority: vocabulary::<Priority>("priority", query.priority)?,
        city: text(query.city),
        tag: text(query.tag).map(|t| normalize_tag(&t)),
        assignee: text(query.assignee),
        requester,
        team_place: user.principal.place.clone(),
        countries: user.principal.country_limit().map(<[_]>::to_vec),
        q: text(query.q),
        sort: named("sort", query.sort, Sort::parse, Sort::NAMES)?.unwrap_or_default(),
        me: user.principal.user.to_string(),
        now: now_ms(),
        limit: per_page,
        offset: (page - 1).saturating_mul(per_page),
    };
    let (items, total) = queues::list(&state.store, &filter).await?;
    Ok(axum::Json(ListReply {
        items,
        page,
        per_page,
        total,
    }))
}
