//! `/api/attachments/{id}`: an attachment's bytes, for those who may read its request (the
//! guard decides from the attachment's request; anyone else is answered as for a missing one).
//!
//! Files are served as downloads (`Content-Disposition: attachment`), with `nosniff` and a
//! sandboxing Content-Security-Policy, so a file can never run as a page of the hub. `Range`
//! requests are answered with the bytes asked for (206), so a download cut short resumes.
//! `/thumbnail` gives a small JPEG of a photo, made by the hub with bounded decoding.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::TryStreamExt;
use hubdesk_shared::attachments::type_by_name;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use crate::guard;

/// What a served file may do in a browser: nothing (no script, no plugin, no form, its own
/// opaque origin), whatever it is.
const FILE_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(download))
        .routes(routes!(thumbnail))
}

/// A single byte range a client asked for, within a file of `size` bytes: `Ok(None)` for the
/// whole file (no range, several ranges, or one that does not parse), `Err` when the range
/// starts past the end.
fn range(headers: &HeaderMap, etag: &str, size: u64) -> Result<Option<(u64, u64)>, ()> {
    let Some(value) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    // A resumed download whose file changed gets the whole new file.
    if let Some(if_range) = headers.get(header::IF_RANGE)
        && if_range.as_bytes() != etag.as_bytes()
    {
        return Ok(None);
    }
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None);
    }
    let Some((start, end)) = spec.split_once('-') else {
        return Ok(None);
    };
    let (start, end) = match (start.trim(), end.trim()) {
        ("", suffix) => {
            let Ok(n) = suffix.parse::<u64>() else {
                return Ok(None);
            };
            if n == 0 {
                return Err(());
            }
            (size.saturating_sub(n), size - 1)
        }
        (from, to) => {
            let Ok(from) = from.parse::<u64>() else {
                return Ok(None);
            };
            let to = match to {
                "" => size.saturating_sub(1),
                to => match to.parse::<u64>() {
                    Ok(to) => to.min(size.saturating_sub(1)),
                    Err(_) => return Ok(None),
                },
            };
            if from >= size || from > to {
                return Err(());
            }
            (from, to)
        }
    };
    Ok(Some((start, end)))
}

/// `attachment; filename="..."` with an ASCII fallback and the name itself in RFC 8187 form.
fn disposition(name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or(HeaderValue::from_static("attachment"))
}

/// An attachment's bytes, as a download; `Range` gives part of it (206).
#[utoipa::path(get, path = "/api/attachments/{id}", operation_id = "download_attachment", tag = "attachments", security(("bearer" = [])),
    params(("id" = String, Path, description = "The attachment's id, as its request lists it")),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"),
        (status = 206, description = "The range asked for"),
        (status = 404, description = "No such attachment, or not one the caller may read", body = ErrorBody),
        (status = 416, description = "The range starts past the end")))]
async fn download(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (_, row) = guard::reach_attachment(&state.store, &user.principal, &id).await?;
    let size = u64::try_from(row.size).unwrap_or(0);
    let etag = format!("\"{}\"", row.sha256);
    let wanted = match range(&headers, &etag, size) {
        Ok(wanted) => wanted,
        Err(()) => {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            if let Ok(value) = HeaderValue::from_str(&format!("bytes */{size}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            return Ok(response);
        }
    };
    let stream = state
        .files
        .read_blob(&row.sha256, wanted.map(|(a, b)| a..b + 1))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let body = Body::from_stream(stream.map_err(std::io::Error::other));
    let mut response = body.into_response();
    let out = response.headers_mut();
    match wanted {
        Some((start, end)) => {
            *response.status_mut() = StatusCode::PARTIAL_CONTENT;
            let out = response.headers_mut();
            if let Ok(value) = HeaderValue::from_str(&format!("bytes {start}-{end}/{size}")) {
                out.insert(header::CONTENT_RANGE, value);
            }
            out.insert(header::CONTENT_LENGTH, HeaderValue::from(end - start + 1));
        }
        None => {
            out.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
        }
    }
    file_headers(&mut response, &row.media_type, &etag);
    response
        .headers_mut()
        .insert(header::CONTENT_DISPOSITION, disposition(&row.name));
    Ok(response)
}

fn file_headers(response: &mut Response, media_type: &str, etag: &str) {
    let out = response.headers_mut();
    out.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(media_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    out.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Ok(value) = HeaderValue::from_str(etag) {
        out.insert(header::ETAG, value);
    }
    out.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(FILE_POLICY),
    );
    out.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
}

/// A small JPEG of a photo attachment (at most 256 pixels on its long edge); 404 for a file
/// that is not a photo or cannot be decoded within the hub's bounds.
#[utoipa::path(get, path = "/api/attachments/{id}/thumbnail", operation_id = "attachment_thumbnail", tag = "attachments", security(("bearer" = [])),
    params(("id" = String, Path, description = "The attachment's id")),
    responses((status = 200, description = "A JPEG", content_type = "image/jpeg"),
        (status = 404, description = "No such attachment for the caller, or no thumbnail of it", body = ErrorBody)))]
async fn thumbnail(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (_, row) = guard::reach_attachment(&state.store, &user.principal, &id).await?;
    if !type_by_name(&row.name).is_ok_and(|t| t.is_photo()) {
        return Err(AppError::NotFound);
    }
    let jpeg = state
        .files
        .thumbnail(&row.sha256, u64::try_from(row.size).unwrap_or(u64::MAX))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .ok_or(AppError::NotFound)?;
    let mut response = Body::from(jpeg).into_response();
    file_headers(
        &mut response,
        "image/jpeg",
        &format!("\"{}-thumb\"", row.sha256),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asking(range: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::RANGE, HeaderValue::from_str(range).expect("ascii"));
        headers
    }

    #[test]
    fn ranges_are_read_as_http_says() {
        assert_eq!(
            range(&asking("bytes=0-99"), "\"x\"", 1000),
            Ok(Some((0, 99)))
        );
        assert_eq!(
            range(&asking("bytes=900-"), "\"x\"", 1000),
            Ok(Some((900, 999)))
        );
        assert_eq!(
            range(&asking("bytes=-100"), "\"x\"", 1000),
            Ok(Some((900, 999)))
        );
        assert_eq!(
            range(&asking("bytes=990-2000"), "\"x\"", 1000),
            Ok(Some((990, 999)))
        );
        assert_eq!(range(&asking("bytes=1000-"), "\"x\"", 1000), Err(()));
        assert_eq!(range(&asking("bytes=0-1,5-9"), "\"x\"", 1000), Ok(None));
        assert_eq!(range(&asking("lines=1-2"), "\"x\"", 1000), Ok(None));
        let mut changed = asking("bytes=10-");
        changed.insert(header::IF_RANGE, HeaderValue::from_static("\"y\""));
        assert_eq!(range(&changed, "\"x\"", 1000), Ok(None));
    }

    #[test]
    fn names_are_given_in_ascii_and_in_full() {
        let value = disposition("বাজেট \"final\".pdf");
        let text = value.to_str().expect("ascii");
        assert!(
            text.starts_with("attachment; filename=\"_____ _final_.pdf\""),
            "{text}"
        );
        assert!(text.contains("filename*=UTF-8''%E0%A6%AC"), "{text}");
    }
}
