//! No personal data in logs or metrics (issue 11, part 5): the server runs with every log level
//! on while distinctive names and text go through the main flows (sign-in and its failures,
//! requests over REST and `/sync`, messages, notes, search, bad input, accounts, reset codes,
//! exports, team sharing, retention, a person's export and erasure); then neither the log nor
//! `/metrics` may hold any of them.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Peer, TestServer, new_request};
use serde_json::json;

/// Names and words no code or fixture holds, so finding one anywhere means it leaked.
const NAME: &str = "Zubaidakhatun Qorvelle";
const USERNAME: &str = "zubaida.qorvelle";
const CITY: &str = "Vexmoorabad";
const TITLE: &str = "Threat against Marrowind Ishfaq";
const DESCRIPTION: &str = "The informant Tallulah Oxcombe named three families";
const MESSAGE: &str = "Call Quillon Dervaux tonight";
const NOTE: &str = "Sensitive: Perpetua Hallingsby is at risk";
const SEARCH: &str = "Marrowind";
const PASSWORD: &str = "Tamarind-Veil-2026";

async fn nothing_personal_is_logged(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start_logging(backend).await? else {
        return Ok(());
    };
    let http = &server.http;
    let base = &server.base_url;

    // Failed sign-ins: a name no username could be, one nobody has yet, a wrong password.
    for (username, status) in [(NAME, 400), (USERNAME, 401), ("rahima", 401)] {
        let reply = http
            .post(format!("{base}/api/auth/login"))
            .json(&json!({"username": username, "password": PASSWORD, "device_name": NAME}))
            .send()
            .await?;
        assert_eq!(reply.status(), status, "{username}");
        let body = reply.text().await?;
        assert!(!body.contains(NAME) && !body.contains(PASSWORD), "{body}");
    }

    // An admin adds a user with a distinctive name and city, who signs in and files requests.
    let admin = server.login("admin").await?;
    let made = admin
        .post(
            "/api/users",
            &json!({"username": USERNAME, "password": PASSWORD, "role": "practitioner",
                    "country": "PK", "city": CITY}),
        )
        .await?;
    assert_eq!(made.status, 201);
    let user_id = made.body["id"].as_str().context("id")?.to_string();
    let practitioner = server.login_with(USERNAME, PASSWORD).await?;
    let filed = practitioner
        .post(
            "/api/requests",
            &json!({"kind": "help_desk", "title": TITLE, "description": DESCRIPTION,
                    "category": "peer_learning", "country": "PK", "city": CITY}),
        )
        .await?;
    assert_eq!(filed.status, 201, "{}", filed.body);
    let id = filed.body["id"].as_str().context("id")?.to_string();
    practitioner
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": MESSAGE}),
        )
        .await?;
    // Bad input carrying the text: refused, naming the field.
    let refused = practitioner
        .post(
            "/api/requests",
            &json!({"kind": "help_desk", "title": TITLE.repeat(20), "description": DESCRIPTION,
                    "category": "no_such_topic", "country": "PK", "city": CITY}),
        )
        .await?;
    assert!(refused.status >= 400);

    // Over /sync too.
    let device = Peer::connect(&server.ws_url(&practitioner.token)).await?;
    let doc = device.create_request(&new_request(&user_id, TITLE))?;
    device.wait_synced(doc).await?;
    device.edit_request(doc, |r| r.title = format!("{TITLE} again").as_str().into())?;
    device.wait_synced(doc).await?;

    // Staff: search, a note, an answer, an export, the audit log.
    let agent = server.login("agent").await?;
    let found = agent.get(&format!("/api/requests?q={SEARCH}")).await?;
    assert!(found.body["total"].as_i64() >= Some(1), "{}", found.body);
    let noted = agent
        .post(
            &format!("/api/requests/{id}/commands"),
            &json!({"type": "add_note", "body": NOTE}),
        )
        .await?;
    assert_eq!(noted.status, 200, "{}", noted.body);
    agent
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": format!("Answer for {NAME}")}),
        )
        .await?;
    agent.get_text("/api/reports/export.csv").await?;
    admin.get("/api/audit").await?;
    let code = admin
        .post(&format!("/api/users/{user_id}/reset-code"), &json!({}))
        .await?;
    let code = code.body["code"].as_str().context("code")?.to_string();
    let reset = http
        .post(format!("{base}/api/auth/reset-password"))
        .json(&json!({"username": USERNAME, "code": code, "new_password": PASSWORD}))
        .send()
        .await?;
    assert_eq!(reset.status(), 204);
    // The reset signed out every device of hers: she signs in again.
    let practitioner = server.login_with(USERNAME, PASSWORD).await?;

    // Data protection: a team share, the person's export, a closed request anonymised by the
    // retention policy, and the person's erasure.
    let shared = practitioner
        .post(
            &format!("/api/requests/{id}/commands"),
            &json!({"type": "share_with_team", "team": "read"}),
        )
        .await?;
    assert_eq!(shared.status, 200, "{}", shared.body);
    let export = admin.get(&format!("/api/users/{user_id}/export")).await?;
    assert!(
        export.body.to_string().contains(CITY),
        "the export holds the city"
    );
    server
        .close_and_anonymise(&agent, &admin, &id, &format!("Done for {NAME}"))
        .await?;
    let erased = admin
        .post(
            &format!("/api/users/{user_id}/erase"),
            &json!({"confirm": USERNAME}),
        )
        .await?;
    assert_eq!(erased.status, 200, "{}", erased.body);

    let metrics = http
        .get(format!("{base}/metrics"))
        .send()
        .await?
        .text()
        .await?;
    let logs = server.logs()?;
    // The log was really kept, at the levels that say most.
    assert!(logs.contains("device signed in"), "the log: {logs:.2000}");
    let everything = format!("{logs}\n{metrics}").to_lowercase();
    for secret in [
        NAME,
        USERNAME,
        CITY,
        TITLE,
        DESCRIPTION,
        MESSAGE,
        NOTE,
        SEARCH,
        PASSWORD,
        &code,
        &practitioner.token,
        &admin.token,
    ] {
        assert!(
            !everything.contains(&secret.to_lowercase()),
            "{secret:?} is in the server's log or metrics"
        );
    }
    Ok(())
}

#[tokio::test]
async fn no_names_text_passwords_or_tokens_reach_the_logs_or_metrics_on_sqlite() -> Result<()> {
    nothing_personal_is_logged(Backend::Sqlite).await
}

#[tokio::test]
async fn no_names_text_passwords_or_tokens_reach_the_logs_or_metrics_on_postgres() -> Result<()> {
    nothing_personal_is_logged(Backend::Postgres).await
}
