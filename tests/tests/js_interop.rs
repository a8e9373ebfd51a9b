//! An unmodified JavaScript automerge-repo client (Node, websocket adapter, token in the URL)
//! syncs with the server both ways.

use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::schema;
use hubdesk_tests::{Backend, Peer, TestServer, e2e_dir, new_request};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// Starts `js-peer.mjs` and returns it with the JSON line it printed.
async fn js_peer(sync_url: &str, args: &[&str]) -> Result<(Child, Value)> {
    let dir = e2e_dir().context("Node.js packages are installed")?;
    let mut child = Command::new("node")
        .arg(dir.join("js-peer.mjs"))
        .args(args)
        .env("HUBDESK_SYNC_URL", sync_url)
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()?;
    let stdout = child.stdout.take().context("stdout")?;
    let mut lines = BufReader::new(stdout).lines();
    let line = tokio::time::timeout(Duration::from_secs(40), lines.next_line())
        .await
        .context("the JS peer printed nothing within 40 s")??;
    let Some(line) = line else {
        let status = child.wait().await?;
        bail!("the JS peer exited with {status} before printing a result");
    };
    Ok((child, serde_json::from_str(&line)?))
}

#[tokio::test]
async fn a_stock_automerge_repo_client_edits_and_creates_requests() -> Result<()> {
    if e2e_dir().is_none() {
        return Ok(());
    }
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let sync_url = server.ws_url(&rahima.token);

    // A request made through REST is found and edited by the JS client.
    let filed = rahima.file_request("Filed through REST").await?;
    let document_id = filed["document_id"].as_str().context("document_id")?;
    let (mut editor, result) = js_peer(
        &sync_url,
        &[
            "edit",
            document_id,
            "m-from-js",
            "Hello from automerge-repo",
        ],
    )
    .await?;
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(result["title"], "Filed through REST");
    let id = filed["id"].as_str().context("id")?;
    rahima
        .wait_for_request(id, "the JS client's message", |body| {
            body["request"]["messages"][0]["body"] == "Hello from automerge-repo"
        })
        .await?;
    editor.kill().await?;

    // A request made by the JS client reaches storage and a native peer.
    let request = new_request(&rahima.user_id, "Created by a JS client");
    let request_id = RequestId::parse(&request.id)?;
    let file = std::env::temp_dir().join(format!("hubdesk-js-request-{}.json", request.id));
    let body = json!({
        "schema": 1,
        "id": request.id,
        "kind": "help_desk",
        "title": "Created by a JS client",
        "description": "Written in JavaScript.",
        "category": "peer_learning",
        "country": "BD",
        "city": "Dhaka",
        "requester": rahima.user_id,
        "created_at": request.created_at,
        "messages": [],
    });
    std::fs::write(&file, body.to_string())?;
    let (mut creator, result) =
        js_peer(&sync_url, &["create", file.to_str().context("path")?]).await?;
    let _ = std::fs::remove_file(&file);
    let doc = request_id.document(DocKind::Request);
    assert_eq!(result["documentId"], doc.to_string().as_str(), "{result}");
    let detail = rahima
        .wait_for_request(&request.id, "the JS-created request in REST", |_| true)
        .await?;
    assert_eq!(detail["request"]["description"], "Written in JavaScript.");

    let native = Peer::connect(&sync_url).await?;
    native.want(doc);
    native
        .wait_for(doc, "the native peer to receive it", |d| {
            schema::read_request(d).is_ok_and(|r| r.title.as_str() == "Created by a JS client")
        })
        .await?;
    creator.kill().await?;
    Ok(())
}
