//! `/api/fund`: fund rounds (set up by fund managers, read by everyone signed in, with their
//! balances) and a round's ledger; and `POST /api/requests/{id}/decision`, which commits money.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use hubdesk_shared::access::{Action, may};
use hubdesk_shared::fund::{Decision, RoundDraft};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{ApiError, ErrorBody};
use super::json::Json;
use super::requests::parse_id;
use crate::fund::DecisionReply;
use crate::store::fund::{self, LedgerEntry, RoundRow};
use crate::sync::now_ms;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_rounds, create_round))
        .routes(routes!(show_round))
        .routes(routes!(round_ledger))
        .routes(routes!(decide))
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
    let row = fund::round(&state.store, &id).await?;
    let row = row.ok_or_else(|| ApiError::Internal("the new round vanished".into()))?;
    Ok((StatusCode::CREATED, axum::Json(row)))
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
