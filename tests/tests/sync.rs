//! Native peers syncing through the real server over real websockets.

use anyhow::Result;
use hubdesk_shared::engine::{Edit, Rejection};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::Status;
use hubdesk_shared::schema;
use hubdesk_tests::{Backend, Peer, TestServer, message, new_request};

async fn two_devices_edit_offline_and_converge(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let mut phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let mut laptop = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let request = new_request(&rahima.user_id, "Local action plan review");
    let doc = phone.create_request(&request)?;
    phone.wait_synced(doc).await?;
    laptop.want(doc);
    laptop
        .wait_for(doc, "the laptop to receive the request", |d| {
            schema::read_request(d).is_ok()
        })
        .await?;

    phone.disconnect().await;
    laptop.disconnect().await;
    let user = rahima.user_id.clone();
    phone.edit_request(doc, move |r| {
        r.description.splice(0, 0, "Urgent: ");
        r.messages
            .push(message("m-phone", &user, "Sent from the phone"));
    })?;
    let user = rahima.user_id.clone();
    laptop.edit_request(doc, move |r| {
        let end = r.description.as_str().chars().count();
        r.description.splice(end, 0, " We meet on Friday.");
        r.messages
            .push(message("m-laptop", &user, "Sent from the laptop"));
    })?;
    phone.reconnect().await?;
    laptop.reconnect().await?;
    let merged = "Urgent: Can the hub help? We meet on Friday.";
    for device in [&phone, &laptop] {
        device
            .wait_for(doc, "the merged request", |d| {
                schema::read_request(d)
                    .is_ok_and(|r| r.messages.len() == 2 && r.description.as_str() == merged)
            })
            .await?;
        device.wait_synced(doc).await?;
    }

    let detail = rahima
        .wait_for_request(&request.id, "the merge in REST", |body| {
            body["request"]["messages"]
                .as_array()
                .is_some_and(|m| m.len() == 2)
        })
        .await?;
    assert_eq!(detail["request"]["description"], merged);
    let list = rahima.get("/api/requests").await?;
    let item = &list.body["items"][0];
    assert_eq!(item["id"], request.id.as_str());
    assert_eq!(item["message_count"], 2);
    Ok(())
}

#[tokio::test]
async fn two_devices_edit_offline_and_converge_on_sqlite() -> Result<()> {
    two_devices_edit_offline_and_converge(Backend::Sqlite).await
}

#[tokio::test]
async fn two_devices_edit_offline_and_converge_on_postgres() -> Result<()> {
    two_devices_edit_offline_and_converge(Backend::Postgres).await
}

async fn acknowledged_changes_survive_sigkill(backend: Backend) -> Result<()> {
    let Some(mut server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let request = new_request(&rahima.user_id, "Peer learning visit");
    let doc = phone.create_request(&request)?;
    let user = rahima.user_id.clone();
    phone.edit_request(doc, move |r| {
        r.messages
            .push(message("m1", &user, "Can we visit Colombo in March?"));
        r.title = "Peer learning visit to Colombo".into();
    })?;
    phone.wait_synced(doc).await?;

    server.kill().await?;
    server.restart().await?;

    let detail = rahima
        .wait_for_request(&request.id, "the request after restart", |_| true)
        .await?;
    assert_eq!(detail["request"]["title"], "Peer learning visit to Colombo");
    assert_eq!(
        detail["request"]["messages"][0]["body"],
        "Can we visit Colombo in March?"
    );
    Ok(())
}

#[tokio::test]
async fn acknowledged_changes_survive_sigkill_on_sqlite() -> Result<()> {
    acknowledged_changes_survive_sigkill(Backend::Sqlite).await
}

#[tokio::test]
async fn acknowledged_changes_survive_sigkill_on_postgres() -> Result<()> {
    acknowledged_changes_survive_sigkill(Backend::Postgres).await
}

#[tokio::test]
async fn sigterm_finishes_accepted_writes_and_exits_cleanly() -> Result<()> {
    let Some(mut server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let request = new_request(&rahima.user_id, "Shutdown check");
    let doc = phone.create_request(&request)?;
    phone.wait_synced(doc).await?;
    let status = server.terminate().await?;
    assert!(status.success(), "exit status {status}");
    phone.wait_closed().await?;
    server.restart().await?;
    rahima
        .wait_for_request(&request.id, "the request after a clean restart", |_| true)
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_practitioner_cannot_reach_others_requests_notes_or_write_triage() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let agent = server.login("agent").await?;
    let owner = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let stranger = Peer::connect(&server.ws_url(&anjali.token)).await?;
    let hub = Peer::connect(&server.ws_url(&agent.token)).await?;

    let request = new_request(&rahima.user_id, "Sensitive request");
    let id = RequestId::parse(&request.id)?;
    let doc = owner.create_request(&request)?;
    owner.wait_synced(doc).await?;

    // Someone else's request, triage and notes: unavailable, nothing revealed.
    for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
        stranger.want(id.document(kind));
        stranger.wait_unavailable(id.document(kind)).await?;
        assert!(stranger.document(id.document(kind)).is_none());
    }
    // Even the requester never gets the internal notes.
    owner.want(id.document(DocKind::Notes));
    owner.wait_unavailable(id.document(DocKind::Notes)).await?;

    // The requester reads triage but its writes there are neither stored nor forwarded.
    let triage = id.document(DocKind::Triage);
    owner.want(triage);
    hub.want(triage);
    for peer in [&owner, &hub] {
        peer.wait_for(triage, "the triage document", |d| {
            schema::read_triage(d).is_ok()
        })
        .await?;
    }
    let close: Edit = Box::new(|doc| {
        let mut t = schema::read_triage(doc).map_err(|_| Rejection::NotFound)?;
        t.status = Status::Closed;
        schema::write(doc, &t, 1).map_err(|e| Rejection::Conflict(e.to_string()))
    });
    owner.edit_doc(triage, close)?;
    // A later change on the same connection is processed after the triage write.
    owner.edit_request(doc, |r| r.title = "Sensitive request (updated)".into())?;
    owner.wait_synced(doc).await?;

    let detail = rahima
        .wait_for_request(&request.id, "the later title", |b| {
            b["request"]["title"] == "Sensitive request (updated)"
        })
        .await?;
    assert_eq!(detail["triage"]["status"], "new");
    assert!(
        detail.get("notes").is_none(),
        "a practitioner never sees notes"
    );
    let hub_view = hub.document(triage).expect("hub has triage");
    assert_eq!(schema::read_triage(&hub_view)?.status, Status::New);
    let staff_view = agent.get(&format!("/api/requests/{}", request.id)).await?;
    assert!(staff_view.body["notes"].is_object(), "staff see notes");
    Ok(())
}

#[tokio::test]
async fn a_request_filed_as_someone_else_is_refused_and_not_stored() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let forger = Peer::connect(&server.ws_url(&anjali.token)).await?;
    let request = new_request(&rahima.user_id, "Forged");
    let doc = forger.create_request(&request)?;
    forger.wait_unavailable(doc).await?;
    let reply = rahima.get(&format!("/api/requests/{}", request.id)).await?;
    assert_eq!(reply.status, 404);
    Ok(())
}

/// A person who creates a request on the phone and goes on editing it is editing live: the
/// edits reach the sync actor through its urgent inbox and are counted among live messages,
/// not queued as an upload's, although a record's first write is written in bulk.
#[tokio::test]
async fn the_edits_right_after_creating_a_request_are_served_as_live_edits() -> Result<()> {
    const LIVE_MESSAGES: &str = "hubdesk_sync_live_message_wait_seconds_count";
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let doc = phone.create_request(&new_request(&rahima.user_id, "Drainage plan"))?;
    phone.wait_synced(doc).await?;
    for n in 0..3 {
        let before = server.metric(LIVE_MESSAGES).await?;
        phone.edit_request(doc, move |r| {
            r.title = format!("Drainage plan, draft {n}").into()
        })?;
        phone.wait_synced(doc).await?;
        let after = server.metric(LIVE_MESSAGES).await?;
        assert!(
            after > before,
            "edit {n} after creating the request was not served as live ({before} then {after})"
        );
    }
    Ok(())
}
