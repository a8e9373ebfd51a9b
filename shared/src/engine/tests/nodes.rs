//! Several nodes over one storage: what another node stored reaches this node's peers, and a
//! peer's change is acknowledged however the two streams interleave.

use super::*;

/// What another node does: changes the title, stores the chunk, and lets this node read it back.
fn store_title_elsewhere(net: &mut Net, doc: DocumentId, elsewhere: &mut Automerge, title: &str) {
    let before = elsewhere.get_heads();
    let mut r = schema::read_request(elsewhere).expect("read");
    r.title = title.into();
    schema::write(elsewhere, &r, NOW).expect("write");
    let chunk = elsewhere.save_after(&before);
    net.store
        .get_mut(&doc)
        .expect("stored")
        .chunks
        .push(chunk.clone());
    net.server.external_changes(doc, chunk, NOW);
}

#[test]
fn changes_another_node_stored_reach_subscribed_peers() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 12);
    let doc = create_on(&mut net, alice, &req, 1);

    // Another node applies an edit and stores it; this node only reads the chunk back.
    let mut elsewhere = schema::from_chunks(&net.store[&doc].chunks).expect("load");
    store_title_elsewhere(&mut net, doc, &mut elsewhere, "Edited on another node");
    net.pump();
    let seen =
        schema::read_request(net.client(alice).engine.document(doc).expect("doc")).expect("read");
    assert_eq!(seen.title.as_str(), "Edited on another node");
    assert!(net.held.is_empty(), "nothing is written again");

    // Evicted meanwhile: the subscribed peer still hears of the change, read from storage.
    net.server.tick(NOW + 60 * 60 * 1000);
    assert_eq!(net.server.loaded_count(), 0);
    store_title_elsewhere(&mut net, doc, &mut elsewhere, "Edited again");
    net.pump();
    let seen =
        schema::read_request(net.client(alice).engine.document(doc).expect("doc")).expect("read");
    assert_eq!(seen.title.as_str(), "Edited again");
}

/// While a device's change is being written, the device receives another node's change and
/// tells the server it now holds exactly what the server holds. automerge alone then sees
/// nothing left to say, so without the owed reply the device would never hear that its change
/// is stored.
#[test]
fn a_change_is_acknowledged_once_durable_even_if_the_device_caught_up_meanwhile() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let (_, req) = request("alice", 13);
    let doc = create_on(&mut net, alice, &req, 1);
    assert!(net.client(alice).engine.peer_has_all(alice, doc));

    // Another node's change reaches this node; the reply carrying it is still on its way.
    let mut elsewhere = schema::from_chunks(&net.store[&doc].chunks).expect("load");
    net.hold_replies = true;
    store_title_elsewhere(&mut net, doc, &mut elsewhere, "Edited on another node");
    net.pump();
    assert!(!net.held_replies.is_empty(), "the change is on its way");

    // Meanwhile the device adds a message, which the server admits and starts writing.
    net.hold_writes = true;
    edit_on(&mut net, alice, doc, |r| {
        r.messages.push(message("m-1", "alice", "Any news?"))
    });
    assert_eq!(net.held.len(), 1, "the device's change is being written");

    // The other node's change arrives: both now hold the same heads.
    net.release_replies();
    let heads = |engine: &Engine| engine.document(doc).map(|d| d.get_heads());
    assert_eq!(heads(&net.client(alice).engine), heads(&net.server));
    assert!(
        !net.client(alice).engine.peer_has_all(alice, doc),
        "nothing is acknowledged before it is durable"
    );

    net.hold_writes = false;
    net.release_writes();
    assert!(
        net.client(alice).engine.peer_has_all(alice, doc),
        "the change is acknowledged once durable"
    );
}
