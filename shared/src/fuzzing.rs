//! Harnesses for fuzzing (the `fuzz/` targets call them; built with the `fuzzing` feature) and
//! for replaying what fuzzing once found (`fuzz/regressions/`, replayed by this crate's tests).
//!
//! - [`wire`]: any bytes through the protocol decoder: no panic, and whatever decodes encodes
//!   back to the same message.
//! - [`engine`]: a server engine with three peers (two practitioners and an agent) fed a
//!   sequence of operations read from the bytes: raw frames, first sync messages, sync messages
//!   carrying real changes (valid and hostile), storage answering loads and writes (some writes
//!   failing), peers leaving and coming back. After every step it checks that no sync message
//!   acknowledges a change storage does not hold, and that no peer receives a document it may
//!   not read.
//! - [`measure`]: what a sync message's changes would cost, read before applying them. Any bytes
//!   are measured without a panic, never counting fewer operations than automerge then loads;
//!   and documents built from the bytes (text of up to 300,000 characters, sent as a plain
//!   change, a compressed change or a whole document) are counted exactly and refused over
//!   budget.

use std::collections::HashMap;

use automerge::sync::{self, SyncDoc};
use automerge::transaction::Transactable;
use automerge::{ActorId, Automerge, ReadDoc};

use crate::access::Principal;
use crate::engine::{Batch, ConnId, Effect, Engine, EngineConfig, Stored};
use crate::ids::{DocKind, DocumentId, RequestId, UserId};
use crate::model::{Category, Country, Kind, Message, MessageRole, Request, Role, SCHEMA_VERSION};
use crate::schema;
use crate::validate::Rules;
use crate::wire::{self, DocMessage, PeerMetadata, WireMessage};

const NOW: i64 = 1_763_900_000_000;

/// Decodes `data` as a protocol message; panics if a decoded message does not survive a round
/// trip.
pub fn wire(data: &[u8]) {
    if let Ok(message) = wire::decode(data) {
        let again = wire::decode(&wire::encode(message.clone()));
        assert_eq!(
            again.ok(),
            Some(message),
            "a decoded message did not round-trip"
        );
    }
}

/// Measures `data` as a message's changes, and documents the bytes describe; panics when a
/// count is wrong or a budget is not kept.
pub fn measure(data: &[u8]) {
    use crate::measure::{Budget, Over, measure};
    let roomy = Budget {
        ops: u64::MAX,
        inflated_bytes: 64 * 1024 * 1024,
    };
    let raw = measure([data], roomy);
    if let (Ok(cost), Ok(doc)) = (raw, Automerge::load(data)) {
        let loaded: u64 = doc.get_changes(&[]).iter().map(|c| c.len() as u64).sum();
        assert!(
            cost.ops >= loaded,
            "measured {} operations, automerge loaded {loaded}",
            cost.ops
        );
    }
    let [form, a, b, c, rest @ ..] = data else {
        return;
    };
    let chars = (usize::from(*a) << 12 | usize::from(*b) << 4 | usize::from(*c >> 4)) % 300_000;
    let filler = rest.first().map_or('x', |b| char::from(b'a' + b % 26));
    let mut doc = Automerge::new().with_actor(ActorId::from(&[1u8; 16][..]));
    let mut tx = doc.transaction();
    let Ok(text) = tx.put_object(automerge::ROOT, "description", automerge::ObjType::Text) else {
        return;
    };
    if tx
        .splice_text(&text, 0, 0, &filler.to_string().repeat(chars))
        .is_err()
    {
        return;
    }
    tx.commit();
    let expected = chars as u64 + 1;
    let Some(mut change) = doc.get_changes(&[]).pop() else {
        return;
    };
    let chunk = match form % 3 {
        0 => change.raw_bytes().to_vec(),
        1 => change.bytes().into_owned(),
        _ => doc.save(),
    };
    let cost = measure([chunk.as_slice()], roomy).expect("within a roomy budget");
    assert_eq!(cost.ops, expected, "form {}", form % 3);
    let tight = Budget {
        ops: crate::limits::SYNC_MESSAGE_MAX_OPS,
        inflated_bytes: crate::limits::SYNC_MESSAGE_MAX_INFLATED_BYTES,
    };
    match measure([chunk.as_slice()], tight) {
        Ok(cost) => assert!(cost.ops <= tight.ops),
        Err(Over::Ops) => assert!(expected > tight.ops),
        Err(Over::Bytes) => assert!(chunk.len() as u64 > tight.inflated_bytes / 2),
    }
}

struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl Bytes<'_> {
    fn next(&mut self) -> Option<u8> {
        let byte = self.data.get(self.at).copied();
        self.at += 1;
        byte
    }

    fn take(&mut self, n: usize) -> &[u8] {
        let start = self.at.min(self.data.len());
        let end = (start + n).min(self.data.len());
        self.at = end;
        &self.data[start..end]
    }
}

struct World {
    engine: Engine,
    store: HashMap<DocumentId, Stored>,
    pending: Vec<Batch>,
    peers: Vec<(ConnId, Principal, bool)>,
    docs: Vec<DocumentId>,
    alice_request: RequestId,
}

fn principal(user: &str, role: Role) -> Principal {
    Principal::new(UserId::parse(user).expect("a valid user id"), role)
}

fn alices_request(id: RequestId) -> Request {
    Request {
        schema: SCHEMA_VERSION,
        id: id.to_string(),
        kind: Kind::HelpDesk,
        title: "Ward training".into(),
        description: autosurgeon::Text::with_value("Can the hub help?"),
        category: Category::CapacityBuilding,
        country: Country::India,
        city: "Pune".into(),
        requester: "alice".into(),
        created_at: NOW,
        messages: Vec::new(),
        application: None,
        team: None,
        attachments: Vec::new(),
        intake: None,
        handovers: Vec::new(),
        referrals: Vec::new(),
    }
}

impl World {
    fn new() -> Self {
        let alice_request = RequestId::new(NOW as u64, [1; 10]);
        let mut store = HashMap::new();
        let request = alices_request(alice_request);
        let owner = Some(UserId::parse("alice").expect("a valid user id"));
        if let Ok(doc) = schema::new_request_doc(&request, ActorId::from(b"alice-phone".to_vec())) {
            store.insert(
                alice_request.document(DocKind::Request),
                Stored {
                    chunks: vec![doc.save()],
                    owner: owner.clone(),
                    reach: Default::default(),
                    epoch: 0,
                },
            );
        }
        for kind in [DocKind::Triage, DocKind::Notes] {
            if let Ok(doc) = schema::genesis(kind, alice_request, NOW, Kind::HelpDesk) {
                store.insert(
                    alice_request.document(kind),
                    Stored {
                        chunks: vec![doc.save()],
                        owner: owner.clone(),
                        reach: Default::default(),
                        epoch: 0,
                    },
                );
            }
        }
        let missing = RequestId::new(NOW as u64, [2; 10]);
        let mut world = Self {
            engine: Engine::new(EngineConfig::server("server", Rules::default())),
            store,
            pending: Vec::new(),
            peers: vec![
                (1, principal("alice", Role::Practitioner), false),
                (2, principal("bob", Role::Practitioner), false),
                (3, principal("agent", Role::Agent), false),
            ],
            docs: vec![
                alice_request.document(DocKind::Request),
                alice_request.document(DocKind::Triage),
                alice_request.document(DocKind::Notes),
                missing.document(DocKind::Request),
            ],
            alice_request,
        };
        for i in 0..world.peers.len() {
            world.connect(i);
        }
        world
    }

    fn connect(&mut self, index: usize) {
        let (conn, who, _) = self.peers[index].clone();
        self.engine.accept(conn, who);
        self.peers[index].2 = true;
        let join = wire::encode(WireMessage::Join {
            sender_id: format!("peer-{conn}"),
            peer_metadata: PeerMetadata::default(),
            supported_protocol_versions: vec!["1".into()],
        });
        self.engine.receive(conn, &join, NOW);
    }

    fn stored_doc(&self, doc: DocumentId) -> Automerge {
        self.store
            .get(&doc)
            .and_then(|s| schema::from_chunks(&s.chunks).ok())
            .unwrap_or_default()
    }

    /// A sync message from `conn` for `doc` carrying the changes of `edit` made on top of what
    /// storage holds, as a device would send them.
    fn changes_from(&self, conn: ConnId, doc: DocumentId, edit: u8, text: &[u8]) -> Vec<u8> {
        let server_view = self.stored_doc(doc);
        let mut device = server_view
            .fork()
            .with_actor(ActorId::from(vec![conn as u8, 7]));
        let text = String::from_utf8_lossy(text).into_owned();
        let who = match conn {
            1 => "alice",
            2 => "bob",
            _ => "agent",
        };
        match edit % 5 {
            0 => {
                let _ =
                    schema::new_request_doc(&alices_request(self.alice_request), ActorId::random())
                        .map(|mut fresh| device.merge(&mut fresh));
            }
            1 => {
                if let Ok(mut request) = schema::read_request(&device) {
                    request.messages.push(Message {
                        id: format!("m{}", text.len()).into(),
                        author: who.into(),
                        role: MessageRole::Requester,
                        body: text.as_str().into(),
                        sent_at: NOW,
                        canned: None,
                    });
                    let _ = schema::write(&mut device, &request, NOW);
                }
            }
            2 => {
                let mut tx = device.transaction();
                let _ = tx.put(automerge::ROOT, text.as_str(), "x");
                tx.commit();
            }
            3 => {
                let mut tx = device.transaction();
                let _ = tx.put(automerge::ROOT, "status", text.as_str());
                let _ = tx.delete(automerge::ROOT, "messages");
                tx.commit();
            }
            _ => {
                if let Ok(mut request) = schema::read_request(&device) {
                    request.title = text.as_str().into();
                    let _ = schema::write(&mut device, &request, NOW);
                }
            }
        }
        // What the device would send after hearing the server's heads.
        let mut server_state = sync::State::new();
        let mut device_state = sync::State::new();
        if let Some(hello) = server_view.generate_sync_message(&mut server_state) {
            let _ = device.receive_sync_message(&mut device_state, hello);
        }
        device
            .generate_sync_message(&mut device_state)
            .map(|m| m.encode())
            .unwrap_or_default()
    }

    fn doc_message(&self, conn: ConnId, doc: DocumentId, request: bool, data: Vec<u8>) -> Vec<u8> {
        let m = DocMessage {
            sender_id: format!("peer-{conn}"),
            target_id: "server".into(),
            document_id: doc,
            data,
        };
        wire::encode(if request {
            WireMessage::Request(m)
        } else {
            WireMessage::Sync(m)
        })
    }

    fn settle(&mut self) {
        for _ in 0..100 {
            let effects = self.engine.take_effects();
            if effects.is_empty() {
                return;
            }
            for effect in effects {
                match effect {
                    Effect::Send { conn, bytes } => self.check_sent(conn, &bytes),
                    Effect::Load { doc } => {
                        let stored = self.store.get(&doc).cloned();
                        self.engine.loaded(doc, Ok(stored), NOW);
                    }
                    Effect::Persist(batch) => self.pending.push(batch),
                    Effect::Close { conn, .. } => {
                        if let Some(peer) = self.peers.iter_mut().find(|p| p.0 == conn) {
                            peer.2 = false;
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// The invariants: what the server says it has is stored, and nobody hears of a document
    /// they may not read.
    fn check_sent(&self, conn: ConnId, bytes: &[u8]) {
        let Ok(WireMessage::Sync(m)) = wire::decode(bytes) else {
            return;
        };
        let Ok(message) = sync::Message::decode(&m.data) else {
            panic!("the server sent a sync message it cannot decode");
        };
        if message.heads.is_empty() {
            return;
        }
        let stored = self.stored_doc(m.document_id);
        for head in &message.heads {
            assert!(
                stored.get_change_by_hash(head).is_some(),
                "the server acknowledged a change storage does not hold"
            );
        }
        let alices = m
            .document_id
            .classify()
            .is_some_and(|(_, r)| r == self.alice_request);
        let notes = m.document_id.kind() == Some(DocKind::Notes);
        match conn {
            2 => assert!(!alices, "bob heard of alice's request"),
            1 => assert!(!notes, "a practitioner heard of internal notes"),
            _ => {}
        }
    }
}

/// What a storage shell does with a batch, in memory: appends each write's chunk, or, for a
/// compacting write, replaces the document's chunks with one save of them and it.
pub fn store_batch(store: &mut HashMap<DocumentId, Stored>, batch: &Batch) {
    for w in &batch.docs {
        let entry = store.entry(w.doc).or_default();
        let written = w.snapshot.as_ref().unwrap_or(&w.changes);
        if w.compact {
            let compacted = schema::compact(&entry.chunks, written).expect("compacts");
            entry.chunks = vec![compacted];
        } else {
            entry.chunks.push(written.clone());
        }
        if w.owner.is_some() {
            entry.owner = w.owner.clone();
        }
    }
}

/// Runs the engine through the operations `data` describes, checking the invariants.
pub fn engine(data: &[u8]) {
    let mut world = World::new();
    world.settle();
    let mut bytes = Bytes { data, at: 0 };
    while let Some(op) = bytes.next() {
        let peer = usize::from(bytes.next().unwrap_or(0)) % world.peers.len();
        let (conn, _, online) = world.peers[peer].clone();
        let doc = world.docs[usize::from(bytes.next().unwrap_or(0)) % world.docs.len()];
        match op % 7 {
            0 => {
                let n = usize::from(bytes.next().unwrap_or(0));
                let raw = bytes.take(n).to_vec();
                world.engine.receive(conn, &raw, NOW);
            }
            1 | 2 => {
                let mut state = sync::State::new();
                let data = Automerge::new()
                    .generate_sync_message(&mut state)
                    .map(|m| m.encode())
                    .unwrap_or_default();
                let message = world.doc_message(conn, doc, op % 7 == 1, data);
                world.engine.receive(conn, &message, NOW);
            }
            3 => {
                let edit = bytes.next().unwrap_or(0);
                let n = usize::from(bytes.next().unwrap_or(0)) % 64;
                let text = bytes.take(n).to_vec();
                let data = world.changes_from(conn, doc, edit, &text);
                let message = world.doc_message(conn, doc, false, data);
                world.engine.receive(conn, &message, NOW);
            }
            4 => {
                if !world.pending.is_empty() {
                    let batch = world.pending.remove(0);
                    if bytes.next().unwrap_or(0).is_multiple_of(5) {
                        world.engine.persisted(batch.write, Err("injected".into()));
                    } else {
                        store_batch(&mut world.store, &batch);
                        world.engine.persisted(batch.write, Ok(()));
                    }
                }
            }
            5 => {
                if online {
                    world.engine.disconnect(conn);
                    world.peers[peer].2 = false;
                } else {
                    world.connect(peer);
                }
            }
            _ => world
                .engine
                .tick(NOW + i64::from(bytes.next().unwrap_or(0)) * 60_000),
        }
        world.settle();
    }
}

#[cfg(test)]
mod tests {
    /// Every input fuzzing once found a problem with, replayed.
    #[test]
    fn what_fuzzing_found_stays_fixed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
        for target in ["wire", "engine", "measure"] {
            let Ok(entries) = std::fs::read_dir(dir.join(target)) else {
                continue;
            };
            for entry in entries.flatten() {
                let data = std::fs::read(entry.path()).expect("a regression input");
                match target {
                    "wire" => super::wire(&data),
                    "measure" => super::measure(&data),
                    _ => super::engine(&data),
                }
            }
        }
    }

    #[test]
    fn documents_of_every_form_are_measured_exactly() {
        for form in 0..3u8 {
            for size in [
                [0u8, 0, 0],
                [0, 1, 0],
                [0x18, 0x6a, 0x00],
                [0xff, 0xff, 0xff],
            ] {
                super::measure(&[form, size[0], size[1], size[2], 7]);
            }
        }
        super::measure(b"\x85\x6f\x4a\x83junk");
    }

    #[test]
    fn a_short_session_of_every_operation_keeps_the_invariants() {
        // Connect, ask, write valid and hostile changes, store some, fail one, leave, return.
        let script: Vec<u8> = vec![
            1, 0, 0, 2, 1, 3, 3, 0, 0, 1, 5, b'h', b'e', b'l', b'l', b'o', 4, 0, 0, 1, 3, 2, 0, 2,
            3, b'b', b'a', b'd', 4, 0, 0, 0, 3, 1, 1, 4, 5, b't', b'i', b't', b'l', b'e', 4, 0, 0,
            5, 5, 2, 0, 5, 2, 0, 1, 2, 1, 3, 2, 3, 3, 0, 6, 0, 0, 9, 0, 1, 2, 8, 1, 2, 3, 4, 5, 6,
            7, 8,
        ];
        super::engine(&script);
        super::wire(&script);
    }
}
