//! Notifications in real headless Chromium: a phone whose person reads Bengali gets the hub's
//! reply in its list and as a push worded on the phone, opens the request from it with the
//! network off, and keeps its choices at the hub; the console counts and lists the new request
//! for the agent. The hub's side is checked through REST.

use anyhow::{Context, Result};
use hubdesk_tests::browser::{BrowserTest, marker};
use serde_json::json;

#[tokio::test]
async fn a_reply_is_told_in_the_persons_language_and_opens_the_request_offline() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let rahima = test.server.login("rahima").await?;
    let chosen = rahima
        .put_json("/api/me/language", &json!({"language": "bn"}))
        .await?;
    assert_eq!(chosen.status, 200, "{}", chosen.body);

    let marker = marker();
    let mut script = test
        .script("pwa-notify.mjs", &[("HUBDESK_MARKER", &marker)])
        .await?;
    let filed = script.event("filed").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    let agent = test.server.login("agent").await?;
    let replied = agent
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "Khulna publishes them on its ward notice boards and online."}),
        )
        .await?;
    assert_eq!(replied.status, 201, "{}", replied.body);
    script.send("replied").await?;

    script.event("chosen").await?;
    let prefs = rahima.get("/api/notifications/preferences").await?;
    assert_eq!(prefs.body["off"], json!(["resolved"]), "{}", prefs.body);
    assert_eq!(prefs.body["quiet"]["from"], 22 * 60, "{}", prefs.body);
    assert_eq!(prefs.body["quiet"]["to"], 6 * 60 + 30, "{}", prefs.body);

    let result = script.finish().await?;
    assert_eq!(result["id"], id.as_str());

    // The phone read it offline; back online, it told the hub.
    let mut read_at = serde_json::Value::Null;
    for _ in 0..50 {
        let list = rahima.get("/api/notifications").await?;
        let reply = list.body["items"]
            .as_array()
            .context("items")?
            .iter()
            .find(|n| n["request_id"] == id.as_str() && n["kind"] == "hub_replied")
            .cloned()
            .context("the reply's notification")?;
        read_at = reply["read_at"].clone();
        if !read_at.is_null() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(read_at.is_i64(), "the read made offline reached the hub");
    Ok(())
}
