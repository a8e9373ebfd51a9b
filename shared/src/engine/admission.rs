//! A peer's write to a document: applied to a copy, admitted or refused, and what follows
//! (genesis of a new request's triage and notes, the workflow's reaction to a requester's message).

#[allow(unused_imports)]
use super::*;

impl Engine {
    pub(super) fn apply_message(
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
        let kind = loaded.kind;
        if server && access == Access::None && !is_request && exists && self.may_create(conn, kind)
        {
            // Someone else's document: answered exactly as a document that does not exist would
            // be, so a peer cannot learn which ids are taken.
            return self.answer_as_missing(conn, doc_id, &data);
        }
        if access == Access::None || (server && is_request && !exists) {
            self.unsubscribe(conn, doc_id);
            return self.unavailable(conn, doc_id);
        }
        // Sizes are checked before anything is decoded: an oversized message costs nothing more.
        if server {
            let stored = match access {
                Access::ReadWrite => loaded.bytes,
                _ => 0,
            };
            if let Err(errors) = limits::check_sync_message(stored, data.len()) {
                return self.refuse_write(conn, doc_id, errors, exists);
            }
        }
        let message = match sync::Message::decode(&data) {
            Ok(message) => message,
            Err(e) => return self.fail(conn, format!("bad sync message: {e}")),
        };
        self.subscribe(conn, doc_id);
        let principal = self.peers.get(&conn).and_then(|p| p.principal.clone());
        let live = self.peers.get(&conn).is_some_and(|p| p.live);
        let rules = self.server_rules();
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
            return;
        };
        loaded.last_used = now;
        if live {
            loaded.kept_until = now + LIVE_KEEP_MS;
        }
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
                self.spread_reach(doc_id);
                self.persist(vec![(doc_id, before)], None, Cause::Peer(conn));
            }
            return self.flush(doc_id);
        };

        // A message that brings no changes cannot change the document: no copy is needed.
        if message.changes.is_empty() {
            if let Err(e) = loaded
                .doc
                .receive_sync_message(&mut peer_doc.state, message)
            {
                return self.fail(conn, format!("bad sync message: {e}"));
            }
            return self.flush(doc_id);
        }
        // What the changes would cost is read before anything is applied or copied: millions
        // of operations in a small compressed message are refused here, cheaply.
        if let Err(errors) = limits::check_message_cost(message.changes.iter()) {
            return self.refuse_write(conn, doc_id, errors, exists);
        }
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
        if let Err(errors) = limits::check_change_count(candidate.get_changes_meta(&before).len()) {
            return self.refuse_write(conn, doc_id, errors, exists);
        }
        let previous = loaded.exists.then_some(&loaded.doc);
        let events = history::diff(loaded.kind, previous, &candidate);
        let checks = access::Checks {
            rules: &rules,
            rounds: &self.rounds,
            arrived_at: Some(now),
        };
        match access::admit(
            &principal,
            loaded.kind,
            &request_id,
            previous,
            &candidate,
            checks,
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
                let device_at = history::device_time(&loaded.doc, &before);
                let follow_up = self.record(doc_id, Some(&principal), events, device_at, now);
                let mut writes = vec![(doc_id, before)];
                if created {
                    writes.extend(self.genesis_for(doc_id, now));
                }
                self.persist(writes, None, Cause::Peer(conn));
                self.spread_reach(doc_id);
                self.flush(doc_id);
                self.follow_up(follow_up, now);
            }
            Err(errors) => self.refuse_write(conn, doc_id, errors, exists),
        }
    }

    fn may_create(&self, conn: ConnId, kind: DocKind) -> bool {
        self.peers
            .get(&conn)
            .and_then(|p| p.principal.as_ref())
            .is_some_and(|p| access::may_create(p, kind))
    }

    /// Replies to a sync message as an empty document would: what a peer allowed to create the
    /// document hears when it does not exist. A message that tries to write gets
    /// `doc-unavailable`, as a refused creation would.
    fn answer_as_missing(&mut self, conn: ConnId, doc_id: DocumentId, data: &[u8]) {
        let message = match sync::Message::decode(data) {
            Ok(message) => message,
            Err(e) => return self.fail(conn, format!("bad sync message: {e}")),
        };
        if !message.changes.is_empty() {
            return self.unavailable(conn, doc_id);
        }
        let mut empty = Automerge::new();
        let mut state = sync::State::new();
        if let Err(e) = empty.receive_sync_message(&mut state, message) {
            return self.fail(conn, format!("bad sync message: {e}"));
        }
        if let Some(reply) = empty.generate_sync_message(&mut state) {
            let reply = WireMessage::Sync(DocMessage {
                sender_id: self.config.peer_id.clone(),
                target_id: self.remote_id(conn),
                document_id: doc_id,
                data: reply.encode(),
            });
            self.send(conn, reply);
        }
    }

    /// Refuses a peer's write: forgets this peer's view of the document so nothing it sent is
    /// kept, and tells it the document cannot be had rather than pretending to accept it.
    fn refuse_write(
        &mut self,
        conn: ConnId,
        doc_id: DocumentId,
        errors: Vec<ValidationError>,
        exists: bool,
    ) {
        let fields = errors.into_iter().map(|e| e.field).collect();
        self.effects.push(Effect::Refused {
            conn,
            doc: doc_id,
            fields,
        });
        self.unsubscribe(conn, doc_id);
        if !exists {
            self.docs.remove(&doc_id);
        }
        self.unavailable(conn, doc_id);
    }

    /// Creates the genesis triage and notes documents of a newly admitted request, whatever state
    /// their slots are in: a request never goes without its triage and notes.
    pub(super) fn genesis_for(
        &mut self,
        doc_id: DocumentId,
        now: i64,
    ) -> Vec<(DocumentId, Vec<ChangeHash>)> {
        let Some((DocKind::Request, request)) = doc_id.classify() else {
            return Vec::new();
        };
        let Some(Slot::Ready(loaded)) = self.docs.get(&doc_id) else {
            return Vec::new();
        };
        let owner = loaded.owner.clone();
        let Ok(filed) = schema::read_request(&loaded.doc) else {
            return Vec::new();
        };
        let (created_at, request_kind) = (filed.created_at, filed.kind);
        let mut writes = Vec::new();
        for kind in [DocKind::Triage, DocKind::Notes] {
            let id = request.document(kind);
            let Ok(genesis) = schema::genesis(kind, request, created_at, request_kind) else {
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
                Some(Slot::Ready(_)) => {}
                // Being loaded (someone asked for it a moment ago): create it as soon as the load
                // finishes, before anything else queued for it, unless storage turns out to hold
                // it already (then the create is refused as a conflict, and nothing changes).
                Some(Slot::Loading(queue)) => queue.insert(
                    0,
                    Queued::Local(LocalOp::Create {
                        doc: Box::new(genesis),
                        by: None,
                        owner: owner.clone(),
                        ticket: INTERNAL_TICKET,
                    }),
                ),
                None => {
                    let mut loaded = Loaded::empty(kind, now);
                    loaded.generation = self.fresh_generation();
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

    /// Server side: keeps the events of an admitted write for the next persisted batch, and
    /// says which follow-ups the workflow asks for.
    pub(super) fn record(
        &mut self,
        doc_id: DocumentId,
        by: Option<&Principal>,
        events: Vec<history::Event>,
        device_at: Option<i64>,
        now: i64,
    ) -> Vec<FollowUp> {
        if !self.is_server() || events.is_empty() {
            return Vec::new();
        }
        let Some((DocKind::Request, request)) = doc_id.classify() else {
            self.keep_history(doc_id, by, events, device_at, now);
            return Vec::new();
        };
        let mut follow_ups = Vec::new();
        for event in &events {
            match event {
                history::Event::Message {
                    role: MessageRole::Requester,
                    ..
                } => follow_ups.push(FollowUp::RequesterReplied(request)),
                history::Event::Submitted => follow_ups.push(FollowUp::Submitted(request)),
                history::Event::ChangesRequested => {
                    follow_ups.push(FollowUp::ChangesRequested(request))
                }
                _ => {}
            }
        }
        follow_ups.dedup();
        self.keep_history(doc_id, by, events, device_at, now);
        follow_ups
    }

    fn keep_history(
        &mut self,
        doc_id: DocumentId,
        by: Option<&Principal>,
        events: Vec<history::Event>,
        device_at: Option<i64>,
        now: i64,
    ) {
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
            return;
        };
        for event in events {
            loaded.history.push(history::Recorded {
                actor: by.map(|p| p.user.clone()),
                role: by.map(|p| p.role),
                server_at: now,
                device_at,
                event,
            });
        }
    }

    /// Runs what the workflow asks for after an admitted write, as the hub itself.
    pub(super) fn follow_up(&mut self, follow_ups: Vec<FollowUp>, now: i64) {
        for follow_up in follow_ups {
            let (request, edit) = match follow_up {
                FollowUp::RequesterReplied(request) => (request, commands::requester_replied(now)),
                FollowUp::Submitted(request) => (
                    request,
                    commands::application_status(ApplicationStatus::Submitted, None, None, now),
                ),
                FollowUp::ChangesRequested(request) => (
                    request,
                    commands::application_status(
                        ApplicationStatus::ChangesRequested,
                        None,
                        None,
                        now,
                    ),
                ),
            };
            self.edit(
                request.document(DocKind::Triage),
                edit,
                None,
                INTERNAL_TICKET,
                now,
            );
        }
    }
}

/// Work the workflow asks the server to do after a write it admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FollowUp {
    /// A requester wrote in the conversation: reopen a resolved request, end waiting.
    RequesterReplied(RequestId),
    /// A fund application reached the hub: record it as submitted.
    Submitted(RequestId),
    /// The hub sent an application back: record that changes are requested.
    ChangesRequested(RequestId),
}
