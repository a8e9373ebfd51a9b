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
//! After each handshake the field app's shell asks the REST API which requests and guidance items
//! exist, so requests filed on another device and newly published guidance come to this one too;
//! the console's follows only what staff open ([`Discovery`]).
//!
//! Everything runs on the page's single thread. State lives in one `RefCell`, borrowed only for
//! short synchronous stretches: never across an await, and never while calling out to page code,
//! which could call back in. Page listeners run from a microtask for the same reason, and so do
//! timer and window-event callbacks, so the work they start may drop the guard that called them.

mod connection;
mod discovery;
mod effects;

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

/// Which documents the device follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discovery {
    /// Every request and guidance item the REST API lists for the person: the field app, whose
    /// practitioner has a handful of requests and needs them all offline.
    Listed,
    /// Only what the page opens with [`Shell::follow`]: the staff console, which must never load
    /// every request the hub holds.
    Opened,
}

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
    discovery: Discovery,
    backoff: Backoff,
    /// The pending retry, or the deadline of the handshake in progress.
    timer: Option<Timer>,
    /// When the pending retry fires, for the page's indicator.
    retry_at: Option<f64>,
    /// The hub refused the session's token; retrying cannot help until the person signs in again.
    session_rejected: bool,
    /// The hub said this device was revoked: the page wipes it.
    device_revoked: bool,
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
    /// This device was revoked (from another device, or by an admin): the page must wipe
    /// everything HubDesk keeps on it and say why.
    pub device_revoked: bool,
    /// While connected: what is left of the sync with the hub.
    pub progress: Option<hubdesk_shared::engine::Progress>,
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
                discovery: Discovery::Listed,
                backoff: Backoff::default(),
                timer: None,
                retry_at: None,
                session_rejected: false,
                device_revoked: false,
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
    // `progress=1`: the hub announces what it has on the way, for the catch-up display.
    format!("{ws}/sync?token={token}&progress=1")
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
