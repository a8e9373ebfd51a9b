//! The actor: the one task that owns the engine, feeds it commands and carries out its effects.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use hubdesk_shared::engine::{Cause, ConnId, Effect, Engine, Outcome, Rejection, Ticket};
use hubdesk_shared::ids::DocumentId;
use tokio::sync::{mpsc, oneshot};

use super::fair::Inbound;
use super::lanes::Lanes;
use super::loads::Loads;
use super::metrics::Metrics;
use super::sessions::{Delivery, Session, SessionLimits};
use super::timing::LiveTimes;
use super::{Command, Faults, SyncHandle};
use crate::clock::now_ms;
use crate::store::{Store, audit};

mod pace;

pub(super) struct Actor {
    engine: Engine,
    store: Store,
    sessions: HashMap<ConnId, Session>,
    /// What sessions sent, waiting to be served in turn.
    inbound: Inbound,
    replies: HashMap<Ticket, oneshot::Sender<Result<Outcome, Rejection>>>,
    next_ticket: Ticket,
    /// The two lanes to the storage writer.
    lanes: Lanes,
    /// Reads of the records the engine asks for.
    loads: Loads,
    /// The clocks on live edits, for `/metrics`.
    times: LiveTimes,
    /// The session whose message is being served, while its effects are carried out: a load it
    /// needs spends its live credit (or marks it uploading). Whom a write is for is the
    /// write's own `Cause`.
    serving: Option<ConnId>,
    /// The server's shared runtime: audit records run there, as loads do ([`Loads`]), not on
    /// the actor's own thread.
    runtime: tokio::runtime::Handle,
    handle: SyncHandle,
    limits: SessionLimits,
    faults: Faults,
    handled: u64,
    shutdown: Option<oneshot::Sender<()>>,
}

/// Where the actor's commands come from, in the order it takes them when several wait (see
/// [`Actor::run`]).
pub struct Inboxes {
    /// Sessions' messages and other commands.
    pub common: mpsc::Receiver<Command>,
    /// Live sessions' messages and REST operations.
    pub urgent: mpsc::Receiver<Command>,
    /// The storage writer's reports.
    pub written: mpsc::UnboundedReceiver<Command>,
    /// The storage writer's reports on live writes.
    pub written_live: mpsc::UnboundedReceiver<Command>,
    /// The actor's loads' reports.
    pub internal: mpsc::UnboundedReceiver<Command>,
}

impl Actor {
    pub fn new(
        engine: Engine,
        store: Store,
        lanes: Lanes,
        handle: SyncHandle,
        limits: SessionLimits,
        faults: Faults,
    ) -> Self {
        Self {
            loads: Loads::start(store.clone(), handle.clone()),
            engine,
            store,
            sessions: HashMap::new(),
            inbound: Inbound::default(),
            replies: HashMap::new(),
            next_ticket: 1,
            lanes,
            times: LiveTimes::default(),
            serving: None,
            runtime: tokio::runtime::Handle::current(),
            handle,
            limits,
            faults,
            handled: 0,
            shutdown: None,
        }
    }

    pub async fn run(mut self, inboxes: Inboxes) {
        let Inboxes {
            common: mut inbox,
            mut urgent,
            mut written,
            mut written_live,
            mut internal,
        } = inboxes;
        let mut housekeeping = tokio::time::interval(Duration::from_secs(1));
        let mut ticks: u64 = 0;
        // Whether the last turn was a live session's message or a REST operation.
        let mut last_urgent = false;
        loop {
            self.serving = None;
            let (live_servable, servable) = self.has_servable();
            // Live sessions' messages and REST operations take turns with what the actor's own
            // loads and writes report whenever both wait: neither a wave of reports (loads of
            // 200 uploads finishing) nor one of live messages (200 devices back from uploading)
            // holds the other back. An urgent turn goes on for up to `pace::URGENT_TURN`, so
            // live messages arriving together are not taken one per report.
            let urgent_first = !last_urgent || (written.is_empty() && internal.is_empty());
            // Each arm gives the instant its turn began, and whether it was an urgent one: the
            // turn is timed to its effects.
            let (turn, urgent_turn) = tokio::select! {
                // Live sessions' messages and REST operations are taken in first, in a room of
                // their own in the fair queue, and live messages are served next: a live edit
                // never queues behind uploads.
                biased;
                // What acknowledges live edits comes before anything else: the writer's reports
                // on live writes (a few a second).
                command = written_live.recv() => {
                    let turn = Instant::now();
                    let Some(command) = command else { break };
                    self.handle(command);
                    (turn, true)
                }
                command = urgent.recv(), if urgent_first && self.inbound.urgent_has_room() => {
                    let turn = Instant::now();
                    let Some(command) = command else { break };
                    self.handle(command);
                    self.urgent_turn_on(&mut urgent, turn);
                    (turn, true)
                }
                _ = std::future::ready(()), if urgent_first && live_servable => {
                    let turn = Instant::now();
                    self.serve_next(turn);
                    self.urgent_turn_on(&mut urgent, turn);
                    (turn, true)
                }
                // What the storage writer reports, then what the actor's loads report: it is
                // what acknowledges peers and frees documents. A write's report comes first: a
                // live edit's acknowledgement must not wait behind a wave's thousands of loads,
                // each of which sets the engine to work.
                command = written.recv() => {
                    let turn = Instant::now();
                    let Some(command) = command else { break };
                    self.handle(command);
                    (turn, false)
                }
                command = internal.recv() => {
                    let turn = Instant::now();
                    let Some(command) = command else { break };
                    self.handle(command);
                    (turn, false)
                }
                // Taking in is cheap (a session's messages join its lane); past `MAX_WAITING`
                // waiting in lanes the actor serves before it takes in more.
                command = inbox.recv(), if self.inbound.common_has_room() => {
                    let turn = Instant::now();
                    let Some(command) = command else { break };
                    self.handle(command);
                    (turn, false)
                }
                _ = housekeeping.tick() => {
                    let turn = Instant::now();
                    ticks += 1;
                    if ticks.is_multiple_of(10) {
                        self.engine.tick(now_ms());
                    }
                    self.drain_sessions();
                    self.report(inbox.len() + urgent.len());
                    (turn, false)
                }
                // Bulk batches wait for room in the writer's lane here, in order.
                () = self.lanes.flush(), if self.lanes.has_parked() => (Instant::now(), false),
                _ = std::future::ready(()), if servable => {
                    let turn = Instant::now();
                    self.serve_next(turn);
                    (turn, false)
                }
            };
            last_urgent = urgent_turn;
            let now = now_ms();
            // While the writer is behind, uploads' messages waiting behind their loads wait on
            // as those loads finish, as their newer messages do in the fair queue.
            self.engine.hold_uploads(self.writer_behind(), now);
            // Documents over the memory caps leave a few at a time, between turns.
            self.engine.evict_as_they_come(now);
            self.carry_out();
            self.handle
                .metrics
                .actor_turns
                .observe_duration(turn.elapsed());
            // What was already under way (loads finishing, messages served) can still add bulk
            // batches while uploading sessions wait; past a bound, the actor waits too.
            if self.lanes.over_parked() {
                let started = Instant::now();
                while self.lanes.over_parked() {
                    self.lanes.flush().await;
                }
                let waited = started.elapsed();
                self.handle.metrics.actor_waits.observe_duration(waited);
            }
            if self.shutdown.is_some() && !self.engine.has_pending_writes() {
                break;
            }
        }
        if let Some(done) = self.shutdown.take() {
            let _ = done.send(());
        }
    }

    /// Sets the gauges; `inboxes` is how many commands wait in the two inboxes.
    fn report(&self, inboxes: usize) {
        let metrics = &self.handle.metrics;
        Metrics::set(
            &metrics.command_queue,
            (inboxes + self.inbound.len()) as u64,
        );
        Metrics::set(
            &metrics.documents_in_memory,
            self.engine.loaded_count() as u64,
        );
        Metrics::set(&metrics.connections, self.sessions.len() as u64);
        let stats = self.engine.stats();
        Metrics::set(&metrics.documents_loading, stats.loading as u64);
        Metrics::set(&metrics.documents_unpersisted, stats.unpersisted as u64);
        Metrics::set(&metrics.writes_in_flight, stats.pending_writes as u64);
        Metrics::set(&metrics.session_loads, stats.peer_loads as u64);
        Metrics::set(&metrics.deferred_messages, stats.deferred as u64);
        let overflow: usize = self.sessions.values().map(Session::overflow_bytes).sum();
        Metrics::set(&metrics.outbound_overflow_bytes, overflow as u64);
    }

    fn ticket(&mut self, reply: oneshot::Sender<Result<Outcome, Rejection>>) -> Ticket {
        let ticket = self.next_ticket;
        self.next_ticket += 1;
        self.replies.insert(ticket, reply);
        ticket
    }

    /// Closes a session from the server's side: what it still had waiting is dropped.
    fn close(&mut self, conn: ConnId, reason: String) {
        if let Some(session) = self.sessions.remove(&conn) {
            session.close(reason);
        }
        self.inbound.remove(conn);
        self.engine.disconnect(conn);
        self.times.closed(conn);
    }

    fn open(
        &mut self,
        conn: ConnId,
        session: Session,
        principal: hubdesk_shared::access::Principal,
    ) {
        let device_count = self
            .sessions
            .values()
            .filter(|s| s.device == session.device)
            .count();
        let user_count = self
            .sessions
            .values()
            .filter(|s| s.user == session.user)
            .count();
        let refusal = if device_count >= self.limits.per_device {
            Some(format!(
                "too many connections from this device (at most {})",
                self.limits.per_device
            ))
        } else if user_count >= self.limits.per_user {
            Some(format!(
                "too many connections for this user (at most {})",
                self.limits.per_user
            ))
        } else {
            None
        };
        if let Some(reason) = refusal {
            Metrics::add(&self.handle.metrics.connections_refused, 1);
            tracing::info!(conn, %reason, "refusing a sync connection");
            return session.close(reason);
        }
        self.sessions.insert(conn, session);
        self.engine.accept(conn, principal);
        Metrics::set(&self.handle.metrics.connections, self.sessions.len() as u64);
    }

    fn handle(&mut self, command: Command) {
        self.handled += 1;
        if self
            .faults
            .actor_panic_after
            .is_some_and(|n| self.handled > n)
        {
            panic!("injected fault: the sync actor dies");
        }
        let now = now_ms();
        match command {
            Command::Open {
                conn,
                principal,
                device,
                outlet,
                intake,
            } => {
                let user = principal.user.as_str().to_string();
                let session = Session::new(device, user, outlet, intake);
                if self.shutdown.is_some() {
                    return session.close("the server is shutting down".into());
                }
                self.open(conn, session, principal);
            }
            Command::DeviceRevoked { device } => {
                let conns: Vec<ConnId> = self
                    .sessions
                    .iter()
                    .filter(|(_, s)| s.device == device)
                    .map(|(conn, _)| *conn)
                    .collect();
                for conn in conns {
                    self.close(conn, "signed out, or access changed".into());
                }
            }
            Command::Receive { conn, message } => {
                // A session the actor has closed (or refused) is not heard any more.
                if let Some(session) = self.sessions.get(&conn) {
                    if !message.urgent {
                        session.intake.taken_from_common();
                    }
                    self.inbound.push(conn, message);
                }
            }
            Command::Closed { conn } => {
                // The client's last words are served before its connection is forgotten.
                for message in self.inbound.remove(conn) {
                    self.serve(conn, &message.bytes);
                }
                self.sessions.remove(&conn);
                self.engine.disconnect(conn);
                self.times.closed(conn);
            }
            Command::Create {
                doc,
                content,
                by,
                reply,
            } => {
                let ticket = self.ticket(reply);
                self.engine.create(doc, *content, Some(by), ticket, now);
            }
            Command::Edit {
                doc,
                edit,
                by,
                reply,
            } => {
                let ticket = self.ticket(reply);
                self.engine.edit(doc, edit, by, ticket, now);
            }
            Command::Loaded { doc, result } => self.engine.loaded(doc, result, now),
            Command::Persisted { write, result } => {
                self.times.persisted(write, &self.handle.metrics);
                self.lanes.settled(write);
                self.engine.persisted(write, result);
            }
            Command::External { doc, chunk } => self.engine.external_changes(doc, chunk, now),
            Command::Replaced { doc } => self.engine.forget(doc),
            Command::Rounds(rounds) => self.engine.set_rounds(rounds),
            Command::Shutdown { done } => {
                self.handle.stopping.store(true, Ordering::Relaxed);
                self.shutdown = Some(done);
                let conns: Vec<ConnId> = self.sessions.keys().copied().collect();
                for conn in conns {
                    self.close(conn, "the server is shutting down".into());
                }
            }
        }
    }

    /// Moves what was held back for slow sessions into their queues, and closes those that
    /// have not read anything for too long.
    fn drain_sessions(&mut self) {
        let limits = self.limits;
        let slow: Vec<ConnId> = self
            .sessions
            .iter_mut()
            .filter(|(_, s)| s.overflow_bytes() > 0)
            .filter_map(|(conn, s)| (s.drain(&limits) == Delivery::SlowReader).then_some(*conn))
            .collect();
        for conn in slow {
            self.close_slow_reader(conn);
        }
    }

    /// A member of staff opened a request over `/sync`: audited like a read over REST (one
    /// event per person, device and request in `audit::VIEW_WINDOW_MS`), off the actor.
    fn audit_view(&self, conn: ConnId, doc: DocumentId) {
        let (Some(session), Some((_, request))) = (self.sessions.get(&conn), doc.classify()) else {
            return;
        };
        let (store, user, device) = (
            self.store.clone(),
            session.user.clone(),
            session.device.clone(),
        );
        self.runtime.spawn(async move {
            let request = request.to_string();
            let viewed = audit::View {
                actor: &user,
                device: &device,
                request: &request,
                part: None,
            };
            let recorded = audit::record_view(
                &store,
                viewed,
                now_ms(),
                hubdesk_shared::audit::VIEW_WINDOW_MS,
            )
            .await;
            if let Err(e) = recorded {
                tracing::error!(error = %e, "could not audit a view over sync");
            }
        });
    }

    fn close_slow_reader(&mut self, conn: ConnId) {
        Metrics::add(&self.handle.metrics.slow_readers_closed, 1);
        tracing::info!(conn, "closing a sync connection that does not read");
        self.close(conn, "too slow to read: the server stopped waiting".into());
    }

    fn carry_out(&mut self) {
        for effect in self.engine.take_effects() {
            match effect {
                Effect::Send { conn, bytes } => {
                    self.times.answered(conn, &self.handle.metrics);
                    let limits = self.limits;
                    let delivery = match self.sessions.get_mut(&conn) {
                        Some(session) => session.deliver(bytes, &limits),
                        None => continue,
                    };
                    if delivery == Delivery::SlowReader {
                        self.close_slow_reader(conn);
                    }
                }
                Effect::Close { conn, reason } => {
                    tracing::info!(conn, %reason, "closing sync connection");
                    if let Some(session) = self.sessions.remove(&conn) {
                        session.close(reason);
                    }
                }
                Effect::Load { doc } => {
                    // A person opening a record they had not touched lately is still editing
                    // live, within their credit; a device needing load after load is uploading.
                    if let Some(conn) = self.serving {
                        self.times.loading(conn);
                        if !self.spend_live_credit(conn) {
                            self.mark_uploading(conn);
                        }
                    }
                    self.loads.load(doc);
                }
                Effect::Persist(batch) => {
                    let may_go_live = self.lanes.may_go_live(&batch);
                    let live = may_go_live && self.live_cause(&batch);
                    // Bulk because of the session (a large write, no credit left) marks it
                    // uploading; following a record's earlier bulk write does not, nor does
                    // a person's new record while they have credit.
                    if let Cause::Peer(conn) = batch.cause
                        && !live
                        && !self.lanes.behind_bulk(&batch)
                        && !(may_go_live && self.new_record_within_credit(&batch, conn))
                    {
                        self.mark_uploading(conn);
                    }
                    let peer = match batch.cause {
                        Cause::Peer(conn) => Some(conn),
                        _ => None,
                    };
                    self.times.writing(peer, batch.write, live);
                    self.lanes.hand(batch, live);
                    Metrics::set(
                        &self.handle.metrics.write_queue,
                        self.lanes.bulk_waiting() as u64,
                    );
                }
                Effect::Refused { conn, doc, fields } => {
                    Metrics::add(&self.handle.metrics.refused_writes, 1);
                    tracing::warn!(conn, %doc, ?fields, "refused a peer's write");
                }
                Effect::Finished { ticket, result } => {
                    if let Some(reply) = self.replies.remove(&ticket) {
                        let _ = reply.send(result);
                    }
                }
                Effect::Opened { conn, doc } => self.audit_view(conn, doc),
                Effect::Changed { .. } | Effect::Unavailable { .. } => {}
            }
        }
    }
}
