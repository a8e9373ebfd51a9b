//! Fair service of what sessions send: the actor takes the sessions' inbound messages in turn, by
//! fair queuing, instead of in arrival order.
//!
//! Each session has its own lane. A lane carries a virtual finish time: serving a message
//! advances it by the message's cost (a unit plus one per KiB), and a lane that was empty starts
//! again from the queue's virtual time, so an idle device gets no credit for having been idle
//! but is never behind a flood's tail either. A live edit from a quiet phone is served next,
//! whatever 200 devices uploading their week have queued; a flood shares the actor with other
//! floods in proportion to bytes.
//!
//! Messages that came through the urgent inbox (sessions editing live, see `sessions::Intake`)
//! are served before the others, in the same fair order among themselves: a live edit is not
//! taken in turn with 200 uploading lanes. A session sends to that inbox only while it is not
//! uploading and has few messages waiting, so an upload cannot take this way.
//!
//! At most [`MAX_WAITING`] messages from the actor's common inbox wait here (the actor stops
//! taking from it until some are served, and senders then wait on it), and apart from them at
//! most [`URGENT_ROOM`] from its urgent inbox (sessions editing live, see `sessions::Intake`):
//! uploads that fill their room never hold a live edit back. One session has at most
//! [`PER_SESSION`] (its websocket waits for a [`Permit`] before handing one over). The
//! per-session bound is deliberately loose: holding a client's reads back early made a stock
//! client's last acknowledgement go missing now and then (see the issue notes), so it only
//! stops one session from taking every place.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::Arc;
use std::time::Instant;

use hubdesk_shared::engine::ConnId;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Messages one session may have waiting for the actor before its websocket stops reading.
pub const PER_SESSION: usize = 1024;

/// Messages from the common inbox waiting for the actor, over all sessions, before it stops
/// taking in more from that inbox.
pub const MAX_WAITING: usize = 4096;

/// Messages from the urgent inbox (sessions editing live) waiting for the actor before it stops
/// taking in more from that one; counted apart from [`MAX_WAITING`].
pub const URGENT_ROOM: usize = 1024;

/// Held by a message waiting for the actor; dropping it lets the session hand over another.
pub type Permit = OwnedSemaphorePermit;

/// Gives a session's websocket its permits to hand messages over.
pub fn permits() -> Arc<Semaphore> {
    Arc::new(Semaphore::new(PER_SESSION))
}

/// A session's message as its websocket hands it to the actor.
pub struct Message {
    pub bytes: Vec<u8>,
    /// Held while the message waits; dropping it lets the session hand over another.
    pub permit: Permit,
    /// When the websocket handed it over: how long it waited is on `/metrics`.
    pub sent: Instant,
    /// When the actor took it into its fair queue (until then it waited in an inbox).
    pub taken: Instant,
    /// Whether it came through the urgent inbox (a session editing live).
    pub urgent: bool,
    /// Whether it found earlier messages of its session still waiting here: its wait is then
    /// partly its own session's.
    pub behind_own: bool,
}

impl Message {
    pub fn new(bytes: Vec<u8>, permit: Permit, urgent: bool) -> Self {
        let now = Instant::now();
        Self {
            bytes,
            permit,
            sent: now,
            taken: now,
            urgent,
            behind_own: false,
        }
    }
}

struct Lane {
    waiting: VecDeque<Message>,
    /// Virtual time at which this lane's last served message finished.
    finish: u64,
}

/// The sessions' inbound messages, served fairly.
#[derive(Default)]
pub struct Inbound {
    lanes: HashMap<ConnId, Lane>,
    /// Lanes whose next message came through the common inbox, by the virtual time it starts.
    ready: BTreeSet<(u64, ConnId)>,
    /// Lanes whose next message came through the urgent inbox, served first, in the same way.
    ready_urgent: BTreeSet<(u64, ConnId)>,
    /// Virtual time: the start of the message served last.
    now: u64,
    waiting: usize,
    /// How many of `waiting` came through the urgent inbox.
    urgent: usize,
}

impl Inbound {
    /// Queues a message from `conn`.
    pub fn push(&mut self, conn: ConnId, mut message: Message) {
        let now = self.now;
        let lane = self.lanes.entry(conn).or_insert(Lane {
            waiting: VecDeque::new(),
            finish: now,
        });
        let first = lane.waiting.is_empty();
        if first {
            lane.finish = lane.finish.max(now);
        }
        message.behind_own = !first;
        message.taken = Instant::now();
        self.urgent += usize::from(message.urgent);
        let (finish, urgent) = (lane.finish, message.urgent);
        lane.waiting.push_back(message);
        self.waiting += 1;
        if first {
            self.ready_of(urgent).insert((finish, conn));
        }
    }

    /// The lanes ready whose next message came through the urgent inbox, or the common one.
    fn ready_of(&mut self, urgent: bool) -> &mut BTreeSet<(u64, ConnId)> {
        if urgent {
            &mut self.ready_urgent
        } else {
            &mut self.ready
        }
    }

    /// The next message to serve: from the lane whose turn it is, among those with a message
    /// from the urgent inbox next if there are any.
    pub fn pop(&mut self) -> Option<(ConnId, Message)> {
        let (start, conn) = match self.ready_urgent.pop_first() {
            Some(next) => next,
            None => self.ready.pop_first()?,
        };
        // Serving urgent lanes first, the lane served is not always the earliest: the queue's
        // virtual time never goes back.
        let now = self.now.max(start);
        self.take(start, conn, now)
    }

    /// The next message to serve among the lanes `eligible` accepts (and, with `urgent_only`,
    /// only one from the urgent inbox): from the first of them in turn. Lanes passed over keep
    /// their place.
    pub fn pop_where(
        &mut self,
        urgent_only: bool,
        eligible: impl Fn(ConnId) -> bool,
    ) -> Option<(ConnId, Message)> {
        let found = |ready: &BTreeSet<(u64, ConnId)>| {
            ready.iter().find(|(_, conn)| eligible(*conn)).copied()
        };
        let (start, conn, urgent) = match found(&self.ready_urgent) {
            Some((start, conn)) => (start, conn, true),
            None if urgent_only => return None,
            None => {
                let (start, conn) = found(&self.ready)?;
                (start, conn, false)
            }
        };
        self.ready_of(urgent).remove(&(start, conn));
        let now = self.now.max(start);
        self.take(start, conn, now)
    }

    /// Takes the first message of `conn`'s lane, whose turn starts at `start` (already out of
    /// the ready lanes); the queue's virtual time becomes `now`.
    fn take(&mut self, start: u64, conn: ConnId, now: u64) -> Option<(ConnId, Message)> {
        let lane = self.lanes.get_mut(&conn)?;
        let message = lane.waiting.pop_front()?;
        lane.finish = start + cost(message.bytes.len());
        let next = lane.waiting.front().map(|m| (lane.finish, m.urgent));
        self.waiting -= 1;
        self.urgent -= usize::from(message.urgent);
        self.now = now;
        if let Some((finish, urgent)) = next {
            self.ready_of(urgent).insert((finish, conn));
        }
        Some((conn, message))
    }

    /// Whether a lane has a message from the urgent inbox next (one [`Inbound::pop`] gives
    /// first).
    pub fn urgent_ready(&self) -> bool {
        !self.ready_urgent.is_empty()
    }

    /// Whether a lane `eligible` accepts has a message from the urgent inbox next (one
    /// [`Inbound::pop_where`] would give first).
    pub fn any_urgent_ready(&self, eligible: impl Fn(ConnId) -> bool) -> bool {
        self.ready_urgent.iter().any(|(_, conn)| eligible(*conn))
    }

    /// Counts what `conn` has waiting as common from now on (the session began uploading): the
    /// urgent room and the first turns are for sessions editing live, and an uploading session's
    /// messages there would hold live edits back while bulk writes are parked.
    pub fn demote(&mut self, conn: ConnId) {
        let Some(lane) = self.lanes.get_mut(&conn) else {
            return;
        };
        let Some(front_urgent) = lane.waiting.front().map(|m| m.urgent) else {
            return;
        };
        let mut demoted = 0;
        for message in lane.waiting.iter_mut().filter(|m| m.urgent) {
            message.urgent = false;
            demoted += 1;
        }
        let finish = lane.finish;
        self.urgent -= demoted;
        if front_urgent && self.ready_urgent.remove(&(finish, conn)) {
            self.ready.insert((finish, conn));
        }
    }

    /// Takes everything `conn` has waiting, in order, and forgets its lane (the session ended).
    pub fn remove(&mut self, conn: ConnId) -> Vec<Message> {
        let Some(lane) = self.lanes.remove(&conn) else {
            return Vec::new();
        };
        if let Some(front) = lane.waiting.front() {
            let urgent = front.urgent;
            self.ready_of(urgent).remove(&(lane.finish, conn));
        }
        self.waiting -= lane.waiting.len();
        self.urgent -= lane.waiting.iter().filter(|m| m.urgent).count();
        lane.waiting.into()
    }

    /// Messages waiting, over all sessions.
    pub fn len(&self) -> usize {
        self.waiting
    }

    pub fn is_empty(&self) -> bool {
        self.waiting == 0
    }

    /// Whether the common inbox's messages have room for one more (see [`MAX_WAITING`]).
    pub fn common_has_room(&self) -> bool {
        self.waiting - self.urgent < MAX_WAITING
    }

    /// Whether the urgent inbox's messages have room for one more (see [`URGENT_ROOM`]).
    pub fn urgent_has_room(&self) -> bool {
        self.urgent < URGENT_ROOM
    }
}

/// What serving a message of `bytes` costs in virtual time: one unit, plus one per KiB.
fn cost(bytes: usize) -> u64 {
    1 + (bytes / 1024) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: Vec<u8>, semaphore: &Arc<Semaphore>) -> Message {
        let permit = semaphore.clone().try_acquire_owned().expect("a permit");
        Message::new(bytes, permit, false)
    }

    fn urgent_message(bytes: Vec<u8>, semaphore: &Arc<Semaphore>) -> Message {
        let permit = semaphore.clone().try_acquire_owned().expect("a permit");
        Message::new(bytes, permit, true)
    }

    fn bytes_of(popped: Option<(ConnId, Message)>) -> Option<(ConnId, Vec<u8>)> {
        popped.map(|(conn, message)| (conn, message.bytes))
    }

    #[test]
    fn a_quiet_session_is_served_before_a_flood_s_tail() {
        let flood = Arc::new(Semaphore::new(1000));
        let quiet = permits();
        let mut inbound = Inbound::default();
        for n in 0..100u8 {
            inbound.push(1, message(vec![n; 2048], &flood));
        }
        // The flood has been served for a while when the quiet session speaks.
        for _ in 0..10 {
            assert_eq!(inbound.pop().map(|(conn, _)| conn), Some(1));
        }
        inbound.push(2, message(b"edit".to_vec(), &quiet));
        let (conn, edit) = inbound.pop().expect("the quiet session's edit");
        assert_eq!(
            (conn, edit.bytes.as_slice(), edit.behind_own),
            (2, &b"edit"[..], false)
        );
        assert!(
            inbound.pop().is_some_and(|(_, m)| m.behind_own),
            "the flood's own tail"
        );
        assert_eq!(inbound.len(), 89);
    }

    #[test]
    fn two_floods_share_in_proportion_to_bytes_and_each_keeps_its_order() {
        let semaphore = Arc::new(Semaphore::new(1000));
        let mut inbound = Inbound::default();
        for n in 0..40u8 {
            inbound.push(1, message(vec![n; 4096], &semaphore));
            inbound.push(2, message(vec![n; 100], &semaphore));
        }
        let first: Vec<ConnId> = (0..25)
            .filter_map(|_| inbound.pop().map(|(c, _)| c))
            .collect();
        let small = first.iter().filter(|&&c| c == 2).count();
        // Costs 5 and 1: the small-message session gets about five turns for each large one.
        assert!((19..=22).contains(&small), "{first:?}");
        let mut last = [None::<u8>; 3];
        while let Some((conn, bytes)) = bytes_of(inbound.pop()) {
            let n = bytes[0];
            assert!(last[conn as usize].is_none_or(|m| m < n), "out of order");
            last[conn as usize] = Some(n);
        }
        assert!(inbound.is_empty());
    }

    #[test]
    fn removing_a_session_returns_what_it_had_waiting_and_frees_its_permits() {
        let semaphore = permits();
        let mut inbound = Inbound::default();
        for n in 0..3u8 {
            inbound.push(7, message(vec![n], &semaphore));
        }
        assert_eq!(semaphore.available_permits(), PER_SESSION - 3);
        let removed: Vec<Vec<u8>> = inbound.remove(7).into_iter().map(|m| m.bytes).collect();
        assert_eq!(removed, vec![vec![0], vec![1], vec![2]]);
        assert_eq!(semaphore.available_permits(), PER_SESSION);
        assert!(inbound.is_empty());
        assert!(inbound.pop().is_none());
    }

    #[test]
    fn pop_where_passes_over_lanes_it_refuses_and_they_keep_their_turn() {
        let semaphore = Arc::new(Semaphore::new(100));
        let mut inbound = Inbound::default();
        for n in 0..3u8 {
            inbound.push(1, message(vec![n], &semaphore));
            inbound.push(2, message(vec![n], &semaphore));
        }
        // Lane 1 is refused (uploading while bulk writes are parked): lane 2 is served alone.
        let served: Vec<(ConnId, Vec<u8>)> = (0..3)
            .filter_map(|_| bytes_of(inbound.pop_where(false, |conn| conn != 1)))
            .collect();
        assert_eq!(served, vec![(2, vec![0]), (2, vec![1]), (2, vec![2])]);
        assert!(bytes_of(inbound.pop_where(false, |conn| conn != 1)).is_none());
        assert_eq!(inbound.len(), 3);
        // Lane 1 kept its messages, in order.
        let rest: Vec<(ConnId, Vec<u8>)> = (0..3).filter_map(|_| bytes_of(inbound.pop())).collect();
        assert_eq!(rest, vec![(1, vec![0]), (1, vec![1]), (1, vec![2])]);
        assert!(inbound.is_empty());
    }

    #[test]
    fn uploads_filling_their_room_leave_the_urgent_room_free() {
        let semaphore = Arc::new(Semaphore::new(MAX_WAITING + URGENT_ROOM + 1));
        let mut inbound = Inbound::default();
        for n in 0..MAX_WAITING {
            inbound.push(1 + (n % 200) as ConnId, message(vec![0; 64], &semaphore));
        }
        assert!(!inbound.common_has_room());
        assert!(inbound.urgent_has_room(), "a live edit still gets in");
        for _ in 0..URGENT_ROOM {
            inbound.push(500, urgent_message(b"edit".to_vec(), &semaphore));
        }
        assert!(!inbound.urgent_has_room());
        // Serving the live session's messages frees the urgent room, not the common one.
        let live: Vec<Message> = inbound.remove(500);
        assert_eq!(live.len(), URGENT_ROOM);
        assert!(inbound.urgent_has_room());
        assert!(!inbound.common_has_room());
        let (_, served) = inbound.pop().expect("an upload");
        assert!(!served.urgent);
        assert!(inbound.common_has_room());
        inbound.push(500, urgent_message(b"edit".to_vec(), &semaphore));
        while inbound.pop().is_some() {}
        assert!(inbound.is_empty() && inbound.urgent_has_room() && inbound.common_has_room());
    }

    #[test]
    fn a_live_edit_is_served_before_uploads_that_came_first() {
        let semaphore = Arc::new(Semaphore::new(1000));
        let mut inbound = Inbound::default();
        for conn in 1..=200 {
            inbound.push(conn, message(vec![0; 512], &semaphore));
        }
        inbound.push(500, urgent_message(b"edit".to_vec(), &semaphore));
        inbound.push(500, urgent_message(b"more".to_vec(), &semaphore));
        let (conn, edit) = inbound.pop().expect("the live edit");
        assert_eq!((conn, edit.bytes.as_slice()), (500, &b"edit"[..]));
        let (conn, more) = inbound
            .pop_where(true, |conn| conn != 1)
            .expect("the live session's next");
        assert!(
            inbound.pop_where(true, |_| true).is_none(),
            "no other live message, and uploads are not given for one"
        );
        assert_eq!((conn, more.bytes.as_slice()), (500, &b"more"[..]));
        // Then the uploads, in their fair order.
        assert_eq!(inbound.pop().map(|(conn, _)| conn), Some(1));
        assert!(!inbound.any_urgent_ready(|conn| conn == 500));
        assert_eq!(inbound.len(), 199);
    }

    #[test]
    fn a_session_that_began_uploading_gives_up_the_urgent_room_and_its_turns() {
        let semaphore = Arc::new(Semaphore::new(100));
        let mut inbound = Inbound::default();
        inbound.push(1, message(vec![0; 512], &semaphore));
        for n in 0..3u8 {
            inbound.push(2, urgent_message(vec![n], &semaphore));
        }
        inbound.push(3, urgent_message(b"edit".to_vec(), &semaphore));
        inbound.demote(2);
        inbound.demote(9);
        // The live session first, then the others in their fair order, session 2's in its own.
        let served: Vec<(ConnId, bool)> = std::iter::from_fn(|| inbound.pop())
            .map(|(conn, m)| (conn, m.urgent))
            .collect();
        assert_eq!(
            served,
            vec![(3, true), (1, false), (2, false), (2, false), (2, false)]
        );
        assert!(inbound.urgent_has_room() && inbound.is_empty());
        assert_eq!(inbound.urgent, 0);
    }
}
