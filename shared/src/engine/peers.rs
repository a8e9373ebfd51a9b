//! Connections: the protocol handshake, messages in and out, subscriptions, ephemeral relays.

#[allow(unused_imports)]
use super::*;

impl Engine {
    // ----- connections -------------------------------------------------------------------

    /// Server side: a peer connected; `principal` is who its credentials say it is.
    pub fn accept(&mut self, conn: ConnId, principal: Principal) {
        self.peers.insert(conn, Peer::new(Some(principal)));
    }

    /// Client side: we connected to a server; sends our join.
    pub fn connect(&mut self, conn: ConnId) {
        self.peers.insert(conn, Peer::new(None));
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
        let client = !self.is_server();
        for (id, slot) in self.docs.iter_mut() {
            if let Slot::Ready(loaded) = slot
                && let Some(gone) = loaded.peers.remove(&conn)
                && client
                && gone.state.their_heads.is_some()
            {
                // What the server was known to hold, for the next connection's first message.
                self.hub_heads.insert(*id, gone.state.shared_heads);
            }
        }
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.peers.get(&conn).is_some_and(|p| p.ready)
    }

    /// Server side: whether peer `conn` is editing live (a person at work) rather than
    /// uploading a backlog, as the shell judges it. The documents a live peer's messages touch
    /// are kept in memory ahead of others for [`LIVE_KEEP_MS`]; the caps still hold.
    pub fn set_live(&mut self, conn: ConnId, live: bool) {
        if let Some(peer) = self.peers.get_mut(&conn) {
            peer.live = live;
        }
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
        let client = !self.is_server();
        if let Some(peer) = self.peers.get_mut(&conn) {
            match message {
                // Only a server announces its backlog; a client's is ignored.
                WireMessage::Backlog { sent } => {
                    if client {
                        peer.announced = peer.announced.max(sent);
                    }
                    return;
                }
                _ => peer.received += bytes.len() as u64,
            }
        }
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
            } => self.on_ephemeral(conn, doc, count, session_id, now),
            WireMessage::Leave { .. } => self.close(conn, "peer left".into()),
            WireMessage::Error { .. }
            | WireMessage::RemoteSubscriptionChange { .. }
            | WireMessage::RemoteHeadsChanged { .. }
            | WireMessage::Backlog { .. } => {
                // We keep no storage-id subscriptions, so these carry nothing we act on.
            }
        }
    }

    pub(super) fn on_join(&mut self, conn: ConnId, sender_id: String, versions: &[String]) {
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

    pub(super) fn on_peer(&mut self, conn: ConnId, sender_id: String, version: &str, now: i64) {
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

    pub(super) fn fail(&mut self, conn: ConnId, reason: String) {
        let error = WireMessage::Error {
            sender_id: self.config.peer_id.clone(),
            target_id: self.peers.get(&conn).and_then(|p| p.remote_id.clone()),
            message: reason.clone(),
        };
        self.send(conn, error);
        self.close(conn, reason);
    }

    pub(super) fn close(&mut self, conn: ConnId, reason: String) {
        self.disconnect(conn);
        self.effects.push(Effect::Close { conn, reason });
    }

    pub(super) fn send(&mut self, conn: ConnId, message: WireMessage) {
        self.effects.push(Effect::Send {
            conn,
            bytes: wire::encode(message),
        });
    }

    pub(super) fn remote_id(&self, conn: ConnId) -> String {
        self.peers
            .get(&conn)
            .and_then(|p| p.remote_id.clone())
            .unwrap_or_default()
    }

    pub(super) fn unavailable(&mut self, conn: ConnId, doc: DocumentId) {
        if self.is_server()
            && let Some(peer) = self.peers.get_mut(&conn)
        {
            peer.misses += 1;
            if peer.misses > limits::MISSES_PER_SESSION {
                return self.fail(
                    conn,
                    "too many requests for documents that cannot be had".into(),
                );
            }
        }
        let message = WireMessage::DocUnavailable {
            sender_id: self.config.peer_id.clone(),
            target_id: self.remote_id(conn),
            document_id: doc,
        };
        self.send(conn, message);
    }

    /// Subscribes `conn` to `doc`; a member of staff subscribing to one of a request's documents
    /// (the request, its triage or its notes) for the first time on this connection is reported
    /// ([`Effect::Opened`]), so reads over `/sync` are audited like reads over REST.
    pub(super) fn subscribe(&mut self, conn: ConnId, doc: DocumentId) {
        let new = self.subscribers.entry(doc).or_default().insert(conn);
        let staff = self
            .peers
            .get(&conn)
            .and_then(|p| p.principal.as_ref())
            .is_some_and(|p| p.role.is_staff());
        let of_a_request = matches!(
            doc.kind(),
            Some(DocKind::Request | DocKind::Triage | DocKind::Notes)
        );
        if new && staff && self.is_server() && of_a_request {
            self.effects.push(Effect::Opened { conn, doc });
        }
    }

    pub(super) fn unsubscribe(&mut self, conn: ConnId, doc: DocumentId) {
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

    /// Relays an ephemeral message (presence, cursors) to the document's other writers. Only a
    /// peer allowed to write the document is relayed, only to peers allowed to write it, under
    /// the sender id of its own session, up to [`EPHEMERAL_MAX_BYTES`] and
    /// [`EPHEMERAL_PER_SECOND`] per peer; anything else is dropped without a word.
    pub(super) fn on_ephemeral(
        &mut self,
        conn: ConnId,
        m: DocMessage,
        count: u64,
        session_id: String,
        now: i64,
    ) {
        if m.data.len() > EPHEMERAL_MAX_BYTES {
            return;
        }
        let Some(Slot::Ready(loaded)) = self.docs.get(&m.document_id) else {
            return;
        };
        if self.access_for(conn, loaded) != Access::ReadWrite {
            return;
        }
        let Some(peer) = self.peers.get_mut(&conn) else {
            return;
        };
        if now - peer.ephemeral_window >= 1000 {
            peer.ephemeral_window = now;
            peer.ephemeral_sent = 0;
        }
        if peer.ephemeral_sent >= EPHEMERAL_PER_SECOND {
            return;
        }
        peer.ephemeral_sent += 1;
        let sender_id = self.remote_id(conn);
        let Some(Slot::Ready(loaded)) = self.docs.get(&m.document_id) else {
            return;
        };
        let others: Vec<ConnId> = self
            .subscribers
            .get(&m.document_id)
            .map(|s| s.iter().copied().filter(|c| *c != conn).collect())
            .unwrap_or_default();
        for other in others {
            if self.access_for(other, loaded) != Access::ReadWrite || !self.is_connected(other) {
                continue;
            }
            let relay = WireMessage::Ephemeral {
                doc: DocMessage {
                    sender_id: sender_id.clone(),
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
}
