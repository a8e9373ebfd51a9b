//! The storage writer: commits what the actor hands it through two lanes (`lanes.rs`): every
//! live batch waiting, in one transaction, before each small group of bulk batches in another,
//! so a busy node neither pays one fsync per change nor makes a live edit wait behind a flood.
//! A bulk transaction is committed early when a live batch arrives while it is written; the
//! rest of its group is given back and taken after the live batch. Order per document is kept
//! (see `lanes.rs`).
//!
//! A batch that builds on a failed one is never committed ([`WriteGuard`]): it fails too, so
//! nothing depending on a lost change is acknowledged. When a group fails, its batches are tried
//! again one at a time, so one batch the database refuses fails only itself.
//!
//! Other nodes' chunks that a compaction replaced go to the engine before the acknowledgements
//! ([`docs::Merged`]): this node's follower may not have read them yet, and now never could.

use std::time::Instant;

use hubdesk_shared::engine::{Batch, WriteGuard};
use hubdesk_shared::sla::SlaTargets;

use super::lanes::Taking;
use super::metrics::Metrics;
use super::{Command, Faults, SyncHandle};
use crate::clock::now_ms;
use crate::store::mirror::Mirror;
use crate::store::{Store, docs};

pub(super) async fn writer(
    store: Store,
    node_id: String,
    sla: SlaTargets,
    mut taking: Taking,
    handle: SyncHandle,
    faults: Faults,
) {
    let mut writer = Writer {
        store,
        node_id,
        sla,
        handle,
        faults,
        guard: WriteGuard::default(),
        mirror: Mirror::default(),
        written: 0,
    };
    while let Some(next) = taking.next().await {
        Metrics::set(&writer.handle.metrics.write_queue, taking.waiting() as u64);
        if !next.live.is_empty() {
            Metrics::add(&writer.handle.metrics.live_writes, 1);
            writer.write(next.live, true, &|| false).await;
        }
        if !next.bulk.is_empty() {
            let (batches, started) = (next.bulk.len(), Instant::now());
            let rest = writer
                .write(next.bulk, false, &|| taking.live_waiting())
                .await;
            taking.bulk_took(batches - rest.len(), started.elapsed());
            taking.give_back(rest);
        }
    }
}

struct Writer {
    store: Store,
    node_id: String,
    sla: SlaTargets,
    handle: SyncHandle,
    faults: Faults,
    guard: WriteGuard,
    mirror: Mirror,
    written: u64,
}

impl Writer {
    /// Commits `group` (from the live lane, or the bulk one) in one transaction (or each batch
    /// alone, when that fails), then tells the engine; returns the batches left when
    /// `cut_short` cut the transaction short.
    async fn write(
        &mut self,
        group: Vec<Batch>,
        live: bool,
        cut_short: &(dyn Fn() -> bool + Sync),
    ) -> Vec<Batch> {
        let handle = &self.handle;
        // Batches building on a failed one fail without being written.
        let guard = &mut self.guard;
        let (to_write, doomed): (Vec<Batch>, Vec<Batch>) =
            group.into_iter().partition(|b| guard.may_commit(b));
        for batch in &doomed {
            guard.failed(batch);
            handle.send_written(Command::Persisted {
                write: batch.write,
                result: Err("an earlier write of this document failed".into()),
            });
        }
        if to_write.is_empty() {
            return Vec::new();
        }
        self.written += to_write.len() as u64;
        let written = self.written;
        if self.faults.writer_panic_after.is_some_and(|n| written > n) {
            panic!("injected fault: the storage writer dies");
        }
        let started = Instant::now();
        let injected = self
            .faults
            .write_fail_at
            .is_some_and(|n| (written - to_write.len() as u64) < n && n <= written);
        if injected {
            to_write.iter().for_each(|b| guard.failed(b));
            settle(handle, to_write, Err("injected write failure".into()));
            return Vec::new();
        }
        self.mirror.writing_live(live);
        let mut storage = Storage {
            store: &self.store,
            node_id: &self.node_id,
            sla: &self.sla,
            mirror: &mut self.mirror,
        };
        let (outcomes, rest) = write_group(to_write, guard, &mut storage, cut_short).await;
        // Given back untried: counted again when they are written.
        self.written -= rest.len() as u64;
        let took = started.elapsed();
        handle.metrics.write_took(took);
        if live {
            handle.metrics.live_transactions.observe_duration(took);
        }
        for (batches, result) in outcomes {
            settle(handle, batches, result);
        }
        rest
    }
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
    guard: &mut WriteGuard,
    storage: &mut impl Commit,
    cut_short: &(dyn Fn() -> bool + Sync),
) -> (Vec<Outcome>, Vec<Batch>) {
    match storage.commit(&group, cut_short).await {
        Ok((committed, merged)) => {
            let rest = group.split_off(committed.min(group.len()));
            return (vec![(group, Ok(merged))], rest);
        }
        Err(e) if group.len() == 1 => {
            group.iter().for_each(|b| guard.failed(b));
            return (vec![(group, Err(e))], Vec::new());
        }
        Err(_) => {}
    }
    let mut outcomes = Vec::with_capacity(group.len());
    for batch in group {
        let result = if guard.may_commit(&batch) {
            storage
                .commit(std::slice::from_ref(&batch), &|| false)
                .await
                .map(|(_, merged)| merged)
        } else {
            Err("an earlier write of this document failed".into())
        };
        if result.is_err() {
            guard.failed(&batch);
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
        )
        .await
        .map_err(|e| {
            tracing::error!(error = %e, batches = batches.len(), "writing documents failed");
            "storage unavailable".to_string()
        })
    }
}

/// Tells the engine how `batches` ended, after handing it other nodes' chunks a compaction
/// replaced (before the acknowledgements, so the flushes they cause carry these too).
fn settle(handle: &SyncHandle, batches: Vec<Batch>, result: Result<Vec<docs::Merged>, String>) {
    let result = match result {
        Ok(merged) => {
            for (doc, chunk) in merged {
                handle.send_internal(Command::External { doc, chunk });
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
        handle.send_written(Command::Persisted {
            write: batch.write,
            result: result.clone(),
        });
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
        let mut guard = WriteGuard::default();
        let (outcomes, rest) = write_group(group, &mut guard, &mut refusing, &|| false).await;
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

    #[tokio::test]
    async fn a_group_that_commits_is_one_transaction() {
        let group = vec![batch(1, 1, 0), batch(2, 2, 0)];
        let mut refusing = Refusing {
            refused: 9,
            tried: Vec::new(),
        };
        let (outcomes, rest) =
            write_group(group, &mut WriteGuard::default(), &mut refusing, &|| false).await;
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
        let (outcomes, rest) =
            write_group(group, &mut WriteGuard::default(), &mut refusing, &|| true).await;
        assert_eq!(results(&outcomes), vec![(vec![1], true)]);
        assert_eq!(rest.iter().map(|b| b.write).collect::<Vec<_>>(), vec![2, 3]);
        assert_eq!(refusing.tried, vec![vec![1]]);
    }
}
