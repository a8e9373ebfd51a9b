//! Referrals on a request: `POST /api/requests/{id}/referrals` (staff who answer it refer its
//! requester to someone in the directory), `POST /api/requests/{id}/referral-answer` (the person
//! referred accepts or declines), `POST /api/requests/{id}/referral-outcome` (the hub records
//! what came of it), and `GET /api/referrals/offered` (what the caller is asked to help with).

use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::super::AppState;
use super::super::auth::AuthUser;
use super::super::error::{AppError, ErrorBody};
use super::super::guard::{AnswerReferral, Change, OnRequest};
use super::super::json::Json;
use crate::referrals::{self, Offered};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ReferBody {
    /// The user id of the person referred to (from the directory).
    #[serde(default)]
    to: String,
    /// Why, in a few words they will read.
    #[serde(default)]
    note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(super) struct Referred {
    /// The referral's id.
    id: String,
}

/// Refers the request's requester to someone in the directory (staff who answer it). They are
/// asked, and once they accept they read this request and join its conversation.
#[utoipa::path(post, path = "/api/requests/{id}/referrals", operation_id = "refer_request", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")), request_body = ReferBody,
    responses((status = 201, body = Referred), (status = 403, description = "Not someone who answers this request", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`already_referred` or `referral_to_requester`", body = ErrorBody),
        (status = 422, description = "No such person in the directory, or a note too long", body = ErrorBody),
        (status = 400, description = "Bad input, naming the field", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
pub(super) async fn refer(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Change>,
    Json(body): Json<ReferBody>,
) -> Result<(StatusCode, axum::Json<Referred>), AppError> {
    let id = referrals::refer(&state, &user.principal, &request, &body.to, body.note).await?;
    Ok((StatusCode::CREATED, axum::Json(Referred { id })))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerBody {
    referral: String,
    accept: bool,
}

/// Accepts or declines a referral offered to the caller.
#[utoipa::path(post, path = "/api/requests/{id}/referral-answer", operation_id = "answer_referral", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")), request_body = AnswerBody,
    responses((status = 204, description = "Answered"), (status = 404, description = "No such referral offered to the caller", body = ErrorBody),
        (status = 409, description = "`referral_answered`", body = ErrorBody),
        (status = 400, description = "Bad input, naming the field", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
pub(super) async fn answer(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<AnswerReferral>,
    Json(body): Json<AnswerBody>,
) -> Result<StatusCode, AppError> {
    referrals::answer(
        &state,
        &user.principal,
        &request,
        &body.referral,
        body.accept,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct OutcomeBody {
    referral: String,
    #[serde(default)]
    outcome: Option<String>,
}

/// Records what came of a referral (staff who answer the request).
#[utoipa::path(post, path = "/api/requests/{id}/referral-outcome", operation_id = "record_referral_outcome", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")), request_body = OutcomeBody,
    responses((status = 204, description = "Recorded"), (status = 403, description = "Not someone who answers this request", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, description = "No outcome, or one too long", body = ErrorBody),
        (status = 400, description = "Bad input, naming the field", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
pub(super) async fn outcome(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Change>,
    Json(body): Json<OutcomeBody>,
) -> Result<StatusCode, AppError> {
    referrals::close(
        &state,
        &user.principal,
        &request,
        &body.referral,
        body.outcome,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The referrals offered to the caller and not yet answered, newest first: what they are asked
/// to help with (the request's title, topic, place, and the hub's note).
#[utoipa::path(get, path = "/api/referrals/offered", operation_id = "referrals_offered", tag = "requests", security(("bearer" = [])),
    responses((status = 200, body = Vec<Offered>), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
pub(super) async fn offered(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Vec<Offered>>, AppError> {
    Ok(axum::Json(
        referrals::offered(&state, &user.principal).await?,
    ))
}
