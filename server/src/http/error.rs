//! How the one error type of the services ([`AppError`]) becomes an HTTP response.
//!
//! 4xx bodies say exactly what was wrong and which field: `{"error":{"code","message","field"}}`
//! (validation failures add every problem under `"errors"`). 5xx bodies are generic; the detail
//! is logged, never shown.
//!
//! `message` is for people, in the language the request asks for (`Accept-Language`, which the
//! apps set to the person's language; `http::language` reads it for the whole request): the
//! fixed errors and every validation problem come from the catalogues (`server.ftl`,
//! `problems.ftl`). `code` and `field` are for programs and never change with the language.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use fluent_bundle::{FluentArgs, FluentValue};
use hubdesk_shared::validate::{self, ValidationError};

use super::language::words;
use serde::Serialize;
use utoipa::ToSchema;

pub use crate::error::{AppError, Message, UploadError};

/// What every error response carries.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The problem (the first, when there are several).
    pub error: ErrorDetail,
    /// Every problem, for validation failures that found more than one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorDetail>,
    /// Why a file or an upload was refused, for people (the same words as `error.message`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One problem: a machine-readable code, a sentence for people, and the field at fault.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
    /// The path of the field at fault, such as `title` or `application.lines[2].quantity`.
    pub field: Option<String>,
}

/// A `shared` wording (a catalogue message and its arguments) in the request's language.
fn worded(wording: validate::Wording) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in wording.args {
        match value {
            validate::Arg::Count(n) => args.set(name, FluentValue::from(n)),
            validate::Arg::Text(text) => args.set(name, FluentValue::from(text)),
            validate::Arg::Money(money) => args.set(name, FluentValue::from(money.to_string())),
        }
    }
    words(wording.message, Some(&args))
}

impl From<&ValidationError> for ErrorDetail {
    fn from(e: &ValidationError) -> Self {
        Self {
            code: e.problem.code().to_string(),
            message: worded(validate::wording(e)),
            field: Some(e.field.clone()),
        }
    }
}

/// An upload or a file refused: its status, code and reason.
fn upload_refused(e: &UploadError) -> Response {
    use hubdesk_shared::attachments::FileRefusal;
    let message = |id: &str| words(id, None);
    let (status, code, message) = match e {
        UploadError::Refused(refusal) => {
            let status = match refusal {
                r if r.is_size() => StatusCode::PAYLOAD_TOO_LARGE,
                FileRefusal::TypeNotAllowed { .. } | FileRefusal::Mismatch { .. } => {
                    StatusCode::UNSUPPORTED_MEDIA_TYPE
                }
                FileRefusal::NoName | FileRefusal::NameTooLong { .. } | FileRefusal::Empty => {
                    StatusCode::BAD_REQUEST
                }
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            (status, refusal.code(), worded(refusal.wording()))
        }
        UploadError::OffsetMismatch { hub_has } => {
            let mut args = FluentArgs::new();
            args.set("bytes", FluentValue::from(*hub_has));
            (
                StatusCode::CONFLICT,
                "offset_mismatch",
                words("upload-offset-mismatch", Some(&args)),
            )
        }
        UploadError::ChecksumMismatch => (
            StatusCode::from_u16(460).unwrap_or(StatusCode::BAD_REQUEST),
            "checksum_mismatch",
            message("upload-checksum-mismatch"),
        ),
        UploadError::TooLong => (
            StatusCode::PAYLOAD_TOO_LARGE,
            "upload_too_long",
            message("upload-too-long"),
        ),
        UploadError::ContentType => (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content_type",
            message("upload-content-type"),
        ),
        UploadError::Version => (
            StatusCode::PRECONDITION_FAILED,
            "tus_version",
            message("upload-version"),
        ),
    };
    let body = ErrorBody {
        error: ErrorDetail {
            code: code.to_string(),
            message: message.clone(),
            field: None,
        },
        errors: Vec::new(),
        reason: Some(message),
    };
    (status, Json(body)).into_response()
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code, field, hide_detail) = match &self {
            AppError::Upload(e) => return upload_refused(e),
            AppError::Invalid(errors) => {
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
                    reason: None,
                };
                return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
            }
            AppError::BadRequest { field, .. } => {
                (StatusCode::BAD_REQUEST, "bad_request", field.clone(), false)
            }
            AppError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", None, false),
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized", None, false),
            AppError::TokenExpired => (StatusCode::UNAUTHORIZED, "token_expired", None, false),
            AppError::DeviceRevoked => (StatusCode::UNAUTHORIZED, "device_revoked", None, false),
            AppError::TooManyRequests { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_requests",
                None,
                false,
            ),
            AppError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad_credentials", None, false),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", None, false),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found", None, false),
            AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict", None, false),
            AppError::Refused { code, .. } => (StatusCode::CONFLICT, *code, None, false),
            AppError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", None, true)
            }
        };
        let message = match &self {
            AppError::Unauthorized => words("error-unauthorized", None),
            AppError::TokenExpired => words("error-token-expired", None),
            AppError::DeviceRevoked => words("error-device-revoked", None),
            AppError::TooManyRequests { retry_after_secs } => {
                let mut args = FluentArgs::new();
                args.set("seconds", FluentValue::from(*retry_after_secs));
                words("error-too-many-requests", Some(&args))
            }
            AppError::BadCredentials => words("error-bad-credentials", None),
            AppError::TooLarge(bytes) => {
                let mut args = FluentArgs::new();
                args.set("bytes", FluentValue::from(*bytes));
                words("error-too-large", Some(&args))
            }
            AppError::Forbidden => words("error-forbidden", None),
            AppError::NotFound => words("error-not-found", None),
            AppError::BadRequest { message, .. } | AppError::Refused { message, .. } => {
                super::language::say(message)
            }
            _ if hide_detail => words("error-internal", None),
            // What a store or a command said about a clash of writes.
            other => other.to_string(),
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: code.to_string(),
                message,
                field,
            },
            errors: Vec::new(),
            reason: None,
        };
        let mut response = (status, Json(body)).into_response();
        if let AppError::TooManyRequests { retry_after_secs } = self
            && let Ok(value) = axum::http::HeaderValue::from_str(&retry_after_secs.to_string())
        {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        response
    }
}
