//! The engine on a simulated network: server and clients exchange bytes in memory, storage is a
//! map, and the test decides when writes become durable.

use std::collections::HashMap;

use automerge::{ActorId, Automerge};
use autosurgeon::Text;

use super::*;
use crate::ids::RequestId;

mod hardening;
mod nodes;
mod scopes;
use crate::model::{Category, Country, Kind, Message, MessageRole, Request, Role, SCHEMA_VERSION};

const NOW: i64 = 1_763_900_000_000;

struct Client {
    engine: Engine,
    store: HashMap<DocumentId, Vec<Vec<u8>>>,
    online: bool,
    finished: Vec<(Ticket, Result<Outcome, Rejection>)>,
    unavailable: Vec<DocumentId>,
}

struct Net {
    server: Engine,
    store: HashMap<DocumentId, Stored>,
    clients: Vec<Client>,
    hold_writes: bool,
    held: Vec<Batch>,
    /// The kinds of document whose loads wait in `held_loads` until [`Net::release_loads`].
    hold_loads: Vec<DocKind>,
    held_loads: Vec<DocumentId>,
    refused: Vec<(ConnId, Vec<String>)>,
    closed: Vec<(ConnId, String)>,
    /// Ephemeral messages the server relayed: to whom, and under which sender id.
    relayed: Vec<(ConnId, String)>,
    /// Every message the server sent, to whom.
    sent: Vec<(ConnId, WireMessage)>,
    /// While set, what the server sends waits in `held_replies` until [`Net::release_replies`].
    hold_replies: bool,
    held_replies: Vec<(ConnId, Vec<u8>)>,
    /// Whom each batch the server persisted was for, in order.
    causes: Vec<Cause>,
}

fn principal(user: &str, role: Role) -> Principal {
    Principal::new(UserId::parse(user).expect("valid user"), role)
}

impl Net {
    fn new() -> Self {
        Self {
            server: Engine::new(EngineConfig::server("server", Rules::default())),
            store: HashMap::new(),
            clients: Vec::new(),
            hold_writes: false,
            held: Vec::new(),
            hold_loads: Vec::new(),
            held_loads: Vec::new(),
            refused: Vec::new(),
            closed: Vec::new(),
            relayed: Vec::new(),
            sent: Vec::new(),
            hold_replies: false,
            held_replies: Vec::new(),
            causes: Vec::new(),
        }
    }

    /// Adds a client connected as `who`; returns its connection id.
    fn join(&mut self, who: Principal) -> ConnId {
        let conn = self.clients.len() as ConnId;
        self.clients.push(Client {
            engine: Engine::new(EngineConfig::client(format!("client-{conn}"))),
            store: HashMap::new(),
            online: false,
            finished: Vec::new(),
            unavailable: Vec::new(),
        });
        self.reconnect(conn, who);
        conn
    }

    fn reconnect(&mut self, conn: ConnId, who: Principal) {
        self.server.accept(conn, who);
        let client = &mut self.clients[conn as usize];
        client.online = true;
        client.engine.connect(conn);
        self.pump();
    }

    fn go_offline(&mut self, conn: ConnId) {
        self.server.disconnect(conn);
        let client = &mut self.clients[conn as usize];
        client.engine.disconnect(conn);
        client.online = false;
    }

    fn store_batch(&mut self, batch: &Batch) {
        crate::fuzzing::store_batch(&mut self.store, batch);
    }

    fn release_writes(&mut self) {
        for batch in std::mem::take(&mut self.held) {
            self.store_batch(&batch);
            self.server.persisted(batch.write, Ok(()));
        }
        self.pump();
    }

    /// Delivers what the server sent while replies were held, in order.
    fn release_replies(&mut self) {
        self.hold_replies = false;
        for (conn, bytes) in std::mem::take(&mut self.held_replies) {
            self.deliver(conn, &bytes);
        }
        self.pump();
    }

    /// Hands the server's frame to the client on `conn`, unless it has gone offline.
    fn deliver(&mut self, conn: ConnId, bytes: &[u8]) {
        let client = &mut self.clients[conn as usize];
        if client.online {
            client.engine.receive(conn, bytes, NOW);
        }
    }

    /// Answers the held loads from what storage holds now.
    fn release_loads(&mut self) {
        for doc in std::mem::take(&mut self.held_loads) {
            let stored = self.store.get(&doc).cloned();
            self.server.loaded(doc, Ok(stored), NOW);
        }
        self.pump();
    }

    fn pump(&mut self) {
        for _ in 0..1000 {
            let mut busy = false;
            for effect in self.server.take_effects() {
                busy = true;
                match effect {
                    Effect::Send { conn, bytes } => {
                        if let Ok(message) = wire::decode(&bytes) {
                            if let WireMessage::Ephemeral { doc, .. } = &message {
                                self.relayed.push((conn, doc.sender_id.clone()));
                            }
                            self.sent.push((conn, message));
                        }
                        if self.hold_replies {
                            self.held_replies.push((conn, bytes));
                            continue;
                        }
                        self.deliver(conn, &bytes);
                    }
                    Effect::Close { conn, reason } => {
                        self.closed.push((conn, reason));
                        let client = &mut self.clients[conn as usize];
                        client.engine.disconnect(conn);
                        client.online = false;
                    }
                    Effect::Load { doc }
                        if doc.kind().is_some_and(|k| self.hold_loads.contains(&k)) =>
                    {
                        self.held_loads.push(doc)
                    }
                    Effect::Load { doc } => {
                        let stored = self.store.get(&doc).cloned();
                        self.server.loaded(doc, Ok(stored), NOW);
                    }
                    Effect::Persist(batch) if self.hold_writes => {
                        self.causes.push(batch.cause);
                        self.held.push(batch)
                    }
                    Effect::Persist(batch) => {
                        self.causes.push(batch.cause);
                        self.store_batch(&batch);
                        self.server.persisted(batch.write, Ok(()));
                    }
                    Effect::Refused { conn, fields, .. } => self.refused.push((conn, fields)),
                    Effect::Changed { .. }
                    | Effect::Unavailable { .. }
                    | Effect::Opened { .. }
                    | Effect::Finished { .. } => {}
                }
            }
            for index in 0..self.clients.len() {
                let conn = index as ConnId;
                let effects = self.clients[index].engine.take_effects();
                for effect in effects {
                    busy = true;
                    let client = &mut self.clients[index];
                    match effect {
                        Effect::Send { bytes, .. } => {
                            if client.online {
                                self.server.receive(conn, &bytes, NOW);
                            }
                        }
                        Effect::Close { .. } => {
                            client.online = false;
                            self.server.disconnect(conn);
                        }
                        Effect::Load { doc } => {
                            let stored = client.store.get(&doc).map(|chunks| Stored {
                                chunks: chunks.clone(),
                                owner: None,
                                reach: Default::default(),
                                epoch: 0,
                            });
                            client.engine.loaded(doc, Ok(stored), NOW);
                        }
                        Effect::Persist(batch) => {
                            for w in &batch.docs {
                                client
                                    .store
                                    .entry(w.doc)
                                    .or_default()
                                    .push(w.changes.clone());
                            }
                            client.engine.persisted(batch.write, Ok(()));
                        }
                        Effect::Finished { ticket, result } => {
                            client.finished.push((ticket, result))
                        }
                        Effect::Unavailable { doc } => client.unavailable.push(doc),
                        Effect::Changed { .. } | Effect::Refused { .. } | Effect::Opened { .. } => {
                        }
                    }
                }
            }
            if !busy {
                return;
            }
        }
        panic!("the simulated network did not settle");
    }

    fn client(&self, conn: ConnId) -> &Client {
        &self.clients[conn as usize]
    }

    fn client_mut(&mut self, conn: ConnId) -> &mut Engine {
        &mut self.clients[conn as usize].engine
    }

    fn stored_request(&self, doc: DocumentId) -> Option<Request> {
        let stored = self.store.get(&doc)?;
        let am = schema::from_chunks(&stored.chunks).expect("stored chunks load");
        schema::read_request(&am).ok()
    }
}

fn request(requester: &str, seed: u8) -> (RequestId, Request) {
    let id = RequestId::new(NOW as u64, [seed; 10]);
    let request = Request {
        schema: SCHEMA_VERSION,
        id: id.to_string(),
        kind: Kind::HelpDesk,
        title: "Training for ward officers".into(),
        description: Text::with_value("Can the hub run a training?"),
        category: Category::CapacityBuilding,
        country: Country::India,
        city: "Kolkata".into(),
        requester: requester.into(),
        created_at: NOW,
        messages: Vec::new(),
        application: None,
        team: None,
        attachments: Vec::new(),
    };
    (id, request)
}

fn create_on(net: &mut Net, conn: ConnId, request: &Request, ticket: Ticket) -> DocumentId {
    let id = RequestId::parse(&request.id).expect("valid id");
    let doc_id = id.document(DocKind::Request);
    let doc = schema::new_request_doc(request, ActorId::random()).expect("doc");
    let engine = net.client_mut(conn);
    engine.create(doc_id, doc, None, ticket, NOW);
    engine.want(doc_id, NOW);
    net.pump();
    doc_id
}

/// An edit of a request document that applies `f` to the request.
fn request_edit(f: impl FnOnce(&mut Request) + Send + 'static) -> Edit {
    Box::new(move |am: &mut Automerge| {
        let mut r = schema::read_request(am).map_err(|_| Rejection::NotFound)?;
        f(&mut r);
        schema::write(am, &r, NOW).map_err(|e| Rejection::Conflict(e.to_string()))
    })
}

fn edit_on(
    net: &mut Net,
    conn: ConnId,
    doc: DocumentId,
    f: impl FnOnce(&mut Request) + Send + 'static,
) {
    net.client_mut(conn)
        .edit(doc, request_edit(f), None, 99, NOW);
    net.pump();
}

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

fn message(id: &str, author: &str, body: &str) -> Message {
    Message {
        id: id.into(),
        author: author.into(),
        role: MessageRole::Requester,
        body: body.into(),
        sent_at: NOW,
        canned: None,
    }
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
