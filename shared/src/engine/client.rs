//! The client side: documents to keep in sync with every server, and what the device knows
//! of the server's view.

#[allow(unused_imports)]
use super::*;

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
}
