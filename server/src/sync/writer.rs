//! The storage writer: commits batches in the order the engine produced them, several waiting
//! batches in one transaction so a busy node does not pay one fsync per change.
//!
//! A batch that builds on a failed one is never committed ([`WriteGuard`]): it fails too, so
//! nothing depending on a lost change is acknowledged.
//!
//! Other nodes' chunks that a compaction replaced go to the engine before the acknowledgements
//! ([`docs::Merged`]): this node's follower may not have read them yet, and now never could.

use std::time::Instant;

use hubdesk_shared::engine::{Batch, WriteGuard};
use hubdesk_shared::sla::SlaTargets;
use tokio::sync::mpsc;

use super::metrics::Metrics;
use super::{Command, Faults, SyncHandle};
use crate::clock::now_ms;
use crate::store::mirror::Mirror;
use crate::store::{Store, docs};

pub(super) async fn writer(
    store: Store,
    node_id: String,
    sla: SlaTargets,
    mut inbox: mpsc::Receiver<Batch>,
    handle: SyncHandle,
    faults: Faults,
) {
    const GROUP: usize = 64;
    let mut guard = WriteGuard::default();
    let mut mirror = Mirror::default();
    let mut written: u64 = 0;
    while let Some(first) = inbox.recv().await {
        let mut group = vec![first];
        while group.len() < GROUP {
            match inbox.try_recv() {
                Ok(batch) => group.push(batch),
                Err(_) => break,
            }
        }
        Metrics::set(&handle.metrics.write_queue, inbox.len() as u64);
        // Batches building on a failed one fail without being written.
        let (to_write, doomed): (Vec<Batch>, Vec<Batch>) =
            group.into_iter().partition(|b| guard.may_commit(b));
        for batch in &doomed {
            guard.failed(batch);
            handle.send_internal(Command::Persisted {
                write: batch.write,
                result: Err("an earlier write of this document failed".into()),
            });
        }
        if to_write.is_empty() {
            continue;
        }
        written += to_write.len() as u64;
        if faults.writer_panic_after.is_some_and(|n| written > n) {
            panic!("injected fault: the storage writer dies");
        }
        let started = Instant::now();
        let injected = faults
            .write_fail_at
            .is_some_and(|n| (written - to_write.len() as u64) < n && n <= written);
        let result = if injected {
            Err("injected write failure".to_string())
        } else {
            docs::write_batches(&store, &node_id, &to_write, &sla, now_ms(), &mut mirror)
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "writing documents failed");
                    "storage unavailable".to_string()
                })
        };
        handle
            .metrics
            .write_took(started.elapsed().as_millis() as u64);
        let result = match result {
            Ok(merged) => {
                // Before the acknowledgements, so the flushes they cause carry these too.
                for (doc, chunk) in merged {
                    handle.send_internal(Command::External { doc, chunk });
                }
                Metrics::add(&handle.metrics.writes, 1);
                let docs: usize = to_write.iter().map(|b| b.docs.len()).sum();
                Metrics::add(&handle.metrics.acknowledgements, docs as u64);
                let mut changed: Vec<String> = to_write
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
                for batch in &to_write {
                    guard.failed(batch);
                }
                Err(reason)
            }
        };
        for batch in to_write {
            handle.send_internal(Command::Persisted {
                write: batch.write,
                result: result.clone(),
            });
        }
    }
}
