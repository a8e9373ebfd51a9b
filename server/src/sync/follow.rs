//! Following other nodes that share the PostgreSQL database: their stored chunks are read back
//! and handed to this node's engine, so their peers' changes reach this node's peers.

use std::time::Duration;

use hubdesk_shared::ids::DocumentId;

use super::{Command, SyncHandle};
use crate::store::{Store, docs};

/// Feeds the engine what other nodes sharing the database stored, so their peers' changes reach
/// this node's peers. Sequence numbers are handed out when a transaction inserts, not when it
/// commits, so a chunk can appear behind the cursor: a window behind it is read again and
/// chunks already seen are skipped (applying one twice would be harmless anyway).
pub(super) async fn follow_other_nodes(
    store: Store,
    node_id: String,
    every: Duration,
    handle: SyncHandle,
) {
    const WINDOW: i64 = 1_000;
    let mut cursor = docs::max_seq(store.pool()).await.unwrap_or(0);
    // What was stored before this node started is read from storage on load, not replayed.
    let mut seen: std::collections::BTreeSet<i64> =
        docs::chunk_refs_since(store.pool(), cursor - WINDOW, &node_id, 2 * WINDOW)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|(seq, _)| seq)
            .collect();
    let mut ticker = tokio::time::interval(every);
    let mut ticks: u64 = 0;
    loop {
        ticker.tick().await;
        ticks += 1;
        // Rounds another node set up reach this node's checks within a few seconds.
        if ticks.is_multiple_of(20) {
            crate::fund::refresh_rounds(&store, &handle).await;
        }
        let refs = match docs::chunk_refs_since(store.pool(), cursor - WINDOW, &node_id, 2 * WINDOW)
            .await
        {
            Ok(refs) => refs,
            Err(e) => {
                tracing::warn!(error = %e, "could not read other nodes' changes");
                continue;
            }
        };
        for (seq, doc) in refs {
            if !seen.insert(seq) {
                continue;
            }
            cursor = cursor.max(seq);
            let Ok(doc) = doc.parse::<DocumentId>() else {
                continue;
            };
            match docs::chunk_data(store.pool(), seq).await {
                Ok(Some(chunk)) => {
                    if let Some((_, request)) = doc.classify() {
                        handle.changed(request.to_string());
                    }
                    handle.send(Command::External { doc, chunk }).await;
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "could not read another node's change"),
            }
        }
        let keep_from = cursor - WINDOW;
        seen.retain(|seq| *seq > keep_from);
    }
}
