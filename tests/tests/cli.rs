//! `hubdesk user add` against the same database as a running server.

use anyhow::Result;
use hubdesk_tests::{Backend, TestServer};
use serde_json::json;

async fn users_added_on_the_command_line_can_sign_in(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let (ok, stdout, stderr) = server
        .cli(&[
            "user",
            "add",
            "--username",
            "farhan",
            "--password",
            "karachi-2026",
            "--role",
            "practitioner",
            "--country",
            "PK",
            "--city",
            "Karachi",
        ])
        .await?;
    assert!(ok, "{stderr}");
    assert!(stdout.contains("farhan"));

    let reply = server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .json(&json!({"username": "farhan", "password": "karachi-2026"}))
        .send()
        .await?;
    assert_eq!(reply.status(), 200);
    let body: serde_json::Value = reply.json().await?;
    assert_eq!(body["user"]["role"], "practitioner");
    assert_eq!(body["user"]["country"], "PK");

    let (ok, _, stderr) = server
        .cli(&[
            "user",
            "add",
            "--username",
            "x",
            "--password",
            "long enough",
            "--role",
            "wizard",
        ])
        .await?;
    assert!(!ok);
    assert!(stderr.contains("unknown role"), "{stderr}");
    let (ok, _, stderr) = server
        .cli(&[
            "user",
            "add",
            "--username",
            "farhan",
            "--password",
            "karachi-2026",
            "--role",
            "agent",
        ])
        .await?;
    assert!(!ok);
    assert!(stderr.contains("already exists"), "{stderr}");
    let (ok, _, stderr) = server
        .cli(&[
            "user",
            "add",
            "--username",
            "short",
            "--password",
            "short",
            "--role",
            "agent",
        ])
        .await?;
    assert!(!ok);
    assert!(stderr.contains("at least 8"), "{stderr}");
    Ok(())
}

#[tokio::test]
async fn users_added_on_the_command_line_can_sign_in_on_sqlite() -> Result<()> {
    users_added_on_the_command_line_can_sign_in(Backend::Sqlite).await
}

#[tokio::test]
async fn users_added_on_the_command_line_can_sign_in_on_postgres() -> Result<()> {
    users_added_on_the_command_line_can_sign_in(Backend::Postgres).await
}
