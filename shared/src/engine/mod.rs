//! The sans-IO sync engine: automerge-repo's protocol over automerge's sync module.
//!
//! The engine never touches a socket, a database, a clock or a random source. Its shell (tokio in
//! the server, the browser's event loop in client-wasm, a plain loop in tests) hands it inputs:
//! connections opening and closing, bytes received, documents loaded from storage, writes made
//! durable, the time. Each input appends [`Effect`]s (bytes to send, connections to close,
//! documents to load, batches to persist) which the shell drains with [`Engine::take_effects`]
//! and carries out.
//!
//! Invariants kept here:
//! - A change is acknowledged to a peer (our heads in a sync message include it) only after the
//!   shell reported the write that holds it durable: while a document has writes in flight, no
//!   sync message for it is generated.
//! - In the server role every document message is checked against [`crate::access`]: a peer
//!   with no access gets `doc-unavailable` and learns nothing, a read-only peer's changes are
//!   never applied (automerge's read-only sync state), and a write is applied only if
//!   [`crate::access::admit`] accepts the document that would result.
//! - Documents are loaded on demand and evicted when idle or when too many are loaded; what a
//!   peer is subscribed to survives eviction, so a later change still reaches it.

mod doc;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap, HashSet};

use automerge::sync::{self, SyncDoc};
use automerge::{Automerge, ChangeHash};

use crate::access::{self, Access, Principal};
use crate::ids::{DocKind, DocumentId, UserId};
use crate::schema::{self, Summary};
use crate::validate::{Rules, ValidationError};
use crate::wire::{self, DocMessage, PROTOCOL_VERSION, PeerMetadata, WireMessage};

use doc::{Loaded, PeerDoc};

/// Identifies one connection, chosen by the shell.
pub type ConnId = u64;
/// Identifies one batch of storage writes.
pub type WriteId = u64;
/// Identifies a local operation whose outcome the caller awaits.
pub type Ticket = u64;

/// Which side of the protocol this engine plays.
#[derive(Debug, Clone)]
pub enum EngineRole {
    /// Answers joins, enforces access and admission rules.
    Server { rules: Rules },
    /// Sends joins and trusts the server it connects to.
    Client,
}

#[derive(Debug, Clone)]
pub struct EngineConfig {
    /// Our peer id in the protocol.
    pub peer_id: String,
    pub role: EngineRole,
    /// The most documents kept in memory before the least recently used idle one is evicted.
    pub max_loaded_docs: usize,
    /// Documents untouched for this long are evicted at the next tick.
    pub idle_evict_ms: i64,
    /// After this many stored chunks a document's next write carries a compacted snapshot.
    pub compact_after_chunks: u32,
}

impl EngineConfig {
    pub fn server(peer_id: impl Into<String>, rules: Rules) -> Self {
        Self {
            peer_id: peer_id.into(),
            role: EngineRole::Server { rules },
            max_loaded_docs: 10_000,
            idle_evict_ms: 5 * 60 * 1000,
            compact_after_chunks: 64,
        }
    }

    pub fn client(peer_id: impl Into<String>) -> Self {
        Self {
            peer_id: peer_id.into(),
            role: EngineRole::Client,
            max_loaded_docs: 1_000,
            idle_evict_ms: 10 * 60 * 1000,
            compact_after_chunks: 64,
        }
    }
}

/// What a document's storage holds, handed back after [`Effect::Load`].
#[derive(Debug, Clone, Default)]
pub struct Stored {
    /// Saved documents and incremental change sets, in the order they were written.
    pub chunks: Vec<Vec<u8>>,
    /// The requester of the request the document belongs to.
    pub owner: Option<UserId>,
}

/// One document's part of a durable write.
#[derive(Debug, Clone)]
pub struct DocWrite {
    pub doc: DocumentId,
    pub kind: DocKind,
    pub owner: Option<UserId>,
    /// The changes since the last write, as an incremental save.
    pub changes: Vec<u8>,
    /// When present, a full save that replaces every earlier chunk of this document.
    pub snapshot: Option<Vec<u8>>,
    /// What the document contributes to the projection table.
    pub summary: Summary,
    pub heads: Vec<ChangeHash>,
}

/// Writes that must become durable together, in one transaction.
#[derive(Debug, Clone)]
pub struct Batch {
    pub write: WriteId,
    pub docs: Vec<DocWrite>,
}

/// Why a local operation or a peer's write was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    Invalid(Vec<ValidationError>),
    NotFound,
    Forbidden,
    Conflict(String),
    Storage(String),
}

/// What happened to a local operation.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The document is durable with the change.
    Done,
    /// The document already existed with the same requester; nothing was written.
    AlreadyExisted,
}

/// Something the shell must do.
#[derive(Debug)]
pub enum Effect {
    Send {
        conn: ConnId,
        bytes: Vec<u8>,
    },
    /// Close the connection; `reason` is safe to log and to send as a close reason.
    Close {
        conn: ConnId,
        reason: String,
    },
    Load {
        doc: DocumentId,
    },
    Persist(Batch),
    /// A document changed because of a peer (for UIs and listeners).
    Changed {
        doc: DocumentId,
    },
    /// The remote peer says it cannot provide this document.
    Unavailable {
        doc: DocumentId,
    },
    /// A peer's write was refused; `fields` names what was wrong, never the content.
    Refused {
        conn: ConnId,
        doc: DocumentId,
        fields: Vec<String>,
    },
    /// A local operation finished.
    Finished {
        ticket: Ticket,
        result: Result<Outcome, Rejection>,
    },
}

/// A change to make to a document on behalf of a local caller.
pub type Edit = Box<dyn FnOnce(&mut Automerge) -> Result<(), Rejection> + Send>;

enum LocalOp {
    Create {
        doc: Box<Automerge>,
        by: Option<Principal>,
        ticket: Ticket,
    },
    Edit {
        edit: Edit,
        by: Option<Principal>,
        ticket: Ticket,
    },
}

enum Queued {
    Message {
        conn: ConnId,
        is_request: bool,
        data: Vec<u8>,
    },
    Local(LocalOp),
    /// A chunk another node stored while this document was being loaded.
    External(Vec<u8>),
}

enum Slot {
    Loading(Vec<Queued>),
    Ready(Box<Loaded>),
}

struct Peer {
    /// Who the peer is; `None` on the client side, where the peer is the server.
    principal: Option<Principal>,
    remote_id: Option<String>,
    ready: bool,
}

struct PendingWrite {
    docs: Vec<DocumentId>,
    ticket: Option<Ticket>,
}

pub struct Engine {
    config: EngineConfig,
    peers: HashMap<ConnId, Peer>,
    docs: HashMap<DocumentId, Slot>,
    subscribers: HashMap<DocumentId, HashSet<ConnId>>,
    /// Client side: documents to sync with every server we connect to.
    wanted: HashSet<DocumentId>,
    writes: BTreeMap<WriteId, PendingWrite>,
    next_write: WriteId,
    effects: Vec<Effect>,
}

impl Engine {
    pub fn new(config: EngineConfig) -> Self {
        Self {
            config,
            peers: HashMap::new(),
            docs: HashMap::new(),
            subscribers: HashMap::new(),
            wanted: HashSet::new(),
            writes: BTreeMap::new(),
            next_write: 1,
            effects: Vec::new(),
        }
    }

    pub fn peer_id(&self) -> &str {
        &self.config.peer_id
    }

    /// Drains what the shell must do now, in order.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    fn is_server(&self) -> bool {
        matches!(self.config.role, EngineRole::Server { .. })
    }

    // ----- connections -------------------------------------------------------------------

    /// Server side: a peer connected; `principal` is who its credentials say it is.
    pub fn accept(&mut self, conn: ConnId, principal: Principal) {
        self.peers.insert(
            conn,
            Peer {
                principal: Some(principal),
                remote_id: None,
                ready: false,
            },
        );
    }

    /// Client side: we connected to a server; sends our join.
    pub fn connect(&mut self, conn: ConnId) {
        self.peers.insert(
            conn,
            Peer {
                principal: None,
                remote_id: None,
                ready: false,
            },
        );
        let join = WireMessage::Join {
            sender_id: self.config.peer_id.clone(),
            peer_metadata: PeerMetadata {
                storage_id: None,
                is_ephemeral: Some(false),
            },
            supported_protocol_versions: vec![PROTOCOL_VERSION.into()],
        };
        self.send(conn, join);
    }

    /// The connection is gone, for whatever reason.
    pub fn disconnect(&mut self, conn: ConnId) {
        self.peers.remove(&conn);
        for subs in self.subscribers.values_mut() {
            subs.remove(&conn);
        }
        self.subscribers.retain(|_, subs| !subs.is_empty());
        for slot in self.docs.values_mut() {
            if let Slot::Ready(loaded) = slot {
                loaded.peers.remove(&conn);
            }
        }
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.peers.get(&conn).is_some_and(|p| p.ready)
    }

    /// Bytes arrived from a peer.
    pub fn receive(&mut self, conn: ConnId, bytes: &[u8], now: i64) {
        if !self.peers.contains_key(&conn) {
            return;
        }
        let message = match wire::decode(bytes) {
            Ok(message) => message,
            Err(e) => return self.fail(conn, e.to_string()),
        };
        match message {
            WireMessage::Join {
                sender_id,
                supported_protocol_versions,
                ..
            } => self.on_join(conn, sender_id, &supported_protocol_versions),
            WireMessage::Peer {
                sender_id,
                selected_protocol_version,
                ..
            } => self.on_peer(conn, sender_id, &selected_protocol_version, now),
            _ if !self.is_connected(conn) => {
                self.fail(conn, "a message arrived before the handshake".into())
            }
            WireMessage::Sync(m) => self.on_doc_message(conn, m, false, now),
            WireMessage::Request(m) => self.on_doc_message(conn, m, true, now),
            WireMessage::DocUnavailable { document_id, .. } => {
                self.effects.push(Effect::Unavailable { doc: document_id })
            }
            WireMessage::Ephemeral {
                doc,
                count,
                session_id,
            } => self.on_ephemeral(conn, doc, count, session_id),
            WireMessage::Leave { .. } => self.close(conn, "peer left".into()),
            WireMessage::Error { .. }
            | WireMessage::RemoteSubscriptionChange { .. }
            | WireMessage::RemoteHeadsChanged { .. } => {
                // We keep no storage-id subscriptions, so these carry nothing we act on.
            }
        }
    }

    fn on_join(&mut self, conn: ConnId, sender_id: String, versions: &[String]) {
        if !self.is_server() {
            return self.fail(conn, "a server does not send join".into());
        }
        if !versions.iter().any(|v| v == PROTOCOL_VERSION) {
            let error = WireMessage::Error {
                sender_id: self.config.peer_id.clone(),
                target_id: Some(sender_id),
                message: "unsupported protocol version".into(),
            };
            self.send(conn, error);
            return self.close(conn, "unsupported protocol version".into());
        }
        if let Some(peer) = self.peers.get_mut(&conn) {
            peer.remote_id = Some(sender_id.clone());
            peer.ready = true;
        }
        let reply = WireMessage::Peer {
            sender_id: self.config.peer_id.clone(),
            target_id: sender_id,
            peer_metadata: PeerMetadata {
                storage_id: None,
                is_ephemeral: Some(false),
            },
            selected_protocol_version: PROTOCOL_VERSION.into(),
        };
        self.send(conn, reply);
    }

    fn on_peer(&mut self, conn: ConnId, sender_id: String, version: &str, now: i64) {
        if self.is_server() {
            return self.fail(conn, "a client does not send peer".into());
        }
        if version != PROTOCOL_VERSION {
            return self.fail(conn, format!("server chose protocol version {version:?}"));
        }
        if let Some(peer) = self.peers.get_mut(&conn) {
            peer.remote_id = Some(sender_id);
            peer.ready = true;
        }
        let wanted: Vec<DocumentId> = self.wanted.iter().copied().collect();
        for doc in wanted {
            self.subscribe(conn, doc);
            self.ensure_loaded(doc, now);
            self.flush(doc);
        }
    }

    fn fail(&mut self, conn: ConnId, reason: String) {
        let error = WireMessage::Error {
            sender_id: self.config.peer_id.clone(),
            target_id: self.peers.get(&conn).and_then(|p| p.remote_id.clone()),
            message: reason.clone(),
        };
        self.send(conn, error);
        self.close(conn, reason);
    }

    fn close(&mut self, conn: ConnId, reason: String) {
        self.disconnect(conn);
        self.effects.push(Effect::Close { conn, reason });
    }

    fn send(&mut self, conn: ConnId, message: WireMessage) {
        self.effects.push(Effect::Send {
            conn,
            bytes: wire::encode(message),
        });
    }

    fn remote_id(&self, conn: ConnId) -> String {
        self.peers
            .get(&conn)
            .and_then(|p| p.remote_id.clone())
            .unwrap_or_default()
    }

    fn unavailable(&mut self, conn: ConnId, doc: DocumentId) {
        let message = WireMessage::DocUnavailable {
            sender_id: self.config.peer_id.clone(),
            target_id: self.remote_id(conn),
            document_id: doc,
        };
        self.send(conn, message);
    }

    fn subscribe(&mut self, conn: ConnId, doc: DocumentId) {
        self.subscribers.entry(doc).or_default().insert(conn);
    }

    fn unsubscribe(&mut self, conn: ConnId, doc: DocumentId) {
        if let Some(subs) = self.subscribers.get_mut(&doc) {
            subs.remove(&conn);
            if subs.is_empty() {
                self.subscribers.remove(&doc);
            }
        }
        if let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc) {
            loaded.peers.remove(&conn);
        }
    }

    // ----- documents -------------------------------------------------------------------

    fn ensure_loaded(&mut self, doc: DocumentId, now: i64) {
        match self.docs.get_mut(&doc) {
            Some(Slot::Ready(loaded)) => loaded.last_used = now,
            Some(Slot::Loading(_)) => {}
            None => {
                self.docs.insert(doc, Slot::Loading(Vec::new()));
                self.effects.push(Effect::Load { doc });
            }
        }
    }

    /// Runs `queued` now if the document is in memory, or after it has been loaded.
    fn when_loaded(&mut self, doc: DocumentId, queued: Queued, now: i64) {
        self.ensure_loaded(doc, now);
        match self.docs.get_mut(&doc) {
            Some(Slot::Loading(queue)) => queue.push(queued),
            Some(Slot::Ready(_)) => self.run(doc, queued, now),
            None => {}
        }
    }

    fn run(&mut self, doc: DocumentId, queued: Queued, now: i64) {
        match queued {
            Queued::Message {
                conn,
                is_request,
                data,
            } => self.apply_message(conn, doc, is_request, data, now),
            Queued::Local(op) => self.apply_local(doc, op, now),
            Queued::External(chunk) => self.apply_external(doc, &chunk, now),
        }
    }

    /// The shell finished a [`Effect::Load`]: `Ok(None)` means storage has no such document.
    pub fn loaded(&mut self, doc: DocumentId, result: Result<Option<Stored>, String>, now: i64) {
        let Some(Slot::Loading(queue)) = self.docs.remove(&doc) else {
            return;
        };
        let Some(kind) = doc.kind() else {
            return;
        };
        let stored = match result {
            Ok(stored) => stored,
            Err(reason) => {
                for queued in queue {
                    self.abandon(queued, &reason);
                }
                return;
            }
        };
        let loaded = match stored {
            None => Loaded::empty(kind, now),
            Some(stored) => match Loaded::from_storage(kind, stored, now) {
                Ok(loaded) => loaded,
                Err(reason) => {
                    for queued in queue {
                        self.abandon(queued, &reason);
                    }
                    return;
                }
            },
        };
        self.docs.insert(doc, Slot::Ready(Box::new(loaded)));
        for queued in queue {
            self.run(doc, queued, now);
        }
        self.flush(doc);
    }

    fn abandon(&mut self, queued: Queued, reason: &str) {
        match queued {
            Queued::Message { conn, .. } => {
                self.close(conn, format!("storage failed: {reason}"));
            }
            Queued::External(_) => {}
            Queued::Local(LocalOp::Create { ticket, .. } | LocalOp::Edit { ticket, .. }) => {
                self.effects.push(Effect::Finished {
                    ticket,
                    result: Err(Rejection::Storage(reason.into())),
                })
            }
        }
    }

    fn access_for(&self, conn: ConnId, loaded: &Loaded) -> Access {
        let Some(peer) = self.peers.get(&conn) else {
            return Access::None;
        };
        match &peer.principal {
            None => Access::ReadWrite,
            Some(principal) if loaded.exists => {
                access::access(principal, loaded.kind, loaded.owner.as_ref())
            }
            Some(principal) if access::may_create(principal, loaded.kind) => Access::ReadWrite,
            Some(_) => Access::None,
        }
    }

    fn on_doc_message(&mut self, conn: ConnId, m: DocMessage, is_request: bool, now: i64) {
        if m.document_id.kind().is_none() {
            // Not an id HubDesk ever makes, so nobody may have it.
            return self.unavailable(conn, m.document_id);
        }
        self.when_loaded(
            m.document_id,
            Queued::Message {
                conn,
                is_request,
                data: m.data,
            },
            now,
        );
    }

    fn apply_message(
        &mut self,
        conn: ConnId,
        doc_id: DocumentId,
        is_request: bool,
        data: Vec<u8>,
        now: i64,
    ) {
        if !self.peers.contains_key(&conn) {
            return;
        }
        let Some(Slot::Ready(loaded)) = self.docs.get(&doc_id) else {
            return;
        };
        let access = self.access_for(conn, loaded);
        let exists = loaded.exists;
        let server = self.is_server();
        if access == Access::None || (server && is_request && !exists) {
            self.unsubscribe(conn, doc_id);
            return self.unavailable(conn, doc_id);
        }
        let message = match sync::Message::decode(&data) {
            Ok(message) => message,
            Err(e) => return self.fail(conn, format!("bad sync message: {e}")),
        };
        self.subscribe(conn, doc_id);
        let principal = self.peers.get(&conn).and_then(|p| p.principal.clone());
        let rules = match &self.config.role {
            EngineRole::Server { rules } => Some(*rules),
            EngineRole::Client => None,
        };
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
            return;
        };
        loaded.last_used = now;
        let request_id = loaded.request_id(doc_id);
        let before = loaded.doc.get_heads();
        let peer_doc = loaded
            .peers
            .entry(conn)
            .or_insert_with(|| PeerDoc::new(access));
        peer_doc.set_access(access);

        let (Some(principal), Some(rules), Access::ReadWrite) = (principal, rules, access) else {
            // Client side, or a read-only peer: automerge applies (or ignores) on its own.
            if let Err(e) = loaded
                .doc
                .receive_sync_message(&mut peer_doc.state, message)
            {
                return self.fail(conn, format!("bad sync message: {e}"));
            }
            if loaded.doc.get_heads() != before {
                loaded.exists = true;
                self.effects.push(Effect::Changed { doc: doc_id });
                self.persist(vec![(doc_id, before)], None);
            }
            return self.flush(doc_id);
        };

        // Server side, read-write: apply to a copy, and keep it only if the result is admissible.
        let mut candidate = loaded.doc.clone();
        let mut state = peer_doc.state.clone();
        if let Err(e) = candidate.receive_sync_message(&mut state, message) {
            return self.fail(conn, format!("bad sync message: {e}"));
        }
        if candidate.get_heads() == before {
            peer_doc.state = state;
            return self.flush(doc_id);
        }
        let previous = loaded.exists.then_some(&loaded.doc);
        match access::admit(
            &principal,
            loaded.kind,
            &request_id,
            previous,
            &candidate,
            &rules,
        ) {
            Ok(owner) => {
                peer_doc.state = state;
                loaded.doc = candidate;
                let created = !loaded.exists;
                loaded.exists = true;
                if owner.is_some() {
                    loaded.owner = owner;
                }
                self.effects.push(Effect::Changed { doc: doc_id });
                let mut writes = vec![(doc_id, before)];
                if created {
                    writes.extend(self.genesis_for(doc_id, now));
                }
                self.persist(writes, None);
                self.flush(doc_id);
            }
            Err(errors) => {
                let fields = errors.into_iter().map(|e| e.field).collect();
                self.effects.push(Effect::Refused {
                    conn,
                    doc: doc_id,
                    fields,
                });
                // Forget this peer's view of the document so nothing it sent is kept, and tell it
                // the document cannot be had rather than pretending to accept it.
                self.unsubscribe(conn, doc_id);
                if !exists {
                    self.docs.remove(&doc_id);
                }
                self.unavailable(conn, doc_id);
            }
        }
    }

    /// Creates the genesis triage and notes documents of a newly admitted request.
    fn genesis_for(&mut self, doc_id: DocumentId, now: i64) -> Vec<(DocumentId, Vec<ChangeHash>)> {
        let Some((DocKind::Request, request)) = doc_id.classify() else {
            return Vec::new();
        };
        let Some(Slot::Ready(loaded)) = self.docs.get(&doc_id) else {
            return Vec::new();
        };
        let owner = loaded.owner.clone();
        let created_at = schema::read_request(&loaded.doc)
            .map(|r| r.created_at)
            .unwrap_or(now);
        let mut writes = Vec::new();
        for kind in [DocKind::Triage, DocKind::Notes] {
            let id = request.document(kind);
            let Ok(genesis) = schema::genesis(kind, request, created_at) else {
                continue;
            };
            match self.docs.get_mut(&id) {
                Some(Slot::Ready(existing)) if !existing.exists => {
                    let before = existing.doc.get_heads();
                    let mut genesis = genesis;
                    if existing.doc.merge(&mut genesis).is_ok() {
                        existing.exists = true;
                        existing.owner = owner.clone();
                        writes.push((id, before));
                    }
                }
                // Already stored, or being loaded: storage holds it or will be asked again.
                Some(_) => {}
                None => {
                    let mut loaded = Loaded::empty(kind, now);
                    loaded.doc = genesis;
                    loaded.exists = true;
                    loaded.owner = owner.clone();
                    self.docs.insert(id, Slot::Ready(Box::new(loaded)));
                    writes.push((id, Vec::new()));
                }
            }
        }
        writes
    }

    fn persist(&mut self, docs: Vec<(DocumentId, Vec<ChangeHash>)>, ticket: Option<Ticket>) {
        let write = self.next_write;
        self.next_write += 1;
        let compact_after = self.config.compact_after_chunks;
        let mut batch = Vec::new();
        let mut ids = Vec::new();
        for (doc_id, before) in docs {
            let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
                continue;
            };
            loaded.unpersisted += 1;
            loaded.chunks += 1;
            let snapshot = (loaded.chunks > compact_after).then(|| {
                loaded.chunks = 1;
                loaded.doc.save()
            });
            batch.push(DocWrite {
                doc: doc_id,
                kind: loaded.kind,
                owner: loaded.owner.clone(),
                changes: loaded.doc.save_after(&before),
                snapshot,
                summary: schema::summarize(loaded.kind, &loaded.doc).unwrap_or(Summary::None),
                heads: loaded.doc.get_heads(),
            });
            ids.push(doc_id);
        }
        self.writes
            .insert(write, PendingWrite { docs: ids, ticket });
        self.effects
            .push(Effect::Persist(Batch { write, docs: batch }));
    }

    /// The shell finished a [`Effect::Persist`]. Only now are its changes acknowledged to peers.
    pub fn persisted(&mut self, write: WriteId, result: Result<(), String>) {
        let Some(pending) = self.writes.remove(&write) else {
            return;
        };
        for doc in &pending.docs {
            if let Some(Slot::Ready(loaded)) = self.docs.get_mut(doc) {
                loaded.unpersisted = loaded.unpersisted.saturating_sub(1);
            }
        }
        match result {
            Ok(()) => {
                for doc in &pending.docs {
                    self.flush(*doc);
                }
                if let Some(ticket) = pending.ticket {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Ok(Outcome::Done),
                    });
                }
            }
            Err(reason) => {
                // What is in memory is no longer what is stored. Drop it, and drop the peers that
                // sent it: they reconnect with fresh sync state and send their changes again.
                for doc in &pending.docs {
                    self.docs.remove(doc);
                    let subs: Vec<ConnId> = self
                        .subscribers
                        .get(doc)
                        .map(|s| s.iter().copied().collect())
                        .unwrap_or_default();
                    for conn in subs {
                        self.close(conn, "storage failed; please reconnect".into());
                    }
                }
                if let Some(ticket) = pending.ticket {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(Rejection::Storage(reason)),
                    });
                }
            }
        }
    }

    /// Sends every subscribed peer whatever the sync protocol says it should have, unless some of
    /// the document's changes are not durable yet.
    fn flush(&mut self, doc_id: DocumentId) {
        let Some(Slot::Ready(loaded)) = self.docs.get(&doc_id) else {
            return;
        };
        if loaded.unpersisted > 0 {
            return;
        }
        let subs: Vec<ConnId> = self
            .subscribers
            .get(&doc_id)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        for conn in subs {
            if !self.is_connected(conn) {
                continue;
            }
            let Some(Slot::Ready(loaded)) = self.docs.get(&doc_id) else {
                return;
            };
            let access = self.access_for(conn, loaded);
            if access == Access::None {
                continue;
            }
            let ask = !self.is_server() && !loaded.exists;
            let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
                return;
            };
            let peer_doc = loaded
                .peers
                .entry(conn)
                .or_insert_with(|| PeerDoc::new(access));
            let Some(message) = loaded.doc.generate_sync_message(&mut peer_doc.state) else {
                continue;
            };
            let doc = DocMessage {
                sender_id: self.config.peer_id.clone(),
                target_id: self.remote_id(conn),
                document_id: doc_id,
                data: message.encode(),
            };
            let message = if ask {
                WireMessage::Request(doc)
            } else {
                WireMessage::Sync(doc)
            };
            self.send(conn, message);
        }
    }

    fn on_ephemeral(&mut self, conn: ConnId, m: DocMessage, count: u64, session_id: String) {
        let Some(Slot::Ready(loaded)) = self.docs.get(&m.document_id) else {
            return;
        };
        if self.access_for(conn, loaded) == Access::None {
            return;
        }
        let others: Vec<ConnId> = self
            .subscribers
            .get(&m.document_id)
            .map(|s| s.iter().copied().filter(|c| *c != conn).collect())
            .unwrap_or_default();
        for other in others {
            if self.access_for(other, loaded) == Access::None || !self.is_connected(other) {
                continue;
            }
            let relay = WireMessage::Ephemeral {
                doc: DocMessage {
                    sender_id: m.sender_id.clone(),
                    target_id: self.remote_id(other),
                    document_id: m.document_id,
                    data: m.data.clone(),
                },
                count,
                session_id: session_id.clone(),
            };
            self.effects.push(Effect::Send {
                conn: other,
                bytes: wire::encode(relay),
            });
        }
    }

    // ----- local operations ---------------------------------------------------------------

    /// Creates a document on behalf of `by` (server side; `None` on the client). The outcome
    /// arrives as [`Effect::Finished`] once the document is durable.
    pub fn create(
        &mut self,
        doc: DocumentId,
        content: Automerge,
        by: Option<Principal>,
        ticket: Ticket,
        now: i64,
    ) {
        let op = LocalOp::Create {
            doc: Box::new(content),
            by,
            ticket,
        };
        self.local(doc, op, now);
    }

    /// Changes an existing document on behalf of `by`.
    pub fn edit(
        &mut self,
        doc: DocumentId,
        edit: Edit,
        by: Option<Principal>,
        ticket: Ticket,
        now: i64,
    ) {
        self.local(doc, LocalOp::Edit { edit, by, ticket }, now);
    }

    /// Queues a local operation on a HubDesk document; any other id is not found.
    fn local(&mut self, doc: DocumentId, op: LocalOp, now: i64) {
        if doc.kind().is_none() {
            let (LocalOp::Create { ticket, .. } | LocalOp::Edit { ticket, .. }) = op;
            self.effects.push(Effect::Finished {
                ticket,
                result: Err(Rejection::NotFound),
            });
            return;
        }
        self.when_loaded(doc, Queued::Local(op), now);
    }

    fn apply_local(&mut self, doc_id: DocumentId, op: LocalOp, now: i64) {
        let rules = match &self.config.role {
            EngineRole::Server { rules } => Some(*rules),
            EngineRole::Client => None,
        };
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
            return;
        };
        loaded.last_used = now;
        let request_id = loaded.request_id(doc_id);
        let before = loaded.doc.get_heads();
        let (candidate, by, ticket) = match op {
            LocalOp::Create { doc, by, ticket } => {
                if loaded.exists {
                    let same_owner = match (schema::read_request(&doc), &loaded.owner) {
                        (Ok(r), Some(owner)) => r.requester.as_str() == owner.as_str(),
                        _ => false,
                    };
                    let result = if same_owner {
                        Ok(Outcome::AlreadyExisted)
                    } else {
                        Err(Rejection::Conflict(
                            "a document with this id already exists".into(),
                        ))
                    };
                    self.effects.push(Effect::Finished { ticket, result });
                    return;
                }
                (*doc, by, ticket)
            }
            LocalOp::Edit { edit, by, ticket } => {
                if !loaded.exists {
                    self.docs.remove(&doc_id);
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(Rejection::NotFound),
                    });
                    return;
                }
                if let Some(principal) = &by
                    && access::access(principal, loaded.kind, loaded.owner.as_ref())
                        != Access::ReadWrite
                {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(Rejection::Forbidden),
                    });
                    return;
                }
                let mut candidate = loaded.doc.clone();
                if let Err(rejection) = edit(&mut candidate) {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(rejection),
                    });
                    return;
                }
                (candidate, by, ticket)
            }
        };
        if let (Some(principal), Some(rules)) = (&by, rules) {
            let previous = loaded.exists.then_some(&loaded.doc);
            match access::admit(
                principal,
                loaded.kind,
                &request_id,
                previous,
                &candidate,
                &rules,
            ) {
                Ok(owner) => {
                    if owner.is_some() {
                        loaded.owner = owner;
                    }
                }
                Err(errors) => {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(Rejection::Invalid(errors)),
                    });
                    if !loaded.exists {
                        self.docs.remove(&doc_id);
                    }
                    return;
                }
            }
        }
        if !loaded.exists {
            // A new document merges in rather than replacing, so any actor history is kept.
            let mut candidate = candidate;
            if let Err(e) = loaded.doc.merge(&mut candidate) {
                self.effects.push(Effect::Finished {
                    ticket,
                    result: Err(Rejection::Conflict(e.to_string())),
                });
                return;
            }
        } else {
            loaded.doc = candidate;
        }
        if loaded.doc.get_heads() == before {
            self.effects.push(Effect::Finished {
                ticket,
                result: Ok(Outcome::Done),
            });
            return;
        }
        let created = !loaded.exists;
        loaded.exists = true;
        let mut writes = vec![(doc_id, before)];
        if created && self.is_server() {
            writes.extend(self.genesis_for(doc_id, now));
        }
        self.persist(writes, Some(ticket));
    }

    // ----- client side ----------------------------------------------------------------------

    /// Client side: keep this document in sync with every server we are connected to.
    pub fn want(&mut self, doc: DocumentId, now: i64) {
        if !self.wanted.insert(doc) {
            return;
        }
        let servers: Vec<ConnId> = self
            .peers
            .iter()
            .filter(|(_, p)| p.ready)
            .map(|(c, _)| *c)
            .collect();
        for conn in &servers {
            self.subscribe(*conn, doc);
        }
        self.ensure_loaded(doc, now);
        self.flush(doc);
    }

    /// The document as this engine holds it, if it is in memory.
    pub fn document(&self, doc: DocumentId) -> Option<&Automerge> {
        match self.docs.get(&doc) {
            Some(Slot::Ready(loaded)) if loaded.exists => Some(&loaded.doc),
            _ => None,
        }
    }

    /// The heads the peer on `conn` last told us it has for `doc`.
    pub fn their_heads(&self, conn: ConnId, doc: DocumentId) -> Option<Vec<ChangeHash>> {
        match self.docs.get(&doc) {
            Some(Slot::Ready(loaded)) => loaded.peers.get(&conn)?.state.their_heads.clone(),
            _ => None,
        }
    }

    /// Whether the peer on `conn` has every change we have of `doc`.
    pub fn peer_has_all(&self, conn: ConnId, doc: DocumentId) -> bool {
        let Some(Slot::Ready(loaded)) = self.docs.get(&doc) else {
            return false;
        };
        let Some(theirs) = loaded
            .peers
            .get(&conn)
            .and_then(|p| p.state.their_heads.clone())
        else {
            return false;
        };
        loaded.doc.get_heads().iter().all(|h| theirs.contains(h))
    }

    // ----- changes made elsewhere ------------------------------------------------------------

    /// Changes another node stored (read back from shared storage): applies them if the
    /// document is in memory and tells subscribed peers. Nothing is persisted again.
    pub fn external_changes(&mut self, doc: DocumentId, chunk: Vec<u8>, now: i64) {
        let subscribed = self.subscribers.contains_key(&doc);
        match self.docs.get_mut(&doc) {
            Some(Slot::Ready(loaded)) if loaded.exists => self.apply_external(doc, &chunk, now),
            // Known here only as a provisional, empty document: storage knows more (its owner
            // too), so read it again from there.
            Some(Slot::Ready(loaded)) if loaded.unpersisted == 0 => {
                self.docs.remove(&doc);
                if subscribed {
                    self.ensure_loaded(doc, now);
                }
            }
            Some(Slot::Ready(_)) => {}
            // The load may have read storage before this write committed: apply it afterwards.
            Some(Slot::Loading(queue)) => queue.push(Queued::External(chunk)),
            None if subscribed => self.ensure_loaded(doc, now),
            None => {}
        }
    }

    fn apply_external(&mut self, doc: DocumentId, chunk: &[u8], now: i64) {
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc) else {
            return;
        };
        let before = loaded.doc.get_heads();
        if loaded.doc.load_incremental(chunk).is_err() {
            // Storage is the truth; a chunk we cannot read means our copy is suspect.
            self.docs.remove(&doc);
            return;
        }
        loaded.last_used = now;
        if loaded.doc.get_heads() != before {
            loaded.exists = true;
            self.effects.push(Effect::Changed { doc });
            self.flush(doc);
        }
    }

    // ----- housekeeping --------------------------------------------------------------------

    /// Evicts idle documents, and the least recently used ones beyond the memory cap.
    pub fn tick(&mut self, now: i64) {
        let idle_before = now - self.config.idle_evict_ms;
        self.docs.retain(|_, slot| match slot {
            Slot::Loading(_) => true,
            Slot::Ready(loaded) => loaded.unpersisted > 0 || loaded.last_used > idle_before,
        });
        let mut ready: Vec<(i64, DocumentId)> = self
            .docs
            .iter()
            .filter_map(|(id, slot)| match slot {
                Slot::Ready(l) if l.unpersisted == 0 => Some((l.last_used, *id)),
                _ => None,
            })
            .collect();
        let max = self.config.max_loaded_docs;
        if ready.len() > max {
            ready.sort();
            for (_, id) in ready.iter().take(ready.len() - max) {
                self.docs.remove(id);
            }
        }
    }

    /// How many documents are in memory.
    pub fn loaded_count(&self) -> usize {
        self.docs.len()
    }

    /// Whether any write is still waiting to be made durable.
    pub fn has_pending_writes(&self) -> bool {
        !self.writes.is_empty()
    }
}
