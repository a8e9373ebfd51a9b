//! The web app in real headless Chromium (Playwright): the page served by the server loads the
//! wasm client, creates a request, and the request reaches the server.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use hubdesk_tests::{Backend, TestServer, e2e_dir, skip};
use serde_json::Value;
use tokio::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs one of the Playwright scripts in `tests/e2e` and returns the JSON line it printed.
async fn browser_script(script: &str, server: &TestServer, env: &[(&str, &str)]) -> Result<Value> {
    let dir = e2e_dir().context("Node.js packages are installed")?;
    let artifacts = dir.join("artifacts");
    std::fs::create_dir_all(&artifacts)?;
    let mut command = Command::new("node");
    command
        .arg(dir.join(script))
        .current_dir(&dir)
        .env("HUBDESK_BASE_URL", &server.base_url)
        .env("HUBDESK_ARTIFACTS", &artifacts)
        .env("HUBDESK_CHROMIUM", CHROMIUM)
        .kill_on_drop(true);
    for (key, value) in env {
        command.env(key, value);
    }
    let output = tokio::time::timeout(Duration::from_secs(120), command.output())
        .await
        .context("the browser script ran for more than 120 s")??;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!(
            "{script} failed ({}):\n{}\n{}",
            output.status,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let line = stdout.lines().last().context("no output")?;
    Ok(serde_json::from_str(line)?)
}

fn browser_available() -> bool {
    if Path::new(CHROMIUM).exists() {
        return true;
    }
    skip("Chromium at /usr/bin/chromium");
    false
}

#[tokio::test]
async fn a_request_created_in_the_browser_reaches_the_server() -> Result<()> {
    if !browser_available() || e2e_dir().is_none() {
        return Ok(());
    }
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../client-wasm/web");
    if !web.join("pkg/hubdesk_client_bg.wasm").exists() {
        bail!("the web app is not built: run `cargo xtask build-web` (cargo xtask test does)");
    }
    let web = web.to_str().context("path")?.to_string();
    let Some(server) = TestServer::start_with(Backend::Sqlite, &["--web-dir", &web]).await? else {
        return Ok(());
    };
    let title = format!("Browser request {}", uuid::Uuid::new_v4().simple());
    let result = browser_script(
        "browser-create.mjs",
        &server,
        &[
            ("HUBDESK_USERNAME", "rahima"),
            ("HUBDESK_PASSWORD", "hubdesk-demo"),
            ("HUBDESK_TITLE", &title),
        ],
    )
    .await?;
    assert_eq!(result["ok"], true, "{result}");

    let rahima = server.login("rahima").await?;
    let list = rahima.get("/api/requests?q=browser%20request").await?;
    let items = list.body["items"].as_array().context("items")?;
    let matching: Vec<&Value> = items
        .iter()
        .filter(|i| i["title"] == title.as_str())
        .collect();
    assert_eq!(matching.len(), 1, "exactly once: {}", list.body);
    assert_eq!(matching[0]["requester"], rahima.user_id.as_str());
    Ok(())
}
