//! The one error type of the HTTP API, and how it becomes a response.
//!
//! 4xx bodies say exactly what was wrong and which field: `{"error":{"code","message","field"}}`
//! (validation failures add every problem under `"errors"`). 5xx bodies are generic; the detail
//! is logged, never shown.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use hubdesk_shared::engine::Rejection;
use hubdesk_shared::validate::ValidationError;
use serde_json::json;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("validation failed")]
    Invalid(Vec<ValidationError>),
    #[error("{message}")]
    BadRequest {
        message: String,
        field: Option<String>,
    },
    #[error("sign in first: a valid bearer token is required")]
    Unauthorized,
    #[error("wrong username or password")]
    BadCredentials,
    #[error("the request body is larger than the {0} bytes allowed")]
    TooLarge(usize),
    #[error("you may not do that")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    pub fn bad_request(field: Option<&str>, message: impl Into<String>) -> Self {
        Self::BadRequest {
            message: message.into(),
            field: field.map(str::to_string),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        Self::Internal(e.to_string())
    }
}

impl From<Rejection> for ApiError {
    fn from(r: Rejection) -> Self {
        match r {
            Rejection::Invalid(errors) => Self::Invalid(errors),
            Rejection::NotFound => Self::NotFound,
            Rejection::Forbidden => Self::Forbidden,
            Rejection::Conflict(message) => Self::Conflict(message),
            Rejection::Storage(detail) => Self::Internal(detail),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, field, extra) = match &self {
            ApiError::Invalid(errors) => {
                let first = errors.first();
                let body = json!({
                    "error": {
                        "code": first.map(|e| e.problem.code()).unwrap_or("invalid"),
                        "message": first.map(|e| e.to_string()).unwrap_or_default(),
                        "field": first.map(|e| e.field.clone()),
                    },
                    "errors": errors.iter().map(|e| json!({
                        "code": e.problem.code(),
                        "message": e.to_string(),
                        "field": e.field,
                    })).collect::<Vec<_>>(),
                });
                return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
            }
            ApiError::BadRequest { field, .. } => {
                (StatusCode::BAD_REQUEST, "bad_request", field.clone(), None)
            }
            ApiError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", None, None),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized", None, None),
            ApiError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad_credentials", None, None),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", None, None),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found", None, None),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict", None, None),
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    None,
                    Some(()),
                )
            }
        };
        let message = if extra.is_some() {
            "something went wrong on the server; nothing you saved was lost".to_string()
        } else {
            self.to_string()
        };
        let body = json!({ "error": { "code": code, "message": message, "field": field } });
        (status, Json(body)).into_response()
    }
}
