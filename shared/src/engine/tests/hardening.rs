//! Hostile and unlucky peers: the attacks and races of the hardening work, each shown on the
//! simulated network.

use super::*;

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
