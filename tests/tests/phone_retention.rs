//! The field app after the hub anonymised one of its requests, in real headless Chromium
//! (`tests/e2e/pwa-retention.mjs`): the phone deletes its copies (request and triage) instead of
//! keeping, or syncing back, the history the hub replaced.

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_tests::browser::BrowserTest;

#[tokio::test]
async fn a_phone_deletes_its_copy_of_a_request_the_hub_anonymised() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let agent = test.server.login("agent").await?;
    let admin = test.server.login("admin").await?;
    let mut script = test.script("pwa-retention.mjs", &[]).await?;
    let filed = script.event("filed").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    test.server
        .close_and_anonymise(&agent, &admin, &id, "Met them in March")
        .await?;
    script.send("anonymised").await?;
    let result = script.finish().await?;

    let rid = RequestId::parse(&id)?;
    let mut dropped: Vec<String> = result["dropped"]
        .as_array()
        .context("dropped")?
        .iter()
        .filter_map(|d| d.as_str().map(String::from))
        .collect();
    dropped.sort();
    let mut expected = vec![
        rid.document(DocKind::Request).to_string(),
        rid.document(DocKind::Triage).to_string(),
    ];
    expected.sort();
    assert_eq!(dropped, expected);
    Ok(())
}
