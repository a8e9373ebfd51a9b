//! Memory under a wave of uploads, shown on the simulated network: the caps on documents in
//! memory, what is evicted first, and what waits behind a session's loads.

use super::hardening::{missing_id, send_first_sync};
use super::*;
use crate::limits;

#[test]
fn messages_behind_a_load_in_progress_count_against_the_deferred_cap() {
    let mut net = Net::new();
    let mallory = net.join(principal("mallory", Role::Practitioner));
    let doc = RequestId::new(NOW as u64, [51; 10]).document(DocKind::Request);
    net.hold_loads = vec![DocKind::Request];
    send_first_sync(&mut net, mallory, doc, true);
    assert_eq!(net.held_loads.len(), 1, "its load waits");
    // Messages for the same document while it loads: each waits behind the load.
    let junk = vec![7u8; 1_000_000];
    let mut sent = 0;
    while !net.closed.iter().any(|(c, _)| *c == mallory) {
        let m = DocMessage {
            sender_id: "mallory".into(),
            target_id: "server".into(),
            document_id: doc,
            data: junk.clone(),
        };
        net.server
            .receive(mallory, &wire::encode(WireMessage::Sync(m)), NOW);
        net.pump();
        sent += 1;
        assert!(sent <= 20, "the session was never closed");
    }
    assert_eq!(
        sent,
        limits::DEFERRED_MAX_BYTES / junk.len() + 1,
        "closed once past the cap"
    );
}

#[test]
fn a_server_evicts_over_its_caps_a_few_documents_at_a_time_as_they_come() {
    use super::super::eviction::{EVICT_AT_ONCE, EVICT_STEP};
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let docs: Vec<DocumentId> = (0..40u8)
        .map(|seed| create_on(&mut net, alice, &request("alice", seed).1, u64::from(seed)))
        .collect();
    let held = net.server.loaded_count();
    assert!(held > EVICT_AT_ONCE + EVICT_STEP, "{held} documents");
    net.server.config.max_loaded_docs = 2;
    net.server.evict_as_they_come(NOW);
    assert_eq!(
        net.server.loaded_count(),
        held - EVICT_AT_ONCE,
        "a few at a time, not all in one turn"
    );
    let mut calls = 1;
    while net.server.loaded_count() > 2 {
        net.server.evict_as_they_come(NOW);
        calls += 1;
        assert!(calls <= held, "each call goes on where the last stopped");
    }
    assert_eq!(net.server.loaded_count(), 2, "down to the cap, no further");

    // Under the cap with nothing new in memory and no write made durable since, the caps are
    // not even summed up again.
    net.server.config.max_loaded_docs = 1;
    net.server.evict_as_they_come(NOW);
    assert_eq!(net.server.loaded_count(), 2);
    // Nor after one write made durable; a tick has them checked.
    edit_on(&mut net, alice, docs[0], |r| r.title = "Retitled".into());
    net.server.evict_as_they_come(NOW);
    assert!(net.server.loaded_count() >= 2);
    net.server.tick(NOW);
    net.server.evict_as_they_come(NOW);
    assert_eq!(net.server.loaded_count(), 1);
}

#[test]
fn a_server_chooses_again_once_enough_writes_are_durable() {
    use super::super::eviction::EVICT_STEP;
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let docs: Vec<DocumentId> = (0..40u8)
        .map(|seed| create_on(&mut net, alice, &request("alice", seed).1, u64::from(seed)))
        .collect();
    // Edits in flight: their documents cannot go.
    net.hold_writes = true;
    for doc in &docs[..EVICT_STEP] {
        edit_on(&mut net, alice, *doc, |r| r.title = "Retitled".into());
    }
    net.server.evict_over_caps(NOW);
    let held = net.server.loaded_count();
    net.server.config.max_loaded_docs = 0;
    net.server.evict_as_they_come(NOW);
    assert_eq!(
        net.server.loaded_count(),
        held,
        "nothing new since the last choice: memory is not scanned again"
    );
    net.release_writes();
    net.server.evict_as_they_come(NOW);
    assert!(
        net.server.loaded_count() < held,
        "{EVICT_STEP} documents' writes made durable: chosen again"
    );
}

#[test]
fn a_document_used_after_it_was_chosen_for_eviction_stays() {
    use super::super::eviction::EVICT_AT_ONCE;
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let docs: Vec<DocumentId> = (0..(EVICT_AT_ONCE as u8 + 8))
        .map(|seed| create_on(&mut net, alice, &request("alice", seed).1, u64::from(seed)))
        .collect();
    // Each used after the one before.
    for (n, doc) in docs.iter().enumerate() {
        if let Some(Slot::Ready(loaded)) = net.server.docs.get_mut(doc) {
            loaded.last_used = NOW + 1 + n as i64;
        }
    }
    let held = net.server.loaded_count();
    net.server.config.max_loaded_docs = 0;
    // The first call chooses them all and evicts the oldest few.
    net.server.evict_as_they_come(NOW);
    assert_eq!(net.server.loaded_count(), held - EVICT_AT_ONCE);
    // The youngest is used again before its turn comes.
    let youngest = docs[docs.len() - 1];
    if let Some(Slot::Ready(loaded)) = net.server.docs.get_mut(&youngest) {
        loaded.last_used = NOW + 1_000;
    }
    let mut calls = 0;
    while net.server.loaded_count() > 1 && calls < held {
        net.server.evict_as_they_come(NOW);
        calls += 1;
    }
    assert_eq!(net.server.loaded_count(), 1, "the others chosen go");
    assert!(
        net.server.document(youngest).is_some(),
        "the one used since stays until chosen again"
    );
}

#[test]
fn documents_in_memory_are_held_to_their_byte_cap_between_ticks_except_unsaved_ones() {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let docs: Vec<DocumentId> = (60..68u8)
        .map(|seed| create_on(&mut net, alice, &request("alice", seed).1, u64::from(seed)))
        .collect();
    // Used one after another, the last most recently.
    for (n, doc) in docs.iter().enumerate() {
        if let Some(Slot::Ready(loaded)) = net.server.docs.get_mut(doc) {
            loaded.last_used = NOW + 1 + n as i64;
        }
    }
    // Room for about three of these requests, however many the count cap would allow.
    let one = net.server.docs.get(&docs[7]).map_or(0, Slot::footprint);
    assert!(one > super::super::doc::footprint(0, 0));
    net.server.config.max_loaded_bytes = one * 3;
    let stored = |net: &Net| {
        docs.iter()
            .filter(|d| net.server.document(**d).is_some())
            .count()
    };
    assert!(
        stored(&net) > 3,
        "the cap is not applied before it is asked for"
    );

    net.server.evict_over_caps(NOW);
    let footprint: usize = net.server.docs.values().map(Slot::footprint).sum();
    assert!(
        footprint <= one * 3,
        "{footprint} bytes held, cap {}",
        one * 3
    );
    assert!(
        net.server.document(docs[7]).is_some(),
        "the most recently used document stays"
    );
    assert!(net.server.document(docs[0]).is_none(), "the oldest goes");

    // A document whose write is not yet durable stays, whatever the cap.
    net.hold_writes = true;
    edit_on(&mut net, alice, docs[0], |r| {
        r.title = "Unsaved retitle".into()
    });
    net.server.config.max_loaded_bytes = 0;
    net.server.evict_over_caps(NOW);
    assert!(net.server.document(docs[0]).is_some());
    assert_eq!(net.server.loaded_count(), 1);

    // Once saved, it is evicted too, and read back from storage on demand.
    net.release_writes();
    net.server.evict_over_caps(NOW);
    assert_eq!(net.server.loaded_count(), 0);
    assert_eq!(
        net.stored_request(docs[0]).map(|r| r.title.0),
        Some("Unsaved retitle".to_string())
    );
}

/// Alice edits her request live (its seed `seed`); Bob's device uploads `backlog` requests of
/// his (the seeds after it). Returns the network, Alice's request, Bob's connection and his.
fn alice_live_bob_uploading(seed: u8, backlog: u8) -> (Net, DocumentId, ConnId, Vec<DocumentId>) {
    let mut net = Net::new();
    let alice = net.join(principal("alice", Role::Practitioner));
    let bob = net.join(principal("bob", Role::Practitioner));
    net.server.set_live(alice, true);
    let edited = create_on(&mut net, alice, &request("alice", seed).1, u64::from(seed));
    edit_on(&mut net, alice, edited, |r| r.title = "Edited live".into());
    let uploaded = (seed + 1..=seed + backlog)
        .map(|seed| create_on(&mut net, bob, &request("bob", seed).1, u64::from(seed)))
        .collect();
    (net, edited, bob, uploaded)
}

#[test]
fn a_record_being_edited_live_outlasts_an_upload_in_memory() {
    use super::super::LIVE_KEEP_MS;
    let (mut net, edited, bob, uploaded) = alice_live_bob_uploading(70, 6);
    // Every other document in memory is touched at `at`, after Alice's last edit; then one
    // document is evicted, at `at`: whether it was the one she edited.
    let evict_one_at = |net: &mut Net, at: i64| {
        for (doc, slot) in &mut net.server.docs {
            if let Slot::Ready(loaded) = slot
                && *doc != edited
            {
                loaded.last_used = at;
            }
        }
        let held = net.server.loaded_count();
        net.server.config.max_loaded_docs = held - 1;
        net.server.evict_over_caps(at);
        assert_eq!(net.server.loaded_count(), held - 1);
        net.server.document(edited).is_none()
    };
    let later = NOW + 1_000;
    assert!(
        !evict_one_at(&mut net, later),
        "the record being edited stays, though used less recently"
    );

    // Over the caps with the upload's writes in flight, it stays within its reserve.
    net.hold_writes = true;
    for doc in &uploaded {
        edit_on(&mut net, bob, *doc, |r| r.title = "Uploaded".into());
    }
    net.server.config.max_loaded_docs = 4;
    net.server.evict_over_caps(later);
    assert!(net.server.loaded_count() > 4, "unsaved ones stay");
    assert!(
        net.server.document(edited).is_some(),
        "the only evictable document, but kept for a live session"
    );
    net.release_writes();

    // Once no edit came for longer than the head start, plain recency decides again.
    let idle = NOW + LIVE_KEEP_MS + 1;
    assert!(evict_one_at(&mut net, idle), "an idle record goes first");
}

#[test]
fn a_placeholder_kept_for_a_live_session_does_not_stop_eviction_of_others() {
    let (mut net, asked, _, _) = alice_live_bob_uploading(80, 4);
    // Alice's is now an empty placeholder in memory (a record her phone asked for that the hub
    // does not hold), kept for her: it sorts before every stored document.
    if let Some(Slot::Ready(loaded)) = net.server.docs.get_mut(&asked) {
        loaded.exists = false;
    }
    let held = net.server.loaded_count();
    net.server.config.max_loaded_docs = held - 1;
    net.server.evict_over_caps(NOW);
    assert_eq!(net.server.loaded_count(), held - 1, "another document went");
    assert!(net.server.docs.contains_key(&asked), "the kept one stayed");
}

#[test]
fn uploads_waiting_behind_their_loads_are_held_while_the_writer_is_behind() {
    let mut net = Net::new();
    let mallory = net.join(principal("mallory", Role::Practitioner));
    let alice = net.join(principal("alice", Role::Practitioner));
    net.server.set_live(alice, true);
    net.hold_loads = vec![DocKind::Request];
    let asked = 3 * limits::LOADS_PER_SESSION as u32;
    for i in 0..asked {
        send_first_sync(&mut net, mallory, missing_id(i, 90), true);
    }
    for i in 0..2 * limits::LOADS_PER_SESSION as u32 {
        send_first_sync(&mut net, alice, missing_id(i, 91), true);
    }
    assert_eq!(net.held_loads.len(), 2 * limits::LOADS_PER_SESSION);

    // The writer falls behind: as the loads finish, only the live session's waiting messages
    // go ahead.
    net.server.hold_uploads(true, NOW);
    net.release_loads();
    assert_eq!(
        net.held_loads.len(),
        limits::LOADS_PER_SESSION,
        "alice's next loads, none of mallory's"
    );
    net.release_loads();
    assert!(net.held_loads.is_empty(), "mallory's messages wait");

    // It caught up: they go ahead, and every one is answered in the end.
    net.server.hold_uploads(false, NOW);
    net.pump();
    assert_eq!(net.held_loads.len(), limits::LOADS_PER_SESSION);
    while !net.held_loads.is_empty() {
        net.release_loads();
    }
    let answered = net
        .sent
        .iter()
        .filter(|(to, m)| *to == mallory && matches!(m, WireMessage::DocUnavailable { .. }))
        .count();
    assert_eq!(answered, asked as usize);
}
