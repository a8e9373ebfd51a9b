//! Items in several languages through REST: a guidance item or a canned response published in
//! another language joins the item it names, once per language, and the lists say which item
//! each version belongs to.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, TestServer};
use serde_json::{Value, json};

fn text<'a>(value: &'a Value, key: &str) -> Result<&'a str> {
    value[key]
        .as_str()
        .with_context(|| format!("{key} in {value}"))
}

#[tokio::test]
async fn a_guidance_item_in_another_language_joins_its_item_once_per_language() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let draft = |language: &str, title: &str, version_of: &str| {
        json!({
            "title": title, "summary": "Steps.", "body": "1. Start.", "topic": "capacity_building",
            "language": language, "version_of": version_of,
        })
    };
    let first = agent
        .post("/api/guidance", &draft("en", "Ward forums", ""))
        .await?;
    assert_eq!(first.status, 201, "{}", first.body);
    let first_id = text(&first.body, "id")?.to_string();
    let bengali = agent
        .post("/api/guidance", &draft("bn", "ওয়ার্ড ফোরাম", &first_id))
        .await?;
    assert_eq!(bengali.status, 201, "{}", bengali.body);
    let bengali_id = text(&bengali.body, "id")?.to_string();
    // Naming any version links to the item's first: an Urdu version made from the Bengali one.
    let urdu = agent
        .post("/api/guidance", &draft("ur", "وارڈ فورم", &bengali_id))
        .await?;
    assert_eq!(urdu.status, 201, "{}", urdu.body);

    let list = agent.get("/api/guidance").await?;
    let items = list.body["items"].as_array().context("items")?;
    let of_item: Vec<&Value> = items
        .iter()
        .filter(|i| i["item_id"] == first_id.as_str())
        .collect();
    assert_eq!(
        of_item.len(),
        3,
        "three versions of one item: {}",
        list.body
    );

    let twice = agent
        .post("/api/guidance", &draft("bn", "আবার", &first_id))
        .await?;
    assert_eq!(twice.status, 422, "{}", twice.body);
    assert_eq!(twice.body["error"]["field"], "language");
    let unknown = agent
        .post(
            "/api/guidance",
            &draft("ta", "x", "0190b3a0-0000-7000-8000-000000000000"),
        )
        .await?;
    assert_eq!(unknown.status, 400, "{}", unknown.body);
    assert_eq!(unknown.body["error"]["field"], "version_of");
    Ok(())
}

#[tokio::test]
async fn a_canned_response_in_another_language_joins_its_item_once_per_language() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let canned = |language: &str, title: &str, version_of: &str| json!({"title": title, "body": "Thank you.", "language": language, "version_of": version_of});
    let first = agent
        .post("/api/canned", &canned("en", "Thanks", ""))
        .await?;
    assert_eq!(first.status, 201, "{}", first.body);
    let first_id = text(&first.body, "id")?.to_string();
    assert_eq!(
        text(&first.body, "item_id")?,
        first_id,
        "a first version is its own item"
    );
    let sinhala = agent
        .post("/api/canned", &canned("si", "ස්තුතියි", &first_id))
        .await?;
    assert_eq!(sinhala.status, 201, "{}", sinhala.body);
    assert_eq!(text(&sinhala.body, "item_id")?, first_id);
    let twice = agent
        .post("/api/canned", &canned("si", "ස්තුතියි", &first_id))
        .await?;
    assert_eq!(twice.status, 422, "{}", twice.body);
    assert_eq!(twice.body["error"]["field"], "language");
    Ok(())
}
