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
//! At most [`MAX_WAITING`] messages wait here in all from the actor's common inbox (the actor
//! stops taking from it until some are served, and senders then wait on it), [`URGENT_ROOM`]
//! more from its urgent inbox (sessions editing live, see `sessions::Intake`), and one session
//! at most [`PER_SESSION`] (its websocket waits for a [`Permit`] before handing one over). The
//! per-session bound is deliberately loose: holding a client's reads back early made a stock
//! client's last acknowledgement go missing now and then (see the issue notes), so it only
//! stops one session from taking every place.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::Arc;

use hubdesk_shared::engine::ConnId;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Messages one session may have waiting for the actor before its websocket stops reading.
pub const PER_SESSION: usize = 1024;

/// Messages waiting for the actor over all sessions before it stops taking in more from the
/// common inbox.
pub const MAX_WAITING: usize = 4096;

/// How many more the urgent inbox (sessions editing live) may add beyond [`MAX_WAITING`].
pub const URGENT_ROOM: usize = 1024;

/// Held by a message waiting for the actor; dropping it lets the session hand over another.
pub type Permit = OwnedSemaphorePermit;

/// Gives a session's websocket its permits to hand messages over.
pub fn permits() -> Arc<Semaphore> {
    Arc::new(Semaphore::new(PER_SESSION))
}

struct Lane {
    waiting: VecDeque<(Vec<u8>, Permit)>,
    /// Virtual time at which this lane's last served message finished.
    finish: u64,
}

/// The sessions' inbound messages, served fairly.
#[derive(Default)]
pub struct Inbound {
    lanes: HashMap<ConnId, Lane>,
    /// Lanes with something waiting, by the virtual time their next message starts.
    ready: BTreeSet<(u64, ConnId)>,
    /// Virtual time: the start of the message served last.
    now: u64,
    waiting: usize,
}

impl Inbound {
    /// Queues a message from `conn`.
    pub fn push(&mut self, conn: ConnId, bytes: Vec<u8>, permit: Permit) {
        let now = self.now;
        let lane = self.lanes.entry(conn).or_insert(Lane {
            waiting: VecDeque::new(),
            finish: now,
        });
        if lane.waiting.is_empty() {
            lane.finish = lane.finish.max(now);
            self.ready.insert((lane.finish, conn));
        }
        lane.waiting.push_back((bytes, permit));
        self.waiting += 1;
    }

    /// The next message to serve: from the lane whose turn it is.
    pub fn pop(&mut self) -> Option<(ConnId, Vec<u8>)> {
        let (start, conn) = self.ready.pop_first()?;
        self.take(start, conn, start)
    }

    /// The next message to serve among the lanes `eligible` accepts: from the first of them in
    /// turn. Lanes passed over keep their place.
    pub fn pop_where(&mut self, eligible: impl Fn(ConnId) -> bool) -> Option<(ConnId, Vec<u8>)> {
        let (start, conn) = *self.ready.iter().find(|(_, conn)| eligible(*conn))?;
        self.ready.remove(&(start, conn));
        let now = self.now.max(start);
        self.take(start, conn, now)
    }

    /// Takes the first message of `conn`'s lane, whose turn starts at `start` (already out of
    /// `ready`); the queue's virtual time becomes `now`.
    fn take(&mut self, start: u64, conn: ConnId, now: u64) -> Option<(ConnId, Vec<u8>)> {
        let lane = self.lanes.get_mut(&conn)?;
        let (bytes, _permit) = lane.waiting.pop_front()?;
        self.waiting -= 1;
        self.now = now;
        lane.finish = start + cost(bytes.len());
        if !lane.waiting.is_empty() {
            self.ready.insert((lane.finish, conn));
        }
        Some((conn, bytes))
    }

    /// Whether a lane `eligible` accepts has a message waiting.
    pub fn any_ready(&self, eligible: impl Fn(ConnId) -> bool) -> bool {
        self.ready.iter().any(|(_, conn)| eligible(*conn))
    }

    /// Takes everything `conn` has waiting, in order, and forgets its lane (the session ended).
    pub fn remove(&mut self, conn: ConnId) -> Vec<Vec<u8>> {
        let Some(lane) = self.lanes.remove(&conn) else {
            return Vec::new();
        };
        if !lane.waiting.is_empty() {
            self.ready.remove(&(lane.finish, conn));
        }
        self.waiting -= lane.waiting.len();
        lane.waiting.into_iter().map(|(bytes, _)| bytes).collect()
    }

    /// Messages waiting, over all sessions.
    pub fn len(&self) -> usize {
        self.waiting
    }

    pub fn is_empty(&self) -> bool {
        self.waiting == 0
    }
}

/// What serving a message of `bytes` costs in virtual time: one unit, plus one per KiB.
fn cost(bytes: usize) -> u64 {
    1 + (bytes / 1024) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn permit(semaphore: &Arc<Semaphore>) -> Permit {
        semaphore.clone().try_acquire_owned().expect("a permit")
    }

    #[test]
    fn a_quiet_session_is_served_before_a_flood_s_tail() {
        let flood = Arc::new(Semaphore::new(1000));
        let quiet = permits();
        let mut inbound = Inbound::default();
        for n in 0..100u8 {
            inbound.push(1, vec![n; 2048], permit(&flood));
        }
        // The flood has been served for a while when the quiet session speaks.
        for _ in 0..10 {
            assert_eq!(inbound.pop().map(|(conn, _)| conn), Some(1));
        }
        inbound.push(2, b"edit".to_vec(), permit(&quiet));
        assert_eq!(inbound.pop(), Some((2, b"edit".to_vec())));
        assert_eq!(inbound.len(), 90);
    }

    #[test]
    fn two_floods_share_in_proportion_to_bytes_and_each_keeps_its_order() {
        let semaphore = Arc::new(Semaphore::new(1000));
        let mut inbound = Inbound::default();
        for n in 0..40u8 {
            inbound.push(1, vec![n; 4096], permit(&semaphore));
            inbound.push(2, vec![n; 100], permit(&semaphore));
        }
        let first: Vec<ConnId> = (0..25)
            .filter_map(|_| inbound.pop().map(|(c, _)| c))
            .collect();
        let small = first.iter().filter(|&&c| c == 2).count();
        // Costs 5 and 1: the small-message session gets about five turns for each large one.
        assert!((19..=22).contains(&small), "{first:?}");
        let mut last = [None::<u8>; 3];
        while let Some((conn, bytes)) = inbound.pop() {
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
            inbound.push(7, vec![n], permit(&semaphore));
        }
        assert_eq!(semaphore.available_permits(), PER_SESSION - 3);
        assert_eq!(inbound.remove(7), vec![vec![0], vec![1], vec![2]]);
        assert_eq!(semaphore.available_permits(), PER_SESSION);
        assert!(inbound.is_empty());
        assert_eq!(inbound.pop(), None);
    }
}
