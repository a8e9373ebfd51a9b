//! A plain automerge-repo client: the websocket protocol and automerge's sync, nothing of
//! HubDesk's engine or rules, so it works against any automerge-repo server (HubDesk's or the
//! reference JavaScript one). The load generator's devices are made of it.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use anyhow::{Result, bail};
use automerge::sync::{Message as SyncMessage, State as SyncState, SyncDoc};
use automerge::{Automerge, ChangeHash, ReadDoc};
use hubdesk_shared::ids::DocumentId;
use hubdesk_shared::wire::{self, DocMessage, PROTOCOL_VERSION, PeerMetadata, WireMessage};
use tokio::sync::Notify;

use crate::Traffic;
use crate::socket::{self, Outbound};

struct Doc {
    am: Automerge,
    sync: SyncState,
    /// Asked for rather than made here: the first message is a `request`.
    asked: bool,
}

struct Inner {
    peer_id: String,
    server_id: Option<String>,
    docs: HashMap<DocumentId, Doc>,
    unavailable: HashSet<DocumentId>,
    outbound: Option<Outbound>,
    traffic: Traffic,
}

impl Inner {
    fn send(&mut self, message: WireMessage) {
        let bytes = wire::encode(message);
        if let Some(out) = &self.outbound {
            self.traffic.sent += bytes.len() as u64;
            let _ = out.send(bytes);
        }
    }

    /// Sends what automerge's sync has to say about `id`, if anything and if connected.
    fn flush(&mut self, id: DocumentId) {
        let Some(server) = self.server_id.clone() else {
            return;
        };
        let Some(doc) = self.docs.get_mut(&id) else {
            return;
        };
        let Some(message) = doc.am.generate_sync_message(&mut doc.sync) else {
            return;
        };
        let ask = doc.asked && doc.am.get_heads().is_empty();
        let body = DocMessage {
            sender_id: self.peer_id.clone(),
            target_id: server,
            document_id: id,
            data: message.encode(),
        };
        self.send(if ask {
            WireMessage::Request(body)
        } else {
            WireMessage::Sync(body)
        });
    }

    fn receive(&mut self, bytes: &[u8]) {
        self.traffic.received += bytes.len() as u64;
        match wire::decode(bytes) {
            Ok(WireMessage::Peer { sender_id, .. }) => {
                self.server_id = Some(sender_id);
                let ids: Vec<DocumentId> = self.docs.keys().copied().collect();
                for id in ids {
                    self.flush(id);
                }
            }
            Ok(WireMessage::Sync(m) | WireMessage::Request(m)) => {
                let Ok(message) = SyncMessage::decode(&m.data) else {
                    return;
                };
                let doc = self.docs.entry(m.document_id).or_insert_with(|| Doc {
                    am: Automerge::new(),
                    sync: SyncState::new(),
                    asked: false,
                });
                if doc.am.receive_sync_message(&mut doc.sync, message).is_ok() {
                    self.flush(m.document_id);
                }
            }
            Ok(WireMessage::DocUnavailable { document_id, .. }) => {
                self.unavailable.insert(document_id);
            }
            _ => {}
        }
    }
}

/// One device of the load: its documents in memory, synced over one websocket at a time.
pub struct RepoClient {
    inner: Arc<Mutex<Inner>>,
    notify: Arc<Notify>,
    url: String,
    socket: Option<tokio::task::JoinHandle<()>>,
}

impl RepoClient {
    /// A client for `url` that has not connected yet.
    pub fn offline(url: &str) -> Self {
        Self {
            inner: Arc::new(Mutex::new(Inner {
                peer_id: format!("load-{}", uuid::Uuid::new_v4().simple()),
                server_id: None,
                docs: HashMap::new(),
                unavailable: HashSet::new(),
                outbound: None,
                traffic: Traffic::default(),
            })),
            notify: Arc::new(Notify::new()),
            url: url.to_string(),
            socket: None,
        }
    }

    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_within(url, Duration::from_secs(30)).await
    }

    /// Connects, failing unless the server answers the join within `timeout`.
    pub async fn connect_within(url: &str, timeout: Duration) -> Result<Self> {
        let mut client = Self::offline(url);
        client.open(timeout).await?;
        Ok(client)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        match self.inner.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Opens a websocket, joins, and offers every document once the server has answered.
    pub async fn reconnect(&mut self) -> Result<()> {
        self.open(Duration::from_secs(30)).await
    }

    async fn open(&mut self, timeout: Duration) -> Result<()> {
        self.disconnect().await;
        let (outbound, pump) = socket::open(&self.url).await?;
        {
            let mut inner = self.lock();
            inner.outbound = Some(outbound);
            for doc in inner.docs.values_mut() {
                doc.sync = SyncState::new();
            }
            let join = WireMessage::Join {
                sender_id: inner.peer_id.clone(),
                peer_metadata: PeerMetadata {
                    storage_id: None,
                    is_ephemeral: Some(false),
                },
                supported_protocol_versions: vec![PROTOCOL_VERSION.to_string()],
            };
            inner.send(join);
        }
        self.socket = Some(pump.run(
            self.inner.clone(),
            self.notify.clone(),
            |inner, bytes| inner.receive(bytes),
            |inner| {
                inner.outbound = None;
                inner.server_id = None;
            },
        ));
        self.wait_until(timeout, "the server's peer message", |inner| {
            inner.server_id.is_some()
        })
        .await
    }

    pub async fn disconnect(&mut self) {
        if let Some(task) = self.socket.take() {
            task.abort();
            let _ = task.await;
        }
        let mut inner = self.lock();
        inner.outbound = None;
        inner.server_id = None;
    }

    /// Adds a document made here; it is offered to the server now or on connecting.
    pub fn add(&self, id: DocumentId, am: Automerge) {
        let mut inner = self.lock();
        inner.docs.insert(
            id,
            Doc {
                am,
                sync: SyncState::new(),
                asked: false,
            },
        );
        inner.flush(id);
    }

    /// Changes a document here and offers the change.
    pub fn change(&self, id: DocumentId, f: impl FnOnce(&mut Automerge)) {
        let mut inner = self.lock();
        if let Some(doc) = inner.docs.get_mut(&id) {
            f(&mut doc.am);
            inner.flush(id);
        }
    }

    /// Asks the server for a document.
    pub fn want(&self, id: DocumentId) {
        let mut inner = self.lock();
        inner.docs.entry(id).or_insert_with(|| Doc {
            am: Automerge::new(),
            sync: SyncState::new(),
            asked: true,
        });
        inner.flush(id);
    }

    pub fn heads(&self, id: DocumentId) -> Option<Vec<ChangeHash>> {
        self.lock().docs.get(&id).map(|d| d.am.get_heads())
    }

    pub fn document(&self, id: DocumentId) -> Option<Automerge> {
        self.lock().docs.get(&id).map(|d| d.am.clone())
    }

    pub fn traffic(&self) -> Traffic {
        self.lock().traffic
    }

    /// Waits until the server has told us it holds every change of every one of `ids`.
    pub async fn wait_all_synced(&self, ids: &[DocumentId], timeout: Duration) -> Result<()> {
        self.wait_until(timeout, "the server to hold every document", |inner| {
            ids.iter().all(|id| {
                inner.docs.get(id).is_some_and(|d| {
                    let theirs = d.sync.their_heads.as_deref().unwrap_or_default();
                    d.am.get_heads().iter().all(|h| theirs.contains(h))
                })
            })
        })
        .await
    }

    /// Of `ids`, those the server has not acknowledged in full, each with what this client's
    /// sync state says of it: for a report when a wait runs long.
    pub fn unsynced(&self, ids: &[DocumentId]) -> Vec<String> {
        let inner = self.lock();
        ids.iter()
            .filter_map(|id| {
                let d = inner.docs.get(id)?;
                let theirs = d.sync.their_heads.as_deref().unwrap_or_default();
                let ours = d.am.get_heads();
                if ours.iter().all(|h| theirs.contains(h)) {
                    return None;
                }
                Some(format!(
                    "{id}: ours {ours:?}, theirs {:?}, shared {:?}, last sent {:?}, in flight {}, sent {}, their need {:?}, unavailable {}",
                    d.sync.their_heads,
                    d.sync.shared_heads,
                    d.sync.last_sent_heads,
                    d.sync.in_flight,
                    d.sync.sent_hashes.len(),
                    d.sync.their_need,
                    inner.unavailable.contains(id),
                ))
            })
            .collect()
    }

    /// Waits until the server says it cannot provide `id` (a refused write, say).
    pub async fn wait_unavailable(&self, id: DocumentId, timeout: Duration) -> Result<()> {
        self.wait_until(timeout, "the server to refuse the document", |inner| {
            inner.unavailable.contains(&id)
        })
        .await
    }

    /// Waits until this client holds each document at (or past) the given heads.
    pub async fn wait_all_reached(
        &self,
        expected: &[(DocumentId, Vec<ChangeHash>)],
        timeout: Duration,
    ) -> Result<()> {
        self.wait_until(timeout, "every document to arrive", |inner| {
            if let Some((id, _)) = expected
                .iter()
                .find(|(id, _)| inner.unavailable.contains(id))
            {
                return Err(format!("the server says {id} is unavailable"));
            }
            Ok(expected.iter().all(|(id, heads)| {
                inner
                    .docs
                    .get(id)
                    .is_some_and(|d| heads.iter().all(|h| d.am.get_change_by_hash(h).is_some()))
            }))
        })
        .await
    }

    async fn wait_until<R: Waited>(
        &self,
        timeout: Duration,
        what: &str,
        check: impl Fn(&Inner) -> R,
    ) -> Result<()> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if check(&self.lock()).done()? {
                return Ok(());
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                bail!("timed out after {timeout:?} waiting for {what}");
            }
        }
    }
}

/// A wait's check: done or not, or a reason to stop waiting.
trait Waited {
    fn done(self) -> Result<bool>;
}

impl Waited for bool {
    fn done(self) -> Result<bool> {
        Ok(self)
    }
}

impl Waited for Result<bool, String> {
    fn done(self) -> Result<bool> {
        self.map_err(|e| anyhow::anyhow!(e))
    }
}

impl Drop for RepoClient {
    fn drop(&mut self) {
        if let Some(task) = self.socket.take() {
            task.abort();
        }
    }
}
