//! The engine's core on the simulated network: what is stored and acknowledged, who may read
//! and write what, offline edits merging, eviction and compaction.

use super::*;
#[test]
fn a_request_created_on_a_device_is_stored_with_its_triage_and_notes() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (id, req) = request("alice", 1);
    let doc = create_on(&mut net, alice, &req, 1);

    assert_eq!(
        net.stored_request(doc).map(|r| r.title),
        Some(req.title.clone())
    );
    assert!(net.store.contains_key(&id.document(DocKind::Triage)));
    assert!(net.store.contains_key(&id.document(DocKind::Notes)));
    assert_eq!(
        net.store[&doc].owner.as_ref().map(|u| u.as_str()),
        Some("alice")
    );
    assert!(net.client(alice).engine.peer_has_all(alice, doc));
}

#[test]
fn changes_are_acknowledged_only_after_they_are_durable() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    net.hold_writes = true;
    let (_, req) = request("alice", 2);
    let doc = create_on(&mut net, alice, &req, 1);

    assert!(!net.held.is_empty(), "the server asked for a write");
    assert!(!net.client(alice).engine.peer_has_all(alice, doc));

    net.hold_writes = false;
    net.release_writes();
    assert!(net.client(alice).engine.peer_has_all(alice, doc));
}

#[test]
fn a_practitioner_cannot_fetch_another_practitioners_request_or_any_notes() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (id, req) = request("alice", 3);
    create_on(&mut net, alice, &req, 1);
    let bob = net.join(principal("bob", Role::Practitioner));

    for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
        net.client_mut(bob).want(id.document(kind), NOW);
    }
    net.pump();
    let unavailable = &net.client(bob).unavailable;
    for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
        assert!(unavailable.contains(&id.document(kind)), "{kind:?}");
    }
    assert!(
        net.client(bob)
            .engine
            .document(id.document(DocKind::Request))
            .is_none()
    );

    net.client_mut(alice).want(id.document(DocKind::Notes), NOW);
    net.pump();
    assert!(
        net.client(alice)
            .unavailable
            .contains(&id.document(DocKind::Notes))
    );
}

#[test]
fn a_request_filed_as_someone_else_is_refused_and_not_stored() {
    let mut net = Net::new();
    let mallory = net.join(principal("mallory", Role::Practitioner));
    let (_, req) = request("alice", 4);
    let doc = create_on(&mut net, mallory, &req, 1);

    assert!(!net.store.contains_key(&doc));
    assert_eq!(net.refused.len(), 1);
    assert_eq!(net.refused[0].1, vec!["requester".to_string()]);
}

#[test]
fn an_invalid_request_is_refused_and_not_stored() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, mut req) = request("alice", 5);
    req.title = "".into();
    let doc = create_on(&mut net, alice, &req, 1);

    assert!(!net.store.contains_key(&doc));
    assert_eq!(net.refused[0].1, vec!["title".to_string()]);
}

#[test]
fn a_practitioners_writes_to_triage_are_neither_stored_nor_forwarded() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let agent = net.join(principal("agent", Role::Agent));
    let (id, req) = request("alice", 6);
    create_on(&mut net, alice, &req, 1);
    let triage = id.document(DocKind::Triage);
    net.client_mut(alice).want(triage, NOW);
    net.client_mut(agent).want(triage, NOW);
    net.pump();
    let stored_before = net.store[&triage].chunks.len();

    let edit: Edit = Box::new(|am: &mut Automerge| {
        let mut t = schema::read_triage(am).map_err(|_| Rejection::NotFound)?;
        t.status = crate::model::Status::Closed;
        schema::write(am, &t, NOW).map_err(|e| Rejection::Conflict(e.to_string()))
    });
    net.client_mut(alice).edit(triage, edit, None, 5, NOW);
    net.pump();

    assert_eq!(net.store[&triage].chunks.len(), stored_before);
    let agent_view = net
        .client(agent)
        .engine
        .document(triage)
        .expect("agent has triage");
    assert_eq!(
        schema::read_triage(agent_view).expect("triage").status,
        crate::model::Status::New
    );
}

#[test]
fn offline_edits_from_two_devices_merge_through_the_server() {
    let mut net = Net::new();
    let phone = net.join(principal("alice", Role::Practitioner));
    let laptop = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 7);
    let doc = create_on(&mut net, phone, &req, 1);
    net.client_mut(laptop).want(doc, NOW);
    net.pump();
    assert!(net.client(laptop).engine.document(doc).is_some());

    net.go_offline(phone);
    net.go_offline(laptop);
    edit_on(&mut net, phone, doc, |r| {
        r.description.splice(0, 0, "PHONE ");
        r.messages
            .push(message("m-phone", "alice", "from the phone"));
    });
    edit_on(&mut net, laptop, doc, |r| {
        let end = r.description.as_str().chars().count();
        r.description.splice(end, 0, " LAPTOP");
        r.messages
            .push(message("m-laptop", "alice", "from the laptop"));
    });
    net.reconnect(phone, principal("alice", Role::Practitioner));
    net.reconnect(laptop, principal("alice", Role::Practitioner));
    net.pump();

    let stored = net.stored_request(doc).expect("stored");
    assert_eq!(
        stored.description.as_str(),
        "PHONE Can the hub run a training? LAPTOP"
    );
    assert_eq!(stored.messages.len(), 2);
    for conn in [phone, laptop] {
        let view = schema::read_request(net.client(conn).engine.document(doc).expect("doc"))
            .expect("request");
        assert_eq!(view.description.as_str(), stored.description.as_str());
    }
}

#[test]
fn a_practitioner_cannot_post_as_staff() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 8);
    let doc = create_on(&mut net, alice, &req, 1);
    edit_on(&mut net, alice, doc, |r| {
        r.messages.push(Message {
            role: MessageRole::Staff,
            ..message("m1", "alice", "I am the hub")
        });
    });
    assert_eq!(net.stored_request(doc).map(|r| r.messages.len()), Some(0));
    assert_eq!(
        net.refused.last().map(|r| r.1.clone()),
        Some(vec!["messages[0]".to_string()])
    );
}

#[test]
fn idle_documents_are_evicted_and_reloaded_on_demand() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 9);
    let doc = create_on(&mut net, alice, &req, 1);
    assert!(net.server.loaded_count() >= 3);

    net.server.tick(NOW + 60 * 60 * 1000);
    assert_eq!(net.server.loaded_count(), 0);

    edit_on(&mut net, alice, doc, |r| {
        r.title = "Training for 40 ward officers".into()
    });
    assert_eq!(
        net.stored_request(doc).map(|r| r.title.0),
        Some("Training for 40 ward officers".to_string())
    );
}

#[test]
fn a_write_made_after_its_record_was_loaded_is_still_for_whoever_asked() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 10);
    let doc = create_on(&mut net, alice, &req, 1);
    assert!(net.causes.contains(&Cause::Peer(alice)));

    // Her edit arrives while the record is out of memory: it runs when the load finishes, and
    // is still hers (the server writes it in its live lane if she has credit left).
    net.server.tick(NOW + 60 * 60 * 1000);
    net.causes.clear();
    edit_on(&mut net, alice, doc, |r| {
        r.title = "Training for 12 ward officers".into()
    });
    assert_eq!(net.causes, vec![Cause::Peer(alice)]);

    // A REST call's edit, likewise after a load.
    net.server.tick(NOW + 2 * 60 * 60 * 1000);
    net.causes.clear();
    let edit = request_edit(|r| r.title = "Training for 14 ward officers".into());
    net.server.edit(
        doc,
        edit,
        Some(principal("alice", Role::Practitioner)),
        7,
        NOW,
    );
    net.pump();
    assert_eq!(net.causes, vec![Cause::Local]);
    assert_eq!(
        net.stored_request(doc).map(|r| r.title.0),
        Some("Training for 14 ward officers".to_string())
    );
}

#[test]
fn garbage_bytes_close_only_that_connection() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let bob = net.join(principal("bob", Role::Practitioner));
    net.server.receive(alice, b"not cbor at all", NOW);
    net.pump();
    assert!(net.closed.iter().any(|(c, _)| *c == alice));
    assert!(net.server.is_connected(bob));
    assert!(!net.server.is_connected(alice));
}

#[test]
fn a_join_without_protocol_version_one_is_refused() {
    let mut server = Engine::new(EngineConfig::server("server", Rules::default()));
    server.accept(1, principal("alice", Role::Practitioner));
    let join = wire::encode(WireMessage::Join {
        sender_id: "raw".into(),
        peer_metadata: PeerMetadata::default(),
        supported_protocol_versions: vec!["99".into()],
    });
    server.receive(1, &join, NOW);
    let effects = server.take_effects();
    let sent: Vec<WireMessage> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::Send { bytes, .. } => wire::decode(bytes).ok(),
            _ => None,
        })
        .collect();
    assert!(
        matches!(&sent[0], WireMessage::Error { message, .. } if message == "unsupported protocol version")
    );
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Close { conn: 1, .. }))
    );
}

#[test]
fn documents_compact_after_many_writes() {
    let mut net = Net::new();
    net.server = Engine::new(EngineConfig {
        compact_after_chunks: 3,
        ..EngineConfig::server("server", Rules::default())
    });
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 10);
    let doc = create_on(&mut net, alice, &req, 1);
    for i in 0..5 {
        edit_on(&mut net, alice, doc, move |r| {
            r.title = format!("Title {i}").as_str().into()
        });
    }
    assert!(net.store[&doc].chunks.len() <= 3);
    assert_eq!(
        net.stored_request(doc).map(|r| r.title.0),
        Some("Title 4".to_string())
    );
}

#[test]
fn a_missing_document_requested_by_a_client_is_unavailable() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (id, _) = request("alice", 11);
    net.client_mut(alice)
        .want(id.document(DocKind::Request), NOW);
    net.pump();
    assert_eq!(
        net.client(alice).unavailable,
        vec![id.document(DocKind::Request)]
    );
}
