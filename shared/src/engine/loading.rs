//! Documents in memory: loading on demand, queuing work until loaded, access per peer,
//! changes another node stored, and idle documents dropped at a tick (eviction over the caps
//! is in `eviction.rs`).

#[allow(unused_imports)]
use super::*;

impl Engine {
    // ----- documents -------------------------------------------------------------------

    pub(super) fn ensure_loaded(&mut self, doc: DocumentId, now: i64) {
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
    pub(super) fn when_loaded(&mut self, doc: DocumentId, queued: Queued, now: i64) {
        self.ensure_loaded(doc, now);
        match self.docs.get_mut(&doc) {
            Some(Slot::Loading(queue)) => queue.push(queued),
            Some(Slot::Ready(_)) => self.run(doc, queued, now),
            None => {}
        }
    }

    pub(super) fn run(&mut self, doc: DocumentId, queued: Queued, now: i64) {
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
        let waiting: Vec<ConnId> = queue
            .iter()
            .filter_map(|q| match q {
                Queued::Message { conn, .. } => Some(*conn),
                _ => None,
            })
            .collect();
        let placeholder = stored.is_none();
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
        let mut loaded = loaded;
        loaded.generation = self.fresh_generation();
        self.docs.insert(doc, Slot::Ready(Box::new(loaded)));
        for queued in queue {
            // One that ran before may have dropped it (a refused first write, say): the rest
            // wait for it to be loaded again rather than being lost.
            self.when_loaded(doc, queued, now);
        }
        // Counted among the placeholders only once what waited for it has run: a change it
        // brought makes it a document, and no bound on placeholders may drop it first.
        if placeholder && self.is_server() {
            self.keep_placeholder(doc);
        }
        self.flush(doc);
        self.loads_done(doc, &waiting, now);
    }

    pub(super) fn abandon(&mut self, queued: Queued, reason: &str) {
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

    pub(super) fn access_for(&self, conn: ConnId, loaded: &Loaded) -> Access {
        let Some(peer) = self.peers.get(&conn) else {
            return Access::None;
        };
        match &peer.principal {
            None => Access::ReadWrite,
            Some(principal) if loaded.exists => access::access(principal, loaded.facts()),
            Some(principal) if access::may_create(principal, loaded.kind) => Access::ReadWrite,
            Some(_) => Access::None,
        }
    }

    pub(super) fn on_doc_message(
        &mut self,
        conn: ConnId,
        m: DocMessage,
        is_request: bool,
        now: i64,
    ) {
        if m.document_id.kind().is_none() {
            // Not an id HubDesk ever makes, so nobody may have it.
            return self.unavailable(conn, m.document_id);
        }
        if self.is_server() && !self.room_to_load(conn, &m, is_request) {
            return;
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

    /// Server side: whether a message may go ahead now. A message for a document that is not in
    /// memory needs a load; each session may have [`limits::LOADS_PER_SESSION`] of those at
    /// once, and its further messages wait behind them, in order; those and its messages for a
    /// document it is still loading count together up to [`limits::DEFERRED_MAX_BYTES`] (then
    /// the session is closed).
    fn room_to_load(&mut self, conn: ConnId, m: &DocMessage, is_request: bool) -> bool {
        let doc = m.document_id;
        let in_memory = matches!(self.docs.get(&doc), Some(Slot::Ready(_)));
        let Some(peer) = self.peers.get_mut(&conn) else {
            return false;
        };
        let waiting = !peer.deferred.is_empty();
        if peer.loading.contains(&doc) {
            // It waits behind the load in progress, and counts against the same cap.
            *peer.behind_loads.entry(doc).or_default() += m.data.len();
            peer.deferred_bytes += m.data.len();
            if peer.deferred_bytes > limits::DEFERRED_MAX_BYTES {
                self.fail(conn, "too many documents asked for at once".into());
                return false;
            }
            return true;
        }
        if in_memory && !waiting {
            return true;
        }
        if !waiting && peer.loading.len() < limits::LOADS_PER_SESSION {
            if !in_memory {
                peer.loading.insert(doc);
            }
            return true;
        }
        peer.deferred_bytes += m.data.len();
        peer.deferred.push_back((m.clone(), is_request));
        if peer.deferred_bytes > limits::DEFERRED_MAX_BYTES {
            self.fail(conn, "too many documents asked for at once".into());
        }
        false
    }

    /// A load this peer waited for finished: lets its waiting messages go ahead while there is
    /// room ([`Engine::release_deferred`]).
    fn loads_done(&mut self, doc: DocumentId, conns: &[ConnId], now: i64) {
        for conn in conns {
            let Some(peer) = self.peers.get_mut(conn) else {
                continue;
            };
            peer.loading.remove(&doc);
            if let Some(bytes) = peer.behind_loads.remove(&doc) {
                peer.deferred_bytes = peer.deferred_bytes.saturating_sub(bytes);
            }
            self.release_deferred(*conn, now);
        }
    }

    /// Server side: while `hold` is set, the messages uploading peers sent that wait behind their
    /// loads stay waiting as those loads finish; live peers' go ahead. The shell holds them while
    /// its storage writer is behind: each would add a write, and the documents of writes not yet
    /// durable cannot leave memory. Clearing it lets them go ahead.
    pub fn hold_uploads(&mut self, hold: bool, now: i64) {
        if self.holding_uploads == hold {
            return;
        }
        self.holding_uploads = hold;
        if hold {
            return;
        }
        let waiting: Vec<ConnId> = self
            .peers
            .iter()
            .filter(|(_, peer)| !peer.deferred.is_empty())
            .map(|(conn, _)| *conn)
            .collect();
        for conn in waiting {
            self.release_deferred(conn, now);
        }
    }

    /// Lets `conn`'s messages waiting behind its loads go ahead, in order, while it has room for
    /// loads (and it is live, or uploads are not held).
    fn release_deferred(&mut self, conn: ConnId, now: i64) {
        while let Some(peer) = self.peers.get_mut(&conn) {
            if peer.loading.len() >= limits::LOADS_PER_SESSION
                || (self.holding_uploads && !peer.live)
            {
                break;
            }
            let Some((m, is_request)) = peer.deferred.pop_front() else {
                break;
            };
            peer.deferred_bytes = peer.deferred_bytes.saturating_sub(m.data.len());
            let doc = m.document_id;
            let in_memory = matches!(self.docs.get(&doc), Some(Slot::Ready(_)));
            if !in_memory {
                peer.loading.insert(doc);
            }
            self.when_loaded(
                doc,
                Queued::Message {
                    conn,
                    is_request,
                    data: m.data,
                },
                now,
            );
        }
    }

    /// Keeps at most [`limits::PLACEHOLDERS_MAX`] empty placeholders in memory, dropping the
    /// oldest still empty. `doc` was just loaded: it is listed once, as the newest (an id
    /// listed from an earlier time in memory would otherwise drop it as the oldest).
    fn keep_placeholder(&mut self, doc: DocumentId) {
        if !matches!(self.docs.get(&doc), Some(Slot::Ready(loaded)) if !loaded.exists) {
            return;
        }
        self.placeholders.retain(|listed| *listed != doc);
        self.placeholders.push_back(doc);
        while self.placeholders.len() > limits::PLACEHOLDERS_MAX {
            let Some(old) = self.placeholders.pop_front() else {
                break;
            };
            if let Some(Slot::Ready(loaded)) = self.docs.get(&old)
                && !loaded.exists
                && loaded.unpersisted == 0
            {
                self.docs.remove(&old);
            }
        }
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

    pub(super) fn apply_external(&mut self, doc: DocumentId, chunk: &[u8], now: i64) {
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
            self.spread_reach(doc);
            self.flush(doc);
        }
    }

    /// A request document changed: it and its triage and notes documents in memory take its
    /// requester as their owner (a handover changes it, on whichever node wrote it) and its
    /// reach (country, city team), which decide who may see them (`access::DocFacts`; each
    /// flush asks again).
    pub(super) fn spread_reach(&mut self, doc: DocumentId) {
        let Some((DocKind::Request, request)) = doc.classify() else {
            return;
        };
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc) else {
            return;
        };
        let reach = schema::request_reach(&loaded.doc);
        if let Some(owner) = schema::request_requester(&loaded.doc) {
            loaded.owner = Some(owner);
        }
        let owner = loaded.owner.clone();
        for kind in [DocKind::Triage, DocKind::Notes] {
            if let Some(Slot::Ready(sibling)) = self.docs.get_mut(&request.document(kind)) {
                sibling.reach = reach.clone();
                if owner.is_some() {
                    sibling.owner = owner.clone();
                }
            }
        }
    }

    // ----- housekeeping --------------------------------------------------------------------

    /// Evicts idle documents, and the least recently used ones beyond the memory cap (a server:
    /// at its next [`Engine::evict_as_they_come`]). Before
    /// that, a server offers every subscribed peer whatever the sync protocol says it still
    /// lacks: a safety net so that a reply missed along the way costs one tick, never a stalled
    /// peer. (When a peer has everything, automerge generates nothing, so this sends nothing.)
    pub fn tick(&mut self, now: i64) {
        let settled: Vec<DocumentId> = if self.is_server() {
            self.docs
                .iter()
                .filter(|(id, slot)| {
                    matches!(slot, Slot::Ready(l) if l.unpersisted == 0)
                        && self.subscribers.get(id).is_some_and(|s| !s.is_empty())
                })
                .map(|(id, _)| *id)
                .collect()
        } else {
            Vec::new()
        };
        for doc in settled {
            self.flush(doc);
        }
        let idle_before = now - self.config.idle_evict_ms;
        self.docs.retain(|_, slot| match slot {
            Slot::Loading(_) => true,
            Slot::Ready(loaded) => loaded.unpersisted > 0 || loaded.last_used > idle_before,
        });
        // A server evicts a few at a time, between its other work (`evict_as_they_come`).
        if self.is_server() {
            self.caps_to_check = true;
        } else {
            self.evict_over_caps(now);
        }
    }

    /// How many documents are in memory.
    pub fn loaded_count(&self) -> usize {
        self.docs.len()
    }

    /// What is under way, for operators' gauges: a number that only grows points at work that
    /// never finishes.
    pub fn stats(&self) -> EngineStats {
        let (mut loading, mut unpersisted) = (0, 0);
        for slot in self.docs.values() {
            match slot {
                Slot::Loading(_) => loading += 1,
                Slot::Ready(l) if l.unpersisted > 0 => unpersisted += 1,
                Slot::Ready(_) => {}
            }
        }
        EngineStats {
            loading,
            unpersisted,
            pending_writes: self.writes.len(),
            peer_loads: self.peers.values().map(|p| p.loading.len()).sum(),
            deferred: self.peers.values().map(|p| p.deferred.len()).sum(),
        }
    }

    /// Whether any write is still waiting to be made durable.
    pub fn has_pending_writes(&self) -> bool {
        !self.writes.is_empty()
    }

    /// How many writes are waiting to be made durable (each holds its documents in memory).
    pub fn pending_writes(&self) -> usize {
        self.writes.len()
    }
}
