//! The field app (the PWA in `client-wasm/web`) in real headless Chromium: offline work, reloads
//! and restarts with no network, sync after reconnecting, merges between two devices, a sync cut
//! by the server going down, drafts, signing out, and screenshots of every main screen.
//!
//! Each test starts the real server with the demo data and the web app, runs a Playwright script
//! from `tests/e2e` (`pwa-*.mjs`) and checks the hub's side through the REST API as an agent.

use anyhow::{Context, Result};
use hubdesk_tests::Session;
use hubdesk_tests::browser::{BrowserTest, marker};
use serde_json::Value;

/// Requests the agent finds when searching for `marker`, by title.
async fn requests_matching(agent: &Session, marker: &str) -> Result<Vec<Value>> {
    let reply = agent
        .get(&format!("/api/requests?q={marker}&per_page=100"))
        .await?;
    assert_eq!(reply.status, 200, "{}", reply.body);
    Ok(reply.body["items"].as_array().context("items")?.clone())
}

fn titles(items: &[Value]) -> Vec<&str> {
    let mut titles: Vec<&str> = items.iter().filter_map(|i| i["title"].as_str()).collect();
    titles.sort();
    titles
}

#[tokio::test]
async fn work_done_offline_survives_a_reload_and_reaches_the_hub_exactly_once() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let agent = test.server.login("agent").await?;
    let mut script = test
        .script(
            "pwa-offline-create.mjs",
            &[("HUBDESK_USERNAME", "rahima"), ("HUBDESK_MARKER", &marker)],
        )
        .await?;

    let offline = script.event("offline-work-done").await?;
    assert!(
        requests_matching(&agent, &marker).await?.is_empty(),
        "nothing reaches the hub while the device is offline"
    );
    script.send("continue").await?;
    let result = script.finish().await?;

    let found = requests_matching(&agent, &marker).await?;
    let mut expected: Vec<&str> = offline["titles"]
        .as_array()
        .context("titles")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    expected.sort();
    assert_eq!(titles(&found), expected, "each request exactly once");
    let fund = found
        .iter()
        .find(|i| i["kind"] == "fund_query")
        .context("the fund query")?;
    assert_eq!(fund["requested_cents"], 615_000);
    let rahima = test.server.login("rahima").await?;
    for item in &found {
        assert_eq!(item["requester"], rahima.user_id.as_str());
    }
    let ids: Vec<&str> = result["ids"]
        .as_array()
        .context("ids")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let detail = agent.get(&format!("/api/requests/{}", ids[1])).await?;
    let lines = detail.body["request"]["application"]["lines"]
        .as_array()
        .context("budget lines")?;
    assert_eq!(lines.len(), 2, "{}", detail.body);
    Ok(())
}

#[tokio::test]
async fn offline_description_edits_on_two_devices_merge_and_conflicting_topics_are_offered()
-> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let script = test
        .script(
            "pwa-merge.mjs",
            &[("HUBDESK_USERNAME", "rahima"), ("HUBDESK_MARKER", &marker)],
        )
        .await?;
    let result = script.finish().await?;

    let description = result["description"].as_str().context("description")?;
    assert!(
        description.starts_with("Update from the Dhaka office:"),
        "{description}"
    );
    assert!(
        description.ends_with("The ward office can host the first meeting."),
        "{description}"
    );
    let agent = test.server.login("agent").await?;
    let id = result["id"].as_str().context("id")?;
    let detail = agent
        .wait_for_request(id, "the merged request at the hub", |body| {
            body["request"]["description"] == description
                && body["request"]["category"] == "youth_engagement"
        })
        .await?;
    assert_eq!(
        detail["request"]["title"]
            .as_str()
            .map(|t| t.contains(&marker)),
        Some(true)
    );
    Ok(())
}

#[tokio::test]
async fn a_hub_reply_sent_while_offline_arrives_on_reconnect_and_stays_readable_offline()
-> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let reply = format!("Colombo ran one last year; we will introduce you. ({marker})");
    let mut script = test
        .script(
            "pwa-reply.mjs",
            &[
                ("HUBDESK_USERNAME", "rahima"),
                ("HUBDESK_MARKER", &marker),
                ("HUBDESK_REPLY", &reply),
            ],
        )
        .await?;
    let filed = script.event("filed").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    script.event("offline").await?;

    let agent = test.server.login("agent").await?;
    let replied = agent
        .post(
            &format!("/api/requests/{id}/messages"),
            &serde_json::json!({ "body": reply }),
        )
        .await?;
    assert_eq!(replied.status, 201, "{}", replied.body);
    script.send("replied").await?;
    script.finish().await?;
    Ok(())
}

#[tokio::test]
async fn the_app_opens_with_no_network_after_the_first_visit() -> Result<()> {
    let Some(mut test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let mut script = test
        .script(
            "pwa-offline-start.mjs",
            &[("HUBDESK_USERNAME", "rahima"), ("HUBDESK_MARKER", &marker)],
        )
        .await?;
    script.event("visited").await?;
    // No network at all: the server is gone, not just the browser's connection.
    test.server.kill().await?;
    script.send("server-stopped").await?;
    script.finish().await?;
    Ok(())
}

#[tokio::test]
async fn a_sync_cut_by_the_server_stopping_resumes_without_duplicates_or_loss() -> Result<()> {
    let Some(mut test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let agent = test.server.login("agent").await?;
    let mut script = test
        .script(
            "pwa-sync-cut.mjs",
            &[("HUBDESK_USERNAME", "rahima"), ("HUBDESK_MARKER", &marker)],
        )
        .await?;
    script.event("offline-work-done").await?;
    assert!(requests_matching(&agent, &marker).await?.is_empty());
    script.send("go").await?;

    let partly = script.event("partly-synced").await?;
    let synced: Vec<&str> = {
        let mut t: Vec<&str> = partly["synced"]
            .as_array()
            .context("synced")?
            .iter()
            .filter_map(Value::as_str)
            .collect();
        t.sort();
        t
    };
    assert_eq!(
        titles(&requests_matching(&agent, &marker).await?),
        synced,
        "the hub has the first two requests and not the others: the cut is in the middle"
    );
    test.server.kill().await?;
    test.server.restart().await?;
    // What the hub acknowledged before it went down is still there.
    assert_eq!(titles(&requests_matching(&agent, &marker).await?), synced);
    script.send("restarted").await?;
    let result = script.finish().await?;

    let found = requests_matching(&agent, &marker).await?;
    let mut expected: Vec<&str> = result["titles"]
        .as_array()
        .context("titles")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    expected.sort();
    assert_eq!(titles(&found), expected, "every request exactly once");
    let mut bodies = Vec::new();
    for item in &found {
        let detail = agent
            .get(&format!(
                "/api/requests/{}",
                item["id"].as_str().context("id")?
            ))
            .await?;
        for message in detail.body["request"]["messages"]
            .as_array()
            .context("messages")?
        {
            bodies.push(message["body"].as_str().context("body")?.to_string());
        }
    }
    bodies.sort();
    let mut sent: Vec<String> = result["messages"]
        .as_array()
        .context("messages")?
        .iter()
        .filter_map(|m| m.as_str().map(str::to_string))
        .collect();
    sent.sort();
    assert_eq!(bodies, sent, "every message exactly once");
    Ok(())
}

#[tokio::test]
async fn drafts_survive_reloads_and_validation_errors_never_clear_the_form() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let script = test
        .script(
            "pwa-drafts.mjs",
            &[("HUBDESK_USERNAME", "rahima"), ("HUBDESK_MARKER", &marker)],
        )
        .await?;
    let result = script.finish().await?;
    let rahima = test.server.login("rahima").await?;
    let id = result["id"].as_str().context("id")?;
    let detail = rahima
        .wait_for_request(id, "the request filed from the restored draft", |_| true)
        .await?;
    assert_eq!(detail["request"]["title"], result["title"]);
    assert!(
        detail["request"]["description"]
            .as_str()
            .is_some_and(|d| d.ends_with("We also want to hear from Colombo.")),
        "the text typed just before the reload was kept: {}",
        detail["request"]["description"]
    );
    Ok(())
}

#[tokio::test]
async fn signing_out_warns_about_unsent_work_and_leaves_nothing_on_the_phone() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let script = test
        .script(
            "pwa-sign-out.mjs",
            &[("HUBDESK_USERNAME", "rahima"), ("HUBDESK_MARKER", &marker)],
        )
        .await?;
    script.finish().await?;
    let agent = test.server.login("agent").await?;
    assert!(
        requests_matching(&agent, &marker).await?.is_empty(),
        "the request deleted with the phone's data never reached the hub"
    );
    Ok(())
}

#[tokio::test]
async fn every_main_screen_is_captured_at_phone_size() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let script = test
        .script("pwa-screens.mjs", &[("HUBDESK_USERNAME", "rahima")])
        .await?;
    let result = script.finish().await?;
    let screens = result["screens"].as_array().context("screens")?;
    assert!(screens.len() >= 10, "{result}");
    for screen in screens {
        let path = hubdesk_tests::browser::artifacts_dir().join(screen.as_str().context("name")?);
        let bytes = std::fs::read(&path).with_context(|| format!("{}", path.display()))?;
        // A PNG's IHDR holds the width and height as big-endian u32s at bytes 16..24.
        let width = u32::from_be_bytes(bytes[16..20].try_into()?);
        let height = u32::from_be_bytes(bytes[20..24].try_into()?);
        assert_eq!((width, height), (360, 640), "{}", path.display());
    }
    Ok(())
}

#[tokio::test]
async fn a_phone_revoked_while_offline_wipes_itself_when_back_and_says_why() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let admin = test.server.login("admin").await?;
    let rahima = test.server.login("rahima").await?;
    let mut script = test.script("pwa-revoked.mjs", &[]).await?;
    script.event("offline").await?;

    // The phone is the device signed in from Chromium (the test's own sign-ins name no platform).
    let devices = admin
        .get(&format!("/api/devices?user={}", rahima.user_id))
        .await?;
    let phone = devices.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|d| d["platform"] == "linux"))
        .context("the phone among her devices")?;
    let id = phone["id"].as_str().context("device id")?;
    let revoked = admin
        .post(&format!("/api/devices/{id}/revoke"), &serde_json::json!({}))
        .await?;
    assert_eq!(revoked.status, 200);
    script.send("revoked").await?;
    script.finish().await?;

    // Her other sign-in, which she signed out from the phone's account page, is refused.
    assert_eq!(rahima.get("/api/me").await?.status, 401);
    let log = admin.get("/api/audit?action=device_revoked").await?;
    assert!(
        log.body["items"]
            .as_array()
            .is_some_and(|items| items.iter().any(|e| e["subject"] == id)),
        "{:?}",
        log.body
    );
    Ok(())
}
