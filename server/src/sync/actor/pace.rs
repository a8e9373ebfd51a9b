//! Which message the actor serves next, and whether a session is editing live or uploading:
//! its live credit, the writer being behind, the clocks on live messages.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use hubdesk_shared::engine::{Batch, Cause, ConnId};

use super::Actor;
use crate::clock::now_ms;
use crate::sync::Command;
use crate::sync::fair::Message;
use crate::sync::sessions::Session;

/// How long an urgent turn of the actor goes on taking in and serving live messages (and REST
/// operations) while more wait, before what its own loads and writes report gets a turn. With
/// one message a turn, sixteen live edits arriving together, each turn of reports taking 5 to
/// 10 ms during a wave on PostgreSQL, waited up to 160 ms in the inbox.
pub(super) const URGENT_TURN: Duration = Duration::from_millis(2);

/// Writes waiting to be durable past which the writer counts as behind and only live sessions'
/// messages are served: with a few documents each, about 20 MB of documents in memory.
const WRITES_IN_FLIGHT: usize = 256;

impl Actor {
    /// The next message to serve, in turn; while the writer is behind ([`Actor::writer_behind`]),
    /// only live sessions' messages (the others wait, and their websockets stop reading once
    /// their lanes are full: the back-pressure on uploads).
    pub(super) fn next_inbound(&mut self) -> Option<(ConnId, Message)> {
        if !self.writer_behind() {
            return self.inbound.pop();
        }
        let now = Instant::now();
        let sessions = &self.sessions;
        self.inbound
            .pop_where(true, |conn| Self::may_serve(sessions, conn, now))
    }

    /// Whether the storage writer is behind: bulk batches are parked for want of room in its
    /// lane, or more than [`WRITES_IN_FLIGHT`] writes wait to be durable. Each holds its
    /// documents in memory (they cannot be evicted before), so this bounds what a wave of
    /// uploads keeps in memory, whatever the number of devices.
    pub(super) fn writer_behind(&self) -> bool {
        self.lanes.has_parked() || self.engine.pending_writes() > WRITES_IN_FLIGHT
    }

    /// Goes on with the urgent turn begun at `turn` while it is within [`URGENT_TURN`]: takes
    /// in what the urgent inbox holds and serves live messages (what each does is carried out at
    /// once, not at the end of the turn).
    pub(super) fn urgent_turn_on(&mut self, urgent: &mut mpsc::Receiver<Command>, turn: Instant) {
        self.carry_out();
        while turn.elapsed() < URGENT_TURN {
            if self.inbound.urgent_has_room()
                && let Ok(command) = urgent.try_recv()
            {
                self.handle(command);
            } else if self.has_servable().0 {
                self.serve_next(Instant::now());
            } else {
                break;
            }
            self.carry_out();
        }
    }

    /// Serves the next message in turn ([`Actor::next_inbound`]), in the turn begun at `turn`.
    pub(super) fn serve_next(&mut self, turn: Instant) {
        if let Some((conn, message)) = self.next_inbound() {
            self.time_if_live(conn, &message, turn);
            self.serve(conn, &message.bytes);
        }
    }

    /// Times `message` if it is a live edit ([`LiveTimes::served`]): from a session still
    /// editing live, with nothing else of its own waiting. One that began uploading meanwhile
    /// waited its turn behind the writer, as uploads do, and one that sent a burst waited for
    /// its own messages.
    pub(super) fn time_if_live(&mut self, conn: ConnId, message: &Message, served: Instant) {
        if message.urgent && !message.behind_own && self.editing_live(conn, served) {
            self.times
                .served(conn, message, served, &self.handle.metrics);
        }
    }

    /// Whether [`Actor::next_inbound`] has something to give: first, a message from the urgent
    /// inbox (it gives those first); second, any message.
    pub(super) fn has_servable(&self) -> (bool, bool) {
        if !self.writer_behind() {
            return (self.inbound.urgent_ready(), !self.inbound.is_empty());
        }
        let now = Instant::now();
        let urgent = self
            .inbound
            .any_urgent_ready(|conn| Self::may_serve(&self.sessions, conn, now));
        (urgent, urgent)
    }

    /// While the writer is behind: whether `conn`'s messages may be served.
    pub(super) fn may_serve(
        sessions: &HashMap<ConnId, Session>,
        conn: ConnId,
        now: Instant,
    ) -> bool {
        sessions
            .get(&conn)
            .is_none_or(|session| !session.is_uploading(now))
    }

    /// Whether session `conn` is open and editing live rather than uploading.
    fn editing_live(&self, conn: ConnId, now: Instant) -> bool {
        self.sessions
            .get(&conn)
            .is_some_and(|session| !session.is_uploading(now))
    }

    pub(super) fn serve(&mut self, conn: ConnId, bytes: &[u8]) {
        self.serving = Some(conn);
        let live = self.editing_live(conn, Instant::now());
        self.engine.set_live(conn, live);
        self.engine.receive(conn, bytes, now_ms());
    }

    /// Whether the batch being persisted is for someone waiting on it now: a local operation
    /// (a reply over REST), or a session with live credit left editing a record the hub already
    /// holds. A record's first write (something made offline arriving) is bulk. Whom it is for
    /// is the batch's own [`Cause`]: an edit that waited for its record to be loaded is still
    /// the person's, though the load finishing is what ran it.
    pub(super) fn live_cause(&mut self, batch: &Batch) -> bool {
        match batch.cause {
            Cause::Local => true,
            Cause::Peer(conn) => {
                !batch.docs.iter().any(|w| w.first) && self.spend_live_credit(conn)
            }
            Cause::Engine => false,
        }
    }

    /// Whether `batch`, small enough for the live lane, holds only first writes (a new
    /// request and the documents made with it) and comes from session `conn` with live credit
    /// left (spending one): a person who creates a request on the phone and goes on editing it
    /// is editing live. The first write itself is still bulk, as every first write is; a
    /// device bringing many new records spends its credit within its first twenty and counts
    /// as uploading from then.
    pub(super) fn new_record_within_credit(&mut self, batch: &Batch, conn: ConnId) -> bool {
        !batch.docs.is_empty()
            && batch.docs.iter().all(|write| write.first)
            && self.spend_live_credit(conn)
    }

    /// Whether session `conn` still has live credit, spending one if so.
    pub(super) fn spend_live_credit(&mut self, conn: ConnId) -> bool {
        self.sessions
            .get_mut(&conn)
            .is_some_and(|s| s.live.spend(Instant::now()))
    }

    /// Session `conn` sent something bulk (a document to load beyond its live credit, or a
    /// write too large or too many for the live lane).
    pub(super) fn mark_uploading(&mut self, conn: ConnId) {
        if let Some(session) = self.sessions.get_mut(&conn) {
            session.uploading(Instant::now());
            self.inbound.demote(conn);
        }
    }
}
