//! The one error type of HubDesk's services: what went wrong, in terms of the domain (not
//! found, not allowed, invalid naming the field, refused with a code, internal). Services return
//! it; `http::error` alone decides how each becomes a response.

use hubdesk_shared::engine::Rejection;
use hubdesk_shared::validate::ValidationError;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
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

impl AppError {
    pub fn bad_request(field: Option<&str>, message: impl Into<String>) -> Self {
        Self::BadRequest {
            message: message.into(),
            field: field.map(str::to_string),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            // Someone wrote to a record while the hub replaced it: try again.
            StoreError::Changed(_) => Self::Conflict(e.to_string()),
            e => Self::Internal(e.to_string()),
        }
    }
}

impl From<Rejection> for AppError {
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
