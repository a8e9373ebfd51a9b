//! `/api/fund`: fund rounds (set up by fund managers, read by everyone signed in, with their
//! balances) and a round's ledger; and `POST /api/requests/{id}/decision`, which commits money.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use hubdesk_shared::access::{Action, may};
use hubdesk_shared::fund::{Decision, ReviewDraft, RoundDraft};
use hubdesk_shared::history::{Event, Recorded};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{ApiError, ErrorBody};
use super::json::Json;
use super::requests::parse_id;
use crate::fund::DecisionReply;
use crate::store::fund::{
    self, CommentRow, ConflictRow, GrantRow, LedgerEntry, ReviewRow, RoundRow,
};
use crate::store::history;
use crate::sync::now_ms;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_rounds, create_round))
        .routes(routes!(show_round, update_round))
        .routes(routes!(round_ledger))
        .routes(routes!(decide))
        .routes(routes!(declare_conflict))
        .routes(routes!(show_review, save_review))
        .routes(routes!(comment))
        .routes(routes!(disburse))
        .routes(routes!(show_grant))
        .routes(routes!(ledger_csv))
}

fn require(user: &AuthUser, action: Action) -> Result<(), ApiError> {
    if may(user.principal.role, action) {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// Sets up a fund round (fund managers and admins).
#[utoipa::path(post, path = "/api/fund/rounds", tag = "fund", security(("bearer" = [])),
    request_body = RoundDraft,
    responses((status = 201, body = RoundRow), (status = 403, body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, body = ErrorBody)))]
async fn create_round(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<RoundDraft>,
) -> Result<(StatusCode, axum::Json<RoundRow>), ApiError> {
    require(&user, Action::ManageRounds)?;
    let round = draft.check().map_err(ApiError::Invalid)?;
    let id = uuid::Uuid::new_v4().to_string();
    let by = user.principal.user.to_string();
    fund::insert_round(&state.store, &id, &round, &by, now_ms()).await?;
    crate::fund::refresh_rounds(&state.store, &state.sync).await;
    let row = fund::round(&state.store, &id).await?;
    let row = row.ok_or_else(|| ApiError::Internal("the new round vanished".into()))?;
    Ok((StatusCode::CREATED, axum::Json(row)))
}

/// Changes a round (fund managers and admins): its name, dates (closing early included), cap,
/// lists, and its pool, which cannot shrink below what is committed (409 `pool_exhausted`).
#[utoipa::path(put, path = "/api/fund/rounds/{id}", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The round's id")),
    request_body = RoundDraft,
    responses((status = 200, body = RoundRow), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`pool_exhausted`: more is committed than the new pool", body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn update_round(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(draft): Json<RoundDraft>,
) -> Result<axum::Json<RoundRow>, ApiError> {
    require(&user, Action::ManageRounds)?;
    let round = draft.check().map_err(ApiError::Invalid)?;
    let updated = fund::update_round(&state.store, &id, &round, now_ms())
        .await
        .map_err(|r| match r {
            fund::LedgerRefusal::PoolExhausted { .. } => ApiError::Refused {
                code: "pool_exhausted",
                message: "more is already committed than the new pool".into(),
            },
            fund::LedgerRefusal::Store(e) => e.into(),
            fund::LedgerRefusal::AlreadyDecided | fund::LedgerRefusal::NoSuchRound => {
                ApiError::NotFound
            }
        })?;
    if updated.is_none() {
        return Err(ApiError::NotFound);
    }
    crate::fund::refresh_rounds(&state.store, &state.sync).await;
    let row = fund::round(&state.store, &id).await?;
    row.map(axum::Json).ok_or(ApiError::NotFound)
}

/// Every fund round with its pool, commitments and what remains.
#[utoipa::path(get, path = "/api/fund/rounds", tag = "fund", security(("bearer" = [])),
    responses((status = 200, body = Vec<RoundRow>), (status = 401, body = ErrorBody)))]
async fn list_rounds(
    State(state): State<AppState>,
    _user: AuthUser,
) -> Result<axum::Json<Vec<RoundRow>>, ApiError> {
    Ok(axum::Json(fund::rounds(&state.store).await?))
}

#[utoipa::path(get, path = "/api/fund/rounds/{id}", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The round's id")),
    responses((status = 200, body = RoundRow), (status = 404, body = ErrorBody),
        (status = 401, body = ErrorBody)))]
async fn show_round(
    State(state): State<AppState>,
    _user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<RoundRow>, ApiError> {
    let row = fund::round(&state.store, &id).await?;
    row.map(axum::Json).ok_or(ApiError::NotFound)
}

/// A round's ledger, oldest entry first (staff with reports access).
#[utoipa::path(get, path = "/api/fund/rounds/{id}/ledger", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The round's id")),
    responses((status = 200, body = Vec<LedgerEntry>), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn round_ledger(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<Vec<LedgerEntry>>, ApiError> {
    require(&user, Action::ViewReports)?;
    if fund::round(&state.store, &id).await?.is_none() {
        return Err(ApiError::NotFound);
    }
    Ok(axum::Json(fund::ledger(&state.store, &id).await?))
}

/// Approves (committing the amount against the round's pool) or declines a submitted
/// application. 409 `pool_exhausted` when the pool cannot cover the amount (nothing is
/// committed), 409 `already_decided` for a second decision.
#[utoipa::path(post, path = "/api/requests/{id}/decision", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    request_body = Decision,
    responses((status = 200, body = DecisionReply),
        (status = 403, description = "Only fund managers and admins decide", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`pool_exhausted`, `already_decided`, `not_submitted`, `no_round` or `not_an_application`", body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn decide(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(decision): Json<Decision>,
) -> Result<axum::Json<DecisionReply>, ApiError> {
    let id = parse_id(&id)?;
    let reply = crate::fund::decide(&state, &user.principal, id, decision).await?;
    Ok(axum::Json(reply))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ConflictBody {
    /// Why (kept for the record; shown to other fund managers).
    reason: String,
}

/// Declares a conflict of interest on an application: from then on the declarer neither sees
/// its reviews, scores and internal comments nor decides it. The history records it.
#[utoipa::path(post, path = "/api/requests/{id}/conflict", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    request_body = ConflictBody,
    responses((status = 204, description = "Declared"), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn declare_conflict(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<ConflictBody>,
) -> Result<StatusCode, ApiError> {
    require(&user, Action::DecideFund)?;
    let id = parse_id(&id)?;
    crate::fund::application_and_round(&state, id).await?;
    let reason = body.reason.trim();
    if reason.is_empty() {
        return Err(ApiError::bad_request(
            Some("reason"),
            "say why, for the record",
        ));
    }
    let now = now_ms();
    let request_id = id.to_string();
    let mut tx = state
        .store
        .begin_write()
        .await
        .map_err(crate::store::StoreError::from)?;
    let declared = fund::declare_conflict(
        &mut tx,
        &request_id,
        user.principal.user.as_str(),
        reason,
        now,
    )
    .await?;
    if declared {
        history::append(
            &mut tx,
            &request_id,
            &[Recorded {
                actor: Some(user.principal.user.clone()),
                role: Some(user.principal.role),
                server_at: now,
                device_at: None,
                event: Event::ConflictDeclared,
            }],
        )
        .await?;
    }
    tx.commit().await.map_err(crate::store::StoreError::from)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
struct ReviewReply {
    eligibility_items: Vec<String>,
    criteria: Vec<String>,
    reviews: Vec<ReviewRow>,
    comments: Vec<CommentRow>,
    conflicts: Vec<ConflictRow>,
}

/// An application's reviews, internal comments and declared conflicts, with the round's
/// checklist and criteria. 403 for anyone who declared a conflict on it.
#[utoipa::path(get, path = "/api/requests/{id}/review", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    responses((status = 200, body = ReviewReply), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn show_review(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<ReviewReply>, ApiError> {
    let id = parse_id(&id)?;
    crate::fund::require_reviewer(&state, &user.principal, &id.to_string()).await?;
    let (_, round) = crate::fund::application_and_round(&state, id).await?;
    let (reviews, comments, conflicts) = fund::review(&state.store, &id.to_string()).await?;
    Ok(axum::Json(ReviewReply {
        eligibility_items: round.eligibility,
        criteria: round.criteria,
        reviews,
        comments,
        conflicts,
    }))
}

/// Saves the caller's own review: eligibility items checked and a score per criterion.
#[utoipa::path(put, path = "/api/requests/{id}/review", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    request_body = ReviewDraft,
    responses((status = 200, body = ReviewReply), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn save_review(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(draft): Json<ReviewDraft>,
) -> Result<axum::Json<ReviewReply>, ApiError> {
    let id = parse_id(&id)?;
    crate::fund::require_reviewer(&state, &user.principal, &id.to_string()).await?;
    let (_, round) = crate::fund::application_and_round(&state, id).await?;
    draft
        .check(round.eligibility.len(), round.criteria.len())
        .map_err(ApiError::Invalid)?;
    fund::save_review(
        &state.store,
        &id.to_string(),
        user.principal.user.as_str(),
        &draft.eligibility,
        &draft.scores,
        now_ms(),
    )
    .await?;
    crate::fund::mark_under_review(&state, id).await?;
    show_review(State(state), user, Path(id.to_string())).await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct CommentBody {
    body: String,
}

/// Adds an internal comment between fund managers (the applicant never sees it).
#[utoipa::path(post, path = "/api/requests/{id}/review/comments", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    request_body = CommentBody,
    responses((status = 200, body = ReviewReply), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn comment(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<CommentBody>,
) -> Result<axum::Json<ReviewReply>, ApiError> {
    let id = parse_id(&id)?;
    crate::fund::require_reviewer(&state, &user.principal, &id.to_string()).await?;
    hubdesk_shared::validate::validate_note_body(body.body.trim())
        .map_err(|e| ApiError::Invalid(vec![e]))?;
    fund::add_comment(
        &state.store,
        &id.to_string(),
        user.principal.user.as_str(),
        body.body.trim(),
        now_ms(),
    )
    .await?;
    show_review(State(state), user, Path(id.to_string())).await
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DisbursementBody {
    amount_cents: i64,
    /// The progress report the tranche is released against.
    report_id: String,
}

/// Releases a tranche of an approved grant against one of its progress reports; against the
/// final report it also closes the grant and returns what was not paid to the pool.
#[utoipa::path(post, path = "/api/requests/{id}/disbursements", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    request_body = DisbursementBody,
    responses((status = 200, body = GrantRow), (status = 403, body = ErrorBody),
        (status = 409, description = "`not_approved` or `grant_closed`", body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn disburse(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<DisbursementBody>,
) -> Result<axum::Json<GrantRow>, ApiError> {
    let id = parse_id(&id)?;
    let grant = crate::fund::disburse(
        &state,
        &user.principal,
        id,
        body.amount_cents,
        body.report_id.trim(),
    )
    .await?;
    Ok(axum::Json(grant))
}

/// A grant's balance: approved, disbursed, released, and when its final report closed it.
#[utoipa::path(get, path = "/api/requests/{id}/grant", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    responses((status = 200, body = GrantRow), (status = 404, body = ErrorBody),
        (status = 401, body = ErrorBody)))]
async fn show_grant(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<GrantRow>, ApiError> {
    let id = parse_id(&id)?;
    super::requests::visible(&state, &user, id).await?;
    let grant = fund::grant(&state.store, &id.to_string()).await?;
    grant.map(axum::Json).ok_or(ApiError::NotFound)
}

/// A round's ledger as CSV, every entry with who and when (staff with reports access).
#[utoipa::path(get, path = "/api/fund/rounds/{id}/ledger.csv", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The round's id")),
    responses((status = 200, description = "The ledger, one CSV row per entry", content_type = "text/csv"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn ledger_csv(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    require(&user, Action::ViewReports)?;
    if fund::round(&state.store, &id).await?.is_none() {
        return Err(ApiError::NotFound);
    }
    let entries = fund::ledger(&state.store, &id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "round_id",
        "request_id",
        "entry",
        "amount_cents",
        "currency",
        "actor",
        "actor_role",
        "note",
        "at",
    ];
    let failed = |e: csv::Error| ApiError::Internal(e.to_string());
    out.write_record(header).map_err(failed)?;
    for e in entries {
        out.write_record([
            e.id.to_string(),
            e.round_id,
            e.request_id,
            e.entry,
            e.amount_cents.to_string(),
            e.currency,
            e.actor,
            e.actor_role,
            e.note.unwrap_or_default(),
            e.at.to_string(),
        ])
        .map_err(failed)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"hubdesk-ledger-{id}.csv\""),
            ),
        ],
        body,
    )
        .into_response())
}
