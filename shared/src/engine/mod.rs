//! The sans-IO sync engine: automerge-repo's protocol over automerge's sync module.
//!
//! The engine never touches a socket, a database, a clock or a random source. Its shell (tokio in
//! the server, the browser's event loop in client-wasm, a plain loop in tests) hands it inputs:
//! connections opening and closing, bytes received, documents loaded from storage, writes made
//! durable, the time. Each input appends [`Effect`]s (bytes to send, connections to close,
//! documents to load, batches to persist, staff views to audit) which the shell drains with
//! [`Engine::take_effects`] and carries out.
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

mod admission;
mod client;
mod doc;
pub use doc::footprint;
mod eviction;
mod loading;
mod local;
mod peers;
mod persistence;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use automerge::sync::{self, SyncDoc};
use automerge::{Automerge, ChangeHash};

use crate::access::{self, Access, Principal};
use crate::commands;
use crate::fund::RoundBook;
use crate::history;
use crate::ids::{DocKind, DocumentId, RequestId, UserId};
use crate::limits;
use crate::model::{ApplicationStatus, MessageRole};
use crate::schema;
use crate::validate::{Rules, ValidationError};
use crate::wire::{self, DocMessage, PROTOCOL_VERSION, PeerMetadata, WireMessage};

pub use client::Progress;
use doc::{Loaded, PeerDoc};

/// Identifies one connection, chosen by the shell.
pub type ConnId = u64;
/// Identifies one batch of storage writes.
pub type WriteId = u64;
/// Identifies a local operation whose outcome the caller awaits.
pub type Ticket = u64;
/// The ticket of operations the engine starts itself (the workflow's follow-ups); shells hand
/// out tickets from 1 and ignore this one.
pub const INTERNAL_TICKET: Ticket = 0;

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
    /// The most memory documents in memory may take, as [`doc::footprint`] estimates it from
    /// their stored size: past it, the least recently used idle ones are evicted too.
    pub max_loaded_bytes: usize,
    /// Documents untouched for this long are evicted at the next tick.
    pub idle_evict_ms: i64,
    /// After this many stored chunks a document's next write compacts its storage.
    pub compact_after_chunks: u32,
    /// Whether storage builds the compacted snapshot itself ([`DocWrite::compact`]) instead of
    /// the engine saving the whole document: the server's choice, so a large document's save
    /// never holds up the actor. A client saves the snapshot itself.
    pub compact_in_storage: bool,
}

impl EngineConfig {
    pub fn server(peer_id: impl Into<String>, rules: Rules) -> Self {
        Self {
            peer_id: peer_id.into(),
            role: EngineRole::Server { rules },
            max_loaded_docs: 10_000,
            max_loaded_bytes: 256 * 1024 * 1024,
            idle_evict_ms: 5 * 60 * 1000,
            compact_after_chunks: 64,
            compact_in_storage: true,
        }
    }

    pub fn client(peer_id: impl Into<String>) -> Self {
        Self {
            peer_id: peer_id.into(),
            role: EngineRole::Client,
            max_loaded_docs: 1_000,
            max_loaded_bytes: 64 * 1024 * 1024,
            idle_evict_ms: 10 * 60 * 1000,
            compact_after_chunks: 64,
            compact_in_storage: false,
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
    /// The reach (country, city team) of the request the document belongs to, as the hub last
    /// stored it (triage and notes documents do not hold it themselves); empty where unknown.
    pub reach: crate::access::Reach,
    /// How many times the hub replaced the document with a new history (see
    /// [`crate::retention`]); writes carry it, so one made against an older epoch is refused.
    pub epoch: i64,
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
    /// Whether storage should compact this document with this write: replace the chunks it
    /// holds with one save of them and `changes` (see [`crate::schema::compact`]), unless
    /// `snapshot` already is that save.
    pub compact: bool,
    /// Server side: the request history events this write carries, stored with it.
    pub history: Vec<history::Recorded>,
    pub heads: Vec<ChangeHash>,
    /// Which time the document came into this engine's memory. Writes of one generation build
    /// on each other: once one fails, every later one of the same generation must fail too
    /// (see [`WriteGuard`]); a reload from storage starts a new generation.
    pub generation: u64,
    /// The stored document's epoch the changes were made on ([`Stored::epoch`]).
    pub epoch: i64,
    /// Whether this is the document's first write here (nothing of it was stored before): a
    /// new record, or one made offline arriving, rather than an edit of one the hub holds.
    pub first: bool,
}

/// Keeps a storage writer from committing a write that builds on one that failed: after a
/// failed batch, later batches holding a write of the same document and generation are failed
/// without being committed, so nothing depending on a lost change is ever acknowledged.
#[derive(Debug, Default)]
pub struct WriteGuard {
    failed: HashSet<(DocumentId, u64)>,
}

impl WriteGuard {
    /// Whether `batch` may be committed.
    pub fn may_commit(&self, batch: &Batch) -> bool {
        !batch
            .docs
            .iter()
            .any(|w| self.failed.contains(&(w.doc, w.generation)))
    }

    /// Records that `batch` was not committed.
    pub fn failed(&mut self, batch: &Batch) {
        self.failed
            .extend(batch.docs.iter().map(|w| (w.doc, w.generation)));
    }
}

/// Writes that must become durable together, in one transaction.
#[derive(Debug, Clone)]
pub struct Batch {
    pub write: WriteId,
    pub docs: Vec<DocWrite>,
    /// Whom the write is for, whenever the engine ran what made it (at once, or after a load).
    pub cause: Cause,
}

/// Whom a batch is written for: a server writes the ones someone waits on ahead of bulk ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// A peer's message, on this connection.
    Peer(ConnId),
    /// A local operation whose caller waits for it (a REST call).
    Local,
    /// The engine's own follow-ups (the workflow's next steps).
    Engine,
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
    /// Server side: a member of staff began syncing one of a request's documents (request,
    /// triage or notes) on this connection (once per connection and document), which the
    /// server audits as a view of the request.
    Opened {
        conn: ConnId,
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

/// What the engine has under way ([`Engine::stats`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EngineStats {
    /// Documents being loaded from storage.
    pub loading: usize,
    /// Documents in memory with writes not yet durable.
    pub unpersisted: usize,
    /// Batches handed to the shell and not yet reported durable (or failed).
    pub pending_writes: usize,
    /// Loads peers wait for, counted per peer.
    pub peer_loads: usize,
    /// Peers' messages waiting for room among their loads.
    pub deferred: usize,
}

/// A change to make to a document on behalf of a local caller.
pub type Edit = Box<dyn FnOnce(&mut Automerge) -> Result<(), Rejection> + Send>;

enum LocalOp {
    Create {
        doc: Box<Automerge>,
        by: Option<Principal>,
        /// The requester, for a document the hub creates itself (genesis) where no `by` names
        /// one; admission sets it otherwise.
        owner: Option<UserId>,
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

impl Slot {
    /// What this slot takes in memory ([`doc::footprint`]); one still loading counts as an
    /// empty document.
    fn footprint(&self) -> usize {
        match self {
            Slot::Loading(_) => doc::footprint(0, 0),
            Slot::Ready(loaded) => doc::footprint(loaded.bytes, loaded.peers.len()),
        }
    }
}

struct Peer {
    /// Who the peer is; `None` on the client side, where the peer is the server.
    principal: Option<Principal>,
    remote_id: Option<String>,
    ready: bool,
    /// Ephemeral messages relayed for this peer in the current one-second window, and when the
    /// window began.
    ephemeral_sent: u32,
    ephemeral_window: i64,
    /// Server side: documents being loaded because this peer asked for them (at most
    /// [`limits::LOADS_PER_SESSION`]), and the messages waiting for room among them.
    loading: HashSet<DocumentId>,
    deferred: VecDeque<(DocMessage, bool)>,
    /// Bytes of this peer's messages waiting: for room among the loads, and behind a load in
    /// progress (per document in `behind_loads`); at most [`limits::DEFERRED_MAX_BYTES`].
    deferred_bytes: usize,
    behind_loads: HashMap<DocumentId, usize>,
    /// Server side: how many times this peer was told a document cannot be had.
    misses: u32,
    /// Server side: whether the peer is editing live rather than uploading, as the shell last
    /// said ([`Engine::set_live`]).
    live: bool,
    /// Client side: bytes of protocol messages received from the server on this connection, and
    /// the most the server has said it handed the connection ([`WireMessage::Backlog`]).
    received: u64,
    announced: u64,
}

impl Peer {
    fn new(principal: Option<Principal>) -> Self {
        Self {
            principal,
            remote_id: None,
            ready: false,
            live: false,
            ephemeral_sent: 0,
            ephemeral_window: 0,
            loading: HashSet::new(),
            deferred: VecDeque::new(),
            deferred_bytes: 0,
            behind_loads: HashMap::new(),
            misses: 0,
            received: 0,
            announced: 0,
        }
    }
}

/// The largest ephemeral payload relayed (presence, cursors: small by nature).
pub const EPHEMERAL_MAX_BYTES: usize = 4 * 1024;
/// How many ephemeral messages one peer may have relayed per second.
pub const EPHEMERAL_PER_SECOND: u32 = 10;
/// How much later than its real time a live session's use of a document counts when choosing
/// what to evict: a person editing a record comes back to it within seconds, and a wave of
/// uploads touches hundreds of documents a second, so by plain recency the record being edited
/// was evicted between two edits and each edit waited for it to be loaded again.
pub const LIVE_KEEP_MS: i64 = 60_000;
/// The documents kept for live sessions are evicted only past this fraction (one in
/// `LIVE_RESERVE`) of either memory cap.
pub const LIVE_RESERVE: usize = 4;

struct PendingWrite {
    /// The documents written, with the generation each was in memory as.
    docs: Vec<(DocumentId, u64)>,
    ticket: Option<Ticket>,
}

pub struct Engine {
    config: EngineConfig,
    peers: HashMap<ConnId, Peer>,
    docs: HashMap<DocumentId, Slot>,
    subscribers: HashMap<DocumentId, HashSet<ConnId>>,
    /// Client side: documents to sync with every server we connect to.
    wanted: HashSet<DocumentId>,
    /// Client side: the heads a server last acknowledged of each document (empty: a document
    /// made here that no server has yet), so a new connection's first message about it asks
    /// only about what came after (see [`doc::PeerDoc::for_hub`]).
    hub_heads: HashMap<DocumentId, Vec<ChangeHash>>,
    writes: BTreeMap<WriteId, PendingWrite>,
    next_write: WriteId,
    effects: Vec<Effect>,
    /// Server side: the fund rounds applications are checked against on arrival.
    rounds: RoundBook,
    /// Documents in memory only as empty placeholders (asked for, never stored), oldest first;
    /// at most [`limits::PLACEHOLDERS_MAX`] are kept, so probes evict only other probes.
    placeholders: VecDeque<DocumentId>,
    next_generation: u64,
    /// How many documents were in memory when what to evict was last chosen
    /// ([`Engine::evict_as_they_come`]).
    caps_checked_at: usize,
    /// How many documents have had their writes made durable since that choice.
    settled_since_check: usize,
    /// Whether a tick asked for the caps to be checked at the next
    /// [`Engine::evict_as_they_come`].
    caps_to_check: bool,
    /// The documents last chosen to be evicted and not yet evicted, the oldest last.
    evicting: Vec<eviction::Chosen>,
    /// Server side: whether uploading peers' deferred messages are held ([`Engine::hold_uploads`]).
    holding_uploads: bool,
}

impl Engine {
    pub fn new(config: EngineConfig) -> Self {
        Self {
            config,
            peers: HashMap::new(),
            docs: HashMap::new(),
            subscribers: HashMap::new(),
            wanted: HashSet::new(),
            hub_heads: HashMap::new(),
            writes: BTreeMap::new(),
            next_write: 1,
            effects: Vec::new(),
            rounds: RoundBook::default(),
            placeholders: VecDeque::new(),
            next_generation: 1,
            caps_checked_at: 0,
            settled_since_check: 0,
            caps_to_check: false,
            evicting: Vec::new(),
            holding_uploads: false,
        }
    }

    pub fn peer_id(&self) -> &str {
        &self.config.peer_id
    }

    /// Hands the engine the fund rounds it checks applications against (the server loads them
    /// from SQL, and again whenever they change).
    pub fn set_rounds(&mut self, rounds: RoundBook) {
        self.rounds = rounds;
    }

    /// Drains what the shell must do now, in order.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The rules writes are admitted by: `Some` on the server, `None` on a client (which trusts
    /// its server to check).
    pub(super) fn server_rules(&self) -> Option<Rules> {
        match &self.config.role {
            EngineRole::Server { rules } => Some(*rules),
            EngineRole::Client => None,
        }
    }

    pub(super) fn fresh_generation(&mut self) -> u64 {
        let generation = self.next_generation;
        self.next_generation += 1;
        generation
    }

    pub(super) fn is_server(&self) -> bool {
        matches!(self.config.role, EngineRole::Server { .. })
    }
}
