//! One document in the engine's memory, with each peer's sync state for it.

use automerge::Automerge;
use automerge::sync;

use crate::access::{Access, DocFacts, Reach};
use crate::ids::{DocKind, DocumentId, UserId};

use super::Stored;

/// A peer's view of one document.
pub(super) struct PeerDoc {
    pub state: sync::State,
    pub access: Access,
    /// A reply to this peer was held back while the document had changes not yet durable
    /// (see [`PeerDoc::owe_reply`]).
    pub owed: bool,
}

impl PeerDoc {
    pub fn new(access: Access) -> Self {
        let state = if access == Access::ReadOnly {
            sync::State::new_read_only()
        } else {
            sync::State::new()
        };
        Self {
            state,
            access,
            owed: false,
        }
    }

    /// Replies wait while the document has changes not yet durable. Meanwhile automerge may
    /// decide that no reply is needed at all: a message from the peer naming exactly our heads
    /// makes it treat those heads as already sent. The peer would then never hear that its own
    /// changes are stored, so the reply is owed, and [`PeerDoc::settle`] sends it.
    pub fn owe_reply(&mut self) {
        self.owed = true;
    }

    /// Before generating the next message: an owed reply is sent even when automerge sees
    /// nothing new to say (forgetting which heads were last sent makes it say them again).
    pub fn settle(&mut self) {
        if std::mem::take(&mut self.owed) {
            self.state.last_sent_heads.clear();
        }
    }

    /// A client's view of a server for a document the client knows the server's last
    /// acknowledged heads of (`known`): empty heads mean the server has none of it, so the first
    /// message carries the whole document, compressed, instead of first asking what the server
    /// has (a round trip per document saved on a slow link); otherwise the first message asks
    /// only about changes since those heads. Either way it is what automerge's own persisted
    /// sync state would say, and a server that knows better answers with a reset.
    pub fn for_hub(access: Access, known: Option<&Vec<automerge::ChangeHash>>) -> Self {
        let mut peer = Self::new(access);
        match known {
            Some(heads) if heads.is_empty() => {
                peer.state.their_heads = Some(Vec::new());
                peer.state.their_need = Some(Vec::new());
                peer.state.their_have = Some(vec![sync::Have {
                    last_sync: Vec::new(),
                    bloom: sync::BloomFilter::default(),
                }]);
                peer.state.their_capabilities = Some(vec![
                    sync::Capability::MessageV1,
                    sync::Capability::MessageV2,
                    sync::Capability::SyncReset,
                ]);
            }
            Some(heads) => peer.state.shared_heads = heads.clone(),
            None => {}
        }
        peer
    }

    /// Access can change while connected (a request becomes visible once stored).
    pub fn set_access(&mut self, access: Access) {
        if self.access != access {
            self.state.set_read_only(access != Access::ReadWrite);
            self.access = access;
        }
    }
}

/// What a document in memory takes, estimated from its size in storage (`stored_bytes`,
/// compressed) and how many peers have a sync state for it. Measured on the requests of the
/// sync benchmark (about 50 operations, 510 bytes stored): 21 to 25 KiB each in memory, most of
/// it automerge's fixed cost per document.
pub fn footprint(stored_bytes: usize, peers: usize) -> usize {
    /// An empty automerge document's indexes and the engine's own bookkeeping.
    const BASE: usize = 16 * 1024;
    /// Operations take more room loaded than in automerge's compressed columns.
    const PER_STORED_BYTE: usize = 16;
    /// One peer's sync state: heads, bloom filters, what was sent.
    const PER_PEER: usize = 1024;
    BASE + stored_bytes.saturating_mul(PER_STORED_BYTE) + peers * PER_PEER
}

pub(super) struct Loaded {
    pub doc: Automerge,
    pub kind: DocKind,
    pub owner: Option<UserId>,
    /// The reach (country, city team) of the request a triage or notes document belongs to,
    /// as last known (a request document's own reach is read from it).
    pub reach: Reach,
    /// Whether the document is stored (or, on a client, known at all). A document that does not
    /// exist yet may be brought into existence by a peer allowed to create it.
    pub exists: bool,
    pub peers: std::collections::HashMap<super::ConnId, PeerDoc>,
    /// Writes handed to the shell and not yet reported durable.
    pub unpersisted: u32,
    /// Chunks in storage since the last snapshot.
    pub chunks: u32,
    /// Bytes in storage (what [`crate::limits::DOCUMENT_MAX_BYTES`] bounds), writes in flight
    /// included.
    pub bytes: usize,
    pub last_used: i64,
    /// Until when the document is kept in memory ahead of others touched since: a session
    /// editing live touched it ([`super::LIVE_KEEP_MS`]).
    pub kept_until: i64,
    /// Server side: history events of admitted writes, waiting for the next persisted batch.
    pub history: Vec<crate::history::Recorded>,
    /// Which time this document came into memory (see [`super::DocWrite::generation`]).
    pub generation: u64,
    /// The stored document's epoch ([`super::Stored::epoch`]).
    pub epoch: i64,
}

impl Loaded {
    pub fn empty(kind: DocKind, now: i64) -> Self {
        Self {
            doc: Automerge::new(),
            kind,
            owner: None,
            reach: Reach::default(),
            exists: false,
            peers: Default::default(),
            unpersisted: 0,
            chunks: 0,
            bytes: 0,
            history: Vec::new(),
            last_used: now,
            kept_until: 0,
            generation: 0,
            epoch: 0,
        }
    }

    /// What access to this document depends on.
    pub fn facts(&self) -> DocFacts<'_> {
        let reach = match self.kind {
            DocKind::Request => crate::schema::request_reach(&self.doc),
            _ => self.reach.clone(),
        };
        DocFacts {
            kind: self.kind,
            owner: self.owner.as_ref(),
            request_kind: crate::schema::request_kind(self.kind, &self.doc),
            reach,
        }
    }

    pub fn from_storage(kind: DocKind, stored: Stored, now: i64) -> Result<Self, String> {
        let doc = crate::schema::from_chunks(&stored.chunks)
            .map_err(|e| format!("stored document is corrupt: {e}"))?;
        let exists = !doc.get_heads().is_empty();
        Ok(Self {
            doc,
            kind,
            owner: stored.owner,
            reach: stored.reach,
            epoch: stored.epoch,
            exists,
            peers: Default::default(),
            unpersisted: 0,
            chunks: stored.chunks.len() as u32,
            bytes: stored.chunks.iter().map(Vec::len).sum(),
            last_used: now,
            kept_until: 0,
            history: Vec::new(),
            generation: 0,
        })
    }

    /// The request id the document belongs to, as text.
    pub fn request_id(&self, id: DocumentId) -> String {
        id.classify()
            .map(|(_, request)| request.to_string())
            .unwrap_or_default()
    }
}
