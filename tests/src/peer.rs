//! A native peer: the shared engine in its client role over a real websocket, with storage in
//! memory. It is what a device does, minus the browser.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use anyhow::{Result, bail};
use automerge::{ActorId, Automerge, ReadDoc};
use hubdesk_shared::engine::{
    ConnId, Edit, Effect, Engine, EngineConfig, Outcome, Rejection, Stored, Ticket,
};
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId};
use hubdesk_shared::model::Request;
use hubdesk_shared::schema;
use tokio::sync::Notify;

use crate::socket::{self, Outbound};

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

struct Inner {
    engine: Engine,
    store: HashMap<DocumentId, Vec<Vec<u8>>>,
    outbound: Option<Outbound>,
    conn: ConnId,
    unavailable: HashSet<DocumentId>,
    finished: HashMap<Ticket, Result<Outcome, Rejection>>,
    next_ticket: Ticket,
    /// Bytes of sync frames sent and received over every connection so far.
    traffic: Traffic,
}

/// Bytes of websocket payload a peer has sent and received, and how many whole documents
/// (rather than changes) the server's sync messages carried.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Traffic {
    pub sent: u64,
    pub received: u64,
    pub whole_documents: u64,
}

/// How many whole documents a sync message from the server carries: automerge sends a document
/// chunk (type 0, after the 4-byte magic and 4-byte checksum) instead of changes when the
/// other side lacks much of it.
fn whole_documents(bytes: &[u8]) -> u64 {
    let Ok(
        hubdesk_shared::wire::WireMessage::Sync(m) | hubdesk_shared::wire::WireMessage::Request(m),
    ) = hubdesk_shared::wire::decode(bytes)
    else {
        return 0;
    };
    let Ok(message) = automerge::sync::Message::decode(&m.data) else {
        return 0;
    };
    message
        .changes
        .iter()
        .filter(|chunk| chunk.get(8) == Some(&0))
        .count() as u64
}

impl Traffic {
    pub fn total(&self) -> u64 {
        self.sent + self.received
    }
}

impl Inner {
    /// What the engine said of a local change, if it has finished: a refusal is an error.
    fn verdict(&mut self, ticket: Ticket, what: &str) -> Result<()> {
        match self.finished.remove(&ticket) {
            Some(Err(rejection)) => bail!("this device refused {what}: {rejection:?}"),
            _ => Ok(()),
        }
    }

    /// Carries out the engine's effects until it has nothing more to say.
    fn drive(&mut self) {
        loop {
            let effects = self.engine.take_effects();
            if effects.is_empty() {
                return;
            }
            for effect in effects {
                match effect {
                    Effect::Send { bytes, .. } => {
                        if let Some(out) = &self.outbound {
                            self.traffic.sent += bytes.len() as u64;
                            let _ = out.send(bytes);
                        }
                    }
                    Effect::Close { .. } => self.outbound = None,
                    Effect::Load { doc } => {
                        let stored = self.store.get(&doc).map(|chunks| Stored {
                            chunks: chunks.clone(),
                            owner: None,
                            reach: Default::default(),
                            epoch: 0,
                        });
                        self.engine.loaded(doc, Ok(stored), now_ms());
                    }
                    Effect::Persist(batch) => {
                        for write in &batch.docs {
                            self.store
                                .entry(write.doc)
                                .or_default()
                                .push(write.changes.clone());
                        }
                        self.engine.persisted(batch.write, Ok(()));
                    }
                    Effect::Unavailable { doc } => {
                        self.unavailable.insert(doc);
                    }
                    Effect::Finished { ticket, result } => {
                        self.finished.insert(ticket, result);
                    }
                    Effect::Changed { .. } | Effect::Refused { .. } | Effect::Opened { .. } => {}
                }
            }
        }
    }
}

/// A device-like peer connected to a HubDesk server.
pub struct Peer {
    inner: Arc<Mutex<Inner>>,
    notify: Arc<Notify>,
    url: String,
    socket: Option<tokio::task::JoinHandle<()>>,
}

impl Peer {
    /// Connects to `url` (a `ws://.../sync?token=...` URL).
    pub async fn connect(url: &str) -> Result<Self> {
        let mut peer = Self::offline(url);
        peer.reconnect().await?;
        Ok(peer)
    }

    /// A peer for `url` that has not connected yet: what it creates and edits waits, as on a
    /// phone with no network, until [`Peer::reconnect`].
    pub fn offline(url: &str) -> Self {
        let engine = Engine::new(EngineConfig::client(format!(
            "native-{}",
            uuid::Uuid::new_v4().simple()
        )));
        Self {
            inner: Arc::new(Mutex::new(Inner {
                engine,
                store: HashMap::new(),
                outbound: None,
                conn: 0,
                unavailable: HashSet::new(),
                finished: HashMap::new(),
                next_ticket: 1,
                traffic: Traffic::default(),
            })),
            notify: Arc::new(Notify::new()),
            url: url.to_string(),
            socket: None,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        match self.inner.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Opens a new websocket and joins; waits for the server's `peer` reply.
    pub async fn reconnect(&mut self) -> Result<()> {
        self.disconnect().await;
        let (outbound, pump) = socket::open(&self.url).await?;
        let conn = {
            let mut inner = self.lock();
            inner.conn += 1;
            let conn = inner.conn;
            inner.outbound = Some(outbound);
            inner.engine.connect(conn);
            inner.drive();
            conn
        };
        self.socket = Some(pump.run(
            self.inner.clone(),
            self.notify.clone(),
            move |inner, bytes| {
                inner.traffic.received += bytes.len() as u64;
                inner.traffic.whole_documents += whole_documents(bytes);
                inner.engine.receive(conn, bytes, now_ms());
                inner.drive();
            },
            move |inner| {
                inner.engine.disconnect(conn);
                inner.outbound = None;
            },
        ));
        self.wait_until("the handshake", move |inner| {
            inner.engine.is_connected(conn)
        })
        .await
    }

    /// Drops the connection, as when the network goes away.
    pub async fn disconnect(&mut self) {
        if let Some(task) = self.socket.take() {
            task.abort();
            let _ = task.await;
        }
        let mut inner = self.lock();
        let conn = inner.conn;
        inner.engine.disconnect(conn);
        inner.outbound = None;
    }

    pub fn is_connected(&self) -> bool {
        let inner = self.lock();
        inner.engine.is_connected(inner.conn)
    }

    async fn wait_until(&self, what: &str, check: impl Fn(&Inner) -> bool) -> Result<()> {
        self.wait_until_for(Duration::from_secs(20), what, check)
            .await
    }

    async fn wait_until_for(
        &self,
        timeout: Duration,
        what: &str,
        check: impl Fn(&Inner) -> bool,
    ) -> Result<()> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if check(&self.lock()) {
                return Ok(());
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                bail!("timed out waiting for {what}");
            }
        }
    }

    /// Creates a request document on this device and starts syncing it.
    pub fn create_request(&self, request: &Request) -> Result<DocumentId> {
        let id = RequestId::parse(&request.id)?;
        let doc_id = id.document(DocKind::Request);
        let doc = schema::new_request_doc(request, ActorId::random())?;
        let mut inner = self.lock();
        let ticket = inner.next_ticket;
        inner.next_ticket += 1;
        inner.engine.create(doc_id, doc, None, ticket, now_ms());
        inner.engine.want(doc_id, now_ms());
        inner.drive();
        inner.verdict(ticket, "creating the request")?;
        Ok(doc_id)
    }

    /// Asks the server for a document and keeps it in sync.
    pub fn want(&self, doc: DocumentId) {
        let mut inner = self.lock();
        inner.engine.want(doc, now_ms());
        inner.drive();
    }

    /// Edits a request on this device (online or not).
    pub fn edit_request(
        &self,
        doc: DocumentId,
        f: impl FnOnce(&mut Request) + Send + 'static,
    ) -> Result<()> {
        let edit: Edit = Box::new(move |am: &mut Automerge| {
            let mut request = schema::read_request(am).map_err(|_| Rejection::NotFound)?;
            f(&mut request);
            schema::write(am, &request, now_ms()).map_err(|e| Rejection::Conflict(e.to_string()))
        });
        self.edit_doc(doc, edit)
    }

    /// Adds `message` to a request's conversation on this device, writing only the
    /// conversation (as the apps do), so text fields merged in meanwhile cannot make it stale.
    pub fn add_message(
        &self,
        doc: DocumentId,
        message: hubdesk_shared::model::Message,
    ) -> Result<()> {
        let edit: Edit = Box::new(move |am: &mut Automerge| {
            let mut request = schema::read_request(am).map_err(|_| Rejection::NotFound)?;
            request.messages.push(message);
            schema::write_application_and_messages(am, &request, now_ms())
                .map_err(|e| Rejection::Conflict(e.to_string()))
        });
        self.edit_doc(doc, edit)
    }

    /// Makes `edit` on this device. Fails if this device's own engine refuses it (as the app
    /// would show); what the server then does with it is for the caller to wait on.
    pub fn edit_doc(&self, doc: DocumentId, edit: Edit) -> Result<()> {
        let mut inner = self.lock();
        let ticket = inner.next_ticket;
        inner.next_ticket += 1;
        inner.engine.edit(doc, edit, None, ticket, now_ms());
        inner.drive();
        inner.verdict(ticket, "the edit")
    }

    /// The request as this device has it.
    pub fn request(&self, doc: DocumentId) -> Option<Request> {
        let inner = self.lock();
        inner
            .engine
            .document(doc)
            .and_then(|d| schema::read_request(d).ok())
    }

    pub fn document(&self, doc: DocumentId) -> Option<Automerge> {
        self.lock().engine.document(doc).cloned()
    }

    /// What is left of the sync with the server, as the engine counts it.
    pub fn progress(&self) -> hubdesk_shared::engine::Progress {
        let inner = self.lock();
        inner.engine.progress(inner.conn)
    }

    /// Bytes this peer has sent and received so far.
    pub fn traffic(&self) -> Traffic {
        self.lock().traffic
    }

    /// The heads of this device's copy of `doc`, if it has one.
    pub fn heads(&self, doc: DocumentId) -> Option<Vec<automerge::ChangeHash>> {
        self.lock().engine.document(doc).map(|d| d.get_heads())
    }

    /// Waits up to `timeout` until the server has acknowledged every change of every one of
    /// `docs`.
    pub async fn wait_all_synced(&self, docs: &[DocumentId], timeout: Duration) -> Result<()> {
        self.wait_until_for(
            timeout,
            "the server to acknowledge every document",
            |inner| {
                docs.iter()
                    .all(|d| inner.engine.peer_has_all(inner.conn, *d))
            },
        )
        .await
    }

    /// Waits up to `timeout` until this device holds each document at (or past) the given heads.
    pub async fn wait_all_reached(
        &self,
        expected: &[(DocumentId, Vec<automerge::ChangeHash>)],
        timeout: Duration,
    ) -> Result<()> {
        self.wait_until_for(timeout, "every document to arrive", |inner| {
            expected.iter().all(|(doc, heads)| {
                inner
                    .engine
                    .document(*doc)
                    .is_some_and(|d| heads.iter().all(|h| d.get_change_by_hash(h).is_some()))
            })
        })
        .await
    }

    /// Waits until the server has acknowledged every change this device has of `doc`.
    pub async fn wait_synced(&self, doc: DocumentId) -> Result<()> {
        self.wait_until("the server to acknowledge every change", move |inner| {
            inner.engine.peer_has_all(inner.conn, doc)
        })
        .await
    }

    /// Waits until this device's copy of `doc` satisfies `check`.
    pub async fn wait_for(
        &self,
        doc: DocumentId,
        what: &str,
        check: impl Fn(&Automerge) -> bool,
    ) -> Result<()> {
        self.wait_until(what, move |inner| {
            inner.engine.document(doc).is_some_and(&check)
        })
        .await
    }

    /// Waits until the server said it cannot provide `doc`.
    pub async fn wait_unavailable(&self, doc: DocumentId) -> Result<()> {
        self.wait_until("doc-unavailable", move |inner| {
            inner.unavailable.contains(&doc)
        })
        .await
    }

    /// Waits until the connection is gone (closed by the server).
    pub async fn wait_closed(&self) -> Result<()> {
        self.wait_until("the connection to close", |inner| {
            !inner.engine.is_connected(inner.conn)
        })
        .await
    }
}
