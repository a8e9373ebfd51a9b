//! The guidance library: staff publish, everyone signed in reads, practitioners only read.

use anyhow::{Context, Result};
use hubdesk_shared::engine::{Edit, Rejection};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::schema;
use hubdesk_tests::{Backend, Peer, TestServer, new_request};
use serde_json::json;

#[tokio::test]
async fn staff_publish_guidance_and_practitioners_read_it_offline_ready() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;

    let library = rahima.get("/api/guidance").await?;
    assert_eq!(library.status, 200);
    let items = library.body["items"].as_array().context("items")?.clone();
    assert_eq!(
        items.len(),
        5,
        "the demo seeds three items, the first also in Bengali and Urdu"
    );
    let plan = items
        .iter()
        .find(|i| i["title"] == "How to write a local action plan")
        .context("the action plan item")?;
    let versions: Vec<&str> = items
        .iter()
        .filter(|i| i["item_id"] == plan["item_id"])
        .filter_map(|i| i["language"].as_str())
        .collect();
    assert_eq!(
        versions.len(),
        3,
        "one item in three languages: {versions:?}"
    );
    assert!(
        items
            .iter()
            .any(|i| i["title"] == "How to write a local action plan")
    );

    let draft = json!({
        "title": "Good practice: youth councils",
        "summary": "What Colombo learned setting up a youth advisory council.",
        "body": "Meet monthly; give the council a budget line; report back publicly.",
        "topic": "youth_engagement",
        "language": "en",
    });
    let refused = rahima.post("/api/guidance", &draft).await?;
    assert_eq!(refused.status, 403);
    let mut bad = draft.clone();
    bad["title"] = json!("");
    bad["topic"] = json!("weather");
    let invalid = agent.post("/api/guidance", &bad).await?;
    assert_eq!(invalid.status, 422);
    let fields = invalid.fields();
    assert!(
        fields.iter().any(|f| f == "title") && fields.iter().any(|f| f == "topic"),
        "{fields:?}"
    );

    let published = agent.post("/api/guidance", &draft).await?;
    assert_eq!(published.status, 201, "{}", published.body);
    let id = published.body["id"].as_str().context("id")?.to_string();
    let library = rahima.get("/api/guidance").await?;
    assert_eq!(
        library.body["items"][0]["title"],
        "Good practice: youth councils"
    );
    let item = rahima.get(&format!("/api/guidance/{id}")).await?;
    assert_eq!(
        item.body["guidance"]["body"],
        "Meet monthly; give the council a budget line; report back publicly."
    );

    // A practitioner's device syncs the document for offline reading but cannot change it.
    let doc = RequestId::parse(&id)?.document(DocKind::Guidance);
    let device = Peer::connect(&server.ws_url(&rahima.token)).await?;
    device.want(doc);
    device
        .wait_for(doc, "the guidance document", |d| {
            schema::read_guidance(d).is_ok()
        })
        .await?;
    let deface: Edit = Box::new(|d| {
        let mut g = schema::read_guidance(d).map_err(|_| Rejection::NotFound)?;
        g.title = "Defaced".into();
        schema::write(d, &g, 1).map_err(|e| Rejection::Conflict(e.to_string()))
    });
    device.edit_doc(doc, deface)?;
    // A later write on the same connection is handled after the refused one.
    let marker = device.create_request(&new_request(&rahima.user_id, "Ordering marker"))?;
    device.wait_synced(marker).await?;
    let item = agent.get(&format!("/api/guidance/{id}")).await?;
    assert_eq!(
        item.body["guidance"]["title"],
        "Good practice: youth councils"
    );
    Ok(())
}
