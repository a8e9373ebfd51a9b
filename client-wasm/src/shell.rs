//! The IO shell around the shared sync engine in the browser: it feeds the engine what the
//! websocket and IndexedDB report, and carries out the effects the engine hands back.
//!
//! Everything runs on the page's single thread. State lives in one `RefCell`, borrowed only for
//! short synchronous stretches: never across an await, and never while calling out to page code,
//! which could call back in. Page listeners run from a microtask for the same reason.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use automerge::Automerge;
use futures_channel::oneshot;
use hubdesk_shared::engine::{
    ConnId, Effect, Engine, EngineConfig, Outcome, Rejection, Stored, Ticket,
};
use hubdesk_shared::ids::{DocKind, DocumentId};
use hubdesk_shared::model::Request;
use hubdesk_shared::schema;
use js_sys::Function;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;

use crate::net::{Events, Socket};
use crate::now_ms;
use crate::store::Store;

pub struct Shell {
    state: RefCell<State>,
    store: Store,
}

struct State {
    engine: Engine,
    /// The id of the newest connection. Ids are never reused, so an event from a socket we have
    /// already replaced is recognised and ignored.
    conn: ConnId,
    socket: Option<Socket>,
    /// Local operations whose outcome a caller awaits.
    waiting: HashMap<Ticket, oneshot::Sender<Result<Outcome, Rejection>>>,
    next_ticket: Ticket,
    listener: Option<Function>,
    /// Whether a call to the listener is already queued, so a burst of events makes one call.
    notify_queued: bool,
}

/// A request as stored on this device, and whether the hub has all of it.
pub struct Listed {
    pub request: Request,
    pub synced: bool,
}

impl Shell {
    pub fn new(store: Store, peer_id: String) -> Rc<Self> {
        Rc::new(Self {
            state: RefCell::new(State {
                engine: Engine::new(EngineConfig::client(peer_id)),
                conn: 0,
                socket: None,
                waiting: HashMap::new(),
                next_ticket: 1,
                listener: None,
                notify_queued: false,
            }),
            store,
        })
    }

    // ----- the connection -----------------------------------------------------------------

    /// Opens a websocket to `url`, replacing any earlier one. The handshake and the sync of
    /// every stored document follow once it is open.
    pub fn connect(self: &Rc<Self>, url: &str) -> Result<(), String> {
        let conn = self.state.borrow().conn + 1;
        // The callbacks hold a weak reference: the shell owns the socket, and the socket must not
        // keep the shell alive after the page lets go of it.
        let opened = Rc::downgrade(self);
        let received = Rc::downgrade(self);
        let closed = Rc::downgrade(self);
        let socket = Socket::open(
            url,
            Events {
                opened: Box::new(move || with(&opened, |shell| shell.opened(conn))),
                received: Box::new(move |bytes| {
                    with(&received, |shell| shell.received(conn, &bytes))
                }),
                closed: Box::new(move |reason| with(&closed, |shell| shell.closed(conn, &reason))),
            },
        )?;
        let old = {
            let mut state = self.state.borrow_mut();
            let old_conn = state.conn;
            state.engine.disconnect(old_conn);
            state.conn = conn;
            state.socket.replace(socket)
        };
        drop(old);
        self.notify();
        Ok(())
    }

    /// Closes the connection, as a user going offline on purpose would.
    pub fn disconnect(self: &Rc<Self>) {
        let old = {
            let mut state = self.state.borrow_mut();
            let conn = state.conn;
            state.engine.disconnect(conn);
            state.socket.take()
        };
        drop(old);
        self.notify();
    }

    pub fn is_connected(&self) -> bool {
        let state = self.state.borrow();
        state.engine.is_connected(state.conn)
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
        // in an earlier visit. Listing the store is async, so these wants follow the join; the
        // engine subscribes them once the hub has answered it.
        let shell = self.clone();
        spawn_local(async move {
            match shell.store.ids().await {
                Ok(ids) => {
                    let mut state = shell.state.borrow_mut();
                    for id in ids {
                        state.engine.want(id, now_ms());
                    }
                }
                Err(e) => warn(&format!("could not list stored documents to sync: {e}")),
            }
            shell.drive();
        });
    }

    fn received(self: &Rc<Self>, conn: ConnId, bytes: &[u8]) {
        {
            let mut state = self.state.borrow_mut();
            if state.conn != conn {
                return;
            }
            state.engine.receive(conn, bytes, now_ms());
        }
        self.drive();
        // Any message may complete the handshake or acknowledge our changes, which the page shows.
        self.notify();
    }

    fn closed(self: &Rc<Self>, conn: ConnId, reason: &str) {
        {
            let mut state = self.state.borrow_mut();
            if state.conn != conn {
                return;
            }
            state.engine.disconnect(conn);
        }
        warn(&format!("the connection to the hub {reason}"));
        // Reconnection will start here: schedule a new `connect` with backoff. The socket stays
        // in place until then, since this runs inside one of its own callbacks.
        self.notify();
    }

    // ----- local operations ---------------------------------------------------------------

    /// Creates a document on this device and keeps it in sync with the hub. Resolves once the
    /// document is durable in IndexedDB.
    pub async fn create(
        self: &Rc<Self>,
        doc: DocumentId,
        content: Automerge,
    ) -> Result<Outcome, Rejection> {
        let (sender, outcome) = oneshot::channel();
        {
            let mut state = self.state.borrow_mut();
            let ticket = state.next_ticket;
            state.next_ticket += 1;
            state.waiting.insert(ticket, sender);
            state.engine.create(doc, content, None, ticket, now_ms());
            state.engine.want(doc, now_ms());
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

    /// Every request stored on this device. A document that cannot be read is logged and left
    /// out, so one bad record does not hide the others.
    pub async fn requests(&self) -> Result<Vec<Listed>, String> {
        let stored = self.store.all().await?;
        let state = self.state.borrow();
        let mut listed = Vec::new();
        for (id, chunks) in stored {
            if id.kind() != Some(DocKind::Request) {
                continue;
            }
            match read_request(&chunks) {
                Ok(request) => listed.push(Listed {
                    request,
                    synced: state.engine.peer_has_all(state.conn, id),
                }),
                Err(e) => warn(&format!("skipped stored document {id}: {e}")),
            }
        }
        Ok(listed)
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

/// Runs `f` with the shell if the page still holds it.
fn with(shell: &Weak<Shell>, f: impl FnOnce(&Rc<Shell>)) {
    if let Some(shell) = shell.upgrade() {
        f(&shell);
    }
}

fn read_request(chunks: &[Vec<u8>]) -> Result<Request, String> {
    let mut doc = Automerge::new();
    for chunk in chunks {
        doc.load_incremental(chunk)
            .map_err(|e| format!("the stored chunks are corrupt: {e}"))?;
    }
    schema::read_request(&doc).map_err(|e| e.to_string())
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("hubdesk: {message}").into());
}
