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
    assert!(
        stderr.contains("role") && stderr.contains("wizard"),
        "the refusal names the field and the value: {stderr}"
    );
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

    // The password can stay off the command line: read from standard input.
    let (ok, stdout, stderr) = server
        .cli_with_input(
            &["user", "add", "--username", "meera", "--role", "agent"],
            "piped in 2026\n",
        )
        .await?;
    assert!(ok, "{stderr}");
    assert!(stdout.contains("meera"), "{stdout}");
    let reply = server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .json(&json!({"username": "meera", "password": "piped in 2026"}))
        .send()
        .await?;
    assert_eq!(reply.status(), 200);
    let (ok, _, stderr) = server
        .cli_with_input(
            &["user", "add", "--username", "nopass", "--role", "agent"],
            "",
        )
        .await?;
    assert!(!ok);
    assert!(stderr.contains("no password"), "{stderr}");

    // Changing, deactivating, reactivating and resetting from the command line.
    let (ok, _, stderr) = server
        .cli(&[
            "user",
            "edit",
            "--username",
            "meera",
            "--city",
            "Pune",
            "--country",
            "IN",
            "--countries",
            "IN,LK",
        ])
        .await?;
    assert!(ok, "{stderr}");
    let (ok, stdout, _) = server.cli(&["user", "list"]).await?;
    assert!(ok);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("meera\tagent\tIN Pune\thandles IN,LK")),
        "{stdout}"
    );
    // Only agents and fund managers are limited to countries.
    let (ok, _, stderr) = server
        .cli(&["user", "edit", "--username", "meera", "--role", "admin"])
        .await?;
    assert!(!ok);
    assert!(
        stderr
            .to_lowercase()
            .contains("only agents and fund managers"),
        "{stderr}"
    );
    let (ok, _, stderr) = server
        .cli(&["user", "edit", "--username", "meera", "--role", "wizard"])
        .await?;
    assert!(!ok);
    assert!(
        stderr.contains("role") && stderr.contains("wizard"),
        "the refusal names the field and the value: {stderr}"
    );
    let (ok, stdout, stderr) = server
        .cli(&["user", "deactivate", "--username", "meera"])
        .await?;
    assert!(ok, "{stderr}");
    assert!(stdout.contains("deactivated meera"), "{stdout}");
    let login = |password: &'static str| {
        let request = server
            .http
            .post(format!("{}/api/auth/login", server.base_url))
            .json(&json!({"username": "meera", "password": password}));
        async move { anyhow::Ok(request.send().await?.status().as_u16()) }
    };
    assert_eq!(login("piped in 2026").await?, 401);
    let (ok, stdout, _) = server.cli(&["user", "list"]).await?;
    assert!(ok && stdout.contains("(deactivated)"), "{stdout}");
    let (ok, _, _) = server
        .cli(&["user", "reactivate", "--username", "meera"])
        .await?;
    assert!(ok);
    assert_eq!(login("piped in 2026").await?, 200);
    let (ok, stdout, stderr) = server
        .cli(&["user", "reset-code", "--username", "meera"])
        .await?;
    assert!(ok, "{stderr}");
    let code = stdout
        .split_whitespace()
        .find(|w| w.len() == 12 && w.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(str::to_string);
    let code = code.ok_or_else(|| anyhow::anyhow!("no code in {stdout:?}"))?;
    let reset = server
        .http
        .post(format!("{}/api/auth/reset-password", server.base_url))
        .json(&json!({"username": "meera", "code": code, "new_password": "from the code"}))
        .send()
        .await?;
    assert_eq!(reset.status(), 204);
    assert_eq!(login("from the code").await?, 200);
    let (ok, _, stderr) = server
        .cli(&["user", "deactivate", "--username", "nobody"])
        .await?;
    assert!(!ok);
    assert!(stderr.contains("no user named"), "{stderr}");

    // Data protection from the command line: a person's export, their erasure (which asks for
    // the username again), and the retention policy run now.
    let (ok, stdout, stderr) = server
        .cli(&["data", "export", "--username", "anjali"])
        .await?;
    assert!(ok, "{stderr}");
    let exported: serde_json::Value = serde_json::from_str(&stdout)?;
    assert_eq!(exported["account"]["username"], "anjali");
    assert!(
        exported["requests"]
            .as_array()
            .is_some_and(|r| !r.is_empty()),
        "{stdout}"
    );
    let (ok, _, stderr) = server
        .cli(&[
            "data",
            "erase",
            "--username",
            "anjali",
            "--confirm",
            "anjal",
        ])
        .await?;
    assert!(!ok && stderr.contains("--confirm"), "{stderr}");
    let (ok, stdout, stderr) = server
        .cli(&[
            "data",
            "erase",
            "--username",
            "anjali",
            "--confirm",
            "anjali",
        ])
        .await?;
    assert!(ok, "{stderr}");
    assert!(stdout.contains("1 requests anonymised"), "{stdout}");
    let (ok, stdout, _) = server.cli(&["user", "list"]).await?;
    assert!(
        ok && !stdout.lines().any(|l| l.starts_with("anjali\t")),
        "{stdout}"
    );
    let (ok, stdout, stderr) = server
        .cli(&["data", "retention", "--retention-days", "30"])
        .await?;
    assert!(ok, "{stderr}");
    assert!(stdout.contains("anonymised 0 closed requests"), "{stdout}");
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
