//! The engine on a simulated network: server and clients exchange bytes in memory, storage is a
//! map, and the test decides when writes become durable.

use std::collections::HashMap;

use automerge::{ActorId, Automerge};
use autosurgeon::Text;

use super::*;
use crate::ids::RequestId;

mod basics;
mod hardening;
mod memory;
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
        intake: None,
        handovers: Vec::new(),
        referrals: Vec::new(),
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
