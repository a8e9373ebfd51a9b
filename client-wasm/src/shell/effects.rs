//! Local operations and the engine's effects: sockets, IndexedDB, and the page's listener.

#[allow(unused_imports)]
use super::*;

impl Shell {
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
    pub(super) fn drive(self: &Rc<Self>) {
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

    pub(super) fn carry_out(self: &Rc<Self>, effect: Effect) {
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
            Effect::Unavailable { doc } => self.unavailable(doc),
            // `Changed` is covered by the notification after every received message, and only a
            // server engine refuses a peer's writes.
            // Only a server audits who opened what.
            Effect::Changed { .. } | Effect::Refused { .. } | Effect::Opened { .. } => {}
        }
    }

    /// The hub no longer provides `doc`. If it held it before and has every change made here,
    /// the copy goes: the hub replaced it with a new history (which the next listing fetches
    /// afresh, when this person still has it) or this person may no longer see it (a request
    /// anonymised, shared no more, or out of their scope). A copy with unsent changes stays.
    fn unavailable(self: &Rc<Self>, doc: DocumentId) {
        let dropped = {
            let mut state = self.state.borrow_mut();
            let acked = state.acked.get(&doc).cloned();
            match acked {
                Some(acked) if state.engine.discard(doc, &acked) => {
                    state.acked.remove(&doc);
                    true
                }
                _ => false,
            }
        };
        if !dropped {
            warn(&format!("the hub cannot provide document {doc}"));
            return;
        }
        let shell = self.clone();
        spawn_local(async move {
            if let Err(e) = shell.store.forget(doc).await {
                warn(&format!(
                    "could not delete a document the hub no longer provides: {e}"
                ));
            }
            // Listed again if this person still has it: then it comes back as the hub holds it.
            shell.state.borrow_mut().last_discovery = 0.0;
            shell.discover();
            shell.notify();
        });
    }

    pub(super) fn load(self: &Rc<Self>, doc: DocumentId) {
        let shell = self.clone();
        spawn_local(async move {
            let result = shell.store.load(doc).await.map(|chunks| {
                chunks.map(|chunks| Stored {
                    chunks,
                    // Only the hub enforces ownership; the device trusts what it stored.
                    owner: None,
                    reach: Default::default(),
                    epoch: 0,
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
    pub(super) fn notify(self: &Rc<Self>) {
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
