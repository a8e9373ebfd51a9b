//! The field app's lock and encrypted store in real headless Chromium (`tests/e2e/pwa-locked.mjs`):
//! the raw IndexedDB after a session holds none of the requests' text, a locked phone shows
//! nothing until its PIN is entered, an idle app locks itself, a phone too long away from the hub
//! asks for an online sign-in and keeps its unsent work through it, a forgotten PIN starts the
//! phone afresh, and ten wrong PINs wipe it. The hub's side is checked through the REST API.

use anyhow::{Context, Result};
use hubdesk_tests::browser::{BrowserTest, marker};

#[tokio::test]
async fn a_locked_phone_shows_nothing_until_its_pin_and_keeps_nothing_readable() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let agent = test.server.login("agent").await?;
    let marker = marker();
    let mut script = test
        .script(
            "pwa-locked.mjs",
            &[("HUBDESK_USERNAME", "rahima"), ("HUBDESK_MARKER", &marker)],
        )
        .await?;
    let pending = script.event("unsent-request").await?;
    let unsent = pending["id"].as_str().context("id")?.to_string();
    // While the phone keeps it, the hub does not have it.
    let early = agent.get(&format!("/api/requests/{unsent}")).await?;
    assert_eq!(early.status, 404, "{}", early.body);
    let result = script.finish().await?;

    // The request sent at once and the one kept unsent through the offline lock both reached
    // the hub, with the message; the one lost with the forgotten PIN never did.
    let sent = result["sent"].as_str().context("sent")?;
    let detail = agent.get(&format!("/api/requests/{sent}")).await?;
    assert_eq!(detail.status, 200, "{}", detail.body);
    let messages = detail.body["request"]["messages"]
        .as_array()
        .context("messages")?;
    assert!(
        messages
            .iter()
            .any(|m| m["body"] == format!("Private message {marker}")),
        "{messages:?}"
    );
    assert_eq!(result["unsent"], unsent.as_str());
    let kept = agent.get(&format!("/api/requests/{unsent}")).await?;
    assert_eq!(kept.status, 200, "{}", kept.body);
    let found = agent
        .get(&format!("/api/requests?q={marker}&per_page=100"))
        .await?;
    let titles: Vec<&str> = found.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|i| i["title"].as_str())
        .collect();
    assert!(
        !titles.iter().any(|t| t.starts_with("Lost with the PIN")),
        "{titles:?}"
    );
    assert_eq!(titles.len(), 2, "{titles:?}");
    Ok(())
}
