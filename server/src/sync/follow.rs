//! Following other nodes that share the PostgreSQL database: their stored chunks are read back
//! and handed to this node's engine, so their peers' changes reach this node's peers.

use std::time::Duration;

use hubdesk_shared::ids::DocumentId;

use sqlx::postgres::PgListener;

use super::{Command, SyncHandle};
use crate::store::{Store, docs, notify};

/// How often the follower looks even without a notification (one may be missed while the
/// listening connection reconnects).
const FALLBACK: Duration = Duration::from_secs(2);

/// Feeds the engine what other nodes sharing the database stored, so their peers' changes reach
/// this node's peers, closes this node's websockets of devices revoked on another node, and
/// drops documents another node replaced.
///
/// Other nodes' commits wake it through PostgreSQL's LISTEN/NOTIFY ([`notify`]); it then reads
/// the chunk table, which is the truth. Without a notification it still looks every `every`
/// (at most [`FALLBACK`] apart when listening works). Sequence numbers are handed out when a
/// transaction inserts, not when it commits, so a chunk can appear behind the cursor: a window
/// behind it is read again and chunks already seen are skipped (applying one twice would be
/// harmless anyway).
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
    let mut listener = listen(&store).await;
    let poll = if listener.is_some() { FALLBACK } else { every };
    let mut ticker = tokio::time::interval(poll);
    let mut rounds = tokio::time::interval(Duration::from_secs(5));
    loop {
        tokio::select! {
            _ = ticker.tick() => {}
            // Rounds another node set up reach this node's checks within a few seconds.
            _ = rounds.tick() => {
                crate::fund::refresh_rounds(&store, &handle).await;
                continue;
            }
            woken = wake(&mut listener) => match woken {
                Wake::Chunks(from) if from == node_id => continue,
                Wake::Chunks(_) => {}
                Wake::Revoked(device) => {
                    handle.send(Command::DeviceRevoked { device }).await;
                    continue;
                }
                Wake::Replaced(doc) => {
                    if let Ok(doc) = doc.parse::<DocumentId>() {
                        handle.send(Command::Replaced { doc }).await;
                    }
                    continue;
                }
                Wake::Lost => {
                    tracing::warn!("lost the connection listening for other nodes; reconnecting");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    listener = listen(&store).await;
                }
            },
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

enum Wake {
    /// A node (by id) stored chunks.
    Chunks(String),
    Revoked(String),
    /// A document (by id) was replaced with a new history.
    Replaced(String),
    /// The listening connection failed.
    Lost,
}

async fn listen(store: &Store) -> Option<PgListener> {
    match store
        .listen(&[notify::CHUNKS, notify::REVOKED, notify::REPLACED])
        .await
    {
        Ok(listener) => listener,
        Err(e) => {
            tracing::warn!(error = %e, "could not listen for other nodes; polling instead");
            None
        }
    }
}

/// The next notification, or never when not listening.
async fn wake(listener: &mut Option<PgListener>) -> Wake {
    let Some(l) = listener else {
        return std::future::pending().await;
    };
    match l.recv().await {
        Ok(n) if n.channel() == notify::REVOKED => Wake::Revoked(n.payload().to_string()),
        Ok(n) if n.channel() == notify::REPLACED => Wake::Replaced(n.payload().to_string()),
        Ok(n) => Wake::Chunks(n.payload().to_string()),
        Err(_) => {
            *listener = None;
            Wake::Lost
        }
    }
}
