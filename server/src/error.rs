//! The one error type of HubDesk's services: what went wrong, in terms of the domain (not
//! found, not allowed, invalid naming the field, refused with a code, internal). Services return
//! it; `http::error` alone decides how each becomes a response.

use hubdesk_shared::engine::Rejection;
use hubdesk_shared::validate::ValidationError;

use crate::store::StoreError;

/// What an error tells people: a catalogue message with its arguments, worded in the reader's
/// language where the response is made; or, for what only programs see (a malformed query
/// parameter, a body that is not JSON), a sentence in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Catalogue {
        id: &'static str,
        args: Vec<(&'static str, String)>,
    },
    Text(String),
}

impl Message {
    /// Catalogue message `id` (`locales/*/server.ftl`).
    pub fn id(id: &'static str) -> Self {
        Self::Catalogue {
            id,
            args: Vec::new(),
        }
    }

    /// With argument `name`.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        if let Self::Catalogue { args, .. } = &mut self {
            args.push((name, value.to_string()));
        }
        self
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Self::Text(text.to_string())
    }
}

impl From<&hubdesk_shared::users::UserFieldError> for Message {
    fn from(e: &hubdesk_shared::users::UserFieldError) -> Self {
        Self::Catalogue {
            id: e.message,
            args: e.args.clone(),
        }
    }
}

/// The English words (for logs and the command line; responses are worded per request).
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Catalogue { id, args } => {
                f.write_str(&crate::i18n::format(crate::i18n::FALLBACK, id, args))
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("validation failed")]
    Invalid(Vec<ValidationError>),
    #[error("{message}")]
    BadRequest {
        message: Message,
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
    Refused {
        code: &'static str,
        message: Message,
    },
    /// An upload or a file refused (see [`UploadError`]).
    #[error("{0}")]
    Upload(UploadError),
    #[error("internal error")]
    Internal(String),
}

/// Why an upload's request or a file was refused.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    /// The file itself: its type, name, size, or an image too large to decode.
    #[error("{0}")]
    Refused(hubdesk_shared::attachments::FileRefusal),
    /// The bytes sent start elsewhere than where the hub's copy ends.
    #[error("the hub holds {hub_has} bytes of this upload; send from there")]
    OffsetMismatch { hub_has: u64 },
    /// The bytes do not have the checksum sent with them, or the whole file not the SHA-256
    /// declared at creation.
    #[error("the bytes do not match their checksum")]
    ChecksumMismatch,
    /// More bytes than the upload's declared length.
    #[error("more bytes than the upload's length")]
    TooLong,
    /// A PATCH whose body is not `application/offset+octet-stream`.
    #[error("Content-Type must be application/offset+octet-stream")]
    ContentType,
    /// A tus request without the protocol version this server speaks.
    #[error("Tus-Resumable must be 1.0.0")]
    Version,
}

impl AppError {
    pub fn bad_request(field: Option<&str>, message: impl Into<Message>) -> Self {
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
