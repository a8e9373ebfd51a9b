//! Durable writes: batches handed to the shell, acknowledgement only once durable, and
//! flushing sync messages to subscribed peers.

#[allow(unused_imports)]
use super::*;

impl Engine {
    pub(super) fn persist(
        &mut self,
        docs: Vec<(DocumentId, Vec<ChangeHash>)>,
        ticket: Option<Ticket>,
        cause: Cause,
    ) {
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
            let compact = loaded.chunks > compact_after;
            if compact {
                loaded.chunks = 1;
            }
            let snapshot = (compact && !self.config.compact_in_storage).then(|| loaded.doc.save());
            let changes = loaded.doc.save_after(&before);
            // Compacted in storage, the document takes less than this: an upper bound until it is
            // next loaded.
            loaded.bytes = match &snapshot {
                Some(snapshot) => snapshot.len(),
                None => loaded.bytes + changes.len(),
            };
            batch.push(DocWrite {
                doc: doc_id,
                kind: loaded.kind,
                owner: loaded.owner.clone(),
                changes,
                snapshot,
                compact,
                history: std::mem::take(&mut loaded.history),
                heads: loaded.doc.get_heads(),
                generation: loaded.generation,
                epoch: loaded.epoch,
                first: before.is_empty(),
            });
            ids.push((doc_id, loaded.generation));
        }
        self.writes
            .insert(write, PendingWrite { docs: ids, ticket });
        self.effects.push(Effect::Persist(Batch {
            write,
            docs: batch,
            cause,
        }));
    }

    /// The shell finished a [`Effect::Persist`]. Only now are its changes acknowledged to peers.
    pub fn persisted(&mut self, write: WriteId, result: Result<(), String>) {
        let Some(pending) = self.writes.remove(&write) else {
            return;
        };
        // A write of an earlier generation (the document was dropped and loaded again since)
        // concerns nothing in memory now.
        let current: Vec<DocumentId> = pending
            .docs
            .iter()
            .filter(|(doc, generation)| {
                matches!(self.docs.get(doc), Some(Slot::Ready(l)) if l.generation == *generation)
            })
            .map(|(doc, _)| *doc)
            .collect();
        for doc in &current {
            if let Some(Slot::Ready(loaded)) = self.docs.get_mut(doc) {
                loaded.unpersisted = loaded.unpersisted.saturating_sub(1);
                if loaded.unpersisted == 0 {
                    // It may be evicted now.
                    self.settled_since_check += 1;
                }
            }
        }
        match result {
            Ok(()) => {
                // Whatever generation is in memory now may send what it holds.
                for (doc, _) in &pending.docs {
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
                for doc in &current {
                    self.drop_with_followers(*doc, "storage failed; please reconnect");
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

    /// The hub replaced `doc` with a new history (see [`crate::retention`]): what memory holds
    /// is the old one. It is dropped, with the peers following it; they come back with fresh
    /// sync state and are sent the new history. A write already on its way fails in storage,
    /// which holds it against the new epoch.
    pub fn forget(&mut self, doc: DocumentId) {
        self.drop_with_followers(doc, "the hub replaced this record; please reconnect");
    }

    /// Drops `doc` from memory and closes the connections of the peers subscribed to it.
    fn drop_with_followers(&mut self, doc: DocumentId, reason: &str) {
        self.docs.remove(&doc);
        let subs: Vec<ConnId> = self
            .subscribers
            .get(&doc)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        for conn in subs {
            self.close(conn, reason.into());
        }
    }

    /// Sends every subscribed peer whatever the sync protocol says it should have, unless some of
    /// the document's changes are not durable yet: then each peer is owed a reply, sent by the
    /// flush after the write ([`PeerDoc::owe_reply`]).
    pub(super) fn flush(&mut self, doc_id: DocumentId) {
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
            return;
        };
        if loaded.unpersisted > 0 {
            for peer in loaded.peers.values_mut() {
                peer.owe_reply();
            }
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
            let known = if self.is_server() {
                None
            } else {
                self.hub_heads.get(&doc_id)
            };
            let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
                return;
            };
            let peer_doc = loaded
                .peers
                .entry(conn)
                .or_insert_with(|| PeerDoc::for_hub(access, known));
            peer_doc.settle();
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
}
