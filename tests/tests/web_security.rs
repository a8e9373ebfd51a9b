//! Web hardening (issue 11, part 6): every response carries the security headers and a strict
//! Content-Security-Policy; the pages hold no inline script or style; sign-in hands out a bearer
//! token and never a cookie. (That the apps run under the policy is checked in Chromium: every
//! browser test fails on a policy violation.)

use anyhow::{Context, Result};
use hubdesk_tests::browser::web_dir;
use hubdesk_tests::{Backend, TestServer};
use reqwest::Response;
use serde_json::json;

fn header<'a>(reply: &'a Response, name: &str) -> Option<&'a str> {
    reply.headers().get(name).and_then(|v| v.to_str().ok())
}

/// Checks the headers every response must carry; `what` names the response in failures.
fn assert_hardened(reply: &Response, what: &str) {
    let csp = header(reply, "content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy"));
    for directive in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        assert!(
            csp.contains(directive),
            "{what}: {directive} missing in {csp}"
        );
    }
    // WebAssembly compilation is the one exception the policy makes.
    assert!(!csp.contains("'unsafe-inline'"), "{what}: {csp}");
    assert!(
        !csp.replace("'wasm-unsafe-eval'", "")
            .contains("unsafe-eval"),
        "{what}: {csp}"
    );
    assert_eq!(
        header(reply, "referrer-policy"),
        Some("no-referrer"),
        "{what}"
    );
    assert_eq!(
        header(reply, "x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(header(reply, "x-frame-options"), Some("DENY"), "{what}");
    assert_eq!(
        header(reply, "cross-origin-opener-policy"),
        Some("same-origin"),
        "{what}"
    );
    assert!(header(reply, "permissions-policy").is_some(), "{what}");
    assert!(
        header(reply, "set-cookie").is_none(),
        "{what}: sets a cookie"
    );
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_no_cookie() -> Result<()> {
    let web = web_dir()?;
    let Some(server) = TestServer::start_with(Backend::Sqlite, &["--web-dir", &web]).await? else {
        return Ok(());
    };
    let http = &server.http;
    let base = &server.base_url;
    for path in [
        "/",
        "/index.html",
        "/console/",
        "/app.js",
        "/app.css",
        "/sw.js",
        "/manifest.webmanifest",
        "/healthz",
        "/metrics",
        "/api/openapi.json",
        "/no-such-page",
    ] {
        let reply = http.get(format!("{base}{path}")).send().await?;
        assert!(
            reply.status().is_success() || reply.status() == 404,
            "{path}: {}",
            reply.status()
        );
        assert_hardened(&reply, path);
    }

    // API answers, refused or not, are never kept in a cache.
    let refused = http.get(format!("{base}/api/requests")).send().await?;
    assert_eq!(refused.status(), 401);
    assert_hardened(&refused, "a refused API call");
    assert_eq!(header(&refused, "cache-control"), Some("no-store"));

    let login = http
        .post(format!("{base}/api/auth/login"))
        .json(&json!({"username": "rahima", "password": "hubdesk-demo"}))
        .send()
        .await?;
    assert_eq!(login.status(), 200);
    assert_hardened(&login, "sign-in");
    assert_eq!(header(&login, "cache-control"), Some("no-store"));
    let body: serde_json::Value = login.json().await?;
    let token = body["token"].as_str().context("a token")?;
    let mine = http
        .get(format!("{base}/api/requests"))
        .bearer_auth(token)
        .send()
        .await?;
    assert_eq!(mine.status(), 200);
    assert_hardened(&mine, "a signed-in API call");
    assert_eq!(header(&mine, "cache-control"), Some("no-store"));
    Ok(())
}

#[test]
fn the_pages_hold_no_inline_script_handler_or_style() -> Result<()> {
    let web = std::path::PathBuf::from(web_dir()?);
    let mut pages = Vec::new();
    for entry in walk(&web)? {
        let name = entry.to_string_lossy().to_string();
        if name.ends_with(".html") {
            pages.push(name);
        }
    }
    assert!(pages.len() >= 2, "the field app and the console: {pages:?}");
    for page in &pages {
        let html = std::fs::read_to_string(page)?;
        let lower = html.to_lowercase();
        for (at, _) in lower.match_indices("<script") {
            let tag = &lower[at..at + lower[at..].find('>').context("an unclosed tag")?];
            assert!(tag.contains(" src="), "{page}: an inline script: {tag}");
        }
        assert!(!lower.contains("<style"), "{page}: an inline style block");
        assert!(!lower.contains(" style="), "{page}: a style attribute");
        assert!(!lower.contains(" onclick="), "{page}: an inline handler");
        assert!(!lower.contains(" onload="), "{page}: an inline handler");
        assert!(!lower.contains("javascript:"), "{page}: a javascript: URL");
    }
    Ok(())
}

/// Every file under `dir`.
fn walk(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(walk(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

/// With `--metrics-listen`, `/metrics` is served to operators on that address only: the public
/// listener neither serves nor documents it.
#[tokio::test]
async fn metrics_can_be_served_apart_from_the_public_listener() -> Result<()> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let apart = format!("127.0.0.1:{port}");
    let Some(server) =
        TestServer::start_with(Backend::Sqlite, &["--metrics-listen", &apart]).await?
    else {
        return Ok(());
    };
    let public = server
        .http
        .get(format!("{}/metrics", server.base_url))
        .send()
        .await?;
    assert_eq!(public.status().as_u16(), 404);
    let operators = server
        .http
        .get(format!("http://{apart}/metrics"))
        .send()
        .await?;
    assert_eq!(operators.status().as_u16(), 200);
    assert!(operators.text().await?.contains("hubdesk_"));
    let doc: serde_json::Value = server
        .http
        .get(format!("{}/api/openapi.json", server.base_url))
        .send()
        .await?
        .json()
        .await?;
    assert!(doc["paths"].get("/metrics").is_none());
    Ok(())
}
