//! The storage writer: commits what the actor hands it through two lanes (`lanes.rs`): every
//! live batch waiting, in one transaction, before each small group of bulk batches in another,
//! so a busy node neither pays one fsync per change nor makes a live edit wait behind a flood.
//!
//! How a live batch that arrives while a bulk transaction is written gets through depends on the
//! database. On SQLite, which writes one transaction at a time, the bulk transaction is committed
//! early; the rest of its group is given back and taken after the live batch. On PostgreSQL the
//! live batch is committed alongside, on the live lane's own connection, unless it touches a
//! request the bulk group touches (the two would lock the same projection rows, maybe in
//! opposite orders): then it waits for the bulk transaction. While a live transaction is written
//! alongside, the bulk one sends no further statement (it gives way, for 100 ms at most), so the
//! two cores the database shares with this server serve the live one's round trips first. The
//! next bulk group is taken only once the live transactions alongside are committed. Order per
//! document is kept (see `lanes.rs`: a live batch never shares a document with a bulk batch
//! handed over before it).
//!
//! A batch that builds on a failed one is never committed ([`WriteGuard`]): it fails too, so
//! nothing depending on a lost change is acknowledged. When a group fails, its batches are tried
//! again one at a time, so one batch the database refuses fails only itself.
//!
//! Other nodes' chunks that a compaction replaced go to the engine before the acknowledgements
//! ([`docs::Merged`]): this node's follower may not have read them yet, and now never could.

use std::collections::HashSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use hubdesk_shared::engine::{Batch, WriteGuard};
use hubdesk_shared::ids::DocumentId;
use hubdesk_shared::sla::SlaTargets;
use tokio::sync::{Notify, watch};

use super::lanes::Taking;
use super::metrics::Metrics;
use super::{Command, Faults, SyncHandle};
use crate::clock::now_ms;
use crate::store::mirror::Mirror;
use crate::store::write::GiveWay;
use crate::store::{Store, docs};

pub(super) async fn writer(
    store: Store,
    node_id: String,
    sla: SlaTargets,
    mut taking: Taking,
    handle: SyncHandle,
    faults: Faults,
) {
    let alongside = store.writes_live_alongside();
    let writer = Writer {
        store,
        node_id,
        sla,
        handle,
        faults,
        guard: Mutex::new(WriteGuard::default()),
        written: AtomicU64::new(0),
        live_writing: watch::Sender::new(false),
    };
    let mut live_mirror = Mirror::live();
    let mut bulk_mirror = Mirror::bulk();
    while let Some(next) = taking.next().await {
        Metrics::set(&writer.handle.metrics.write_queue, taking.waiting() as u64);
        if !next.live.is_empty() {
            writer.write_live(next.live, &mut live_mirror).await;
        }
        if next.bulk.is_empty() {
            continue;
        }
        let (batches, started) = (next.bulk.len(), Instant::now());
        let rest = if alongside {
            writer
                .write_bulk_alongside(next.bulk, &mut bulk_mirror, &mut live_mirror, &mut taking)
                .await
        } else {
            writer
                .write(next.bulk, &mut bulk_mirror, &|| taking.live_waiting(), None)
                .await
        };
        taking.bulk_took(batches - rest.len(), started.elapsed());
        taking.give_back(rest);
    }
}

struct Writer {
    store: Store,
    node_id: String,
    sla: SlaTargets,
    handle: SyncHandle,
    faults: Faults,
    /// Shared by the two lanes' transactions, which may be written at once.
    guard: Mutex<WriteGuard>,
    written: AtomicU64,
    /// `true` while a live transaction is written alongside a bulk one, which gives way to it
    /// ([`GiveWay`]).
    live_writing: watch::Sender<bool>,
}

/// The requests (or, for a document of no request, the documents) `batches` write.
fn touched(batches: &[Batch]) -> HashSet<Result<String, DocumentId>> {
    batches
        .iter()
        .flat_map(|b| b.docs.iter())
        .map(|w| w.doc.classify().map(|(_, r)| r.to_string()).ok_or(w.doc))
        .collect()
}

impl Writer {
    async fn write_live(&self, batches: Vec<Batch>, mirror: &mut Mirror) {
        Metrics::add(&self.handle.metrics.live_writes, 1);
        self.write(batches, mirror, &|| false, None).await;
    }

    /// Commits the bulk `group` while committing, on the live lane's connection, the live batches
    /// that arrive meanwhile and touch none of its requests; a live batch that does is committed
    /// once the bulk transaction is (with those after it). While a live transaction is written
    /// alongside, the bulk one gives way to it between statements ([`GiveWay`]). Returns when
    /// both are done.
    async fn write_bulk_alongside(
        &self,
        group: Vec<Batch>,
        bulk_mirror: &mut Mirror,
        live_mirror: &mut Mirror,
        taking: &mut Taking,
    ) -> Vec<Batch> {
        let bulk_touches = touched(&group);
        let done = Notify::new();
        let give_way = GiveWay {
            live: self.live_writing.subscribe(),
            waits: &self.handle.metrics.bulk_gave_way,
        };
        let bulk = async {
            let rest = self
                .write(group, bulk_mirror, &|| false, Some(&give_way))
                .await;
            done.notify_one();
            rest
        };
        let live = async {
            while let Some(batches) = taking.live_until(&done).await {
                if touched(&batches).is_disjoint(&bulk_touches) {
                    Metrics::add(&self.handle.metrics.live_writes_alongside, 1);
                    self.live_writing.send_replace(true);
                    self.write_live(batches, live_mirror).await;
                    self.live_writing.send_replace(false);
                } else {
                    done.notified().await;
                    self.write_live(batches, live_mirror).await;
                    break;
                }
            }
        };
        let (rest, ()) = tokio::join!(bulk, live);
        rest
    }

    /// Commits `group` (from the live lane, or the bulk one, as `mirror` says) in one
    /// transaction (or each batch alone, when that fails), then tells the engine; returns the
    /// batches left when `cut_short` cut the transaction short. With `give_way`, a bulk
    /// transaction waits between statements while a live one is written alongside.
    async fn write(
        &self,
        group: Vec<Batch>,
        mirror: &mut Mirror,
        cut_short: &(dyn Fn() -> bool + Sync),
        give_way: Option<&GiveWay<'_>>,
    ) -> Vec<Batch> {
        let handle = &self.handle;
        let live = mirror.is_live();
        // Batches building on a failed one fail without being written.
        let (to_write, doomed): (Vec<Batch>, Vec<Batch>) = {
            let mut guard = lock(&self.guard);
            let (to_write, doomed): (Vec<Batch>, Vec<Batch>) =
                group.into_iter().partition(|b| guard.may_commit(b));
            doomed.iter().for_each(|b| guard.failed(b));
            (to_write, doomed)
        };
        for batch in &doomed {
            handle.send_written(
                Command::Persisted {
                    write: batch.write,
                    result: Err(BUILDS_ON_A_FAILED_WRITE.into()),
                },
                live,
            );
        }
        if to_write.is_empty() {
            return Vec::new();
        }
        let count = to_write.len() as u64;
        let written = self.written.fetch_add(count, Ordering::Relaxed) + count;
        if self.faults.writer_panic_after.is_some_and(|n| written > n) {
            panic!("injected fault: the storage writer dies");
        }
        let started = Instant::now();
        let injected = self
            .faults
            .write_fail_at
            .is_some_and(|n| (written - count) < n && n <= written);
        if injected {
            let mut guard = lock(&self.guard);
            to_write.iter().for_each(|b| guard.failed(b));
            drop(guard);
            settle(handle, to_write, Err("injected write failure".into()), live);
            return Vec::new();
        }
        let mut storage = Storage {
            store: &self.store,
            node_id: &self.node_id,
            sla: &self.sla,
            mirror,
            give_way,
        };
        let (outcomes, rest) = write_group(to_write, &self.guard, &mut storage, cut_short).await;
        // Given back untried: counted again when they are written.
        self.written.fetch_sub(rest.len() as u64, Ordering::Relaxed);
        let took = started.elapsed();
        handle.metrics.write_took(took);
        if live {
            handle.metrics.live_transactions.observe_duration(took);
        }
        for (batches, result) in outcomes {
            settle(handle, batches, result, live);
        }
        rest
    }
}

/// Why a batch building on a failed one fails without being written.
const BUILDS_ON_A_FAILED_WRITE: &str = "an earlier write of this document failed";

/// The write guard, even if a panic elsewhere poisoned its lock (what it holds stays valid:
/// each change to it is one call).
fn lock(guard: &Mutex<WriteGuard>) -> std::sync::MutexGuard<'_, WriteGuard> {
    guard
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// What became of some batches: committed together (with the other nodes' chunks a compaction
/// replaced), or failed with a reason.
type Outcome = (Vec<Batch>, Result<Vec<docs::Merged>, String>);

/// Commits `group` in one transaction, or the part of it written before `cut_short` said so
/// (the rest is returned, untried); when that fails, tries each batch again alone, in order, so
/// one batch the database refuses (text it cannot store, say) fails only itself. A batch
/// building on one that failed is not tried at all.
async fn write_group(
    mut group: Vec<Batch>,
    guard: &Mutex<WriteGuard>,
    storage: &mut impl Commit,
    cut_short: &(dyn Fn() -> bool + Sync),
) -> (Vec<Outcome>, Vec<Batch>) {
    match storage.commit(&group, cut_short).await {
        Ok((committed, merged)) => {
            let rest = group.split_off(committed.min(group.len()));
            return (vec![(group, Ok(merged))], rest);
        }
        Err(e) if group.len() == 1 => {
            let mut guard = lock(guard);
            group.iter().for_each(|b| guard.failed(b));
            return (vec![(group, Err(e))], Vec::new());
        }
        Err(_) => {}
    }
    let mut outcomes = Vec::with_capacity(group.len());
    for batch in group {
        let may_commit = lock(guard).may_commit(&batch);
        let result = if may_commit {
            storage
                .commit(std::slice::from_ref(&batch), &|| false)
                .await
                .map(|(_, merged)| merged)
        } else {
            Err(BUILDS_ON_A_FAILED_WRITE.into())
        };
        if result.is_err() {
            lock(guard).failed(&batch);
        }
        outcomes.push((vec![batch], result));
    }
    (outcomes, Vec::new())
}

/// Committing batches in one transaction (those before `cut_short` says to stop; returns how
/// many): the database, or in tests a stand-in that refuses chosen batches the way a database
/// refuses text it cannot store.
trait Commit {
    fn commit(
        &mut self,
        batches: &[Batch],
        cut_short: &(dyn Fn() -> bool + Sync),
    ) -> impl std::future::Future<Output = Result<(usize, Vec<docs::Merged>), String>> + Send;
}

/// The database, with the writer's mirror of the documents it writes.
struct Storage<'a> {
    store: &'a Store,
    node_id: &'a str,
    sla: &'a SlaTargets,
    mirror: &'a mut Mirror,
    give_way: Option<&'a GiveWay<'a>>,
}

impl Commit for Storage<'_> {
    async fn commit(
        &mut self,
        batches: &[Batch],
        cut_short: &(dyn Fn() -> bool + Sync),
    ) -> Result<(usize, Vec<docs::Merged>), String> {
        crate::store::write::write_batches(
            self.store,
            self.node_id,
            batches,
            self.sla,
            now_ms(),
            self.mirror,
            cut_short,
            self.give_way,
        )
        .await
        .map_err(|e| {
            tracing::error!(error = %e, batches = batches.len(), "writing documents failed");
            super::STORAGE_UNAVAILABLE.to_string()
        })
    }
}

/// Tells the engine how `batches` ended, after handing it other nodes' chunks a compaction
/// replaced, through the same channel (`live`: the live lane's), so the flushes the
/// acknowledgements cause carry these too.
fn settle(
    handle: &SyncHandle,
    batches: Vec<Batch>,
    result: Result<Vec<docs::Merged>, String>,
    live: bool,
) {
    let result = match result {
        Ok(merged) => {
            for (doc, chunk) in merged {
                handle.send_written(Command::External { doc, chunk }, live);
            }
            Metrics::add(&handle.metrics.writes, 1);
            let docs: usize = batches.iter().map(|b| b.docs.len()).sum();
            Metrics::add(&handle.metrics.acknowledgements, docs as u64);
            let mut changed: Vec<String> = batches
                .iter()
                .flat_map(|b| b.docs.iter())
                .filter_map(|w| w.doc.classify().map(|(_, request)| request.to_string()))
                .collect();
            changed.sort();
            changed.dedup();
            for request in changed {
                handle.changed(request);
            }
            Ok(())
        }
        Err(reason) => {
            Metrics::add(&handle.metrics.write_failures, 1);
            Err(reason)
        }
    };
    for batch in batches {
        handle.send_written(
            Command::Persisted {
                write: batch.write,
                result: result.clone(),
            },
            live,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::lanes::test_batch;
    use super::*;

    fn batch(write: u64, request: u8, generation: u64) -> Batch {
        test_batch(write, request, 0, generation)
    }

    /// Refuses every transaction holding write `refused`, and remembers what it was asked;
    /// asks whether to cut short after each batch, as the database writer does after each slice.
    struct Refusing {
        refused: u64,
        tried: Vec<Vec<u64>>,
    }

    impl Commit for Refusing {
        async fn commit(
            &mut self,
            batches: &[Batch],
            cut_short: &(dyn Fn() -> bool + Sync),
        ) -> Result<(usize, Vec<docs::Merged>), String> {
            let mut written = Vec::new();
            for batch in batches {
                written.push(batch.write);
                if written.len() < batches.len() && cut_short() {
                    break;
                }
            }
            let refused = written.contains(&self.refused);
            let committed = written.len();
            self.tried.push(written);
            if refused {
                Err("refused".into())
            } else {
                Ok((committed, Vec::new()))
            }
        }
    }

    fn results(outcomes: &[Outcome]) -> Vec<(Vec<u64>, bool)> {
        outcomes
            .iter()
            .map(|(batches, result)| (batches.iter().map(|b| b.write).collect(), result.is_ok()))
            .collect()
    }

    #[tokio::test]
    async fn a_batch_the_database_refuses_fails_alone_and_what_builds_on_it_is_not_tried() {
        // Write 2 is refused by the database whenever it is part of a transaction; write 3
        // builds on it (same document, same generation); writes 1 and 4 are others'.
        let group = vec![
            batch(1, 1, 0),
            batch(2, 2, 0),
            batch(3, 2, 0),
            batch(4, 4, 0),
        ];
        let mut refusing = Refusing {
            refused: 2,
            tried: Vec::new(),
        };
        let guard = Mutex::new(WriteGuard::default());
        let (outcomes, rest) = write_group(group, &guard, &mut refusing, &|| false).await;
        let guard = lock(&guard);
        assert!(rest.is_empty());
        assert_eq!(
            results(&outcomes),
            vec![
                (vec![1], true),
                (vec![2], false),
                (vec![3], false),
                (vec![4], true)
            ]
        );
        assert_eq!(
            refusing.tried,
            vec![vec![1, 2, 3, 4], vec![1], vec![2], vec![4]]
        );
        assert!(
            !guard.may_commit(&batch(5, 2, 0)),
            "later writes of it still fail"
        );
        assert!(
            guard.may_commit(&batch(6, 2, 1)),
            "a reloaded document starts afresh"
        );
    }

    #[test]
    fn a_live_batch_touching_a_request_of_the_bulk_group_is_not_written_alongside_it() {
        use hubdesk_shared::ids::{DocKind, RequestId};
        let bulk = touched(&[batch(1, 1, 0), batch(2, 2, 0)]);
        // Staff triage request 2 while its requester's phone uploads it: both write its row of
        // the projection.
        let mut triage = batch(3, 2, 0);
        triage.docs[0].doc = RequestId::new(1_700_000_000_000, [2; 10]).document(DocKind::Triage);
        assert!(!touched(&[triage]).is_disjoint(&bulk));
        assert!(
            touched(&[batch(4, 3, 0)]).is_disjoint(&bulk),
            "another request"
        );
    }

    #[tokio::test]
    async fn a_group_that_commits_is_one_transaction() {
        let group = vec![batch(1, 1, 0), batch(2, 2, 0)];
        let mut refusing = Refusing {
            refused: 9,
            tried: Vec::new(),
        };
        let (outcomes, rest) = write_group(
            group,
            &Mutex::new(WriteGuard::default()),
            &mut refusing,
            &|| false,
        )
        .await;
        assert!(rest.is_empty());
        assert_eq!(results(&outcomes), vec![(vec![1, 2], true)]);
        assert_eq!(refusing.tried, vec![vec![1, 2]]);
    }

    #[tokio::test]
    async fn a_group_cut_short_commits_what_it_wrote_and_gives_back_the_rest_untried() {
        let group = vec![batch(1, 1, 0), batch(2, 2, 0), batch(3, 3, 0)];
        let mut refusing = Refusing {
            refused: 9,
            tried: Vec::new(),
        };
        // A live batch is waiting from the first batch on.
        let (outcomes, rest) = write_group(
            group,
            &Mutex::new(WriteGuard::default()),
            &mut refusing,
            &|| true,
        )
        .await;
        assert_eq!(results(&outcomes), vec![(vec![1], true)]);
        assert_eq!(rest.iter().map(|b| b.write).collect::<Vec<_>>(), vec![2, 3]);
        assert_eq!(refusing.tried, vec![vec![1]]);
    }
}
