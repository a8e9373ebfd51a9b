//! The hub console in real headless Chromium beside the field app: live arrival of a request
//! filed offline, assigning, replying and a note the phone never receives, and reopening when
//! the practitioner writes after "resolved". The hub's side is checked through REST.

use anyhow::{Context, Result};
use hubdesk_tests::browser::{BrowserTest, marker};

#[tokio::test]
async fn a_request_filed_offline_reaches_an_open_console_live_and_the_note_never_reaches_the_phone()
-> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let script = test
        .script("console-live.mjs", &[("HUBDESK_MARKER", &marker)])
        .await?;
    let result = script.finish().await?;
    let id = result["id"].as_str().context("id")?;
    eprintln!(
        "console-live: the request showed in the console {} ms after the phone had it with the hub",
        result["live_ms"]
    );

    let agent = test.server.login("agent").await?;
    let detail = agent.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(detail.body["triage"]["status"], "in_progress");
    assert_eq!(detail.body["triage"]["assignee"], agent.user_id.as_str());
    let messages = detail.body["request"]["messages"]
        .as_array()
        .context("messages")?;
    assert_eq!(messages.len(), 2, "{}", detail.body);
    assert_eq!(messages[0]["role"], "staff");
    assert_eq!(messages[0]["author"], agent.user_id.as_str());
    assert!(
        detail.body["notes"]["notes"][0]["body"]
            .as_str()
            .is_some_and(|b| b.contains(&marker))
    );

    let history = agent.get(&format!("/api/requests/{id}/history")).await?;
    let types: Vec<&str> = history.body["events"]
        .as_array()
        .context("events")?
        .iter()
        .filter_map(|e| e["type"].as_str())
        .collect();
    for expected in ["created", "viewed", "assignee", "message", "note", "status"] {
        assert!(types.contains(&expected), "{expected} in {types:?}");
    }

    let rahima = test.server.login("rahima").await?;
    let theirs = rahima.get(&format!("/api/requests/{id}")).await?;
    assert!(theirs.body.get("notes").is_none());
    Ok(())
}

#[tokio::test]
async fn a_merged_request_points_the_phone_to_where_the_conversation_goes_on() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let rahima = test.server.login("rahima").await?;
    let agent = test.server.login("agent").await?;
    let original = rahima.file_request("Youth forum contacts").await?;
    let duplicate = rahima
        .file_request("Youth forum contacts (sent twice)")
        .await?;
    let original = original["id"].as_str().context("id")?;
    let duplicate = duplicate["id"].as_str().context("id")?;
    let merged = agent
        .post(
            &format!("/api/requests/{duplicate}/commands"),
            &serde_json::json!({"type": "mark_duplicate", "of": original}),
        )
        .await?;
    assert_eq!(merged.status, 200, "{}", merged.body);
    let script = test
        .script(
            "pwa-merged.mjs",
            &[
                ("HUBDESK_USERNAME", "rahima"),
                ("HUBDESK_DUPLICATE", duplicate),
                ("HUBDESK_ORIGINAL", original),
            ],
        )
        .await?;
    script.finish().await?;
    Ok(())
}

#[tokio::test]
async fn an_application_goes_from_an_offline_draft_to_an_approval_and_the_ledger() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let script = test
        .script("fund-flow.mjs", &[("HUBDESK_MARKER", &marker)])
        .await?;
    let result = script.finish().await?;
    let id = result["id"].as_str().context("id")?;
    let fund = test.server.login("fund").await?;
    let detail = fund.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(detail.body["triage"]["application_status"], "approved");
    assert_eq!(detail.body["triage"]["approved_cents"], 400_000);
    let objectives = detail.body["request"]["application"]["objectives"]
        .as_str()
        .context("objectives")?;
    assert!(
        objectives.contains(&marker),
        "the offline edit reached the hub"
    );
    let round = detail.body["request"]["application"]["round_id"]
        .as_str()
        .context("round")?;
    let ledger = fund
        .get(&format!("/api/fund/rounds/{round}/ledger"))
        .await?;
    let entry = ledger
        .body
        .as_array()
        .and_then(|e| e.iter().find(|e| e["request_id"] == id))
        .context("the commitment in the ledger")?;
    assert_eq!(entry["entry"], "commit");
    assert_eq!(entry["amount_cents"], 400_000);
    Ok(())
}

#[tokio::test]
async fn an_admin_manages_people_in_the_console_and_an_agent_cannot() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let result = test
        .script("console-people.mjs", &[])
        .await?
        .finish()
        .await?;
    let username = result["username"].as_str().context("username")?;
    let code = result["code"].as_str().context("code")?;

    // The account the admin made, with its first phone revoked.
    let admin = test.server.login("admin").await?;
    let users = admin.get("/api/users").await?;
    let made = users.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|u| u["username"] == username))
        .context("the new user")?;
    assert_eq!(made["role"], "practitioner");
    assert_eq!(made["city"], "Chennai");
    let id = made["id"].as_str().context("id")?;
    let devices = admin.get(&format!("/api/devices?user={id}")).await?;
    let devices = devices.body["items"].as_array().context("devices")?;
    // Newest first: the second phone, signed in after the reset, and the revoked first one.
    assert_eq!(devices.len(), 2, "{devices:?}");
    assert!(devices[0]["revoked_at"].is_null());
    assert!(devices[1]["revoked_at"].as_i64().is_some());

    // The code was used up on the phone: the new password works, the code no longer does.
    test.server
        .login_with(username, "set from the code")
        .await?;
    let again = test
        .server
        .http
        .post(format!("{}/api/auth/reset-password", test.server.base_url))
        .json(&serde_json::json!({"username": username, "code": code, "new_password": "once more please"}))
        .send()
        .await?;
    assert_eq!(again.status(), 401);
    Ok(())
}

#[tokio::test]
async fn an_agent_publishes_an_event_and_marks_who_attended() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let mut script = test
        .script("console-events.mjs", &[("HUBDESK_MARKER", &marker)])
        .await?;
    let published = script.event("published").await?;
    let id = published["id"].as_str().context("id")?.to_string();
    let rahima = test.server.login("rahima").await?;
    let registered = rahima
        .post(
            &format!("/api/events/{id}/registrations"),
            &serde_json::json!({}),
        )
        .await?;
    assert_eq!(registered.body["status"], "admitted", "{}", registered.body);
    script.send("registered").await?;
    let result = script.finish().await?;
    let title = result["title"].as_str().context("title")?;
    let agent = test.server.login("agent").await?;
    let who = agent
        .get(&format!("/api/events/{id}/registrations"))
        .await?;
    assert!(
        who.body[0]["attended_at"].is_i64(),
        "marked in the console: {}",
        who.body
    );
    let events = rahima.get("/api/events").await?;
    let event = events
        .body
        .as_array()
        .and_then(|all| all.iter().find(|e| e["title"] == title))
        .context("the event is listed for practitioners")?;
    assert_eq!(event["kind"], "dialogue");
    assert_eq!(event["seats"], 25);
    assert_eq!(event["place"], "Khulna City Corporation hall");
    assert_eq!(event["language"], "bn");
    Ok(())
}

/// Intake by staff (issue 22, part 9): an agent files in the console what a practitioner asked
/// by phone; it reaches her phone as hers, saying so, and stays there offline.
#[tokio::test]
async fn an_agent_files_a_request_for_a_practitioner_who_finds_it_on_her_phone() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let result = test
        .script("console-intake.mjs", &[("HUBDESK_MARKER", &marker)])
        .await?
        .finish()
        .await?;
    let id = result["id"].as_str().context("id")?;
    let rahima = test.server.login("rahima").await?;
    let agent = test.server.login("agent").await?;
    let hers = rahima.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(hers.status, 200, "{}", hers.body);
    assert_eq!(hers.body["request"]["requester"], rahima.user_id.as_str());
    assert_eq!(hers.body["request"]["title"], result["title"]);
    assert_eq!(
        hers.body["request"]["intake"],
        serde_json::json!({"by": agent.user_id, "channel": "phone_call"})
    );
    assert_eq!(hers.body["request"]["country"], "BD");
    assert_eq!(hers.body["request"]["city"], "Dhaka");
    Ok(())
}

/// The library run from the console (issue 22, part 8): a change reaches an open phone, a
/// retired item leaves it, a new one is listed when it next opens and reads offline.
#[tokio::test]
async fn staff_run_the_library_and_the_phone_follows() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let result = test
        .script("console-library.mjs", &[("HUBDESK_MARKER", &marker)])
        .await?
        .finish()
        .await?;
    let rahima = test.server.login("rahima").await?;
    let offered = rahima.get("/api/guidance").await?;
    let titles: Vec<&str> = offered.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|i| i["title"].as_str())
        .collect();
    for wanted in [&result["title"], &result["changed"]] {
        let wanted = wanted.as_str().context("title")?;
        assert!(titles.contains(&wanted), "{wanted} in {titles:?}");
    }
    assert!(!titles.contains(&"Budget template"), "{titles:?}");
    Ok(())
}
