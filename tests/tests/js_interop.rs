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

#[tokio::test]
async fn a_stock_client_cannot_rewrite_delete_or_forge_conversation_messages() -> Result<()> {
    if e2e_dir().is_none() {
        return Ok(());
    }
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let filed = rahima.file_request("Conversation under attack").await?;
    let id = filed["id"].as_str().context("id")?;
    let document_id = filed["document_id"].as_str().context("document_id")?;
    let path = format!("/api/requests/{id}/messages");
    agent
        .post(&path, &json!({"body": "The hub will help."}))
        .await?;
    rahima.post(&path, &json!({"body": "Thank you."})).await?;

    for attack in ["rewrite", "delete", "promote"] {
        let sync_url = server.ws_url(&rahima.token);
        let (mut peer, result) = js_peer(&sync_url, &["attack", document_id, attack]).await?;
        assert_eq!(result["verdict"], "refused", "{attack}: {result}");
        peer.kill().await?;
        let stored = rahima.get(&format!("/api/requests/{id}")).await?;
        let messages = &stored.body["request"]["messages"];
        assert_eq!(messages[0]["body"], "The hub will help.", "{attack}");
        assert_eq!(messages[0]["role"], "staff", "{attack}");
        assert_eq!(messages[1]["role"], "requester", "{attack}");
        assert_eq!(messages.as_array().map(Vec::len), Some(2), "{attack}");
    }
    Ok(())
}

#[tokio::test]
/// A practitioner's triage writes over `/sync` are covered by
/// `sync::a_practitioner_cannot_reach_others_requests_notes_or_write_triage`: the server keeps
/// them on a read-only sync state and never answers them, so a stock client has no verdict to
/// wait for.
async fn a_stock_client_with_a_staff_token_triages_within_the_workflow() -> Result<()> {
    if e2e_dir().is_none() {
        return Ok(());
    }
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let filed = rahima.file_request("Triage from any client").await?;
    let id = filed["id"].as_str().context("id")?;
    let triage_doc = filed["triage_document_id"].as_str().context("triage id")?;

    let (mut staff, result) = js_peer(
        &server.ws_url(&agent.token),
        &["triage", triage_doc, "triaged"],
    )
    .await?;
    assert_ne!(result["verdict"], "refused", "{result}");
    staff.kill().await?;
    rahima
        .wait_for_request(id, "the stock client's triage", |b| {
            b["triage"]["status"] == "triaged"
        })
        .await?;

    // Closing without a resolution note breaks the workflow: refused whoever sends it.
    let (mut staff, result) = js_peer(
        &server.ws_url(&agent.token),
        &["triage", triage_doc, "closed"],
    )
    .await?;
    assert_eq!(result["verdict"], "refused", "{result}");
    staff.kill().await?;

    agent
        .post(
            &format!("/api/requests/{id}/commands"),
            &json!({"type": "set_priority", "priority": "high"}),
        )
        .await?;
    let after = rahima
        .wait_for_request(id, "the agent's REST change", |b| {
            b["triage"]["priority"] == "high"
        })
        .await?;
    assert_eq!(after["triage"]["status"], "triaged");
    assert!(after["triage"]["resolution"].is_null());
    Ok(())
}

#[tokio::test]
async fn a_stock_tus_client_uploads_and_resumes_after_a_cut() -> Result<()> {
    let Some(dir) = e2e_dir() else {
        return Ok(());
    };
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let filed = rahima.file_request("Ward ledger").await?;
    let request_id = filed["id"].as_str().context("id")?;
    let run = Command::new("node")
        .arg(dir.join("tus-client.mjs"))
        .env("HUBDESK_URL", &server.base_url)
        .env("HUBDESK_TOKEN", &rahima.token)
        .env("HUBDESK_REQUEST", request_id)
        .current_dir(&dir)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(60), run)
        .await
        .context("tus-js-client finished within 60 s")??;
    anyhow::ensure!(
        output.status.success(),
        "tus-js-client failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let result: Value = serde_json::from_slice(&output.stdout)?;
    let size = result["size"].as_u64().context("size")?;
    let resumed = result["resumedFrom"].as_u64().context("resumedFrom")?;
    assert!(
        resumed > 0 && resumed < size,
        "resumed from {resumed} of {size}: {result}"
    );
    let shown = rahima.get(&format!("/api/requests/{request_id}")).await?;
    let attachment = &shown.body["attachments"][0];
    assert_eq!(attachment["sha256"], result["sha256"], "{}", shown.body);
    assert_eq!(attachment["size"], size);
    assert_eq!(attachment["type"], "text/csv; charset=utf-8");
    Ok(())
}
