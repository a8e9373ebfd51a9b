//! The sync server against hostile, slow and overloaded clients (issue 9): each test shows the
//! attack first, then that it no longer hurts anyone else.

use std::time::{Duration, Instant};

use anyhow::Result;
use automerge::transaction::Transactable;
use automerge::{Automerge, ReadDoc};
use hubdesk_shared::engine::{Edit, Rejection};
use hubdesk_shared::limits;
use hubdesk_tests::{Backend, Peer, TestServer, message, new_request};
use serde_json::json;

/// An edit that writes `value` under an extra root key, which no request has.
fn put_root(key: &'static str, value: Vec<u8>) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, key, value)
            .map_err(|e| Rejection::Conflict(e.to_string()))?;
        tx.commit();
        Ok(())
    })
}

/// A new device that has fetched `doc`.
async fn opened(url: &str, doc: hubdesk_shared::ids::DocumentId) -> Result<Peer> {
    let device = Peer::connect(url).await?;
    device.want(doc);
    device
        .wait_for(doc, "the request", |d| {
            hubdesk_shared::schema::read_request(d).is_ok()
        })
        .await?;
    Ok(device)
}

/// How long the honest device waits for the server to acknowledge one edit.
async fn acknowledged_edit(
    device: &Peer,
    doc: hubdesk_shared::ids::DocumentId,
    title: &str,
) -> Result<Duration> {
    let title = title.to_string();
    let started = Instant::now();
    device.edit_request(doc, move |r| r.title = title.as_str().into())?;
    device.wait_synced(doc).await?;
    Ok(started.elapsed())
}

#[tokio::test]
async fn oversized_writes_unknown_fields_and_endless_conversations_are_refused() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let hostile = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let honest = Peer::connect(&server.ws_url(&anjali.token)).await?;
    let target = new_request(&rahima.user_id, "Mine to abuse");
    let doc = hostile.create_request(&target)?;
    hostile.wait_synced(doc).await?;
    let other = honest.create_request(&new_request(&anjali.user_id, "Ordinary work"))?;
    honest.wait_synced(other).await?;

    // An 8 MiB blob in the hostile device's own request: refused before the sync actor ever sees
    // it (the connection is closed as too big), while the honest device's edits keep being
    // acknowledged.
    let blob: Vec<u8> = (0..8 * 1024 * 1024).map(|_| rand::random::<u8>()).collect();
    hostile.edit_doc(doc, put_root("blob", blob))?;
    let mut slowest = Duration::ZERO;
    for n in 0..10 {
        slowest = slowest.max(acknowledged_edit(&honest, other, &format!("Edit {n}")).await?);
    }
    hostile.wait_closed().await?;
    assert!(
        slowest < Duration::from_secs(2),
        "the honest device waited {slowest:?} for an acknowledgement"
    );

    // A small extra root key is refused too: requests have no such field.
    let fresh = opened(&server.ws_url(&rahima.token), doc).await?;
    fresh.edit_doc(doc, put_root("extra", b"x".to_vec()))?;
    fresh.wait_unavailable(doc).await?;

    // A conversation of more than the limit is refused as one write; at the limit it is fine,
    // and then REST refuses one more message, naming the field.
    let flood = opened(&server.ws_url(&rahima.token), doc).await?;
    let user = rahima.user_id.clone();
    flood.edit_request(doc, move |r| {
        for i in 0..=limits::MESSAGES_MAX {
            r.messages.push(message(&format!("m{i}"), &user, "again"));
        }
    })?;
    flood.wait_unavailable(doc).await?;

    let loyal = opened(&server.ws_url(&rahima.token), doc).await?;
    let user = rahima.user_id.clone();
    loyal.edit_request(doc, move |r| {
        for i in 0..limits::MESSAGES_MAX {
            r.messages.push(message(&format!("ok{i}"), &user, "fine"));
        }
    })?;
    loyal.wait_synced(doc).await?;
    let one_more = rahima
        .post(
            &format!("/api/requests/{}/messages", target.id),
            &json!({"body": "one too many"}),
        )
        .await?;
    assert_eq!(
        (one_more.status, one_more.body["error"]["field"].as_str()),
        (422, Some("messages")),
        "{}",
        one_more.body
    );

    // What is stored is the request with its thousand messages, and nothing refused.
    let reader = Peer::connect(&server.ws_url(&rahima.token)).await?;
    reader.want(doc);
    reader
        .wait_for(doc, "the stored request", |d| {
            hubdesk_shared::schema::read_request(d)
                .is_ok_and(|r| r.messages.len() == limits::MESSAGES_MAX)
        })
        .await?;
    let stored = reader.document(doc).expect("held");
    let keys: Vec<String> = stored.keys(automerge::ROOT).collect();
    assert!(
        keys.iter()
            .all(|k| limits::REQUEST_KEYS.contains(&k.as_str())),
        "{keys:?}"
    );
    assert!(
        hubdesk_shared::schema::read_request(&stored)
            .is_ok_and(|r| r.messages.iter().all(|m| m.body.as_str() == "fine"))
    );
    Ok(())
}

#[tokio::test]
async fn rest_answers_another_users_request_id_as_it_answers_a_missing_one() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let nimal = server.login("nimal").await?;
    let anjali = server.login("anjali").await?;
    let body = |id: &str| {
        json!({
            "id": id,
            "kind": "help_desk",
            "title": "Training for ward officers",
            "description": "Half-day training.",
            "category": "capacity_building",
            "country": "LK",
            "city": "Moratuwa",
        })
    };
    let now = hubdesk_tests::peer::now_ms() as u64;
    let taken = hubdesk_shared::ids::RequestId::new(now, rand::random()).to_string();
    let free = hubdesk_shared::ids::RequestId::new(now, rand::random()).to_string();
    let filed = nimal.post("/api/requests", &body(&taken)).await?;
    assert_eq!(filed.status, 201, "{}", filed.body);

    let probe = anjali.post("/api/requests", &body(&taken)).await?;
    let missing = anjali.get(&format!("/api/requests/{free}")).await?;
    let other = anjali.get(&format!("/api/requests/{taken}")).await?;
    assert_eq!(probe.status, 404, "{}", probe.body);
    assert_eq!((other.status, &other.body), (missing.status, &missing.body));
    assert_eq!(probe.body, missing.body);
    // Nimal's request is untouched.
    let mine = nimal.get(&format!("/api/requests/{taken}")).await?;
    assert_eq!(mine.body["request"]["city"], "Moratuwa");
    Ok(())
}

/// An edit that puts a NUL (U+0000) at the start of the request's description, as a stock
/// client that checks nothing would.
fn nul_in_description() -> Edit {
    Box::new(|doc: &mut Automerge| {
        let conflict = |e: automerge::AutomergeError| Rejection::Conflict(e.to_string());
        let mut tx = doc.transaction();
        match tx.get(automerge::ROOT, "description").map_err(conflict)? {
            Some((automerge::Value::Object(automerge::ObjType::Text), text)) => {
                tx.splice_text(&text, 0, 0, "\u{0}").map_err(conflict)?;
            }
            _ => {
                tx.put(automerge::ROOT, "description", "\u{0}")
                    .map_err(conflict)?;
            }
        }
        tx.commit();
        Ok(())
    })
}

/// Text that the database cannot store (issue 17, part 6): REST and `/sync` refuse control
/// characters at validation, naming the field, and a search holding one answers as usual.
async fn control_characters(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let refused = rahima
        .post(
            "/api/requests",
            &json!({"kind": "help_desk", "title": "Ward\u{0} plan", "description": "x",
                "category": "peer_learning", "country": "BD", "city": "Dhaka"}),
        )
        .await?;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.body["error"]["field"], "title");
    assert_eq!(refused.body["error"]["code"], "control_character");
    let found = rahima.get("/api/requests?q=ward%00plan%07").await?;
    assert_eq!(found.status, 200, "{}", found.body);

    let hostile = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let honest = Peer::connect(&server.ws_url(&anjali.token)).await?;
    let doc = hostile.create_request(&new_request(&rahima.user_id, "Mine"))?;
    hostile.wait_synced(doc).await?;
    let other = honest.create_request(&new_request(&anjali.user_id, "Ordinary work"))?;
    honest.wait_synced(other).await?;
    hostile.edit_doc(doc, nul_in_description())?;
    hostile.wait_unavailable(doc).await?;
    for n in 0..5 {
        acknowledged_edit(&honest, other, &format!("Edit {n}")).await?;
    }
    let reader = opened(&server.ws_url(&rahima.token), doc).await?;
    let stored = reader.document(doc).expect("held");
    let request = hubdesk_shared::schema::read_request(&stored)?;
    assert!(
        !request.description.as_str().contains('\u{0}'),
        "the NUL was stored"
    );
    Ok(())
}

#[tokio::test]
async fn control_characters_are_refused_on_rest_and_sync_on_sqlite() -> Result<()> {
    control_characters(Backend::Sqlite).await
}

#[tokio::test]
async fn control_characters_are_refused_on_rest_and_sync_on_postgres() -> Result<()> {
    control_characters(Backend::Postgres).await
}

/// A stock automerge-repo client sets its own request's description to a 7 MiB string in one
/// change: millions of operations in a small compressed message (issue 17, part 7). The hub
/// refuses it from its cost, read before anything is applied, and another user's edits are
/// acknowledged as usual meanwhile.
#[tokio::test]
async fn millions_of_operations_in_one_small_message_are_refused_without_holding_up_others()
-> Result<()> {
    use hubdesk_tests::repo_client::RepoClient;
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let honest = Peer::connect(&server.ws_url(&anjali.token)).await?;
    let other = honest.create_request(&new_request(&anjali.user_id, "Ordinary work"))?;
    honest.wait_synced(other).await?;

    let stock = RepoClient::connect(&server.ws_url(&rahima.token)).await?;
    let request = new_request(&rahima.user_id, "Mine to abuse");
    let id = hubdesk_shared::ids::RequestId::parse(&request.id)?;
    let doc = id.document(hubdesk_shared::ids::DocKind::Request);
    let am = hubdesk_shared::schema::new_request_doc(&request, automerge::ActorId::random())?;
    stock.add(doc, am);
    stock
        .wait_all_synced(&[doc], Duration::from_secs(20))
        .await?;

    let huge = "x".repeat(7 * 1024 * 1024);
    stock.change(doc, move |am| {
        let mut tx = am.transaction();
        if let Ok(Some((_, text))) = tx.get(automerge::ROOT, "description") {
            let _ = tx.splice_text(&text, 0, 0, &huge);
        }
        tx.commit();
    });
    let mut slowest = Duration::ZERO;
    for n in 0..20 {
        slowest = slowest.max(acknowledged_edit(&honest, other, &format!("Edit {n}")).await?);
    }
    stock.wait_unavailable(doc, Duration::from_secs(20)).await?;
    assert!(
        slowest < Duration::from_millis(200),
        "the honest device waited {slowest:?} for an acknowledgement"
    );
    let stored = rahima.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(stored.status, 200, "{}", stored.body);
    assert_eq!(
        stored.body["request"]["description"],
        request.description.as_str(),
        "the hub stored the hostile description"
    );
    Ok(())
}
