//! The guidance library run from the console (issue 22, part 8), over REST on both databases:
//! staff publish, change, translate, retire and restore; practitioners read what is offered and
//! change nothing; a phone following an item receives each change as it syncs; a stock
//! automerge-repo client cannot rewrite what a published version keeps.

use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::schema;
use hubdesk_tests::repo_client::RepoClient;
use hubdesk_tests::{Backend, Peer, Session, TestServer};
use serde_json::{Value, json};

fn listed(reply: &Value) -> Vec<String> {
    reply["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

async fn library(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;

    let published = agent
        .post(
            "/api/guidance",
            &json!({"title": "Running a ward budget meeting", "summary": "Who to invite and how.",
                    "body": "Invite the ward committee.\n\nAgree the agenda first.",
                    "topic": "local_action_planning", "language": "en"}),
        )
        .await?;
    assert_eq!(published.status, 201, "{}", published.body);
    let id = published.body["id"].as_str().context("id")?.to_string();
    assert!(listed(&rahima.get("/api/guidance").await?.body).contains(&id));

    // A phone following the item gets each change as it syncs.
    let phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let doc = RequestId::parse(&id)?.document(DocKind::Guidance);
    phone.want(doc);
    phone
        .wait_for(doc, "the published item", |d| {
            schema::read_guidance(d)
                .is_ok_and(|g| g.title.as_str() == "Running a ward budget meeting")
        })
        .await?;

    // Staff change it; the body merges as text; practitioners change nothing.
    let changed = agent
        .patch_json(
            &format!("/api/guidance/{id}"),
            &json!({"title": "Running a ward budget meeting well",
                    "body": "Invite the ward committee and youth groups.\n\nAgree the agenda first."}),
        )
        .await?;
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(
        changed.body["guidance"]["title"],
        "Running a ward budget meeting well"
    );
    assert_eq!(
        changed.body["guidance"]["summary"], "Who to invite and how.",
        "a field left out stays"
    );
    phone
        .wait_for(doc, "the change", |d| {
            schema::read_guidance(d).is_ok_and(|g| g.body.as_str().contains("youth groups"))
        })
        .await?;
    assert_eq!(
        rahima
            .patch_json(&format!("/api/guidance/{id}"), &json!({"title": "Mine"}))
            .await?
            .status,
        403
    );
    let bad = agent
        .patch_json(
            &format!("/api/guidance/{id}"),
            &json!({"title": " ", "topic": "astrology"}),
        )
        .await?;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let fields = bad.fields();
    assert!(
        fields.iter().any(|f| f == "title") && fields.iter().any(|f| f == "topic"),
        "{}",
        bad.body
    );
    let unknown = agent
        .patch_json(&format!("/api/guidance/{id}"), &json!({"language": "bn"}))
        .await?;
    assert_eq!(unknown.status, 400, "{}", unknown.body);

    // Translated: a version in Bengali joins the item.
    let bengali = agent
        .post(
            "/api/guidance",
            &json!({"title": "ওয়ার্ড বাজেট সভা", "summary": "কাকে ডাকবেন।", "body": "ওয়ার্ড কমিটিকে ডাকুন।",
                    "topic": "local_action_planning", "language": "bn", "version_of": id}),
        )
        .await?;
    assert_eq!(bengali.status, 201, "{}", bengali.body);
    assert_eq!(bengali.body["guidance"]["version_of"], id.as_str());
    let bengali_id = bengali.body["id"].as_str().context("id")?.to_string();

    // Retired: nobody is offered it, staff still find it, and it comes back when restored.
    let retired = agent
        .post(&format!("/api/guidance/{bengali_id}/retire"), &json!({}))
        .await?;
    assert_eq!(retired.status, 200, "{}", retired.body);
    assert!(retired.body["guidance"]["retired_at"].is_i64());
    assert!(!listed(&rahima.get("/api/guidance").await?.body).contains(&bengali_id));
    assert_eq!(rahima.get("/api/guidance?retired=true").await?.status, 403);
    assert_eq!(
        rahima
            .post(&format!("/api/guidance/{id}/retire"), &json!({}))
            .await?
            .status,
        403
    );
    let all = agent.get("/api/guidance?retired=true").await?;
    let row = all.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["id"] == bengali_id.as_str()))
        .context("staff list what is retired")?;
    assert!(row["retired_at"].is_i64(), "{row}");
    let restored = agent
        .post(&format!("/api/guidance/{bengali_id}/restore"), &json!({}))
        .await?;
    assert_eq!(restored.status, 200, "{}", restored.body);
    assert!(restored.body["guidance"].get("retired_at").is_none());
    assert!(listed(&rahima.get("/api/guidance").await?.body).contains(&bengali_id));

    stock_client(&server, &agent, &id).await
}

/// Staff syncing the document themselves still cannot change what a published version keeps.
async fn stock_client(server: &TestServer, agent: &Session, id: &str) -> Result<()> {
    let stock = RepoClient::connect(&server.ws_url(&agent.token)).await?;
    let doc = RequestId::parse(id)?.document(DocKind::Guidance);
    stock.want(doc);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while stock
        .document(doc)
        .is_none_or(|d| schema::read_guidance(&d).is_err())
    {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the item never arrived"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stock.change(doc, |am| {
        use automerge::transaction::Transactable;
        let mut tx = am.transaction();
        let _ = tx.put(automerge::ROOT, "language", "ur");
        tx.commit();
    });
    stock
        .wait_unavailable(doc, Duration::from_secs(20))
        .await
        .context("the change refused")?;
    let stored = agent.get(&format!("/api/guidance/{id}")).await?;
    assert_eq!(stored.body["guidance"]["language"], "en", "{}", stored.body);
    Ok(())
}

#[tokio::test]
async fn staff_run_the_library_on_sqlite() -> Result<()> {
    library(Backend::Sqlite).await
}

#[tokio::test]
async fn staff_run_the_library_on_postgres() -> Result<()> {
    library(Backend::Postgres).await
}
