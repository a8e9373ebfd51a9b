//! Handing a request to a successor (issue 22, part 7), on both databases: only its requester
//! or an admin hands it over, only to an active practitioner of the request's city; from then
//! on it is the successor's, over REST and over `/sync` (a stock automerge-repo client), on
//! another node too, and the one before no longer reaches it; the history records it; no sync
//! client writes a handover itself.

use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_tests::repo_client::RepoClient;
use hubdesk_tests::{Backend, Reply, Session, TestServer};
use serde_json::json;

const PASSWORD: &str = "handover-password";
const WAIT: Duration = Duration::from_secs(10);

fn code(reply: &Reply) -> &str {
    reply.body["error"]["code"].as_str().unwrap_or_default()
}

async fn practitioner(
    admin: &Session,
    server: &TestServer,
    name: &str,
    city: &str,
) -> Result<Session> {
    admin.add_practitioner(name, PASSWORD, "BD", city).await?;
    server.login_with(name, PASSWORD).await
}

async fn handover(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let salma = practitioner(&admin, &server, "salma", " dhaka ").await?;
    let karim = practitioner(&admin, &server, "karim", "Khulna").await?;
    let filed = rahima.file_request("Ward committee training").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    let request = RequestId::parse(&id)?;
    let path = format!("/api/requests/{id}/handover");

    // A node that has the request in memory before the handover.
    let second = match backend {
        Backend::Postgres => Some(server.start_node_sharing().await?),
        Backend::Sqlite => None,
    };
    if let Some(second) = &second {
        let before = RepoClient::connect(&second.ws_url(&rahima.token)).await?;
        before.want(request.document(DocKind::Request));
        before.want(request.document(DocKind::Triage));
        before
            .wait_all_synced(
                &[
                    request.document(DocKind::Request),
                    request.document(DocKind::Triage),
                ],
                WAIT,
            )
            .await?;
    }

    // Who may not, and to whom not.
    let by_agent = agent.post(&path, &json!({"successor": "salma"})).await?;
    assert_eq!(by_agent.status, 403, "{}", by_agent.body);
    let by_stranger = anjali.post(&path, &json!({"successor": "salma"})).await?;
    assert_eq!(by_stranger.status, 404, "{}", by_stranger.body);
    let elsewhere = rahima.post(&path, &json!({"successor": "karim"})).await?;
    assert_eq!(
        code(&elsewhere),
        "successor_elsewhere",
        "{}",
        elsewhere.body
    );
    for name in ["agent", "nobody-at-all", ""] {
        let refused = rahima.post(&path, &json!({"successor": name})).await?;
        assert_eq!(refused.status, 422, "{name}: {}", refused.body);
        assert_eq!(refused.fields(), ["successor"]);
    }
    let same = rahima.post(&path, &json!({"successor": "rahima"})).await?;
    assert_eq!(code(&same), "already_theirs", "{}", same.body);

    // The requester hands it over.
    let handed = rahima.post(&path, &json!({"successor": "salma"})).await?;
    assert_eq!(handed.status, 200, "{}", handed.body);
    assert_eq!(handed.body["requester"], salma.user_id.as_str());
    let theirs = salma.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(theirs.status, 200, "{}", theirs.body);
    assert_eq!(theirs.body["request"]["requester"], salma.user_id.as_str());
    assert_eq!(
        theirs.body["request"]["handovers"][0]["by"],
        rahima.user_id.as_str()
    );
    assert!(theirs.body["triage"].is_object(), "{}", theirs.body);
    assert!(salma.listed_ids().await?.contains(&id));
    assert!(!rahima.listed_ids().await?.contains(&id));
    assert_eq!(
        rahima.get(&format!("/api/requests/{id}")).await?.status,
        404
    );
    let wrote = salma
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "I take over from Rahima."}),
        )
        .await?;
    assert_eq!(wrote.status, 201, "{}", wrote.body);
    let old = rahima
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "Still here?"}),
        )
        .await?;
    assert_eq!(old.status, 404, "{}", old.body);
    let history = agent.get(&format!("/api/requests/{id}/history")).await?;
    let handed_over = history.body["events"]
        .as_array()
        .context("events")?
        .iter()
        .find(|e| e["type"] == "handed_over")
        .context("a handover in the history")?;
    assert_eq!(handed_over["detail"]["to"], salma.user_id.as_str());
    assert!(karim.get(&format!("/api/requests/{id}")).await?.status == 404);

    // Over /sync, on this node and on another that had it in memory: the successor syncs its
    // documents, the one before is told they are not available.
    let mut nodes = vec![&server];
    nodes.extend(second.as_ref());
    for node in nodes {
        let successor = RepoClient::connect(&node.ws_url(&salma.token)).await?;
        let docs = [
            request.document(DocKind::Request),
            request.document(DocKind::Triage),
        ];
        for doc in docs {
            successor.want(doc);
        }
        successor.wait_all_synced(&docs, WAIT).await?;
        let before = RepoClient::connect(&node.ws_url(&rahima.token)).await?;
        before.want(request.document(DocKind::Triage));
        before
            .wait_unavailable(request.document(DocKind::Triage), WAIT)
            .await?;
        // A stock client cannot write a handover of its own.
        successor.change(request.document(DocKind::Request), |doc| {
            use automerge::transaction::Transactable;
            let mut tx = doc.transaction();
            let _ = tx.put(automerge::ROOT, "requester", karim.user_id.as_str());
            tx.commit();
        });
        tokio::time::sleep(Duration::from_millis(500)).await;
        let still = salma.get(&format!("/api/requests/{id}")).await?;
        assert_eq!(still.body["request"]["requester"], salma.user_id.as_str());
    }

    // An admin hands it on again.
    let back = admin.post(&path, &json!({"successor": "rahima"})).await?;
    assert_eq!(back.status, 200, "{}", back.body);
    let mine = rahima.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(mine.status, 200, "{}", mine.body);
    assert_eq!(
        mine.body["request"]["handovers"].as_array().map(Vec::len),
        Some(2)
    );
    Ok(())
}

#[tokio::test]
async fn a_request_is_handed_to_a_successor_on_sqlite() -> Result<()> {
    handover(Backend::Sqlite).await
}

#[tokio::test]
async fn a_request_is_handed_to_a_successor_on_postgres() -> Result<()> {
    handover(Backend::Postgres).await
}

/// In Chromium: an admin hands a request over in the console; the successor's phone lists it as
/// theirs, says so, and keeps it offline.
#[tokio::test]
async fn an_admin_hands_over_in_the_console_and_the_successor_has_it_offline() -> Result<()> {
    use hubdesk_tests::browser::{BrowserTest, marker};
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let admin = test.server.login("admin").await?;
    for (name, city) in [("salma", "Dhaka"), ("karim", "Khulna")] {
        admin
            .add_practitioner(name, "hubdesk-demo", "BD", city)
            .await?;
    }
    let rahima = test.server.login("rahima").await?;
    let title = format!("Ward committee budgets {}", marker());
    let filed = rahima.file_request(&title).await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    test.script(
        "console-handover.mjs",
        &[
            ("HUBDESK_REQUEST_ID", id.as_str()),
            ("HUBDESK_TITLE", title.as_str()),
            ("HUBDESK_SUCCESSOR", "salma"),
            ("HUBDESK_ELSEWHERE", "karim"),
        ],
    )
    .await?
    .finish()
    .await?;
    let salma = test.server.login("salma").await?;
    let theirs = salma.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(theirs.status, 200, "{}", theirs.body);
    assert_eq!(
        theirs.body["request"]["handovers"][0]["by"],
        admin.user_id.as_str()
    );
    assert_eq!(
        rahima.get(&format!("/api/requests/{id}")).await?.status,
        404
    );
    Ok(())
}
