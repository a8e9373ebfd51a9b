//! `POST /api/requests/{id}/handover`: the requester, or an admin, hands a request to their
//! successor in the same city (`crate::handover`).

use axum::extract::State;
use serde::Deserialize;
use utoipa::ToSchema;

use super::super::AppState;
use super::super::error::{AppError, ErrorBody};
use super::super::guard::{Change, OnRequest};
use super::super::json::Json;
use crate::handover::{self, HandedOver};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct HandoverBody {
    /// The successor's username.
    #[serde(default)]
    successor: String,
}

/// Hands the request, with its conversation and any fund application, to the successor: from
/// then on it is theirs, and the one before no longer reaches it. The history records it.
#[utoipa::path(post, path = "/api/requests/{id}/handover", operation_id = "hand_over_request", tag = "requests", security(("bearer" = [])),
    params(("id" = String, Path, description = "The request's UUID v7 or its document id")), request_body = HandoverBody,
    responses((status = 200, body = HandedOver), (status = 403, description = "Neither its requester nor an admin", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`already_theirs` or `successor_elsewhere`", body = ErrorBody),
        (status = 422, description = "No active practitioner has that username", body = ErrorBody),
        (status = 400, description = "Bad input, naming the field", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
pub(super) async fn hand_over(
    State(state): State<AppState>,
    OnRequest { user, request, .. }: OnRequest<Change>,
    Json(body): Json<HandoverBody>,
) -> Result<axum::Json<HandedOver>, AppError> {
    Ok(axum::Json(
        handover::hand_over(&state, &user.principal, &request, &body.successor).await?,
    ))
}
