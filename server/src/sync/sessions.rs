//! Sync sessions as the actor sees them: a bounded queue to each websocket, what is held back
//! when a client does not read, and the limits on connections.
//!
//! The actor never waits for a client. Bytes go into the session's queue while it holds less
//! than [`SessionLimits::queue_bytes`]; beyond that they are held in the session's overflow (the
//! protocol cannot drop a message). A session whose overflow passes
//! [`SessionLimits::overflow_bytes`], or that makes no progress on it for
//! [`SessionLimits::slow_reader`], is closed as a slow reader.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, oneshot};

use super::lanes::LiveCredit;

/// Limits on sync sessions, from the command line.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    /// Messages a session's queue holds before the actor holds the rest back.
    pub queue_messages: usize,
    /// Bytes a session's queue holds before the actor holds the rest back.
    pub queue_bytes: usize,
    /// Bytes held back for one session before it is closed at once.
    pub overflow_bytes: usize,
    /// How long a session may make no progress on what is held back for it.
    pub slow_reader: Duration,
    /// Open sync connections per device token, and per user.
    pub per_device: usize,
    pub per_user: usize,
    /// How often the server pings each websocket, and how long it waits for any frame.
    pub ping_every: Duration,
    pub idle_after: Duration,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self {
            queue_messages: 1024,
            queue_bytes: 4 * 1024 * 1024,
            overflow_bytes: 16 * 1024 * 1024,
            slow_reader: Duration::from_secs(30),
            per_device: 8,
            per_user: 32,
            ping_every: Duration::from_secs(20),
            idle_after: Duration::from_secs(60),
        }
    }
}

/// What the websocket side of a session reads: bytes to send, and the reason when the actor
/// closes the session.
pub struct Inlet {
    pub bytes: mpsc::Receiver<Outgoing>,
    pub close: oneshot::Receiver<String>,
    counters: Arc<Counters>,
}

impl Inlet {
    /// Marks `n` bytes as written to the socket.
    pub fn written(&self, n: usize) {
        self.counters.queued.fetch_sub(n, Ordering::Relaxed);
        self.counters.written.fetch_add(n as u64, Ordering::Relaxed);
    }

    /// Bytes the actor has handed the session so far, written or not.
    pub fn handed(&self) -> u64 {
        self.counters.handed.load(Ordering::Relaxed)
    }
}

#[derive(Default)]
struct Counters {
    /// Bytes in the queue, not yet written to the socket.
    queued: AtomicUsize,
    /// Bytes written to the socket since the session opened.
    written: AtomicU64,
    /// Bytes the actor has handed the session since it opened: written, queued or held back.
    handed: AtomicU64,
}

/// Bytes for a session's websocket, and when the actor handed them over (the websocket side
/// times how long a live session's replies wait to be written).
pub struct Outgoing {
    pub bytes: Vec<u8>,
    pub handed: Instant,
}

/// The actor's end of a session.
pub struct Outlet {
    bytes: mpsc::Sender<Outgoing>,
    close: Option<oneshot::Sender<String>>,
    counters: Arc<Counters>,
}

/// Makes the two ends of a session's queue.
pub fn channel(limits: &SessionLimits) -> (Outlet, Inlet) {
    let (bytes_tx, bytes_rx) = mpsc::channel(limits.queue_messages.max(1));
    let (close_tx, close_rx) = oneshot::channel();
    let counters = Arc::new(Counters::default());
    (
        Outlet {
            bytes: bytes_tx,
            close: Some(close_tx),
            counters: counters.clone(),
        },
        Inlet {
            bytes: bytes_rx,
            close: close_rx,
            counters,
        },
    )
}

/// One open session, kept by the actor.
pub struct Session {
    pub device: String,
    pub user: String,
    outlet: Outlet,
    overflow: VecDeque<Outgoing>,
    overflow_bytes: usize,
    /// When the overflow last made progress, and how much had been written then.
    stalled_since: Option<(Instant, u64)>,
    /// What this session's writes may still take of the writer's live lane.
    pub live: LiveCredit,
    /// Whether it counts as uploading, shared with its websocket.
    pub intake: Arc<Intake>,
}

/// What a session's websocket and the actor share about how its messages reach the actor.
///
/// A session that is not uploading, nor sending a burst, hands its messages to the actor's
/// urgent inbox, which the actor takes from even while the common one is full of uploads:
/// otherwise a live edit waits behind thousands of other devices' messages before the actor's
/// fair queue even sees it. A session's messages stay in order: it takes the urgent inbox only
/// when none of its messages still waits in the common one (`in_common`), and the actor takes
/// urgent ones first.
#[derive(Debug, Default)]
pub struct Intake {
    /// Until when the session counts as uploading, in milliseconds of [`process_ms`]: it sent
    /// something that had to be loaded once its live credit was spent, or that was written in
    /// bulk.
    uploading_until: AtomicU64,
    /// Its messages handed to the common inbox and not yet taken in by the actor.
    in_common: AtomicUsize,
}

impl Intake {
    /// How long a session counts as uploading after it last sent something bulk.
    const UPLOADING_FOR: Duration = Duration::from_secs(2);

    /// How many of a session's messages may wait for the actor while it still counts as
    /// editing live: a person's edits come one or two at a time.
    pub const LIVE_WAITING: usize = 4;

    /// The session sent something that had to be loaded or written in bulk.
    pub fn uploading(&self, now: Instant) {
        let until = process_ms(now + Self::UPLOADING_FOR);
        self.uploading_until.store(until, Ordering::Relaxed);
    }

    /// Whether the session is uploading rather than editing live.
    pub fn is_uploading(&self, now: Instant) -> bool {
        process_ms(now) < self.uploading_until.load(Ordering::Relaxed)
    }

    /// Whether the session's next message may take the urgent inbox, and if not, counts it
    /// as handed to the common one. `waiting` is how many of its messages wait for the actor
    /// already: past [`Intake::LIVE_WAITING`] it is sending a burst, not editing live, and the
    /// burst must not fill the urgent inbox ahead of other sessions' live edits before the
    /// actor has seen enough of it to mark it uploading.
    pub fn take_urgent(&self, waiting: usize) -> bool {
        let live = waiting <= Self::LIVE_WAITING && !self.is_uploading(Instant::now());
        if live && self.in_common.load(Ordering::Acquire) == 0 {
            return true;
        }
        self.in_common.fetch_add(1, Ordering::AcqRel);
        false
    }

    /// The actor took in one of the session's messages from the common inbox.
    pub fn taken_from_common(&self) {
        let _ = self
            .in_common
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1));
    }
}

/// Milliseconds of a clock that starts with the process (0 is before anything was marked).
fn process_ms(at: Instant) -> u64 {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    at.saturating_duration_since(start).as_millis() as u64 + 1
}

/// What happened to bytes handed to a session.
#[derive(Debug, PartialEq, Eq)]
pub enum Delivery {
    Queued,
    HeldBack,
    /// The session must be closed: it does not read what it is sent.
    SlowReader,
}

impl Session {
    pub fn new(device: String, user: String, outlet: Outlet, intake: Arc<Intake>) -> Self {
        Self {
            device,
            user,
            outlet,
            overflow: VecDeque::new(),
            overflow_bytes: 0,
            stalled_since: None,
            live: LiveCredit::new(Instant::now()),
            intake,
        }
    }

    /// This session sent something that had to be loaded or written in bulk.
    pub fn uploading(&mut self, now: Instant) {
        self.intake.uploading(now);
    }

    /// Whether this session is uploading rather than editing live.
    pub fn is_uploading(&self, now: Instant) -> bool {
        self.intake.is_uploading(now)
    }

    /// Hands bytes to the session without ever waiting.
    pub fn deliver(&mut self, bytes: Vec<u8>, limits: &SessionLimits) -> Delivery {
        self.outlet
            .counters
            .handed
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let bytes = Outgoing {
            bytes,
            handed: Instant::now(),
        };
        if self.overflow.is_empty() {
            match self.try_queue(bytes, limits) {
                Ok(()) => return Delivery::Queued,
                Err(bytes) => self.hold(bytes),
            }
        } else {
            self.hold(bytes);
        }
        if self.overflow_bytes > limits.overflow_bytes {
            return Delivery::SlowReader;
        }
        Delivery::HeldBack
    }

    fn hold(&mut self, bytes: Outgoing) {
        if self.overflow.is_empty() {
            self.stalled_since = Some((Instant::now(), self.written()));
        }
        self.overflow_bytes += bytes.bytes.len();
        self.overflow.push_back(bytes);
    }

    fn written(&self) -> u64 {
        self.outlet.counters.written.load(Ordering::Relaxed)
    }

    fn try_queue(&mut self, bytes: Outgoing, limits: &SessionLimits) -> Result<(), Outgoing> {
        let n = bytes.bytes.len();
        let queued = self.outlet.counters.queued.load(Ordering::Relaxed);
        if queued > 0 && queued + n > limits.queue_bytes {
            return Err(bytes);
        }
        // Counted before it is sent, so the websocket side never subtracts what is not counted.
        self.outlet.counters.queued.fetch_add(n, Ordering::Relaxed);
        match self.outlet.bytes.try_send(bytes) {
            Ok(()) => Ok(()),
            Err(
                mpsc::error::TrySendError::Full(bytes) | mpsc::error::TrySendError::Closed(bytes),
            ) => {
                self.outlet.counters.queued.fetch_sub(n, Ordering::Relaxed);
                Err(bytes)
            }
        }
    }

    /// Moves held-back bytes into the queue as room appears; says whether the session has
    /// made no progress for too long.
    pub fn drain(&mut self, limits: &SessionLimits) -> Delivery {
        while let Some(bytes) = self.overflow.pop_front() {
            let n = bytes.bytes.len();
            match self.try_queue(bytes, limits) {
                Ok(()) => self.overflow_bytes -= n,
                Err(bytes) => {
                    self.overflow.push_front(bytes);
                    break;
                }
            }
        }
        if self.overflow.is_empty() {
            self.stalled_since = None;
            return Delivery::Queued;
        }
        let written = self.written();
        match self.stalled_since {
            Some((_, seen)) if written > seen => {
                self.stalled_since = Some((Instant::now(), written));
            }
            Some((since, _)) if since.elapsed() > limits.slow_reader => {
                return Delivery::SlowReader;
            }
            Some(_) => {}
            None => self.stalled_since = Some((Instant::now(), written)),
        }
        Delivery::HeldBack
    }

    pub fn overflow_bytes(&self) -> usize {
        self.overflow_bytes
    }

    /// Closes the session's websocket with `reason` (after what is already queued).
    pub fn close(mut self, reason: String) {
        if let Some(close) = self.outlet.close.take() {
            let _ = close.send(reason);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_takes_the_urgent_inbox_only_while_live_and_with_nothing_waiting_in_the_other() {
        let intake = Intake::default();
        assert!(intake.take_urgent(0), "a new session edits live");
        assert!(intake.take_urgent(1));

        intake.uploading(Instant::now());
        assert!(!intake.take_urgent(0), "uploading: the common inbox");
        assert!(!intake.take_urgent(0));

        // The window ends, but two of its messages still wait in the common inbox: the next
        // one follows them there, or it would overtake them.
        intake.uploading(Instant::now() - Intake::UPLOADING_FOR * 2);
        assert!(!intake.is_uploading(Instant::now()));
        assert!(!intake.take_urgent(0));
        for _ in 0..3 {
            intake.taken_from_common();
        }
        assert!(intake.take_urgent(0), "all taken in: live again");
        intake.taken_from_common();
        assert!(intake.take_urgent(0), "never counts below none");
    }

    #[test]
    fn a_burst_goes_to_the_common_inbox_before_the_actor_marks_it_uploading() {
        let intake = Intake::default();
        assert!(
            intake.take_urgent(Intake::LIVE_WAITING),
            "a few waiting: still live"
        );
        assert!(
            !intake.take_urgent(Intake::LIVE_WAITING + 1),
            "a burst: the common inbox"
        );
        // Its next message follows it there even once few wait, or it would overtake it.
        assert!(!intake.take_urgent(0));
        intake.taken_from_common();
        intake.taken_from_common();
        assert!(intake.take_urgent(0));
    }
}
