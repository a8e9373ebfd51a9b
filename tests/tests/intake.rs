//! Intake by staff (issue 22, part 9): a request that reached the hub by phone, message or in
//! person is filed by staff for the practitioner, who is its requester and finds it like one
//! they filed. Who may file for whom, per role and country, over REST on both databases, and
//! what a stock automerge-repo client syncing a request document is held to.

use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::{Channel, Intake};
use hubdesk_tests::repo_client::RepoClient;
use hubdesk_tests::{Backend, Reply, Session, TestServer, new_request};
use serde_json::{Value, json};

const PASSWORD: &str = "intake-test-password";

fn draft(requester: &str, channel: &str) -> Value {
    json!({
        "id": RequestId::new(hubdesk_tests::peer::now_ms() as u64, rand::random()).to_string(),
        "requester": requester,
        "channel": channel,
        "kind": "help_desk",
        "title": "Ward committee training",
        "description": "Asked by phone: a day on participatory budgeting for ward committees.",
        "category": "capacity_building",
        "country": "BD",
        "city": "Dhaka",
    })
}

async fn refused(who: &Session, body: &Value, field: &str) -> Result<Reply> {
    let reply = who.post("/api/requests", body).await?;
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert!(
        reply.fields().iter().any(|f| f == field),
        "{field} in {}",
        reply.body
    );
    Ok(reply)
}

async fn intake(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let admin = server.login("admin").await?;
    let fund = server.login("fund").await?;
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;

    // Staff find the practitioner; practitioners cannot look anyone up.
    let found = agent.get("/api/practitioners?q=RAH").await?;
    assert_eq!(found.status, 200, "{}", found.body);
    assert_eq!(
        found.body[0]["id"],
        rahima.user_id.as_str(),
        "{}",
        found.body
    );
    assert_eq!(found.body[0]["city"], "Dhaka");
    let everyone = agent.get("/api/practitioners").await?;
    let names: Vec<&str> = everyone
        .body
        .as_array()
        .context("list")?
        .iter()
        .filter_map(|p| p["username"].as_str())
        .collect();
    assert!(
        names.contains(&"anjali") && !names.contains(&"agent"),
        "{names:?}"
    );
    assert_eq!(rahima.get("/api/practitioners").await?.status, 403);

    // An agent files what Rahima asked on the phone: hers, with who filed it and how.
    let body = draft(&rahima.user_id, "phone_call");
    let filed = agent.post("/api/requests", &body).await?;
    assert_eq!(filed.status, 201, "{}", filed.body);
    let id = filed.body["id"].as_str().context("id")?.to_string();
    assert_eq!(filed.body["request"]["requester"], rahima.user_id.as_str());
    assert_eq!(
        filed.body["request"]["intake"],
        json!({"by": agent.user_id, "channel": "phone_call"})
    );
    assert_eq!(filed.body["filed_by_username"], "agent");
    assert_eq!(filed.body["requester_username"], "rahima");
    // Sent again after a lost answer, it is filed once.
    let again = agent.post("/api/requests", &body).await?;
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.body["id"], id.as_str());

    // Rahima finds it like one she filed: listed, readable, hers to answer; she is told.
    assert!(rahima.listed_ids().await?.contains(&id));
    let hers = rahima.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(hers.status, 200, "{}", hers.body);
    assert_eq!(hers.body["request"]["intake"]["channel"], "phone_call");
    assert!(hers.body.get("filed_by_username").is_none());
    let answered = rahima
        .post(
            &format!("/api/requests/{id}/commands"),
            &json!({"type": "reply", "body": "Thank you, twenty people will come."}),
        )
        .await?;
    assert_eq!(answered.status, 200, "{}", answered.body);
    let told = rahima.get("/api/notifications").await?;
    assert!(
        told.body["items"]
            .as_array()
            .context("items")?
            .iter()
            .any(|n| n["kind"] == "filed_for_you" && n["request_id"] == id.as_str()),
        "{}",
        told.body
    );
    assert_eq!(
        anjali.get(&format!("/api/requests/{id}")).await?.status,
        404
    );

    // Every field at fault at once, in the hub's words.
    let mut empty = draft(&rahima.user_id, "");
    empty["title"] = json!("");
    let words = refused(&agent, &empty, "channel").await?;
    assert!(
        words.fields().iter().any(|f| f == "title"),
        "{}",
        words.body
    );
    let said = words.body["errors"]
        .as_array()
        .context("errors")?
        .iter()
        .find(|e| e["field"] == "channel")
        .context("channel")?;
    assert_eq!(said["message"], "Say how the request reached the hub.");
    refused(&agent, &draft(&rahima.user_id, "pigeon"), "channel").await?;
    // Only for an active practitioner's account.
    refused(&agent, &draft(&admin.user_id, "email"), "requester").await?;
    refused(&agent, &draft("no-such-person", "email"), "requester").await?;
    let made = admin
        .post(
            "/api/users",
            &json!({"username": "gone.officer", "password": PASSWORD, "role": "practitioner",
                    "country": "BD", "city": "Dhaka"}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let gone = made.body["id"].as_str().context("id")?.to_string();
    let off = admin
        .post(&format!("/api/users/{gone}/deactivate"), &json!({}))
        .await?;
    assert!(off.status < 300, "{}", off.body);
    refused(&agent, &draft(&gone, "email"), "requester").await?;
    // A practitioner files only for themselves, and names no channel.
    refused(&anjali, &draft(&rahima.user_id, "email"), "requester").await?;
    let mut own = draft("", "messaging");
    own["country"] = json!("IN");
    refused(&anjali, &own, "channel").await?;
    // A fund manager files fund queries for someone, not help-desk requests.
    refused(&fund, &draft(&rahima.user_id, "workshop"), "requester").await?;
    let mut query = draft(&rahima.user_id, "workshop");
    query["kind"] = json!("fund_query");
    query["category"] = json!("support_fund");
    let fund_filed = fund.post("/api/requests", &query).await?;
    assert_eq!(fund_filed.status, 201, "{}", fund_filed.body);

    // An agent limited to India finds and files only there.
    let made = admin
        .post(
            "/api/users",
            &json!({"username": "agent.in", "password": PASSWORD, "role": "agent", "countries": ["IN"]}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let limited = server.login_with("agent.in", PASSWORD).await?;
    let theirs = limited.get("/api/practitioners").await?;
    let names: Vec<&str> = theirs
        .body
        .as_array()
        .context("list")?
        .iter()
        .filter_map(|p| p["username"].as_str())
        .collect();
    assert_eq!(names, ["anjali"], "{}", theirs.body);
    refused(&limited, &draft(&rahima.user_id, "phone_call"), "country").await?;

    stock_clients(&server, &agent, &rahima, &id).await
}

/// A stock automerge-repo client is held to the same rule: staff may sync a request for someone
/// only with an intake naming themselves; nobody changes a filed request's intake.
async fn stock_clients(
    server: &TestServer,
    agent: &Session,
    rahima: &Session,
    filed: &str,
) -> Result<()> {
    let stock = RepoClient::connect(&server.ws_url(&agent.token)).await?;
    let bare = new_request(&rahima.user_id, "Synced for her without saying so");
    let mut forged = new_request(&rahima.user_id, "Synced as if someone else filed it");
    forged.intake = Some(Intake {
        by: rahima.user_id.as_str().into(),
        channel: Channel::Email,
    });
    let mut honest = new_request(&rahima.user_id, "Synced with the intake");
    honest.intake = Some(Intake {
        by: agent.user_id.as_str().into(),
        channel: Channel::InPerson,
    });
    let mut ids = Vec::new();
    for request in [&bare, &forged, &honest] {
        let id = RequestId::parse(&request.id)?;
        let doc = id.document(DocKind::Request);
        stock.add(
            doc,
            hubdesk_shared::schema::new_request_doc(request, automerge::ActorId::random())?,
        );
        ids.push((id, doc));
    }
    stock
        .wait_all_synced(&[ids[2].1], Duration::from_secs(20))
        .await?;
    let hers = rahima.listed_ids().await?;
    assert!(hers.contains(&ids[2].0.to_string()), "{hers:?}");
    for (id, doc) in &ids[..2] {
        assert!(!hers.contains(&id.to_string()), "{id} was stored");
        assert_eq!(agent.get(&format!("/api/requests/{id}")).await?.status, 404);
        stock
            .wait_unavailable(*doc, Duration::from_secs(20))
            .await
            .context("the creation refused")?;
    }

    // Rahima's own stock client cannot rewrite how her request came in.
    let own = RepoClient::connect(&server.ws_url(&rahima.token)).await?;
    let doc = RequestId::parse(filed)?.document(DocKind::Request);
    own.want(doc);
    let arrived = |own: &RepoClient| {
        own.document(doc).is_some_and(|am| {
            use automerge::ReadDoc;
            am.get(automerge::ROOT, "intake").ok().flatten().is_some()
        })
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !arrived(&own) {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the request never reached Rahima's client"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    own.change(doc, |am| {
        use automerge::transaction::Transactable;
        let mut tx = am.transaction();
        let _ = tx.delete(automerge::ROOT, "intake");
        tx.commit();
    });
    // The hub refuses the change and stops offering the document to that client.
    own.wait_unavailable(doc, Duration::from_secs(20))
        .await
        .context("the change refused")?;
    let stored = rahima.get(&format!("/api/requests/{filed}")).await?;
    assert_eq!(
        stored.body["request"]["intake"]["channel"], "phone_call",
        "{}",
        stored.body
    );
    Ok(())
}

#[tokio::test]
async fn staff_file_for_a_practitioner_on_sqlite() -> Result<()> {
    intake(Backend::Sqlite).await
}

#[tokio::test]
async fn staff_file_for_a_practitioner_on_postgres() -> Result<()> {
    intake(Backend::Postgres).await
}
