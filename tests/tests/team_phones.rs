//! City-team sharing on two phones in real headless Chromium (`tests/e2e/pwa-team.mjs`): a
//! request shared from the field app reaches a colleague's phone in the same city, who answers
//! in it and keeps it offline; the hub holds the answer as the colleague's own.

use anyhow::{Context, Result};
use hubdesk_tests::browser::BrowserTest;
use serde_json::json;

#[tokio::test]
async fn a_request_shared_from_a_phone_reaches_the_city_team_and_stays_offline() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let admin = test.server.login("admin").await?;
    let made = admin
        .post(
            "/api/users",
            &json!({"username": "nila", "password": "hubdesk-demo", "role": "practitioner",
                    "country": "BD", "city": "dhaka"}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let nila = made.body["id"].as_str().context("id")?.to_string();
    let result = test.script("pwa-team.mjs", &[]).await?.finish().await?;

    let id = result["id"].as_str().context("id")?;
    let agent = test.server.login("agent").await?;
    let detail = agent.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(detail.status, 200, "{}", detail.body);
    assert_eq!(detail.body["request"]["team"], "write");
    let messages = detail.body["request"]["messages"]
        .as_array()
        .context("messages")?;
    let answer = messages
        .iter()
        .find(|m| m["body"] == result["answer"])
        .context("the colleague's answer reached the hub")?;
    assert_eq!(answer["author"], nila.as_str());
    assert_eq!(answer["role"], "requester");
    Ok(())
}
