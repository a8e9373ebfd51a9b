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
use serde::Serialize;
use utoipa::ToSchema;

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
    #[error("this device has been idle too long: sign in again")]
    TokenExpired,
    /// The device's token was revoked (by its owner from another device, or by an admin): the
    /// device must remove what HubDesk keeps on it.
    #[error("this device was signed out from elsewhere: remove what HubDesk keeps on it")]
    DeviceRevoked,
    /// 429 with `Retry-After`.
    #[error("too many attempts: try again in {retry_after_secs} s")]
    TooManyRequests { retry_after_secs: u64 },
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
    /// A 409 with its own code (`pool_exhausted`, `already_decided`, ...).
    #[error("{message}")]
    Refused { code: &'static str, message: String },
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
        match e {
            // Someone wrote to a record while the hub replaced it: try again.
            StoreError::Changed(_) => Self::Conflict(e.to_string()),
            e => Self::Internal(e.to_string()),
        }
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

/// What every error response carries.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The problem (the first, when there are several).
    pub error: ErrorDetail,
    /// Every problem, for validation failures that found more than one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorDetail>,
}

/// One problem: a machine-readable code, a sentence for people, and the field at fault.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
    /// The path of the field at fault, such as `title` or `application.lines[2].quantity`.
    pub field: Option<String>,
}

impl From<&ValidationError> for ErrorDetail {
    fn from(e: &ValidationError) -> Self {
        Self {
            code: e.problem.code().to_string(),
            message: e.to_string(),
            field: Some(e.field.clone()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, field, hide_detail) = match &self {
            ApiError::Invalid(errors) => {
                let all: Vec<ErrorDetail> = errors.iter().map(ErrorDetail::from).collect();
                let first = errors
                    .first()
                    .map(ErrorDetail::from)
                    .unwrap_or(ErrorDetail {
                        code: "invalid".into(),
                        message: String::new(),
                        field: None,
                    });
                let body = ErrorBody {
                    error: first,
                    errors: all,
                };
                return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
            }
            ApiError::BadRequest { field, .. } => {
                (StatusCode::BAD_REQUEST, "bad_request", field.clone(), false)
            }
            ApiError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", None, false),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized", None, false),
            ApiError::TokenExpired => (StatusCode::UNAUTHORIZED, "token_expired", None, false),
            ApiError::DeviceRevoked => (StatusCode::UNAUTHORIZED, "device_revoked", None, false),
            ApiError::TooManyRequests { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_requests",
                None,
                false,
            ),
            ApiError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad_credentials", None, false),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", None, false),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found", None, false),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict", None, false),
            ApiError::Refused { code, .. } => (StatusCode::CONFLICT, *code, None, false),
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", None, true)
            }
        };
        let message = if hide_detail {
            "something went wrong on the server; nothing you saved was lost".to_string()
        } else {
            self.to_string()
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: code.to_string(),
                message,
                field,
            },
            errors: Vec::new(),
        };
        let mut response = (status, Json(body)).into_response();
        if let ApiError::TooManyRequests { retry_after_secs } = self
            && let Ok(value) = axum::http::HeaderValue::from_str(&retry_after_secs.to_string())
        {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        response
    }
}
