//! Two lanes to the storage writer, so that a live edit is not committed behind a flood of
//! uploads.
//!
//! The actor hands each batch to the **live** lane or the **bulk** lane. A batch goes live when it
//! is small ([`LIVE_BYTES`]), it is for a local operation (a REST reply, a decision) or for a
//! session that still has live credit ([`LiveCredit`]: a burst, then a few a second, so a device
//! uploading its week soon spends it and goes bulk), as its `engine::Cause` says, and none of
//! its documents has a bulk batch not yet committed. The writer commits every live batch it has
//! been handed before each bulk group, and bulk groups are small. A live batch that arrives while
//! a bulk transaction is written is committed alongside it on PostgreSQL; on SQLite the bulk
//! transaction is committed early, after the slice of batches it is writing (`store::write`),
//! and the rest of its group is given back and taken next. Either way a live edit waits for
//! about one slice's write at most (`writer.rs`).
//!
//! Order per document is kept: a live batch never has an earlier bulk batch of one of its
//! documents still uncommitted (the actor tracks them), and a bulk batch handed over after a live
//! one is committed after it (the writer takes every live batch handed over before the bulk
//! batches it takes, and commits them first; those committed alongside a bulk transaction are
//! committed before the next bulk group is taken).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use hubdesk_shared::engine::{Batch, WriteId};
use hubdesk_shared::ids::DocumentId;
use tokio::sync::{Notify, mpsc};

/// A batch this small (its changes and snapshot, in bytes) may take the live lane.
pub const LIVE_BYTES: usize = 64 * 1024;

/// Bulk batches committed in one transaction at most.
pub const BULK_GROUP: usize = 16;

/// How long one bulk transaction should take, at most: what a live edit may wait behind. The
/// writer sizes each bulk group from how long the last one took per batch.
pub const BULK_BUDGET: Duration = Duration::from_millis(20);

/// Bulk batches waiting in the writer's lane.
pub const BULK_QUEUE: usize = 64;

/// Bulk batches parked in the actor at most: past this the actor waits for the writer, as the
/// last resort of back-pressure (before it, it stops serving uploading sessions).
pub const PARKED_MAX: usize = 2048;

/// The actor's side: hands batches to a lane, remembering which documents have bulk batches
/// not yet committed. Handing over never waits: bulk batches the writer has no room for yet are
/// parked here, in order, and moved on by [`Lanes::flush`].
pub struct Lanes {
    live: mpsc::UnboundedSender<Batch>,
    bulk: mpsc::Sender<Batch>,
    parked: VecDeque<Batch>,
    /// Bulk batches not yet committed, per document.
    in_bulk: HashMap<DocumentId, usize>,
    /// The documents of each bulk batch not yet committed.
    bulk_writes: HashMap<WriteId, Vec<DocumentId>>,
}

/// The writer's side.
pub struct Taking {
    live: mpsc::UnboundedReceiver<Batch>,
    bulk: mpsc::Receiver<Batch>,
    /// Bulk batches taken but not committed (a group cut short for a live batch): taken again
    /// first, in order.
    given_back: VecDeque<Batch>,
    /// How many bulk batches the next group takes at most.
    bulk_group: usize,
}

pub fn lanes() -> (Lanes, Taking) {
    let (live, live_rx) = mpsc::unbounded_channel();
    let (bulk, bulk_rx) = mpsc::channel(BULK_QUEUE);
    (
        Lanes {
            live,
            bulk,
            parked: VecDeque::new(),
            in_bulk: HashMap::new(),
            bulk_writes: HashMap::new(),
        },
        Taking {
            live: live_rx,
            bulk: bulk_rx,
            given_back: VecDeque::new(),
            bulk_group: BULK_GROUP,
        },
    )
}

impl Lanes {
    /// Whether `batch` may take the live lane: it is small, and none of its documents has a
    /// bulk batch not yet committed. (Where it came from is the actor's to judge.)
    pub fn may_go_live(&self, batch: &Batch) -> bool {
        size(batch) <= LIVE_BYTES && !self.behind_bulk(batch)
    }

    /// Whether one of `batch`'s documents has a bulk batch not yet committed (it must follow
    /// it, in the bulk lane, whoever sent it).
    pub fn behind_bulk(&self, batch: &Batch) -> bool {
        batch.docs.iter().any(|w| self.in_bulk.contains_key(&w.doc))
    }

    /// Hands `batch` to its lane, or parks it behind the bulk batches waiting for room.
    pub fn hand(&mut self, batch: Batch, live: bool) {
        if live {
            let _ = self.live.send(batch);
            return;
        }
        let docs: Vec<DocumentId> = batch.docs.iter().map(|w| w.doc).collect();
        for doc in &docs {
            *self.in_bulk.entry(*doc).or_default() += 1;
        }
        self.bulk_writes.insert(batch.write, docs);
        if self.parked.is_empty() {
            match self.bulk.try_send(batch) {
                Ok(()) | Err(mpsc::error::TrySendError::Closed(_)) => {}
                Err(mpsc::error::TrySendError::Full(batch)) => self.parked.push_back(batch),
            }
        } else {
            self.parked.push_back(batch);
        }
    }

    /// Whether bulk batches wait here for room in the writer's lane: the actor then serves only
    /// sessions that are not uploading, so parked batches do not pile up.
    pub fn has_parked(&self) -> bool {
        !self.parked.is_empty()
    }

    /// Whether more bulk batches are parked than [`PARKED_MAX`].
    pub fn over_parked(&self) -> bool {
        self.parked.len() > PARKED_MAX
    }

    /// Waits for room in the bulk lane and moves the first parked batch into it. Cancel-safe:
    /// nothing is taken from the parked queue until there is room for it.
    pub async fn flush(&mut self) {
        if self.parked.is_empty() {
            return;
        }
        let Ok(permit) = self.bulk.reserve().await else {
            self.parked.clear();
            return;
        };
        if let Some(batch) = self.parked.pop_front() {
            permit.send(batch);
        }
    }

    /// The write `write` was committed or failed.
    pub fn settled(&mut self, write: WriteId) {
        let Some(docs) = self.bulk_writes.remove(&write) else {
            return;
        };
        for doc in docs {
            if let Some(n) = self.in_bulk.get_mut(&doc) {
                *n -= 1;
                if *n == 0 {
                    self.in_bulk.remove(&doc);
                }
            }
        }
    }

    /// Bulk batches waiting for the writer, parked ones included.
    pub fn bulk_waiting(&self) -> usize {
        self.bulk.max_capacity() - self.bulk.capacity() + self.parked.len()
    }
}

fn size(batch: &Batch) -> usize {
    batch
        .docs
        .iter()
        .map(|w| w.changes.len() + w.snapshot.as_ref().map_or(0, Vec::len))
        .sum()
}

/// What the writer commits next, in this order.
pub struct Next {
    pub live: Vec<Batch>,
    pub bulk: Vec<Batch>,
}

impl Taking {
    /// Waits for batches; `None` once both lanes are closed. Takes a bulk group only when no
    /// live batch was waiting, then every live batch handed over until then.
    pub async fn next(&mut self) -> Option<Next> {
        let mut next = Next {
            live: Vec::new(),
            bulk: Vec::new(),
        };
        // With nothing given back, wait for either lane (a live batch first).
        if self.given_back.is_empty() {
            tokio::select! {
                biased;
                Some(batch) = self.live.recv() => next.live.push(batch),
                Some(batch) = self.bulk.recv() => next.bulk.push(batch),
                else => return None,
            }
        }
        // A bulk group, unless a live batch came first: the batches given back first, in order,
        // topped up from the lane.
        if next.live.is_empty() {
            while next.bulk.len() < self.bulk_group {
                let Some(batch) = self
                    .given_back
                    .pop_front()
                    .or_else(|| self.bulk.try_recv().ok())
                else {
                    break;
                };
                next.bulk.push(batch);
            }
        }
        // Every live batch handed over before the bulk batches just taken: a bulk batch of the
        // same document may build on it.
        while let Ok(batch) = self.live.try_recv() {
            next.live.push(batch);
        }
        Some(next)
    }

    /// Waits for live batches until `done` is notified (`None` then, or once the live lane is
    /// closed); returns every live batch waiting. Cancel-safe.
    pub async fn live_until(&mut self, done: &Notify) -> Option<Vec<Batch>> {
        let first = tokio::select! {
            biased;
            () = done.notified() => return None,
            first = self.live.recv() => first?,
        };
        let mut batches = vec![first];
        while let Ok(batch) = self.live.try_recv() {
            batches.push(batch);
        }
        Some(batches)
    }

    /// Whether a live batch waits: the writer then commits the bulk batches it has written so
    /// far and gives the rest back ([`Taking::give_back`]).
    pub fn live_waiting(&self) -> bool {
        !self.live.is_empty()
    }

    /// Bulk batches taken and not committed, in their order: the next call of [`Taking::next`]
    /// takes them (after the live batches waiting) before anything else of the bulk lane.
    pub fn give_back(&mut self, batches: Vec<Batch>) {
        for batch in batches.into_iter().rev() {
            self.given_back.push_front(batch);
        }
    }

    /// A bulk group of `batches` took `took` to commit: the next group is sized to take about
    /// [`BULK_BUDGET`].
    pub fn bulk_took(&mut self, batches: usize, took: Duration) {
        let per_batch = took.as_secs_f64() / batches.max(1) as f64;
        let fits = (BULK_BUDGET.as_secs_f64() / per_batch.max(1e-6)) as usize;
        self.bulk_group = fits.clamp(1, BULK_GROUP);
    }

    /// Batches waiting in both lanes (given back ones included).
    pub fn waiting(&self) -> usize {
        self.live.len() + self.bulk.len() + self.given_back.len()
    }
}

/// A session's live credit: a burst of [`LiveCredit::BURST`] batches, refilled at
/// [`LiveCredit::PER_SECOND`]. A person editing stays within it; a device sending its backlog
/// spends it in its first moments and its batches go bulk.
#[derive(Debug, Clone)]
pub struct LiveCredit {
    tokens: f64,
    at: Instant,
}

impl LiveCredit {
    pub const BURST: f64 = 20.0;
    pub const PER_SECOND: f64 = 10.0;

    pub fn new(now: Instant) -> Self {
        Self {
            tokens: Self::BURST,
            at: now,
        }
    }

    /// Spends one credit if there is one.
    pub fn spend(&mut self, now: Instant) -> bool {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * Self::PER_SECOND).min(Self::BURST);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// A batch writing one request document, for tests: `bytes` of changes, made in memory time
/// `generation`.
#[cfg(test)]
pub(super) fn test_batch(write: WriteId, request: u8, bytes: usize, generation: u64) -> Batch {
    use hubdesk_shared::engine::{Cause, DocWrite};
    use hubdesk_shared::ids::{DocKind, RequestId};
    let doc = RequestId::new(1_700_000_000_000, [request; 10]).document(DocKind::Request);
    Batch {
        write,
        docs: vec![DocWrite {
            doc,
            kind: DocKind::Request,
            owner: None,
            changes: vec![0; bytes],
            snapshot: None,
            compact: false,
            history: Vec::new(),
            heads: Vec::new(),
            generation,
            epoch: 0,
            first: false,
        }],
        cause: Cause::Engine,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(write: WriteId, request: u8, bytes: usize) -> Batch {
        test_batch(write, request, bytes, 0)
    }

    fn writes(batches: &[Batch]) -> Vec<WriteId> {
        batches.iter().map(|b| b.write).collect()
    }

    #[tokio::test]
    async fn a_document_with_a_bulk_write_in_flight_stays_bulk_until_it_is_committed() {
        let (mut lanes, _taking) = lanes();
        assert!(lanes.may_go_live(&batch(1, 1, 100)));
        assert!(
            !lanes.may_go_live(&batch(1, 1, LIVE_BYTES + 1)),
            "a large batch is bulk"
        );
        lanes.hand(batch(1, 1, 100), false);
        assert!(
            !lanes.may_go_live(&batch(2, 1, 100)),
            "it would overtake write 1"
        );
        assert!(lanes.may_go_live(&batch(3, 2, 100)), "another document");
        lanes.hand(batch(4, 1, 100), false);
        lanes.settled(1);
        assert!(
            !lanes.may_go_live(&batch(5, 1, 100)),
            "write 4 is in flight"
        );
        lanes.settled(4);
        assert!(lanes.may_go_live(&batch(6, 1, 100)));
        assert_eq!(lanes.bulk_waiting(), 2, "neither was taken by a writer");
    }

    #[tokio::test]
    async fn live_batches_handed_over_before_a_bulk_group_are_committed_first() {
        let (mut lanes, mut taking) = lanes();
        for write in 1..=BULK_GROUP as u64 + 4 {
            lanes.hand(batch(write, write as u8, 10), false);
        }
        lanes.hand(batch(100, 200, 10), true);
        let next = taking.next().await.expect("batches");
        assert_eq!(
            writes(&next.live),
            vec![100],
            "the live edit is taken at once"
        );
        assert!(
            next.bulk.is_empty(),
            "no bulk group with a live edit waiting"
        );
        let next = taking.next().await.expect("batches");
        assert_eq!(
            writes(&next.bulk),
            (1..=BULK_GROUP as u64).collect::<Vec<_>>()
        );
        // A live batch handed over after the bulk group was taken, but before a bulk batch of
        // its document is: it comes with the next group and is committed before it.
        lanes.hand(batch(101, 201, 10), true);
        lanes.hand(batch(102, 201, 10), false);
        let next = taking.next().await.expect("batches");
        assert_eq!(writes(&next.live), vec![101]);
        let next = taking.next().await.expect("batches");
        assert!(next.live.is_empty());
        assert_eq!(writes(&next.bulk).last(), Some(&102));
        drop(lanes);
        assert!(taking.next().await.is_none(), "both lanes closed");
    }

    #[tokio::test]
    async fn a_bulk_group_cut_short_for_a_live_batch_goes_on_after_it_in_order() {
        let (mut lanes, mut taking) = lanes();
        for write in 1..=6 {
            lanes.hand(batch(write, write as u8, 10), false);
        }
        let next = taking.next().await.expect("batches");
        assert_eq!(writes(&next.bulk), (1..=6).collect::<Vec<_>>());
        assert!(!taking.live_waiting());
        // While batch 2 is written, a live edit arrives: 1 and 2 commit, 3 to 6 come back.
        lanes.hand(batch(100, 100, 10), true);
        lanes.hand(batch(7, 7, 10), false);
        assert!(taking.live_waiting());
        let mut rest = next.bulk;
        let rest = rest.split_off(2);
        taking.give_back(rest);
        assert_eq!(taking.waiting(), 6, "the live edit, 3 to 6 and 7");
        let next = taking.next().await.expect("batches");
        assert_eq!(writes(&next.live), vec![100], "the live edit first");
        assert_eq!(
            writes(&next.bulk),
            vec![3, 4, 5, 6, 7],
            "then the rest, topped up"
        );
        assert_eq!(taking.waiting(), 0);
    }

    #[tokio::test]
    async fn live_batches_are_taken_alongside_until_the_bulk_transaction_is_done() {
        let (mut lanes, mut taking) = lanes();
        let done = Notify::new();
        lanes.hand(batch(1, 1, 10), true);
        lanes.hand(batch(2, 2, 10), true);
        let taken = taking.live_until(&done).await.expect("live batches");
        assert_eq!(writes(&taken), vec![1, 2], "every live batch waiting");
        lanes.hand(batch(3, 3, 10), true);
        done.notify_one();
        assert!(
            taking.live_until(&done).await.is_none(),
            "the bulk transaction is done: what waits is for the next round"
        );
        let next = taking.next().await.expect("batches");
        assert_eq!(writes(&next.live), vec![3]);
    }

    #[tokio::test]
    async fn bulk_batches_beyond_the_lane_are_parked_and_go_on_in_order() {
        let (mut lanes, mut taking) = lanes();
        let total = BULK_QUEUE as u64 + 5;
        for write in 1..=total {
            lanes.hand(batch(write, (write % 7) as u8, 10), false);
        }
        assert!(lanes.has_parked());
        assert_eq!(lanes.bulk_waiting(), total as usize);
        let mut taken = Vec::new();
        while taken.len() < total as usize {
            let next = taking.next().await.expect("batches");
            taken.extend(writes(&next.bulk));
            // The group just taken made room: parked batches move on.
            while lanes.has_parked() && taking.waiting() < BULK_QUEUE {
                lanes.flush().await;
            }
        }
        assert_eq!(
            taken,
            (1..=total).collect::<Vec<_>>(),
            "in the order handed"
        );
        assert!(!lanes.has_parked());
    }

    #[tokio::test]
    async fn bulk_groups_are_sized_to_the_time_budget() {
        let (mut lanes, mut taking) = lanes();
        for write in 1..=40 {
            lanes.hand(batch(write, write as u8, 10), false);
        }
        let first = taking.next().await.expect("batches");
        assert_eq!(first.bulk.len(), BULK_GROUP);
        // Each batch took a quarter of the budget: four fit.
        taking.bulk_took(BULK_GROUP, BULK_BUDGET * BULK_GROUP as u32 / 4);
        assert_eq!(taking.next().await.expect("batches").bulk.len(), 4);
        // Slower than the budget per batch: one at a time, never none.
        taking.bulk_took(4, BULK_BUDGET * 8);
        assert_eq!(taking.next().await.expect("batches").bulk.len(), 1);
        // Fast again: back to the largest group.
        taking.bulk_took(1, Duration::from_micros(10));
        assert_eq!(taking.next().await.expect("batches").bulk.len(), BULK_GROUP);
    }

    #[test]
    fn live_credit_allows_a_burst_then_a_few_a_second() {
        let start = Instant::now();
        let mut credit = LiveCredit::new(start);
        let burst = (0..100).filter(|_| credit.spend(start)).count();
        assert_eq!(burst, LiveCredit::BURST as usize);
        assert!(!credit.spend(start + Duration::from_millis(50)));
        assert!(credit.spend(start + Duration::from_millis(150)));
        let later = start + Duration::from_secs(60);
        let refilled = (0..100).filter(|_| credit.spend(later)).count();
        assert_eq!(
            refilled,
            LiveCredit::BURST as usize,
            "never more than a burst"
        );
    }
}
