//! One document in the engine's memory, with each peer's sync state for it.

use automerge::Automerge;
use automerge::sync;

use crate::access::Access;
use crate::ids::{DocKind, DocumentId, UserId};

use super::Stored;

/// A peer's view of one document.
pub(super) struct PeerDoc {
    pub state: sync::State,
    pub access: Access,
}

impl PeerDoc {
    pub fn new(access: Access) -> Self {
        let state = if access == Access::ReadOnly {
            sync::State::new_read_only()
        } else {
            sync::State::new()
        };
        Self { state, access }
    }

    /// Access can change while connected (a request becomes visible once stored).
    pub fn set_access(&mut self, access: Access) {
        if self.access != access {
            self.state.set_read_only(access != Access::ReadWrite);
            self.access = access;
        }
    }
}

pub(super) struct Loaded {
    pub doc: Automerge,
    pub kind: DocKind,
    pub owner: Option<UserId>,
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
    /// Server side: history events of admitted writes, waiting for the next persisted batch.
    pub history: Vec<crate::history::Recorded>,
    /// Which time this document came into memory (see [`super::DocWrite::generation`]).
    pub generation: u64,
}

impl Loaded {
    pub fn empty(kind: DocKind, now: i64) -> Self {
        Self {
            doc: Automerge::new(),
            kind,
            owner: None,
            exists: false,
            peers: Default::default(),
            unpersisted: 0,
            chunks: 0,
            bytes: 0,
            history: Vec::new(),
            last_used: now,
            generation: 0,
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
            exists,
            peers: Default::default(),
            unpersisted: 0,
            chunks: stored.chunks.len() as u32,
            bytes: stored.chunks.iter().map(Vec::len).sum(),
            last_used: now,
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
