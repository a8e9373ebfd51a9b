//! City-team sharing (issue 11, part 1), per role, on REST and `/sync` alike: a practitioner
//! shares a request with their city team to read, then to write, then stops; a colleague in the
//! same city (whatever the case and spacing of its name) sees, lists and syncs it while shared,
//! writes only while shared to write and never moves it or shares it on; a practitioner
//! elsewhere never sees it; staff see it as before; internal notes stay with the hub.

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::{Message, MessageRole};
use hubdesk_shared::schema;
use hubdesk_tests::peer::now_ms;
use hubdesk_tests::{Backend, Peer, Session, TestServer};
use serde_json::{Value, json};

const PASSWORD: &str = "team-password";

async fn practitioner(
    server: &TestServer,
    admin: &Session,
    username: &str,
    country: &str,
    city: &str,
) -> Result<Session> {
    let made = admin
        .post(
            "/api/users",
            &json!({"username": username, "password": PASSWORD, "role": "practitioner",
                    "country": country, "city": city}),
        )
        .await?;
    anyhow::ensure!(made.status == 201, "{username}: {}", made.body);
    server.login_with(username, PASSWORD).await
}

async fn command(who: &Session, id: &str, body: Value) -> Result<(u16, Value)> {
    let reply = who
        .post(&format!("/api/requests/{id}/commands"), &body)
        .await?;
    Ok((reply.status, reply.body))
}

fn share(team: Option<&str>) -> Value {
    json!({"type": "share_with_team", "team": team})
}

fn reply(body: &str) -> Value {
    json!({"type": "reply", "body": body})
}

async fn messages(who: &Session, id: &str) -> Result<Vec<(String, String)>> {
    let reply = who.get(&format!("/api/requests/{id}")).await?;
    anyhow::ensure!(reply.status == 200, "read: {}", reply.body);
    Ok(reply.body["request"]["messages"]
        .as_array()
        .context("messages")?
        .iter()
        .map(|m| {
            (
                m["author"].as_str().unwrap_or_default().to_string(),
                m["body"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect())
}

async fn teams(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let sharer = practitioner(&server, &admin, "shirin", "BD", "Dhaka").await?;
    let colleague = practitioner(&server, &admin, "nila", "BD", "  DHAKA ").await?;
    let elsewhere = practitioner(&server, &admin, "omar", "BD", "Khulna").await?;
    let colleague_id = colleague.user_id.clone();

    let filed = sharer
        .post(
            "/api/requests",
            &json!({
                "kind": "help_desk", "title": "Ward youth forum", "description": "Who has run one?",
                "category": "youth_engagement", "country": "BD", "city": "Dhaka",
            }),
        )
        .await?;
    assert_eq!(filed.status, 201, "{}", filed.body);
    let id = filed.body["id"].as_str().context("id")?.to_string();
    let request_id = RequestId::parse(&id)?;
    let doc = request_id.document(DocKind::Request);

    // Not shared: the colleague sees nothing of it, and cannot share it on.
    assert!(!colleague.listed_ids().await?.contains(&id));
    assert_eq!(
        colleague.get(&format!("/api/requests/{id}")).await?.status,
        404
    );
    assert_eq!(command(&colleague, &id, share(Some("write"))).await?.0, 404);
    let unshared = Peer::connect(&server.ws_url(&colleague.token)).await?;
    unshared.want(doc);
    unshared.wait_unavailable(doc).await?;

    // A team share nobody knows is refused, naming the field.
    let (status, body) = command(&sharer, &id, share(Some("everyone"))).await?;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("team")),
        "{body}"
    );

    // Shared to read: the colleague lists, reads and syncs it with its triage, never its
    // notes; writes are refused on REST and not applied from /sync.
    assert_eq!(command(&sharer, &id, share(Some("read"))).await?.0, 200);
    let listing = colleague.get("/api/requests?per_page=100").await?;
    let row = listing.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .find(|r| r["id"] == id.as_str())
        .context("the shared request is listed")?
        .clone();
    assert_eq!(row["team"], "read", "{row}");
    assert_eq!(
        colleague.get(&format!("/api/requests/{id}")).await?.status,
        200
    );
    assert!(!elsewhere.listed_ids().await?.contains(&id));
    assert_eq!(
        elsewhere.get(&format!("/api/requests/{id}")).await?.status,
        404
    );
    assert_eq!(command(&colleague, &id, reply("May I add?")).await?.0, 404);
    assert_eq!(command(&colleague, &id, share(None)).await?.0, 404);

    let peer = Peer::connect(&server.ws_url(&colleague.token)).await?;
    peer.want(doc);
    peer.wait_for(doc, "the shared request", |d| {
        schema::read_request(d).is_ok_and(|r| r.title.as_str() == "Ward youth forum")
    })
    .await?;
    let triage = request_id.document(DocKind::Triage);
    peer.want(triage);
    peer.wait_synced(triage).await?;
    assert!(peer.document(triage).is_some());
    let notes = request_id.document(DocKind::Notes);
    peer.want(notes);
    peer.wait_unavailable(notes).await?;
    let colleague_message = |id: &str, body: &str| Message {
        id: id.into(),
        author: colleague_id.as_str().into(),
        role: MessageRole::Requester,
        body: body.into(),
        sent_at: now_ms(),
        canned: None,
    };
    let ignored = colleague_message("read-only-1", "Written while shared to read");
    peer.add_message(doc, ignored)?;
    // The sharer's own reply after it proves the hub has handled what the peer sent before.
    assert_eq!(command(&sharer, &id, reply("Anyone?")).await?.0, 200);
    peer.wait_for(doc, "the sharer's reply", |d| {
        schema::read_request(d)
            .is_ok_and(|r| r.messages.iter().any(|m| m.body.as_str() == "Anyone?"))
    })
    .await?;
    let said = messages(&sharer, &id).await?;
    assert!(
        !said
            .iter()
            .any(|(_, body)| body == "Written while shared to read"),
        "{said:?}"
    );

    // Shared to write: the colleague answers on REST and over /sync, as themselves, but moves
    // nothing and shares nothing on.
    assert_eq!(command(&sharer, &id, share(Some("write"))).await?.0, 200);
    let mut peer = peer;
    peer.reconnect().await?;
    assert_eq!(
        command(&colleague, &id, reply("We ran one in 2024."))
            .await?
            .0,
        200
    );
    let synced = colleague_message("team-write-1", "Notes from our forum attached.");
    peer.add_message(doc, synced)?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let said = messages(&sharer, &id).await?;
        if said
            .iter()
            .any(|(_, b)| b == "Notes from our forum attached.")
        {
            assert!(
                said.iter()
                    .any(|(who, b)| who == colleague_id.as_str() && b == "We ran one in 2024."),
                "{said:?}"
            );
            break;
        }
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the synced message: {said:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (status, body) =
        command(&colleague, &id, json!({"type": "edit", "city": "Khulna"})).await?;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("city")),
        "{body}"
    );
    let (status, _) = command(
        &colleague,
        &id,
        json!({"type": "edit", "title": "Ward youth forums"}),
    )
    .await?;
    assert_eq!(status, 200);
    assert_eq!(command(&colleague, &id, share(Some("read"))).await?.0, 404);
    // Staff see it as before; a stock client's attempt to move it from the colleague's device
    // is not stored.
    assert!(
        server
            .login("agent")
            .await?
            .listed_ids()
            .await?
            .contains(&id)
    );
    peer.edit_doc(
        doc,
        Box::new(|am: &mut automerge::Automerge| {
            use automerge::transaction::Transactable;
            let mut tx = am.transaction();
            tx.put(automerge::ROOT, "city", "Khulna")
                .map_err(|e| hubdesk_shared::engine::Rejection::Conflict(e.to_string()))?;
            tx.commit();
            Ok(())
        }),
    )?;
    peer.wait_for(doc, "the move on the device", |d| {
        schema::read_request(d).is_ok_and(|r| r.city.as_str() == "Khulna")
    })
    .await?;
    assert_eq!(command(&sharer, &id, reply("Thank you both")).await?.0, 200);
    let stored = sharer.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(stored.body["request"]["city"], "Dhaka", "{}", stored.body);

    // Sharing stopped: the request is the sharer's alone again.
    assert_eq!(command(&sharer, &id, share(None)).await?.0, 200);
    assert!(!colleague.listed_ids().await?.contains(&id));
    assert_eq!(
        colleague.get(&format!("/api/requests/{id}")).await?.status,
        404
    );
    Ok(())
}

#[tokio::test]
async fn a_request_shared_with_the_city_team_is_theirs_to_read_or_write_on_sqlite() -> Result<()> {
    teams(Backend::Sqlite).await
}

#[tokio::test]
async fn a_request_shared_with_the_city_team_is_theirs_to_read_or_write_on_postgres() -> Result<()>
{
    teams(Backend::Postgres).await
}
