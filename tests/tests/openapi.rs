//! `GET /api/openapi.json` describes the whole API (OpenAPI 3.1, generated from the handlers),
//! passes a stock validator (`openapi-spec-validator`), and every operation it lists is served:
//! called with real ids, none answers "no such route" (404 without our error body) or "method
//! not allowed".

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, TestServer};
use serde_json::json;

#[tokio::test]
async fn every_documented_operation_is_served_and_every_route_is_documented() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let doc = agent.get("/api/openapi.json").await?;
    assert_eq!(doc.status, 200);
    let version = doc.body["openapi"].as_str().context("openapi version")?;
    assert!(version.starts_with("3.1"), "{version}");

    validate_with_a_stock_validator(&doc.body)?;

    let paths = doc.body["paths"].as_object().context("paths")?;
    // The routes the console and the field app rely on, old and new.
    for expected in [
        "/api/auth/login",
        "/api/auth/logout",
        "/api/me",
        "/api/requests",
        "/api/requests/{id}",
        "/api/requests/{id}/messages",
        "/api/requests/{id}/commands",
        "/api/requests/{id}/history",
        "/api/guidance",
        "/api/guidance/{id}",
        "/api/canned",
        "/api/canned/{id}",
        "/api/staff",
        "/api/live",
        "/api/reports",
        "/api/reports/export.csv",
        "/api/openapi.json",
        "/sync",
        "/healthz",
        "/api/fund/rounds",
        "/api/fund/rounds/{id}",
        "/api/requests/{id}/submit",
        "/api/requests/{id}/decision",
        "/api/requests/{id}/review",
        "/api/requests/{id}/review/comments",
        "/api/requests/{id}/conflict",
        "/api/requests/{id}/disbursements",
        "/api/requests/{id}/grant",
        "/api/fund/rounds/{id}/ledger",
        "/api/fund/rounds/{id}/ledger.csv",
        "/api/devices",
        "/api/devices/{id}/revoke",
        "/api/users",
        "/api/users/{id}",
        "/api/users/{id}/deactivate",
        "/api/users/{id}/reactivate",
        "/api/users/{id}/reset-code",
        "/api/auth/reset-password",
        "/api/audit",
        "/api/audit/export.csv",
        "/api/requests/{id}/access",
    ] {
        assert!(paths.contains_key(expected), "{expected} is documented");
    }
    let schemas = doc.body["components"]["schemas"]
        .as_object()
        .context("schemas")?;
    for expected in [
        "Command",
        "RequestDraft",
        "Request",
        "Triage",
        "ErrorBody",
        "Status",
    ] {
        assert!(schemas.contains_key(expected), "schema {expected}");
    }
    let statuses = &schemas["Status"]["enum"];
    assert_eq!(statuses.as_array().map(Vec::len), Some(6), "{statuses}");

    // Real ids for the path parameters.
    let rahima = server.login("rahima").await?;
    let request = rahima.file_request("OpenAPI walk").await?;
    let request_id = request["id"].as_str().context("id")?.to_string();
    let guidance = agent.get("/api/guidance").await?;
    let guidance_id = guidance.body["items"][0]["id"]
        .as_str()
        .context("guidance id")?
        .to_string();
    let canned = agent
        .post(
            "/api/canned",
            &json!({"title": "Walk", "body": "Walk", "language": "en"}),
        )
        .await?;
    let canned_id = canned.body["id"].as_str().context("canned id")?.to_string();
    let fund = server.login("fund").await?;
    let rounds = fund.get("/api/fund/rounds").await?;
    let round_id = rounds.body[0]["id"]
        .as_str()
        .context("round id")?
        .to_string();

    for (path, operations) in paths {
        let concrete = if path.starts_with("/api/guidance/") {
            path.replace("{id}", &guidance_id)
        } else if path.starts_with("/api/canned/") {
            path.replace("{id}", &canned_id)
        } else if path.starts_with("/api/fund/rounds/") {
            path.replace("{id}", &round_id)
        } else {
            path.replace("{id}", &request_id)
        };
        let mut methods: Vec<&String> = operations
            .as_object()
            .context("operations")?
            .keys()
            .collect();
        // Removing comes last, so the other operations on the same path still find it.
        methods.sort_by_key(|m| m.as_str() == "delete");
        for method in methods {
            // Logging out would end the session the walk uses; a second session does it.
            let session = if path == "/api/auth/logout" {
                server.login("agent").await?
            } else {
                agent.clone()
            };
            let body = match (method.as_str(), path.as_str()) {
                ("post", "/api/auth/login") => Some(json!({"username": "agent", "password": "x"})),
                ("post", "/api/requests/{id}/commands") => {
                    Some(json!({"type": "set_priority", "priority": "high"}))
                }
                ("post", "/api/requests/{id}/messages") => Some(json!({"body": "hello"})),
                ("post" | "put", _) => Some(json!({})),
                _ => None,
            };
            let (status, code) = session.status_of(method, &concrete, body.as_ref()).await?;
            // A route that exists answers in the API's own words, even "not found" (no grant
            // for this request, say); a missing route falls through to the web assets.
            let served = status != 405 && (status != 404 || code.as_deref() == Some("not_found"));
            assert!(
                served,
                "{} {concrete} answered {status} {code:?}",
                method.to_uppercase()
            );
        }
    }
    Ok(())
}

/// Runs `openapi-spec-validator` (PyPI, installed by `cargo xtask test`) over the document: it
/// refuses what the specification forbids, such as two operations with one id.
fn validate_with_a_stock_validator(doc: &serde_json::Value) -> Result<()> {
    let installed = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/tools/openapi-venv/bin/openapi-spec-validator");
    let validator = if installed.exists() {
        installed.into_os_string()
    } else {
        "openapi-spec-validator".into()
    };
    let file = std::env::temp_dir().join(format!("hubdesk-openapi-{}.json", std::process::id()));
    std::fs::write(&file, serde_json::to_vec(doc)?)?;
    let run = std::process::Command::new(&validator).arg(&file).output();
    let _ = std::fs::remove_file(&file);
    let output = match run {
        Ok(output) => output,
        Err(e) => {
            hubdesk_tests::skip(&format!("openapi-spec-validator ({e})"));
            return Ok(());
        }
    };
    assert!(
        output.status.success(),
        "the OpenAPI document does not validate: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(())
}
