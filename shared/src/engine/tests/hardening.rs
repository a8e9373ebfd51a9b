//! Hostile and unlucky peers: the attacks and races of the hardening work, each shown on the
//! simulated network.

use super::*;
use crate::limits;
use automerge::ReadDoc;
use automerge::transaction::Transactable;

/// Sends an ephemeral message straight to the server as connection `conn`, claiming
/// `sender_id`.
fn send_ephemeral(net: &mut Net, conn: ConnId, doc: DocumentId, sender_id: &str, bytes: usize) {
    let message = WireMessage::Ephemeral {
        doc: DocMessage {
            sender_id: sender_id.into(),
            target_id: "server".into(),
            document_id: doc,
            data: vec![7; bytes],
        },
        count: 1,
        session_id: "session".into(),
    };
    net.server.receive(conn, &wire::encode(message), NOW);
    net.pump();
}

#[test]
fn ephemeral_messages_pass_only_between_writers_under_their_own_name_small_and_few() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let agent = net.join(principal("agent", Role::Agent));
    let fund = net.join(principal("farah", Role::FundManager));
    let (_, req) = request("alice", 12);
    let doc = create_on(&mut net, alice, &req, 1);
    for conn in [agent, fund] {
        net.client_mut(conn).want(doc, NOW);
    }
    net.pump();

    // A writer's presence reaches the other writer only, under the sender id of its session.
    send_ephemeral(&mut net, alice, doc, "someone-else", 64);
    assert_eq!(net.relayed, vec![(agent, "client-0".to_string())]);

    // A reader (a fund manager on a help-desk request) is not relayed at all.
    net.relayed.clear();
    send_ephemeral(&mut net, fund, doc, "client-2", 64);
    assert!(net.relayed.is_empty(), "{:?}", net.relayed);

    // Too large, or too many in a second: dropped.
    send_ephemeral(&mut net, agent, doc, "client-1", EPHEMERAL_MAX_BYTES + 1);
    assert!(net.relayed.is_empty());
    for _ in 0..(EPHEMERAL_PER_SECOND + 5) {
        send_ephemeral(&mut net, agent, doc, "client-1", 16);
    }
    assert_eq!(net.relayed.len(), EPHEMERAL_PER_SECOND as usize);
    assert!(net.relayed.iter().all(|(to, _)| *to == alice));
}

/// A triage or notes document asked for just before its request arrives is still being loaded
/// when the request is admitted; genesis must still create it, whatever the order in which the
/// load and the writes then finish.
#[test]
fn genesis_survives_a_triage_or_notes_load_racing_the_request_50_times() {
    for round in 0..50u8 {
        let mut net = Net::new();
        let alice = net.join(principal("alice", Role::Practitioner));
        let agent = net.join(principal("agent", Role::Agent));
        let (id, req) = request("alice", round);
        net.hold_loads = vec![DocKind::Triage, DocKind::Notes];
        net.hold_writes = round % 2 == 0;
        // The console opens the request's triage (and sometimes its notes) first.
        net.client_mut(agent)
            .want(id.document(DocKind::Triage), NOW);
        if round % 3 == 0 {
            net.client_mut(agent).want(id.document(DocKind::Notes), NOW);
        }
        net.pump();
        let doc = create_on(&mut net, alice, &req, 1);
        if round % 4 < 2 {
            net.release_loads();
            net.hold_writes = false;
            net.release_writes();
        } else {
            net.hold_writes = false;
            net.release_writes();
            net.release_loads();
        }
        net.pump();
        assert!(net.stored_request(doc).is_some(), "round {round}");
        for kind in [DocKind::Triage, DocKind::Notes] {
            let stored = net.store.get(&id.document(kind));
            assert!(
                stored.is_some_and(|s| !s.chunks.is_empty()),
                "round {round}: no {kind:?} stored"
            );
            assert_eq!(
                stored.and_then(|s| s.owner.as_ref()).map(|u| u.as_str()),
                Some("alice"),
                "round {round}: {kind:?} stored without its requester"
            );
        }
        let triage = net
            .client(agent)
            .engine
            .document(id.document(DocKind::Triage));
        assert!(
            triage.is_some_and(|t| schema::read_triage(t).is_ok()),
            "round {round}: the console never got the triage"
        );
    }
}

/// The `n`th request document id of series `series`: ids nothing stores.
pub(super) fn missing_id(n: u32, series: u8) -> DocumentId {
    let mut random = [0u8; 10];
    random[..4].copy_from_slice(&n.to_be_bytes());
    random[9] = series;
    RequestId::new(NOW as u64, random).document(DocKind::Request)
}

/// Sends a sync message straight to the server as connection `conn`, as a device that holds
/// nothing of `doc` would at first.
pub(super) fn send_first_sync(net: &mut Net, conn: ConnId, doc: DocumentId, is_request: bool) {
    let mut state = automerge::sync::State::new();
    let data = Automerge::new()
        .generate_sync_message(&mut state)
        .expect("a first message")
        .encode();
    let m = DocMessage {
        sender_id: format!("client-{conn}"),
        target_id: "server".into(),
        document_id: doc,
        data,
    };
    let message = if is_request {
        WireMessage::Request(m)
    } else {
        WireMessage::Sync(m)
    };
    net.server.receive(conn, &wire::encode(message), NOW);
    net.pump();
}

/// What the server last sent `conn` about `doc`, with the document id blanked out.
fn last_answer(net: &Net, conn: ConnId, doc: DocumentId) -> Option<WireMessage> {
    let blank = DocumentId::from_bytes([0; 16]);
    net.sent.iter().rev().find_map(|(to, message)| {
        if *to != conn {
            return None;
        }
        match message.clone() {
            WireMessage::Sync(mut m) if m.document_id == doc => {
                m.document_id = blank;
                Some(WireMessage::Sync(m))
            }
            WireMessage::DocUnavailable {
                sender_id,
                target_id,
                document_id,
            } if document_id == doc => Some(WireMessage::DocUnavailable {
                sender_id,
                target_id,
                document_id: blank,
            }),
            _ => None,
        }
    })
}

#[test]
fn another_users_document_is_answered_exactly_like_a_missing_one() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let bob = net.join(principal("bob", Role::Practitioner));
    let (_, req) = request("alice", 30);
    let taken = create_on(&mut net, alice, &req, 1);
    let missing = RequestId::new(NOW as u64, [31; 10]).document(DocKind::Request);

    for is_request in [false, true] {
        send_first_sync(&mut net, bob, taken, is_request);
        send_first_sync(&mut net, bob, missing, is_request);
        let (a, b) = (
            last_answer(&net, bob, taken),
            last_answer(&net, bob, missing),
        );
        assert!(a.is_some(), "no answer about the taken id");
        assert_eq!(a, b, "request message: {is_request}");
    }
    // Nothing of alice's reached bob.
    assert!(net.client(bob).engine.document(taken).is_none());
}

#[test]
fn probes_for_missing_ids_are_bounded_per_session_and_evict_nothing_stored() {
    let mut net = Net::new();
    net.server.config.max_loaded_docs = 50;
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 40);
    let doc = create_on(&mut net, alice, &req, 1);
    if let Some(Slot::Ready(loaded)) = net.server.docs.get_mut(&doc) {
        loaded.last_used = NOW - 1_000;
    }
    let mallory = net.join(principal("mallory", Role::Practitioner));

    // 500 probes at once: at most LOADS_PER_SESSION reach storage at a time.
    net.hold_loads = vec![DocKind::Request];
    let probes: Vec<DocumentId> = (0..500u32).map(|i| missing_id(i, 41)).collect();
    for probe in &probes {
        send_first_sync(&mut net, mallory, *probe, true);
    }
    assert_eq!(net.held_loads.len(), limits::LOADS_PER_SESSION);
    let mut rounds = 0;
    while !net.held_loads.is_empty() {
        assert!(net.held_loads.len() <= limits::LOADS_PER_SESSION);
        net.release_loads();
        rounds += 1;
    }
    assert!(rounds >= 500 / limits::LOADS_PER_SESSION);
    let answered = net
        .sent
        .iter()
        .filter(|(to, m)| *to == mallory && matches!(m, WireMessage::DocUnavailable { .. }))
        .count();
    assert_eq!(answered, 500, "every probe is answered, in the end");

    // The placeholders went first: the stored request is still in memory. (A server's shell
    // evicts between its turns, a few documents each time.)
    net.server.tick(NOW);
    for _ in 0..500 {
        net.server.evict_as_they_come(NOW);
    }
    assert!(matches!(net.server.docs.get(&doc), Some(Slot::Ready(l)) if l.exists));
    assert!(net.server.loaded_count() <= 50);

    // Asking the same missing ids again costs no storage round-trip while they are remembered.
    assert!(net.server.placeholders.len() <= limits::PLACEHOLDERS_MAX);
    send_first_sync(&mut net, mallory, probes[499], true);
    assert!(
        net.held_loads.is_empty(),
        "a remembered missing id was loaded again"
    );
    net.hold_loads = Vec::new();

    // A session that keeps probing is closed.
    let mut n = 500u32;
    while !net.closed.iter().any(|(c, _)| *c == mallory) {
        send_first_sync(&mut net, mallory, missing_id(n, 42), true);
        n += 1;
        assert!(n < 5_000, "the prober was never closed");
    }
    assert!(
        net.closed
            .iter()
            .any(|(c, reason)| *c == mallory && reason.contains("cannot be had"))
    );
    // 501 misses above, then the rest up to the limit; the one after it closes the session.
    assert_eq!(n as usize, limits::MISSES_PER_SESSION as usize);
}

/// Sends `doc`'s sync message carrying `chunk` (changes or a whole document) straight to the
/// server as connection `conn`, as a stock client that checks nothing could.
fn send_chunk(
    net: &mut Net,
    conn: ConnId,
    doc: DocumentId,
    heads: Vec<ChangeHash>,
    chunk: Vec<u8>,
) {
    let message = automerge::sync::Message {
        heads,
        need: Vec::new(),
        have: Vec::new(),
        changes: vec![chunk].into(),
        flags: None,
        version: automerge::sync::MessageVersion::V2,
    };
    send_sync(net, conn, doc, message);
}

/// Sends `message` about `doc` straight to the server as connection `conn`.
fn send_sync(net: &mut Net, conn: ConnId, doc: DocumentId, message: automerge::sync::Message) {
    let m = DocMessage {
        sender_id: format!("client-{conn}"),
        target_id: "server".into(),
        document_id: doc,
        data: message.encode(),
    };
    net.server
        .receive(conn, &wire::encode(WireMessage::Sync(m)), NOW);
    net.pump();
}

#[test]
fn millions_of_operations_in_a_small_message_are_refused_before_they_are_applied() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 50);
    let doc = create_on(&mut net, alice, &req, 1);
    let before = net.stored_request(doc).expect("stored");

    // Her own request, its description set to two million characters in one change, sent as a
    // whole compressed document (what automerge sends a peer that lacks most of it).
    let mut hostile = net.client(alice).engine.document(doc).expect("held").fork();
    {
        let mut tx = hostile.transaction();
        let (_, text) = tx
            .get(automerge::ROOT, "description")
            .ok()
            .flatten()
            .expect("a description");
        tx.splice_text(&text, 0, 0, &"x".repeat(2_000_000))
            .expect("spliced");
        tx.commit();
    }
    let whole = hostile.save();
    assert!(
        whole.len() < limits::SYNC_MESSAGE_MAX_BYTES,
        "a small message"
    );
    send_chunk(&mut net, alice, doc, hostile.get_heads(), whole);
    assert!(
        matches!(
            last_answer(&net, alice, doc),
            Some(WireMessage::DocUnavailable { .. })
        ),
        "the write was not refused"
    );
    // As a compressed change on top of what the hub has, too.
    let mut change = hostile
        .get_changes(
            &net.client(alice)
                .engine
                .document(doc)
                .expect("held")
                .get_heads(),
        )
        .pop()
        .expect("the hostile change");
    send_chunk(
        &mut net,
        alice,
        doc,
        hostile.get_heads(),
        change.bytes().into_owned(),
    );
    assert_eq!(
        net.stored_request(doc),
        Some(before),
        "something was stored"
    );
    let loaded = match net.server.docs.get(&doc) {
        Some(Slot::Ready(loaded)) => loaded.doc.get_heads(),
        _ => Vec::new(),
    };
    assert!(
        !loaded.iter().any(|h| hostile.get_heads().contains(h)),
        "the hub applied it"
    );
}

/// What the server last sent `conn` about `doc`, as a sync message.
fn last_sync_to(net: &Net, conn: ConnId, doc: DocumentId) -> Option<automerge::sync::Message> {
    net.sent
        .iter()
        .rev()
        .find_map(|(to, message)| match message {
            WireMessage::Sync(m) if *to == conn && m.document_id == doc => {
                automerge::sync::Message::decode(&m.data).ok()
            }
            _ => None,
        })
}

#[test]
fn a_new_record_evicted_between_handshake_and_upload_is_stored_when_its_changes_arrive() {
    // A wave of new records: the server answers each first message from an empty placeholder,
    // and keeps at most PLACEHOLDERS_MAX of those. One evicted after its first answer is loaded
    // again when its changes arrive; they must be applied, not dropped with an old placeholder.
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 60);
    let doc = RequestId::parse(&req.id)
        .expect("id")
        .document(DocKind::Request);
    let mut am = schema::new_request_doc(&req, automerge::ActorId::random()).expect("doc");
    let mut state = automerge::sync::State::new();
    let first = am
        .generate_sync_message(&mut state)
        .expect("a first message");
    send_sync(&mut net, alice, doc, first);
    let answer = last_sync_to(&net, alice, doc).expect("the server answers");
    am.receive_sync_message(&mut state, answer)
        .expect("the answer applies");

    // Others' new records fill the placeholders; then everything idle is evicted.
    let bob = net.join(principal("bob", Role::Practitioner));
    for i in 0..limits::PLACEHOLDERS_MAX as u32 - 1 {
        send_first_sync(&mut net, bob, missing_id(i, 61), false);
    }
    net.server.tick(NOW + net.server.config.idle_evict_ms + 1);
    assert!(!net.server.docs.contains_key(&doc), "evicted");

    // Alice's changes arrive.
    let changes = am
        .generate_sync_message(&mut state)
        .expect("the changes the server needs");
    assert!(!changes.changes.is_empty());
    send_sync(&mut net, alice, doc, changes);
    assert_eq!(
        net.stored_request(doc).map(|r| r.title),
        Some(req.title.clone()),
        "the record is stored"
    );
    let ack = last_sync_to(&net, alice, doc).expect("the server acknowledges");
    assert_eq!(ack.heads, am.get_heads());
}

#[test]
fn a_refused_first_write_drops_nothing_another_peer_sent_for_the_same_record_meanwhile() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let mallory = net.join(principal("mallory", Role::Practitioner));
    let (_, req) = request("alice", 62);
    let doc = RequestId::parse(&req.id)
        .expect("id")
        .document(DocKind::Request);
    let theirs = schema::new_request_doc(&req, automerge::ActorId::random()).expect("doc");
    let hers = schema::new_request_doc(&req, automerge::ActorId::random()).expect("doc");

    // Both arrive while the record is being loaded: mallory's first (filed as alice, refused),
    // then alice's own.
    net.hold_loads = vec![DocKind::Request];
    send_chunk(&mut net, mallory, doc, theirs.get_heads(), theirs.save());
    send_chunk(&mut net, alice, doc, hers.get_heads(), hers.save());
    assert_eq!(net.held_loads, vec![doc], "one load for both");
    while !net.held_loads.is_empty() {
        net.release_loads();
    }
    assert!(net.refused.iter().any(|(conn, _)| *conn == mallory));
    let stored = net.store.get(&doc).expect("alice's record is stored");
    let stored = schema::from_chunks(&stored.chunks).expect("loads");
    assert_eq!(
        stored.get_heads(),
        hers.get_heads(),
        "hers, and nothing of mallory's"
    );
}
