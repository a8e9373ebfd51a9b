//! A JSON body extractor whose rejections use our error format and name the field at fault.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use super::error::AppError;

pub struct Json<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Json<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge(super::Limits::default().http_body_bytes)
            } else {
                AppError::bad_request(None, format!("could not read the request body: {e}"))
            }
        })?;
        let mut deserializer = serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(&mut deserializer)
            .map(Json)
            .map_err(|e| {
                let path = e.path().to_string();
                let inner = e.into_inner();
                let field = unknown_field(&inner.to_string())
                    .or_else(|| (!matches!(path.as_str(), "." | "?" | "")).then_some(path));
                let message = if inner.is_syntax() || inner.is_eof() {
                    format!("the body is not valid JSON: {inner}")
                } else {
                    format!("{inner}")
                };
                AppError::BadRequest {
                    message: message.into(),
                    field,
                }
            })
    }
}

/// serde reports an unknown field at the parent's path; name the field itself instead.
fn unknown_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest.split('`').next()?.to_string())
}
