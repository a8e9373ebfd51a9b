//! The IO shell around the shared sync engine in the browser: it feeds the engine what the
//! websocket and IndexedDB report, carries out the effects the engine hands back, keeps the
//! connection to the hub alive, and remembers what the hub has acknowledged.
//!
//! The connection, once started, is kept up until [`Shell::stop`]:
//! - a closed or failed socket is retried after an exponential backoff with full jitter
//!   ([`crate::backoff`]), reset once the hub answers our handshake;
//! - the window's `online` event retries at once, `offline` drops the socket at once;
//! - a socket that has not completed the handshake within [`HANDSHAKE_TIMEOUT_MS`] is dropped
//!   and retried, so a half-open connection on a bad network does not hang the app.
//!
//! After each handshake the shell asks the REST API which requests and guidance items exist, so
//! requests filed on another device and newly published guidance come to this one too.
//!
//! Everything runs on the page's single thread. State lives in one `RefCell`, borrowed only for
//! short synchronous stretches: never across an await, and never while calling out to page code,
//! which could call back in. Page listeners run from a microtask for the same reason, and so do
//! timer and window-event callbacks, so the work they start may drop the guard that called them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use automerge::{Automerge, ChangeHash};
use futures_channel::oneshot;
use hubdesk_shared::engine::{
    ConnId, Edit, Effect, Engine, EngineConfig, Outcome, Rejection, Stored, Ticket,
};
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId};
use hubdesk_shared::wire::{self, WireMessage};
use js_sys::Function;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;

use crate::backoff::Backoff;
use crate::browser::{self, FetchError, Timer, WindowListener};
use crate::net::{Events, Socket};
use crate::store::Store;
use crate::{now_ms, random};

/// How long a new socket may take to open and answer our join before it is given up.
pub const HANDSHAKE_TIMEOUT_MS: u32 = 15_000;
/// How often idle documents are evicted from memory.
const TICK_MS: u32 = 30_000;
/// How often, while connected, the hub is asked again which requests and guidance exist.
const DISCOVERY_EVERY_MS: f64 = 5.0 * 60.0 * 1000.0;
/// After a reconnection the hub is asked again only if it was last asked this long ago, so a
/// flapping network does not repeat the question on every handshake.
const DISCOVERY_AFTER_RECONNECT_MS: f64 = 60.0 * 1000.0;
/// How often a failing connection may ask the REST API whether the session is still valid.
const SESSION_PROBE_EVERY_MS: f64 = 60.0 * 1000.0;
/// The REST API pages through requests this many at a time (its maximum).
const PER_PAGE: i64 = 100;

pub struct Shell {
    state: RefCell<State>,
    store: Store,
}

/// Where the hub is, and the session's token.
#[derive(Clone)]
struct Link {
    /// `https://host` or `http://host`, without a trailing slash.
    base_url: String,
    token: String,
}

struct State {
    engine: Engine,
    /// The id of the newest connection. Ids are never reused, so an event from a socket we have
    /// already replaced is recognised and ignored.
    conn: ConnId,
    socket: Option<Socket>,
    /// Set while the page wants the connection kept up.
    link: Option<Link>,
    backoff: Backoff,
    /// The pending retry, or the deadline of the handshake in progress.
    timer: Option<Timer>,
    /// When the pending retry fires, for the page's indicator.
    retry_at: Option<f64>,
    /// The hub refused the session's token; retrying cannot help until the person signs in again.
    session_rejected: bool,
    last_discovery: f64,
    last_probe: f64,
    /// Window listeners and the housekeeping timer, present while started.
    hooks: Vec<WindowListener>,
    ticker: Option<Timer>,
    /// What the hub has acknowledged of each request document (mirrors the `meta` store).
    acked: HashMap<DocumentId, Vec<ChangeHash>>,
    /// Local operations whose outcome a caller awaits.
    waiting: HashMap<Ticket, oneshot::Sender<Result<Outcome, Rejection>>>,
    next_ticket: Ticket,
    listener: Option<Function>,
    /// Whether a call to the listener is already queued, so a burst of events makes one call.
    notify_queued: bool,
}

/// The connection as the page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Connection {
    /// Not started, or stopped (signed out).
    Stopped,
    /// A socket is opening or the handshake is under way.
    Connecting,
    Connected,
    /// The last attempt failed; the next one is scheduled.
    Waiting,
}

/// What the sync indicator shows.
#[derive(Debug, Clone, Serialize)]
pub struct SyncStatus {
    /// `navigator.onLine`: whether the device has any network at all.
    pub network: bool,
    pub connection: Connection,
    /// Milliseconds until the next attempt, while waiting.
    pub retry_in_ms: Option<u32>,
    /// The hub no longer accepts this device's session: sign in again to sync.
    pub session_rejected: bool,
}

/// One page of `GET /api/requests`.
#[derive(Deserialize)]
struct RequestPage {
    items: Vec<Listed>,
    total: i64,
}

/// One page of `GET /api/guidance`.
#[derive(Deserialize)]
struct GuidancePage {
    items: Vec<Listed>,
}

#[derive(Deserialize)]
struct Listed {
    id: String,
}

impl Shell {
    pub fn new(
        store: Store,
        peer_id: String,
        acked: Vec<(DocumentId, Vec<ChangeHash>)>,
    ) -> Rc<Self> {
        Rc::new(Self {
            state: RefCell::new(State {
                engine: Engine::new(EngineConfig::client(peer_id)),
                conn: 0,
                socket: None,
                link: None,
                backoff: Backoff::default(),
                timer: None,
                retry_at: None,
                session_rejected: false,
                last_discovery: 0.0,
                last_probe: 0.0,
                hooks: Vec::new(),
                ticker: None,
                acked: acked.into_iter().collect(),
                waiting: HashMap::new(),
                next_ticket: 1,
                listener: None,
                notify_queued: false,
            }),
            store,
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// What the hub has acknowledged of each request, and whether it is connected now: what a
    /// record's sync state is derived from.
    pub fn sync_snapshot(&self) -> (HashMap<DocumentId, Vec<ChangeHash>>, bool) {
        let state = self.state.borrow();
        (state.acked.clone(), state.engine.is_connected(state.conn))
    }

    // ----- the connection -----------------------------------------------------------------

    /// Keeps a connection to the hub at `base_url` up from now on, with `token` as the session.
    pub fn start(self: &Rc<Self>, base_url: &str, token: &str) -> Result<(), String> {
        let hooks = vec![
            self.hook("online", Self::went_online)?,
            self.hook("offline", Self::went_offline)?,
        ];
        let weak = Rc::downgrade(self);
        let ticker = Timer::every(TICK_MS, move || later(&weak, Self::tick))?;
        {
            let mut state = self.state.borrow_mut();
            state.link = Some(Link {
                base_url: base_url.trim_end_matches('/').to_string(),
                token: token.to_string(),
            });
            state.session_rejected = false;
            state.hooks = hooks;
            state.ticker = Some(ticker);
            state.backoff.reset();
        }
        self.attempt();
        Ok(())
    }

    /// Drops the connection and stops trying; work on the device goes on.
    pub fn stop(self: &Rc<Self>) {
        let (socket, timer, hooks, ticker) = {
            let mut state = self.state.borrow_mut();
            let conn = state.conn;
            state.engine.disconnect(conn);
            state.link = None;
            state.retry_at = None;
            (
                state.socket.take(),
                state.timer.take(),
                std::mem::take(&mut state.hooks),
                state.ticker.take(),
            )
        };
        drop((socket, timer, hooks, ticker));
        self.notify();
    }

    pub fn status(&self) -> SyncStatus {
        let state = self.state.borrow();
        let connection = if state.link.is_none() {
            Connection::Stopped
        } else if state.engine.is_connected(state.conn) {
            Connection::Connected
        } else if state.retry_at.is_some() || state.session_rejected {
            Connection::Waiting
        } else {
            Connection::Connecting
        };
        SyncStatus {
            network: browser::on_line(),
            connection,
            retry_in_ms: state
                .retry_at
                .map(|at| (at - js_sys::Date::now()).max(0.0) as u32),
            session_rejected: state.session_rejected,
        }
    }

    fn is_connected(&self) -> bool {
        let state = self.state.borrow();
        state.engine.is_connected(state.conn)
    }

    /// A window event listener that runs `handler` on the shell, if the page still holds it.
    fn hook(
        self: &Rc<Self>,
        event: &'static str,
        handler: fn(&Rc<Self>),
    ) -> Result<WindowListener, String> {
        let weak = Rc::downgrade(self);
        WindowListener::new(event, move || later(&weak, handler))
    }

    /// Opens a new socket to the hub, replacing any earlier one.
    fn attempt(self: &Rc<Self>) {
        let Some(link) = self.state.borrow().link.clone() else {
            return;
        };
        let conn = self.state.borrow().conn + 1;
        let url = sync_url(&link);
        // The callbacks hold a weak reference: the shell owns the socket, and the socket must not
        // keep the shell alive after the page lets go of it.
        let opened = Rc::downgrade(self);
        let received = Rc::downgrade(self);
        let closed = Rc::downgrade(self);
        let socket = Socket::open(
            &url,
            Events {
                opened: Box::new(move || with(&opened, |shell| shell.opened(conn))),
                received: Box::new(move |bytes| {
                    with(&received, |shell| shell.received(conn, &bytes))
                }),
                closed: Box::new(move |reason| with(&closed, |shell| shell.closed(conn, &reason))),
            },
        );
        let weak = Rc::downgrade(self);
        let deadline = Timer::once(HANDSHAKE_TIMEOUT_MS, move || {
            later(&weak, move |shell| shell.handshake_timed_out(conn))
        });
        let old = {
            let mut state = self.state.borrow_mut();
            let old_conn = state.conn;
            state.engine.disconnect(old_conn);
            state.conn = conn;
            state.retry_at = None;
            state.timer = deadline.ok();
            match socket {
                Ok(socket) => state.socket.replace(socket),
                Err(e) => {
                    warn(&e);
                    state.socket.take()
                }
            }
        };
        drop(old);
        if !self.has_socket() {
            self.schedule_retry();
        }
        self.notify();
    }

    fn has_socket(&self) -> bool {
        self.state.borrow().socket.is_some()
    }

    /// Schedules the next attempt after the backoff's delay, unless retrying is pointless.
    fn schedule_retry(self: &Rc<Self>) {
        let delay = {
            let mut state = self.state.borrow_mut();
            if state.link.is_none() || state.session_rejected {
                state.timer = None;
                state.retry_at = None;
                return;
            }
            let jitter = random::<4>()
                .map(u32::from_le_bytes)
                .unwrap_or(u32::MAX / 2);
            state.backoff.next_delay(jitter)
        };
        let weak = Rc::downgrade(self);
        let timer = Timer::once(delay, move || later(&weak, Self::attempt));
        let mut state = self.state.borrow_mut();
        match timer {
            Ok(timer) => {
                state.timer = Some(timer);
                state.retry_at = Some(js_sys::Date::now() + f64::from(delay));
            }
            Err(e) => warn(&format!("cannot schedule a reconnection: {e}")),
        }
    }

    fn handshake_timed_out(self: &Rc<Self>, conn: ConnId) {
        let old = {
            let mut state = self.state.borrow_mut();
            if state.conn != conn || state.engine.is_connected(conn) {
                return;
            }
            state.engine.disconnect(conn);
            state.socket.take()
        };
        drop(old);
        warn("the hub did not answer in time; trying again");
        self.schedule_retry();
        self.notify();
    }

    fn went_online(self: &Rc<Self>) {
        if self.state.borrow().link.is_none() || self.is_connected() {
            return;
        }
        // A network that just came back is the best moment to try: no waiting.
        self.state.borrow_mut().backoff.reset();
        self.attempt();
    }

    fn went_offline(self: &Rc<Self>) {
        let old = {
            let mut state = self.state.borrow_mut();
            let conn = state.conn;
            state.engine.disconnect(conn);
            state.socket.take()
        };
        if old.is_none() {
            return;
        }
        drop(old);
        self.schedule_retry();
        self.notify();
    }

    fn opened(self: &Rc<Self>, conn: ConnId) {
        {
            let mut state = self.state.borrow_mut();
            if state.conn != conn {
                return;
            }
            state.engine.connect(conn);
        }
        self.drive();
        // Everything on the device should reach the hub, including what was written offline or
        // in an earlier visit, and the hub's triage of every request it has acknowledged.
        // Listing the store is async, so these wants follow the join; the engine subscribes them
        // once the hub has answered it.
        let shell = self.clone();
        spawn_local(async move {
            match shell.store.ids().await {
                Ok(ids) => {
                    let mut state = shell.state.borrow_mut();
                    let now = now_ms();
                    for id in ids {
                        state.engine.want(id, now);
                    }
                    let triage: Vec<DocumentId> = state
                        .acked
                        .keys()
                        .filter_map(|id| sibling(*id, DocKind::Triage))
                        .collect();
                    for id in triage {
                        state.engine.want(id, now);
                    }
                }
                Err(e) => warn(&format!("could not list stored documents to sync: {e}")),
            }
            shell.drive();
        });
    }

    fn received(self: &Rc<Self>, conn: ConnId, bytes: &[u8]) {
        let handshake = {
            let mut state = self.state.borrow_mut();
            if state.conn != conn {
                return;
            }
            let before = state.engine.is_connected(conn);
            state.engine.receive(conn, bytes, now_ms());
            !before && state.engine.is_connected(conn)
        };
        self.drive();
        if handshake {
            self.handshake_done();
        }
        if let Ok(WireMessage::Sync(m) | WireMessage::Request(m)) = wire::decode(bytes) {
            self.note_acknowledgement(m.document_id);
        }
        // Any message may complete the handshake or acknowledge our changes, which the page shows.
        self.notify();
    }

    fn handshake_done(self: &Rc<Self>) {
        let (timer, discover) = {
            let mut state = self.state.borrow_mut();
            state.backoff.reset();
            state.retry_at = None;
            let discover =
                js_sys::Date::now() - state.last_discovery > DISCOVERY_AFTER_RECONNECT_MS;
            (state.timer.take(), discover)
        };
        drop(timer);
        if discover {
            self.discover();
        }
    }

    fn closed(self: &Rc<Self>, conn: ConnId, reason: &str) {
        let never_joined = {
            let mut state = self.state.borrow_mut();
            if state.conn != conn {
                return;
            }
            let never_joined = !state.engine.is_connected(conn);
            state.engine.disconnect(conn);
            never_joined
        };
        warn(&format!("the connection to the hub {reason}"));
        // The socket stays in place until the next attempt replaces it, since this runs inside
        // one of its own callbacks.
        self.schedule_retry();
        self.notify();
        if never_joined && browser::on_line() {
            self.probe_session();
        }
    }

    /// A websocket refused at the upgrade looks like any network failure from here. When the
    /// network seems fine, asks the REST API (at most once a minute) whether the hub still
    /// accepts the session, so a revoked one is reported instead of retried for ever.
    fn probe_session(self: &Rc<Self>) {
        let link = {
            let mut state = self.state.borrow_mut();
            let now = js_sys::Date::now();
            if now - state.last_probe < SESSION_PROBE_EVERY_MS {
                return;
            }
            state.last_probe = now;
            state.link.clone()
        };
        let Some(link) = link else {
            return;
        };
        let shell = self.clone();
        spawn_local(async move {
            let url = format!("{}/api/me", link.base_url);
            if let Err(FetchError::Unauthorized) =
                browser::get_json::<serde::de::IgnoredAny>(&url, &link.token).await
            {
                shell.reject_session();
            }
        });
    }

    /// The hub refused the session's token: stop trying until the person signs in again.
    fn reject_session(self: &Rc<Self>) {
        warn("the hub no longer accepts this session; sign in again to sync");
        let old = {
            let mut state = self.state.borrow_mut();
            state.session_rejected = true;
            state.timer = None;
            state.retry_at = None;
            let conn = state.conn;
            state.engine.disconnect(conn);
            state.socket.take()
        };
        drop(old);
        self.notify();
    }

    fn tick(self: &Rc<Self>) {
        let discover = {
            let mut state = self.state.borrow_mut();
            state.engine.tick(now_ms());
            state.engine.is_connected(state.conn)
                && js_sys::Date::now() - state.last_discovery > DISCOVERY_EVERY_MS
        };
        self.drive();
        if discover {
            self.discover();
        }
    }

    /// If the hub now has every change of a request, remembers that durably; the first time, it
    /// also starts following the request's triage record, which exists from then on.
    fn note_acknowledgement(self: &Rc<Self>, doc: DocumentId) {
        if doc.kind() != Some(DocKind::Request) {
            return;
        }
        let heads = {
            let mut state = self.state.borrow_mut();
            let conn = state.conn;
            if !state.engine.peer_has_all(conn, doc) {
                return;
            }
            let Some(heads) = state.engine.document(doc).map(Automerge::get_heads) else {
                return;
            };
            if state.acked.get(&doc) == Some(&heads) {
                return;
            }
            let first = state.acked.insert(doc, heads.clone()).is_none();
            if first && let Some(triage) = sibling(doc, DocKind::Triage) {
                state.engine.want(triage, now_ms());
            }
            heads
        };
        self.drive();
        let shell = self.clone();
        spawn_local(async move {
            if let Err(e) = shell.store.set_acknowledged(doc, &heads).await {
                warn(&format!("could not record what the hub has: {e}"));
            }
            shell.notify();
        });
    }

    /// Asks the REST API which requests and guidance items exist and follows them all.
    fn discover(self: &Rc<Self>) {
        let Some(link) = self.state.borrow().link.clone() else {
            return;
        };
        self.state.borrow_mut().last_discovery = js_sys::Date::now();
        let shell = self.clone();
        spawn_local(async move {
            let found = match shell.list_documents(&link).await {
                Ok(found) => found,
                Err(FetchError::Unauthorized) => return shell.reject_session(),
                Err(FetchError::Failed(e)) => {
                    warn(&format!("could not ask the hub what exists: {e}"));
                    return;
                }
            };
            {
                let mut state = shell.state.borrow_mut();
                let now = now_ms();
                for doc in found {
                    state.engine.want(doc, now);
                }
            }
            shell.drive();
        });
    }

    async fn list_documents(&self, link: &Link) -> Result<Vec<DocumentId>, FetchError> {
        let mut docs = Vec::new();
        let mut page = 1;
        loop {
            let url = format!(
                "{}/api/requests?per_page={PER_PAGE}&page={page}",
                link.base_url
            );
            let listed: RequestPage = browser::get_json(&url, &link.token).await?;
            let count = listed.items.len() as i64;
            for item in listed.items {
                if let Ok(id) = RequestId::parse(&item.id) {
                    docs.push(id.document(DocKind::Request));
                    docs.push(id.document(DocKind::Triage));
                }
            }
            if count == 0 || page * PER_PAGE >= listed.total {
                break;
            }
            page += 1;
        }
        // A hub without the guidance library yet answers 404; requests still sync.
        match browser::get_json::<GuidancePage>(
            &format!("{}/api/guidance", link.base_url),
            &link.token,
        )
        .await
        {
            Ok(listed) => docs.extend(
                listed
                    .items
                    .iter()
                    .filter_map(|item| RequestId::parse(&item.id).ok())
                    .map(|id| id.document(DocKind::Guidance)),
            ),
            Err(FetchError::Unauthorized) => return Err(FetchError::Unauthorized),
            Err(FetchError::Failed(e)) => warn(&format!("could not list guidance: {e}")),
        }
        Ok(docs)
    }

    // ----- local operations ---------------------------------------------------------------

    /// Creates a document on this device and keeps it in sync with the hub. Resolves once the
    /// document is durable in IndexedDB.
    pub async fn create(
        self: &Rc<Self>,
        doc: DocumentId,
        content: Automerge,
    ) -> Result<Outcome, Rejection> {
        self.local(|engine, ticket, now| {
            engine.create(doc, content, None, ticket, now);
            engine.want(doc, now);
        })
        .await
    }

    /// Changes a stored document. Resolves once the change is durable in IndexedDB.
    pub async fn edit(self: &Rc<Self>, doc: DocumentId, edit: Edit) -> Result<Outcome, Rejection> {
        self.local(|engine, ticket, now| engine.edit(doc, edit, None, ticket, now))
            .await
    }

    async fn local(
        self: &Rc<Self>,
        start: impl FnOnce(&mut Engine, Ticket, i64),
    ) -> Result<Outcome, Rejection> {
        let (sender, outcome) = oneshot::channel();
        {
            let mut state = self.state.borrow_mut();
            let ticket = state.next_ticket;
            state.next_ticket += 1;
            state.waiting.insert(ticket, sender);
            start(&mut state.engine, ticket, now_ms());
        }
        self.drive();
        let result = outcome.await.unwrap_or_else(|_| {
            Err(Rejection::Storage(
                "the engine dropped the operation before it finished".into(),
            ))
        });
        self.notify();
        result
    }

    pub fn set_listener(&self, listener: Option<Function>) {
        self.state.borrow_mut().listener = listener;
    }

    // ----- effects ------------------------------------------------------------------------

    /// Carries out the engine's effects until it has nothing more to say. Storage work is
    /// started here and reports back to the engine when it finishes.
    fn drive(self: &Rc<Self>) {
        loop {
            let effects = self.state.borrow_mut().engine.take_effects();
            if effects.is_empty() {
                return;
            }
            for effect in effects {
                self.carry_out(effect);
            }
        }
    }

    fn carry_out(self: &Rc<Self>, effect: Effect) {
        match effect {
            Effect::Send { conn, bytes } => {
                let state = self.state.borrow();
                if let (true, Some(socket)) = (state.conn == conn, &state.socket)
                    && let Err(e) = socket.send(&bytes)
                {
                    // The socket is closing; its close event will tell the engine.
                    warn(&e);
                }
            }
            Effect::Close { conn, reason } => {
                let state = self.state.borrow();
                if let (true, Some(socket)) = (state.conn == conn, &state.socket) {
                    warn(&format!("closing the connection to the hub: {reason}"));
                    socket.close(&reason);
                }
            }
            Effect::Load { doc } => self.load(doc),
            Effect::Persist(batch) => {
                let shell = self.clone();
                spawn_local(async move {
                    let result = shell.store.write(&batch).await;
                    if let Err(e) = &result {
                        warn(&format!("could not store changes: {e}"));
                    }
                    shell
                        .state
                        .borrow_mut()
                        .engine
                        .persisted(batch.write, result);
                    shell.drive();
                    shell.notify();
                });
            }
            Effect::Finished { ticket, result } => {
                let waiting = self.state.borrow_mut().waiting.remove(&ticket);
                if let Some(sender) = waiting {
                    // The caller may have gone away; then nobody needs the outcome.
                    let _ = sender.send(result);
                }
            }
            Effect::Unavailable { doc } => warn(&format!("the hub cannot provide document {doc}")),
            // `Changed` is covered by the notification after every received message, and only a
            // server engine refuses a peer's writes.
            Effect::Changed { .. } | Effect::Refused { .. } => {}
        }
    }

    fn load(self: &Rc<Self>, doc: DocumentId) {
        let shell = self.clone();
        spawn_local(async move {
            let result = shell.store.load(doc).await.map(|chunks| {
                chunks.map(|chunks| Stored {
                    chunks,
                    // Only the hub enforces ownership; the device trusts what it stored.
                    owner: None,
                })
            });
            shell
                .state
                .borrow_mut()
                .engine
                .loaded(doc, result, now_ms());
            shell.drive();
        });
    }

    /// Tells the page that what it shows may be out of date, once per burst of events.
    fn notify(self: &Rc<Self>) {
        {
            let mut state = self.state.borrow_mut();
            if state.listener.is_none() || state.notify_queued {
                return;
            }
            state.notify_queued = true;
        }
        let shell = self.clone();
        spawn_local(async move {
            let listener = {
                let mut state = shell.state.borrow_mut();
                state.notify_queued = false;
                state.listener.clone()
            };
            if let Some(listener) = listener
                && let Err(e) = listener.call0(&JsValue::NULL)
            {
                web_sys::console::error_2(&"hubdesk: the change listener threw".into(), &e);
            }
        });
    }
}

/// The websocket URL of the hub's sync endpoint. Browsers cannot set headers on websockets, so
/// the token goes in the query; the server keeps it out of its logs.
fn sync_url(link: &Link) -> String {
    let url = &link.base_url;
    let ws = if let Some(rest) = url.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = url.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        url.clone()
    };
    let token = String::from(js_sys::encode_uri_component(&link.token));
    format!("{ws}/sync?token={token}")
}

/// Another document of the same request.
fn sibling(doc: DocumentId, kind: DocKind) -> Option<DocumentId> {
    doc.classify().map(|(_, request)| request.document(kind))
}

/// Runs `f` with the shell if the page still holds it.
fn with(shell: &Weak<Shell>, f: impl FnOnce(&Rc<Shell>)) {
    if let Some(shell) = shell.upgrade() {
        f(&shell);
    }
}

/// Runs `f` with the shell from a microtask, after the callback that asks for it has returned.
fn later(shell: &Weak<Shell>, f: impl FnOnce(&Rc<Shell>) + 'static) {
    let shell = shell.clone();
    spawn_local(async move { with(&shell, f) });
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("hubdesk: {message}").into());
}
