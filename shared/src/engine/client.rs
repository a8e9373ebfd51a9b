//! The client side: documents to keep in sync with every server, and what the device knows
//! of the server's view.

#[allow(unused_imports)]
use super::*;
use automerge::ReadDoc;

impl Engine {
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

    /// Client side: the heads a server last acknowledged of `doc` (empty when no server has any
    /// of it), as the shell kept them from an earlier visit. The next connection's first
    /// message about `doc` then asks only about what came after, or carries the whole document
    /// when the server has none.
    pub fn known_at_hub(&mut self, doc: DocumentId, heads: Vec<ChangeHash>) {
        if !self.is_server() {
            self.hub_heads.insert(doc, heads);
        }
    }

    /// Client side: forgets `doc` if the hub has every change this device made to it (`acked`
    /// is what the hub last acknowledged); returns whether it did. Used when the hub no longer
    /// provides a document it once held: it was replaced with a new history, or this person may
    /// no longer see it. Unsent changes are never dropped this way.
    pub fn discard(&mut self, doc: DocumentId, acked: &[ChangeHash]) -> bool {
        let sent_all = match self.docs.get(&doc) {
            Some(Slot::Ready(loaded)) => loaded.exists && loaded.doc.get_heads() == acked,
            _ => false,
        };
        if self.is_server() || !sent_all {
            return false;
        }
        self.docs.remove(&doc);
        self.wanted.remove(&doc);
        self.subscribers.remove(&doc);
        self.hub_heads.remove(&doc);
        true
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

    /// Client side: how much of the sync with the server on `conn` is still to do, for showing
    /// progress during a long catch-up.
    pub fn progress(&self, conn: ConnId) -> Progress {
        let Some(peer) = self.peers.get(&conn).filter(|p| p.ready) else {
            return Progress::default();
        };
        let mut progress = Progress {
            bytes_to_receive: peer.announced.saturating_sub(peer.received),
            ..Progress::default()
        };
        for doc in &self.wanted {
            let Some(Slot::Ready(loaded)) = self.docs.get(doc) else {
                progress.docs += 1;
                continue;
            };
            let Some(theirs) = loaded
                .peers
                .get(&conn)
                .and_then(|p| p.state.their_heads.as_ref())
            else {
                progress.docs += 1;
                continue;
            };
            let ours = loaded.doc.get_heads();
            let known: Vec<ChangeHash> = theirs
                .iter()
                .filter(|h| loaded.doc.get_change_by_hash(h).is_some())
                .copied()
                .collect();
            let to_send = ours.iter().any(|h| !theirs.contains(h));
            if to_send || known.len() < theirs.len() {
                progress.docs += 1;
            }
            if to_send {
                progress.bytes_to_send += loaded
                    .doc
                    .get_changes(&known)
                    .iter()
                    .map(|c| c.raw_bytes().len() as u64)
                    .sum::<u64>();
            }
        }
        progress
    }
}

/// What is left of a client's sync with a server: documents not yet the same on both sides,
/// bytes of changes this device still has to send, and bytes the server has said are on their
/// way but have not arrived.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    pub docs: usize,
    pub bytes_to_send: u64,
    pub bytes_to_receive: u64,
}
