//! Several stateless server nodes over one PostgreSQL database.

use anyhow::Result;
use hubdesk_shared::schema;
use hubdesk_tests::balancer::Balancer;
use hubdesk_tests::{Backend, Peer, TestServer, message, new_request};

#[tokio::test]
async fn a_change_made_through_one_node_reaches_peers_of_another() -> Result<()> {
    let Some(first) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let second = first.start_node_sharing().await?;
    let rahima = first.login("rahima").await?;
    let agent = second.login("agent").await?;

    let phone = Peer::connect(&first.ws_url(&rahima.token)).await?;
    let desk = Peer::connect(&second.ws_url(&agent.token)).await?;
    let request = new_request(&rahima.user_id, "Filed on node one");
    let doc = phone.create_request(&request)?;
    phone.wait_synced(doc).await?;

    // Node two reads the request from the shared database on demand.
    desk.want(doc);
    desk.wait_for(doc, "node two to serve the request", |d| {
        schema::read_request(d).is_ok_and(|r| r.title.as_str() == "Filed on node one")
    })
    .await?;

    // A later change through node one is pushed by node two to its peer, without a new request.
    let user = rahima.user_id.clone();
    phone.edit_request(doc, move |r| {
        r.messages.push(message("m-cluster", &user, "Any news?"));
    })?;
    phone.wait_synced(doc).await?;
    desk.wait_for(doc, "node two to forward the change", |d| {
        schema::read_request(d).is_ok_and(|r| r.messages.len() == 1)
    })
    .await?;

    // And the other way round.
    desk.edit_request(doc, |r| {
        r.title = "Filed on node one (seen by the hub)".into()
    })?;
    desk.wait_synced(doc).await?;
    phone
        .wait_for(doc, "node one to forward the hub's change", |d| {
            schema::read_request(d).is_ok_and(|r| r.title.as_str().ends_with("(seen by the hub)"))
        })
        .await?;
    Ok(())
}

/// One person's phone on the first node and laptop on the second, both holding a request the
/// phone filed.
struct TwoDevices {
    /// The two nodes, running as long as this is held.
    _nodes: (TestServer, TestServer),
    rahima: hubdesk_tests::Session,
    phone: Peer,
    laptop: Peer,
    doc: hubdesk_shared::ids::DocumentId,
}

/// Two nodes over one PostgreSQL with [`TwoDevices`] on them; `None` without PostgreSQL.
async fn two_devices_on_two_nodes(title: &str) -> Result<Option<TwoDevices>> {
    let Some(first) = TestServer::start(Backend::Postgres).await? else {
        return Ok(None);
    };
    let second = first.start_node_sharing().await?;
    let rahima = first.login("rahima").await?;
    let phone = Peer::connect(&first.ws_url(&rahima.token)).await?;
    let laptop = Peer::connect(&second.ws_url(&rahima.token)).await?;
    let doc = phone.create_request(&new_request(&rahima.user_id, title))?;
    phone.wait_synced(doc).await?;
    laptop.want(doc);
    laptop
        .wait_for(doc, "the request", |d| schema::read_request(d).is_ok())
        .await?;
    Ok(Some(TwoDevices {
        _nodes: (first, second),
        rahima,
        phone,
        laptop,
        doc,
    }))
}

#[tokio::test]
async fn another_nodes_change_arrives_at_once_and_signing_out_reaches_every_node() -> Result<()> {
    let Some(two) = two_devices_on_two_nodes("Across nodes").await? else {
        return Ok(());
    };
    let (rahima, phone, laptop, doc) = (&two.rahima, &two.phone, &two.laptop, two.doc);

    // Node two hears of node one's commit through a notification, not by polling every few
    // seconds: ten changes each arrive well within a second.
    let mut slowest = std::time::Duration::ZERO;
    for n in 0..10 {
        let user = rahima.user_id.clone();
        let id = format!("quick-{n}");
        phone.edit_request(doc, move |r| r.messages.push(message(&id, &user, "now")))?;
        phone.wait_synced(doc).await?;
        let started = std::time::Instant::now();
        laptop
            .wait_for(doc, "the change through node two", move |d| {
                schema::read_request(d).is_ok_and(|r| r.messages.len() > n)
            })
            .await?;
        slowest = slowest.max(started.elapsed());
    }
    eprintln!("slowest change from node one to node two's client: {slowest:?}");
    assert!(
        slowest < std::time::Duration::from_millis(1000),
        "{slowest:?}"
    );

    // Signing out through node one closes the device's websocket on node two.
    let out = rahima
        .post("/api/auth/logout", &serde_json::json!({}))
        .await?;
    assert_eq!(out.status, 204);
    let started = std::time::Instant::now();
    laptop.wait_closed().await?;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    Ok(())
}

#[tokio::test]
async fn behind_the_example_nginx_a_node_can_die_and_its_devices_carry_on_through_another()
-> Result<()> {
    let Some(mut first) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let second = first.start_node_sharing().await?;
    let Some(balancer) = Balancer::start(&[&first.base_url, &second.base_url]).await? else {
        return Ok(());
    };
    // Sign in and sync through the balancer only.
    let reply = first
        .http
        .post(format!("{}/api/auth/login", balancer.base_url))
        .json(&serde_json::json!({"username": "rahima", "password": "hubdesk-demo"}))
        .send()
        .await?;
    let body: serde_json::Value = reply.json().await?;
    let token = body["token"].as_str().unwrap_or_default().to_string();
    let user = body["user"]["id"].as_str().unwrap_or_default().to_string();
    let mut phone = Peer::connect(&balancer.ws_url(&token)).await?;
    let doc = phone.create_request(&new_request(&user, "Through the balancer"))?;
    phone.wait_synced(doc).await?;
    for n in 0..10 {
        let (author, id) = (user.clone(), format!("before-{n}"));
        phone.edit_request(doc, move |r| {
            r.messages.push(message(&id, &author, "acked"))
        })?;
        phone.wait_synced(doc).await?;
    }

    // One node dies; the device reconnects through the balancer to the other, which has every
    // acknowledged change, and goes on working.
    first.kill().await?;
    phone.reconnect().await?;
    let (author, id) = (user.clone(), "after".to_string());
    phone.edit_request(doc, move |r| {
        r.messages.push(message(&id, &author, "later"))
    })?;
    phone.wait_synced(doc).await?;
    let fresh = Peer::connect(&balancer.ws_url(&token)).await?;
    fresh.want(doc);
    fresh
        .wait_for(doc, "every acknowledged change", |d| {
            schema::read_request(d).is_ok_and(|r| r.messages.len() == 11)
        })
        .await?;
    Ok(())
}

/// Two devices of one person, each on its own node, take turns adding to one request's
/// conversation without waiting to see each other's turns, through enough writes for both nodes
/// to compact the document. Every change is acknowledged by the device's own node, even when
/// the other node's change reached the device while its own was being written, and in the end
/// both devices hold every turn (nothing another node stored is lost to a compaction).
#[tokio::test]
async fn two_devices_on_two_nodes_taking_turns_are_acknowledged_and_see_every_turn() -> Result<()> {
    const TURNS: usize = 140;
    let Some(two) = two_devices_on_two_nodes("Taking turns").await? else {
        return Ok(());
    };
    let (rahima, phone, laptop, doc) = (&two.rahima, &two.phone, &two.laptop, two.doc);
    for turn in 0..TURNS {
        let writer = if turn % 2 == 0 { phone } else { laptop };
        writer.add_message(
            doc,
            message(&format!("turn-{turn}"), &rahima.user_id, "mine"),
        )?;
        writer
            .wait_synced(doc)
            .await
            .map_err(|e| anyhow::anyhow!("turn {turn}: {e}"))?;
    }
    for device in [phone, laptop] {
        device
            .wait_for(doc, "every turn", |d| {
                schema::read_request(d).is_ok_and(|r| r.messages.len() == TURNS)
            })
            .await?;
    }
    Ok(())
}
