//! Reading the records the sync actor asks for from storage, on the shared runtime. A wave's
//! devices each mention every record they bring, one message per record, so the actor asks for
//! loads one at a time; those asked for while earlier ones are read wait, and are then read
//! together ([`docs::load_many`]: two queries for up to [`LOADS_TOGETHER`] records instead of
//! two each, on one connection). When storage is idle, a load is read at once, alone.

use std::sync::Arc;
use std::time::Instant;

use hubdesk_shared::engine::Stored;
use hubdesk_shared::ids::DocumentId;
use tokio::sync::{Semaphore, mpsc};

use super::{Command, STORAGE_UNAVAILABLE, SyncHandle};
use crate::store::{Store, docs};

/// Records read together at most: enough that a wave's loads share reads, few enough that a
/// live edit's load never waits behind a long one.
const LOADS_TOGETHER: usize = 16;

/// Reads in flight at once, each on a connection of the pool (the rest stay for REST calls and
/// sign-ins).
const READS_AT_ONCE: usize = 4;

/// The actor's way to ask for a record: each load asked for is answered with a
/// [`Command::Loaded`] through the actor's internal inbox.
pub(super) struct Loads {
    wanted: mpsc::UnboundedSender<DocumentId>,
    handle: SyncHandle,
}

impl Loads {
    /// Starts reading on the current runtime.
    pub fn start(store: Store, handle: SyncHandle) -> Self {
        let (wanted, asked) = mpsc::unbounded_channel();
        tokio::spawn(read(store, handle.clone(), asked));
        Self { wanted, handle }
    }

    pub fn load(&self, doc: DocumentId) {
        if self.wanted.send(doc).is_err() {
            // Only while the server stops: the reader ends with its runtime.
            let result = Err(STORAGE_UNAVAILABLE.to_string());
            self.handle.send_internal(Command::Loaded { doc, result });
        }
    }
}

/// Takes the loads asked for, as many as wait (up to [`LOADS_TOGETHER`]) once a read may
/// start, and reads each group in a task of its own.
async fn read(store: Store, handle: SyncHandle, mut asked: mpsc::UnboundedReceiver<DocumentId>) {
    let reads = Arc::new(Semaphore::new(READS_AT_ONCE));
    while let Some(first) = asked.recv().await {
        let Ok(read) = reads.clone().acquire_owned().await else {
            return;
        };
        let mut group = vec![first];
        while group.len() < LOADS_TOGETHER {
            match asked.try_recv() {
                Ok(doc) => group.push(doc),
                Err(_) => break,
            }
        }
        let (store, handle) = (store.clone(), handle.clone());
        tokio::spawn(async move {
            let _read = read;
            let started = Instant::now();
            let loaded = docs::load_many(&store, &group).await;
            handle
                .metrics
                .load_latency
                .observe_duration(started.elapsed());
            let results: Vec<Result<Option<Stored>, String>> = match loaded {
                Ok(loaded) => loaded.into_iter().map(Ok).collect(),
                Err(e) => {
                    tracing::error!(error = %e, "loading documents failed");
                    vec![Err(STORAGE_UNAVAILABLE.to_string()); group.len()]
                }
            };
            for (doc, result) in group.into_iter().zip(results) {
                handle.send_internal(Command::Loaded { doc, result });
            }
        });
    }
}
