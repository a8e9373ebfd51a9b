//! The connection: kept up with backoff, online/offline, handshake deadlines, session probes,
//! and what the hub acknowledged.

#[allow(unused_imports)]
use super::*;

impl Shell {
    // ----- the connection -----------------------------------------------------------------

    /// Keeps a connection to the hub at `base_url` up from now on, with `token` as the session.
    pub fn start(
        self: &Rc<Self>,
        base_url: &str,
        token: &str,
        discovery: Discovery,
    ) -> Result<(), String> {
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
            state.discovery = discovery;
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
            device_revoked: state.device_revoked,
            progress: (connection == Connection::Connected)
                .then(|| state.engine.progress(state.conn)),
        }
    }

    pub(super) fn is_connected(&self) -> bool {
        let state = self.state.borrow();
        state.engine.is_connected(state.conn)
    }

    /// A window event listener that runs `handler` on the shell, if the page still holds it.
    pub(super) fn hook(
        self: &Rc<Self>,
        event: &'static str,
        handler: fn(&Rc<Self>),
    ) -> Result<WindowListener, String> {
        let weak = Rc::downgrade(self);
        WindowListener::new(event, move || later(&weak, handler))
    }

    /// Opens a new socket to the hub, replacing any earlier one.
    pub(super) fn attempt(self: &Rc<Self>) {
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

    pub(super) fn has_socket(&self) -> bool {
        self.state.borrow().socket.is_some()
    }

    /// Schedules the next attempt after the backoff's delay, unless retrying is pointless.
    pub(super) fn schedule_retry(self: &Rc<Self>) {
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

    pub(super) fn handshake_timed_out(self: &Rc<Self>, conn: ConnId) {
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

    pub(super) fn went_online(self: &Rc<Self>) {
        if self.state.borrow().link.is_none() || self.is_connected() {
            return;
        }
        // A network that just came back is the best moment to try: no waiting.
        self.state.borrow_mut().backoff.reset();
        self.attempt();
    }

    pub(super) fn went_offline(self: &Rc<Self>) {
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

    pub(super) fn opened(self: &Rc<Self>, conn: ConnId) {
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
                        // What the hub acknowledged last time, so the first message about each
                        // document asks only about what came after; a request never
                        // acknowledged was made here, and goes whole, compressed.
                        match state.acked.get(&id).cloned() {
                            Some(heads) => state.engine.known_at_hub(id, heads),
                            None if id.kind() == Some(DocKind::Request) => {
                                state.engine.known_at_hub(id, Vec::new())
                            }
                            None => {}
                        }
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

    pub(super) fn received(self: &Rc<Self>, conn: ConnId, bytes: &[u8]) {
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

    pub(super) fn handshake_done(self: &Rc<Self>) {
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

    pub(super) fn closed(self: &Rc<Self>, conn: ConnId, reason: &str) {
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
    pub(super) fn probe_session(self: &Rc<Self>) {
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
            match browser::get_json::<serde::de::IgnoredAny>(&url, &link.token).await {
                Err(FetchError::Unauthorized) => shell.reject_session(false),
                Err(FetchError::Revoked) => shell.reject_session(true),
                _ => {}
            }
        });
    }

    /// The hub refused the session's token: stop trying until the person signs in again. When
    /// the device was `revoked`, the page is told to wipe it.
    pub(super) fn reject_session(self: &Rc<Self>, revoked: bool) {
        warn("the hub no longer accepts this session; sign in again to sync");
        let old = {
            let mut state = self.state.borrow_mut();
            state.session_rejected = true;
            state.device_revoked |= revoked;
            state.timer = None;
            state.retry_at = None;
            let conn = state.conn;
            state.engine.disconnect(conn);
            state.socket.take()
        };
        drop(old);
        self.notify();
    }

    pub(super) fn tick(self: &Rc<Self>) {
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
    pub(super) fn note_acknowledgement(self: &Rc<Self>, doc: DocumentId) {
        // Requests for the field app's sync state; triage and notes for the console's.
        if !matches!(
            doc.kind(),
            Some(DocKind::Request | DocKind::Triage | DocKind::Notes)
        ) {
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
            let is_request = doc.kind() == Some(DocKind::Request);
            if first
                && is_request
                && let Some(triage) = sibling(doc, DocKind::Triage)
            {
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
}
