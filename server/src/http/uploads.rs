//! `/api/uploads`: attachments' bytes on the tus 1.0 protocol (core, creation, checksum,
//! termination, expiration), so stock tus clients work and an upload resumes from the last
//! byte the hub stored after a cut, a reload or days offline.
//!
//! - `OPTIONS /api/uploads`: what this server supports.
//! - `POST /api/uploads` with `Upload-Length` and `Upload-Metadata` (`request_id`, `filename`,
//!   optional `filetype`, `message_id`, `requirement`, `report_id`, `attachment_id`, `sha256`):
//!   creates an upload on a request the guard lets the caller attach to, after checking its
//!   name and size; answers 201 with its `Location`. A file over a limit is refused here, from
//!   its declared length, before any byte is sent (413).
//! - `HEAD` on the location: how many bytes the hub has (`Upload-Offset`).
//! - `PATCH` on the location from that offset: more bytes, optionally with `Upload-Checksum`
//!   (`sha1` or `sha256`) over them; 460 when they do not match.
//! - `DELETE` on the location: the upload is dropped.
//!
//! Every response carries `Tus-Resumable: 1.0.0`; a request without it (but `OPTIONS`) is
//! answered 412. These routes are outside the request timeout (a PATCH on a slow link takes
//! long); a body that sends nothing for [`BODY_IDLE`] ends as if cut, keeping what arrived.

use std::time::Duration;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use bytes::Bytes;
use futures_util::StreamExt;
use hubdesk_shared::access::RequestOp;
use hubdesk_shared::attachments::{FILE_MAX_BYTES, Place};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::requests::parse_id;
use crate::attachments::{self, Checksum, NewUpload};
use crate::error::UploadError;
use crate::guard;
use crate::store::attachments::UploadRow;

/// How long a PATCH body may send nothing before it is taken as cut.
pub const BODY_IDLE: Duration = Duration::from_secs(30);
const TUS_VERSION: &str = "1.0.0";
const EXTENSIONS: &str = "creation,checksum,termination,expiration";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(capabilities, create))
        .routes(routes!(status, append, terminate))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(axum::middleware::from_fn(tus_version))
}

/// Checks the protocol version a client speaks and marks every answer with ours.
async fn tus_version(request: axum::extract::Request, next: Next) -> Response {
    let speaks = request
        .headers()
        .get("tus-resumable")
        .is_some_and(|v| v.as_bytes() == TUS_VERSION.as_bytes());
    let mut response = if speaks || request.method() == Method::OPTIONS {
        next.run(request).await
    } else {
        let mut refused = AppError::Upload(UploadError::Version).into_response();
        *refused.status_mut() = StatusCode::PRECONDITION_FAILED;
        refused
            .headers_mut()
            .insert("tus-version", HeaderValue::from_static(TUS_VERSION));
        refused
    };
    response
        .headers_mut()
        .insert("tus-resumable", HeaderValue::from_static(TUS_VERSION));
    response
}

/// The tus versions, extensions, largest upload and checksum algorithms this server offers.
#[utoipa::path(options, path = "/api/uploads", operation_id = "upload_capabilities", tag = "attachments",
    responses((status = 204, description = "Tus-Version, Tus-Extension, Tus-Max-Size, Tus-Checksum-Algorithm")))]
async fn capabilities() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    headers.insert("tus-version", HeaderValue::from_static(TUS_VERSION));
    headers.insert("tus-extension", HeaderValue::from_static(EXTENSIONS));
    headers.insert("tus-max-size", HeaderValue::from(FILE_MAX_BYTES));
    headers.insert(
        "tus-checksum-algorithm",
        HeaderValue::from_static("sha1,sha256"),
    );
    response
}

/// `Upload-Metadata`: comma-separated `key base64value` pairs (a key alone has no value).
fn metadata(headers: &HeaderMap) -> Result<Vec<(String, String)>, AppError> {
    let Some(raw) = headers.get("upload-metadata") else {
        return Ok(Vec::new());
    };
    let bad = |why: &str| AppError::bad_request(Some("Upload-Metadata"), why.to_string());
    let raw = raw.to_str().map_err(|_| bad("must be ASCII"))?;
    raw.split(',')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once(' ').unwrap_or((pair, ""));
            let value = STANDARD
                .decode(value.trim())
                .map_err(|_| bad("values must be base64"))?;
            let value = String::from_utf8(value).map_err(|_| bad("values must be UTF-8"))?;
            Ok((key.to_string(), value))
        })
        .collect()
}

fn number(headers: &HeaderMap, name: &'static str) -> Result<u64, AppError> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .ok_or_else(|| {
            AppError::bad_request(
                Some(name),
                format!("{name} must be a whole number of bytes"),
            )
        })
}

/// An RFC 9110 date for `Upload-Expires`.
fn http_date(ms: i64) -> HeaderValue {
    let time = std::time::UNIX_EPOCH + Duration::from_millis(u64::try_from(ms).unwrap_or(0));
    HeaderValue::from_str(&httpdate::fmt_http_date(time)).unwrap_or(HeaderValue::from_static(""))
}

fn state_headers(response: &mut Response, upload: &UploadRow) {
    let headers = response.headers_mut();
    headers.insert("upload-offset", HeaderValue::from(upload.offset));
    headers.insert("upload-length", HeaderValue::from(upload.length));
    if upload.completed_at.is_none() {
        headers.insert("upload-expires", http_date(upload.expires_at));
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// Creates an upload (tus creation): `Upload-Length` and `Upload-Metadata` with `request_id`
/// and `filename`. The file's name decides which types are allowed; its declared length is
/// checked against the limits and the caller's quota before anything is stored. Retried with
/// the same `attachment_id`, it answers the upload already made.
#[utoipa::path(post, path = "/api/uploads", operation_id = "create_upload", tag = "attachments", security(("bearer" = [])),
    responses((status = 201, description = "Created: Location, Upload-Expires"),
        (status = 400, description = "A header is missing or malformed", body = ErrorBody),
        (status = 404, description = "No such request, or not one the caller may attach to", body = ErrorBody),
        (status = 413, description = "Over a size limit or the caller's quota", body = ErrorBody),
        (status = 415, description = "A kind of file that cannot be attached", body = ErrorBody),
        (status = 422, description = "Not a place the caller may attach to", body = ErrorBody)))]
async fn create(
    State(state): State<AppState>,
    user: AuthUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if headers.contains_key("upload-defer-length") {
        return Err(AppError::bad_request(
            Some("Upload-Defer-Length"),
            "this server needs Upload-Length at creation",
        ));
    }
    let length = number(&headers, "upload-length")?;
    let meta = metadata(&headers)?;
    let get = |key: &str| {
        meta.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let request_id = get("request_id").ok_or_else(|| {
        AppError::bad_request(Some("request_id"), "Upload-Metadata must name request_id")
    })?;
    let name = get("filename").ok_or_else(|| {
        AppError::bad_request(Some("filename"), "Upload-Metadata must name filename")
    })?;
    let place = Place::from_parts(
        get("message_id").as_deref(),
        get("requirement").as_deref(),
        get("report_id").as_deref(),
    )
    .map_err(|r| AppError::Upload(UploadError::Refused(r)))?;
    let request_id = parse_id(&request_id)?;
    let reached =
        guard::reach(&state.store, &user.principal, request_id, RequestOp::Attach).await?;
    let raw = headers
        .get("upload-metadata")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let upload = attachments::create(
        &state,
        &user.principal,
        &reached,
        NewUpload {
            attachment_id: get("attachment_id"),
            name,
            place,
            sha256: get("sha256"),
            length,
            metadata: raw,
        },
    )
    .await?;
    let mut response = StatusCode::CREATED.into_response();
    state_headers(&mut response, &upload);
    let location = format!("/api/uploads/{}", upload.id);
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response.headers_mut().insert(
        HeaderName::from_static("x-attachment-id"),
        HeaderValue::from_str(&upload.attachment_id).unwrap_or(HeaderValue::from_static("")),
    );
    Ok(response)
}

/// How many bytes of the upload the hub holds (`Upload-Offset`), its length and metadata.
#[utoipa::path(head, path = "/api/uploads/{id}", operation_id = "upload_status", tag = "attachments", security(("bearer" = [])),
    params(("id" = String, Path, description = "The upload, as its Location named it")),
    responses((status = 200, description = "Upload-Offset, Upload-Length, Upload-Metadata"),
        (status = 404, description = "No such upload for this caller, or expired", body = ErrorBody)))]
async fn status(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (_, upload) = guard::reach_upload(&state.store, &user.principal, &id).await?;
    let mut response = StatusCode::OK.into_response();
    state_headers(&mut response, &upload);
    if let Ok(value) = HeaderValue::from_str(&upload.metadata) {
        response.headers_mut().insert("upload-metadata", value);
    }
    Ok(response)
}

fn checksum(headers: &HeaderMap) -> Result<Option<Checksum>, AppError> {
    let Some(raw) = headers.get("upload-checksum") else {
        return Ok(None);
    };
    let bad = |why: &str| AppError::bad_request(Some("Upload-Checksum"), why.to_string());
    let raw = raw.to_str().map_err(|_| bad("must be ASCII"))?;
    let (algorithm, value) = raw
        .split_once(' ')
        .ok_or_else(|| bad("must be an algorithm and a base64 value"))?;
    let digest = STANDARD
        .decode(value.trim())
        .map_err(|_| bad("the value must be base64"))?;
    match algorithm {
        "sha1" => Ok(Some(Checksum::Sha1(digest))),
        "sha256" => Ok(Some(Checksum::Sha256(digest))),
        _ => Err(bad("the algorithm must be sha1 or sha256")),
    }
}

/// More bytes of the upload, from `Upload-Offset` (which must be what the hub holds). A body
/// cut short keeps what arrived; with `Upload-Checksum` only a whole, matching body is kept.
/// The last byte completes the upload: the file is checked and attached to its request.
#[utoipa::path(patch, path = "/api/uploads/{id}", operation_id = "append_upload", tag = "attachments", security(("bearer" = [])),
    params(("id" = String, Path, description = "The upload, as its Location named it")),
    request_body(content = Vec<u8>, content_type = "application/offset+octet-stream"),
    responses((status = 204, description = "Stored: the new Upload-Offset"),
        (status = 409, description = "Upload-Offset is not what the hub holds", body = ErrorBody),
        (status = 404, description = "No such upload for this caller, or expired", body = ErrorBody),
        (status = 413, description = "More bytes than the upload's length", body = ErrorBody),
        (status = 415, description = "Not application/offset+octet-stream, or the file's bytes are not what its name says", body = ErrorBody),
        (status = 460, description = "The bytes do not match their checksum", body = ErrorBody)))]
async fn append(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let octets = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == b"application/offset+octet-stream");
    if !octets {
        return Err(AppError::Upload(UploadError::ContentType));
    }
    let offset = number(&headers, "upload-offset")?;
    let checksum = checksum(&headers)?;
    let (_, upload) = guard::reach_upload(&state.store, &user.principal, &id).await?;
    let stream = idle_bounded(body);
    // Its own task: when the client's connection drops, the request's future is dropped with
    // it, but what arrived must still be committed so the upload resumes from there.
    let principal = user.principal.clone();
    let work = tokio::spawn(async move {
        attachments::append(
            &state,
            &principal,
            upload,
            offset,
            checksum,
            Box::pin(stream),
        )
        .await
    });
    let upload = work
        .await
        .map_err(|e| AppError::Internal(e.to_string()))??;
    let mut response = StatusCode::NO_CONTENT.into_response();
    state_headers(&mut response, &upload);
    Ok(response)
}

/// A request body whose every next chunk must come within [`BODY_IDLE`]; a silent body ends
/// with an error, as if the connection had been cut.
fn idle_bounded(
    body: Body,
) -> impl futures_util::Stream<Item = Result<Bytes, &'static str>> + Send {
    futures_util::stream::unfold(Some(body.into_data_stream()), |state| async move {
        let mut stream = state?;
        match tokio::time::timeout(BODY_IDLE, stream.next()).await {
            Ok(Some(Ok(bytes))) => Some((Ok(bytes), Some(stream))),
            Ok(None) => None,
            Ok(Some(Err(_))) | Err(_) => Some((Err("the body was cut"), None)),
        }
    })
}

/// Drops the upload and what it stored (tus termination).
#[utoipa::path(delete, path = "/api/uploads/{id}", operation_id = "terminate_upload", tag = "attachments", security(("bearer" = [])),
    params(("id" = String, Path, description = "The upload, as its Location named it")),
    responses((status = 204, description = "Dropped"),
        (status = 404, description = "No such upload for this caller", body = ErrorBody)))]
async fn terminate(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (_, upload) = guard::reach_upload(&state.store, &user.principal, &id).await?;
    if upload.completed_at.is_none() {
        attachments::terminate(&state, &upload).await?;
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}
