//! The IO shell around the shared sync engine.
//!
//! One task (the actor) owns the [`Engine`]; websocket sessions and HTTP handlers talk to it
//! through a channel of [`Command`]s. The actor carries out the engine's effects: bytes go to the
//! session's outbound queue, loads run as tasks, and persists go, in order, to a single writer
//! task that commits them (grouped) in one transaction and reports back. Because the engine holds
//! back sync messages for a document until its writes are reported durable, nothing reaches a
//! client as acknowledged before it is committed.

pub mod ws;

use std::collections::HashMap;
use std::time::Duration;

use automerge::Automerge;
use hubdesk_shared::access::Principal;
use hubdesk_shared::engine::{
    Batch, ConnId, Edit, Effect, Engine, EngineConfig, Outcome, Rejection, Stored, Ticket,
};
use hubdesk_shared::ids::DocumentId;
use hubdesk_shared::validate::Rules;
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::store::{Store, docs};

/// What a websocket session is told to do.
#[derive(Debug)]
pub enum Outbound {
    Bytes(Vec<u8>),
    Close(String),
}

pub enum Command {
    Open {
        conn: ConnId,
        principal: Principal,
        /// The device the connection's token is bound to.
        device: String,
        outbound: mpsc::UnboundedSender<Outbound>,
    },
    /// The device signed out: close its connections.
    DeviceRevoked {
        device: String,
    },
    Receive {
        conn: ConnId,
        bytes: Vec<u8>,
    },
    Closed {
        conn: ConnId,
    },
    Create {
        doc: DocumentId,
        content: Box<Automerge>,
        by: Principal,
        reply: oneshot::Sender<Result<Outcome, Rejection>>,
    },
    Edit {
        doc: DocumentId,
        edit: Edit,
        /// Who asks; `None` for the hub's own records (fund decisions from its ledger), which
        /// no person may write and which are therefore not admitted as anyone's write.
        by: Option<Principal>,
        reply: oneshot::Sender<Result<Outcome, Rejection>>,
    },
    Loaded {
        doc: DocumentId,
        result: Result<Option<Stored>, String>,
    },
    Persisted {
        write: u64,
        result: Result<(), String>,
    },
    /// A chunk another node sharing the database stored.
    External {
        doc: DocumentId,
        chunk: Vec<u8>,
    },
    /// The fund rounds applications are checked against changed.
    Rounds(hubdesk_shared::fund::RoundBook),
    /// Finish every accepted write, then stop.
    Shutdown {
        done: oneshot::Sender<()>,
    },
}

/// A handle for talking to the sync actor.
#[derive(Clone)]
pub struct SyncHandle {
    commands: mpsc::UnboundedSender<Command>,
    /// Requests whose stored records changed, on this node or another, for live views.
    changes: broadcast::Sender<String>,
}

impl SyncHandle {
    pub fn send(&self, command: Command) {
        // The actor only stops at shutdown, after which nothing needs answering.
        let _ = self.commands.send(command);
    }

    /// Creates a document on behalf of `by`; returns once it is durable (or refused).
    pub async fn create(
        &self,
        doc: DocumentId,
        content: Automerge,
        by: Principal,
    ) -> Result<Outcome, Rejection> {
        let (reply, rx) = oneshot::channel();
        self.send(Command::Create {
            doc,
            content: Box::new(content),
            by,
            reply,
        });
        rx.await
            .unwrap_or_else(|_| Err(Rejection::Storage("the server is shutting down".into())))
    }

    /// Changes a document on behalf of `by`; returns once the change is durable (or refused).
    pub async fn edit(
        &self,
        doc: DocumentId,
        edit: Edit,
        by: Principal,
    ) -> Result<Outcome, Rejection> {
        let (reply, rx) = oneshot::channel();
        self.send(Command::Edit {
            doc,
            edit,
            by: Some(by),
            reply,
        });
        rx.await
            .unwrap_or_else(|_| Err(Rejection::Storage("the server is shutting down".into())))
    }

    /// Changes a document as the hub itself (its record of a fund decision, made from the
    /// ledger); returns once the change is durable.
    pub async fn edit_as_hub(&self, doc: DocumentId, edit: Edit) -> Result<Outcome, Rejection> {
        let (reply, rx) = oneshot::channel();
        self.send(Command::Edit {
            doc,
            edit,
            by: None,
            reply,
        });
        rx.await
            .unwrap_or_else(|_| Err(Rejection::Storage("the server is shutting down".into())))
    }

    /// Listens for requests whose stored records change (by request id). A listener that falls
    /// behind is told it lagged and should reload what it shows.
    pub fn subscribe_changes(&self) -> broadcast::Receiver<String> {
        self.changes.subscribe()
    }

    fn changed(&self, request_id: String) {
        // Nobody listening is fine.
        let _ = self.changes.send(request_id);
    }

    /// Waits until every accepted write is durable and the actor has stopped.
    pub async fn shutdown(&self) {
        let (done, rx) = oneshot::channel();
        self.send(Command::Shutdown { done });
        let _ = rx.await;
    }
}

pub struct SyncConfig {
    pub engine: EngineConfig,
    pub node_id: String,
    /// How often to look for changes other nodes stored; `None` when this node is alone (SQLite).
    pub follow_other_nodes: Option<Duration>,
    /// The rules the writer needs (service-level targets for the projection).
    pub rules: Rules,
}

/// Starts the actor and its storage writer; returns the handle to reach them.
pub fn start(store: Store, config: SyncConfig) -> SyncHandle {
    let (commands, inbox) = mpsc::unbounded_channel();
    let (changes, _) = broadcast::channel(1024);
    let handle = SyncHandle { commands, changes };
    let (writes, write_inbox) = mpsc::unbounded_channel();
    tokio::spawn(writer(
        store.clone(),
        config.node_id.clone(),
        config.rules,
        write_inbox,
        handle.clone(),
    ));
    if let Some(every) = config.follow_other_nodes {
        tokio::spawn(follow_other_nodes(
            store.clone(),
            config.node_id.clone(),
            every,
            handle.clone(),
        ));
    }
    let actor = Actor {
        engine: Engine::new(config.engine),
        store,
        sessions: HashMap::new(),
        replies: HashMap::new(),
        next_ticket: 1,
        writes,
        handle: handle.clone(),
        shutdown: None,
    };
    tokio::spawn(actor.run(inbox));
    handle
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

struct Session {
    device: String,
    outbound: mpsc::UnboundedSender<Outbound>,
}

struct Actor {
    engine: Engine,
    store: Store,
    sessions: HashMap<ConnId, Session>,
    replies: HashMap<Ticket, oneshot::Sender<Result<Outcome, Rejection>>>,
    next_ticket: Ticket,
    writes: mpsc::UnboundedSender<Batch>,
    handle: SyncHandle,
    shutdown: Option<oneshot::Sender<()>>,
}

impl Actor {
    async fn run(mut self, mut inbox: mpsc::UnboundedReceiver<Command>) {
        let mut ticker = tokio::time::interval(Duration::from_secs(10));
        loop {
            tokio::select! {
                command = inbox.recv() => {
                    let Some(command) = command else { break };
                    self.handle(command);
                }
                _ = ticker.tick() => self.engine.tick(now_ms()),
            }
            self.carry_out();
            if self.shutdown.is_some() && !self.engine.has_pending_writes() {
                break;
            }
        }
        if let Some(done) = self.shutdown.take() {
            let _ = done.send(());
        }
    }

    fn ticket(&mut self, reply: oneshot::Sender<Result<Outcome, Rejection>>) -> Ticket {
        let ticket = self.next_ticket;
        self.next_ticket += 1;
        self.replies.insert(ticket, reply);
        ticket
    }

    fn handle(&mut self, command: Command) {
        let now = now_ms();
        match command {
            Command::Open {
                conn,
                principal,
                device,
                outbound,
            } => {
                if self.shutdown.is_some() {
                    let _ = outbound.send(Outbound::Close("the server is shutting down".into()));
                    return;
                }
                self.sessions.insert(conn, Session { device, outbound });
                self.engine.accept(conn, principal);
            }
            Command::DeviceRevoked { device } => {
                let conns: Vec<ConnId> = self
                    .sessions
                    .iter()
                    .filter(|(_, s)| s.device == device)
                    .map(|(conn, _)| *conn)
                    .collect();
                for conn in conns {
                    if let Some(session) = self.sessions.remove(&conn) {
                        let _ = session.outbound.send(Outbound::Close("signed out".into()));
                    }
                    self.engine.disconnect(conn);
                }
            }
            Command::Receive { conn, bytes } => self.engine.receive(conn, &bytes, now),
            Command::Closed { conn } => {
                self.sessions.remove(&conn);
                self.engine.disconnect(conn);
            }
            Command::Create {
                doc,
                content,
                by,
                reply,
            } => {
                let ticket = self.ticket(reply);
                self.engine.create(doc, *content, Some(by), ticket, now);
            }
            Command::Edit {
                doc,
                edit,
                by,
                reply,
            } => {
                let ticket = self.ticket(reply);
                self.engine.edit(doc, edit, by, ticket, now);
            }
            Command::Loaded { doc, result } => self.engine.loaded(doc, result, now),
            Command::Persisted { write, result } => self.engine.persisted(write, result),
            Command::External { doc, chunk } => self.engine.external_changes(doc, chunk, now),
            Command::Rounds(rounds) => self.engine.set_rounds(rounds),
            Command::Shutdown { done } => {
                self.shutdown = Some(done);
                for (_, session) in self.sessions.drain() {
                    let _ = session
                        .outbound
                        .send(Outbound::Close("the server is shutting down".into()));
                }
            }
        }
    }

    fn carry_out(&mut self) {
        for effect in self.engine.take_effects() {
            match effect {
                Effect::Send { conn, bytes } => {
                    if let Some(session) = self.sessions.get(&conn) {
                        let _ = session.outbound.send(Outbound::Bytes(bytes));
                    }
                }
                Effect::Close { conn, reason } => {
                    tracing::info!(conn, %reason, "closing sync connection");
                    if let Some(session) = self.sessions.remove(&conn) {
                        let _ = session.outbound.send(Outbound::Close(reason));
                    }
                }
                Effect::Load { doc } => {
                    let store = self.store.clone();
                    let handle = self.handle.clone();
                    tokio::spawn(async move {
                        let result = docs::load(&store, doc).await.map_err(|e| {
                            tracing::error!(error = %e, "loading a document failed");
                            "storage unavailable".to_string()
                        });
                        handle.send(Command::Loaded { doc, result });
                    });
                }
                Effect::Persist(batch) => {
                    let _ = self.writes.send(batch);
                }
                Effect::Refused { conn, doc, fields } => {
                    tracing::warn!(conn, %doc, ?fields, "refused a peer's write");
                }
                Effect::Finished { ticket, result } => {
                    if let Some(reply) = self.replies.remove(&ticket) {
                        let _ = reply.send(result);
                    }
                }
                Effect::Changed { .. } | Effect::Unavailable { .. } => {}
            }
        }
    }
}

/// Commits batches in the order the engine produced them; several waiting batches share one
/// transaction so a busy node does not pay one fsync per change.
async fn writer(
    store: Store,
    node_id: String,
    rules: Rules,
    mut inbox: mpsc::UnboundedReceiver<Batch>,
    handle: SyncHandle,
) {
    const GROUP: usize = 64;
    while let Some(first) = inbox.recv().await {
        let mut group = vec![first];
        while group.len() < GROUP {
            match inbox.try_recv() {
                Ok(batch) => group.push(batch),
                Err(_) => break,
            }
        }
        let result = docs::write_batches(&store, &node_id, &group, &rules.sla, now_ms())
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "writing documents failed");
                "storage unavailable".to_string()
            });
        if result.is_ok() {
            let mut changed: Vec<String> = group
                .iter()
                .flat_map(|b| b.docs.iter())
                .filter_map(|w| w.doc.classify().map(|(_, request)| request.to_string()))
                .collect();
            changed.sort();
            changed.dedup();
            for request in changed {
                handle.changed(request);
            }
        }
        for batch in group {
            handle.send(Command::Persisted {
                write: batch.write,
                result: result.clone(),
            });
        }
    }
}

/// Feeds the engine what other nodes sharing the database stored, so their peers' changes reach
/// this node's peers. Sequence numbers are handed out when a transaction inserts, not when it
/// commits, so a chunk can appear behind the cursor: a window behind it is read again and
/// chunks already seen are skipped (applying one twice would be harmless anyway).
async fn follow_other_nodes(store: Store, node_id: String, every: Duration, handle: SyncHandle) {
    const WINDOW: i64 = 1_000;
    let mut cursor = docs::max_seq(store.pool()).await.unwrap_or(0);
    // What was stored before this node started is read from storage on load, not replayed.
    let mut seen: std::collections::BTreeSet<i64> =
        docs::chunk_refs_since(store.pool(), cursor - WINDOW, &node_id, 2 * WINDOW)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|(seq, _)| seq)
            .collect();
    let mut ticker = tokio::time::interval(every);
    let mut ticks: u64 = 0;
    loop {
        ticker.tick().await;
        ticks += 1;
        // Rounds another node set up reach this node's checks within a few seconds.
        if ticks.is_multiple_of(20) {
            crate::fund::refresh_rounds(&store, &handle).await;
        }
        let refs = match docs::chunk_refs_since(store.pool(), cursor - WINDOW, &node_id, 2 * WINDOW)
            .await
        {
            Ok(refs) => refs,
            Err(e) => {
                tracing::warn!(error = %e, "could not read other nodes' changes");
                continue;
            }
        };
        for (seq, doc) in refs {
            if !seen.insert(seq) {
                continue;
            }
            cursor = cursor.max(seq);
            let Ok(doc) = doc.parse::<DocumentId>() else {
                continue;
            };
            match docs::chunk_data(store.pool(), seq).await {
                Ok(Some(chunk)) => {
                    if let Some((_, request)) = doc.classify() {
                        handle.changed(request.to_string());
                    }
                    handle.send(Command::External { doc, chunk });
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "could not read another node's change"),
            }
        }
        let keep_from = cursor - WINDOW;
        seen.retain(|seq| *seq > keep_from);
    }
}
