//! Security headers on every response: a strict Content-Security-Policy (the apps' own scripts
//! and styles only; WebAssembly compiled by the page is the one exception), no referrer ever
//! (the sync URL carries a token), no framing, no MIME sniffing, and nothing from the API kept
//! in a shared or browser cache.
//!
//! The apps hold no inline script or style and set no `style` attribute, so the policy needs no
//! `unsafe-inline`; a browser test checks that the field app and the console run under it with
//! no violation reported.

use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::middleware::Next;
use axum::response::Response;

/// The Content-Security-Policy of every page. `connect-src 'self'` covers the websocket to the
/// same host; `wasm-unsafe-eval` lets the page compile the client's WebAssembly and allows no
/// `eval` of script.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; \
manifest-src 'self'; worker-src 'self'; form-action 'self'; frame-ancestors 'none'; \
base-uri 'none'; object-src 'none'";

const FIXED: [(&str, &str); 7] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
];

/// Adds the security headers to a response; API answers are also marked `no-store`, as they
/// hold people's requests.
pub async fn secure(request: Request<axum::body::Body>, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in FIXED {
        let name = HeaderName::from_static(name);
        // A served attachment brings its own, stricter policy (`http::attachments`).
        if name == header::CONTENT_SECURITY_POLICY && headers.contains_key(&name) {
            continue;
        }
        headers.insert(name, HeaderValue::from_static(value));
    }
    if api && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
