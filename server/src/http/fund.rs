//! `/api/fund`: fund rounds (set up by fund managers, read by everyone signed in, with their
//! balances) and a round's ledger; and the operations on one application (review, conflict,
//! decision, tranches, grant), each behind the guard (`super::guard`).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use hubdesk_shared::fund::{Decision, ReviewDraft, RoundDraft};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::guard::{DeclareConflict, OnRequest, Read, Review};
use super::json::Json;
use crate::fund::{DecisionReply, ReviewReply};
use crate::store::fund::{GrantRow, LedgerEntry, RoundRow};

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
) -> Result<(StatusCode, axum::Json<RoundRow>), AppError> {
    let row = crate::fund::create_round(&state, &user.principal, draft).await?;
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
) -> Result<axum::Json<RoundRow>, AppError> {
    let row = crate::fund::update_round(&state, &user.principal, &id, draft).await?;
    Ok(axum::Json(row))
}

/// Every fund round with its pool, commitments and what remains.
#[utoipa::path(get, path = "/api/fund/rounds", tag = "fund", security(("bearer" = [])),
    responses((status = 200, body = Vec<RoundRow>), (status = 401, body = ErrorBody)))]
async fn list_rounds(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Vec<RoundRow>>, AppError> {
    Ok(axum::Json(
        crate::fund::rounds(&state, &user.principal).await?,
    ))
}

#[utoipa::path(get, path = "/api/fund/rounds/{id}", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The round's id")),
    responses((status = 200, body = RoundRow), (status = 404, body = ErrorBody),
        (status = 401, body = ErrorBody)))]
async fn show_round(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<RoundRow>, AppError> {
    let row = crate::fund::round_of(&state, &user.principal, &id).await?;
    Ok(axum::Json(row))
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
) -> Result<axum::Json<Vec<LedgerEntry>>, AppError> {
    let entries = crate::fund::ledger(&state, &user.principal, &id).await?;
    Ok(axum::Json(entries))
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
    OnRequest { user, request, .. }: OnRequest<Review>,
    Json(decision): Json<Decision>,
) -> Result<axum::Json<DecisionReply>, AppError> {
    let reply = crate::fund::decide(&state, &user.principal, &request, decision).await?;
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
    OnRequest { user, request, .. }: OnRequest<DeclareConflict>,
    Json(body): Json<ConflictBody>,
) -> Result<StatusCode, AppError> {
    crate::fund::declare_conflict(&state, &user.principal, &request, &body.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An application's reviews, internal comments and declared conflicts, with the round's
/// checklist and criteria. 403 for anyone who declared a conflict on it.
#[utoipa::path(get, path = "/api/requests/{id}/review", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    responses((status = 200, body = ReviewReply), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn show_review(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Review>,
) -> Result<axum::Json<ReviewReply>, AppError> {
    let reply = crate::fund::read_review(&state, user.caller(), &request).await?;
    Ok(axum::Json(reply))
}

/// Saves the caller's own review: eligibility items checked and a score per criterion.
#[utoipa::path(put, path = "/api/requests/{id}/review", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")),
    request_body = ReviewDraft,
    responses((status = 200, body = ReviewReply), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn save_review(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Review>,
    Json(draft): Json<ReviewDraft>,
) -> Result<axum::Json<ReviewReply>, AppError> {
    let reply = crate::fund::save_review(&state, &user.principal, &request, draft).await?;
    Ok(axum::Json(reply))
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
    OnRequest { user, request, .. }: OnRequest<Review>,
    Json(body): Json<CommentBody>,
) -> Result<axum::Json<ReviewReply>, AppError> {
    let reply = crate::fund::comment(&state, &user.principal, &request, &body.body).await?;
    Ok(axum::Json(reply))
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
    OnRequest { user, request, .. }: OnRequest<Review>,
    Json(body): Json<DisbursementBody>,
) -> Result<axum::Json<GrantRow>, AppError> {
    let grant = crate::fund::disburse(
        &state,
        &user.principal,
        &request,
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
    OnRequest { request, .. }: OnRequest<Read>,
) -> Result<axum::Json<GrantRow>, AppError> {
    Ok(axum::Json(crate::fund::grant(&state, &request).await?))
}

/// The ledger export's columns.
pub(crate) const LEDGER_HEADER: [&str; 10] = [
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

/// A round's ledger as CSV, every entry with who and when (staff with reports access).
#[utoipa::path(get, path = "/api/fund/rounds/{id}/ledger.csv", tag = "fund", security(("bearer" = [])),
    params(("id" = String, Path, description = "The round's id")),
    responses((status = 200, description = "The ledger, one CSV row per entry", content_type = "text/csv"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 401, body = ErrorBody)))]
async fn ledger_csv(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    let entries = crate::fund::ledger(&state, &user.principal, &id).await?;
    crate::audit::exported(&state.store, user.caller().actor(), None, "ledger").await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = super::language::csv_header(&LEDGER_HEADER);
    let failed = |e: csv::Error| AppError::Internal(e.to_string());
    out.write_record(&header).map_err(failed)?;
    for e in entries {
        out.write_record(super::spreadsheet::row([
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
        ]))
        .map_err(failed)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| AppError::Internal(e.to_string()))?;
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
