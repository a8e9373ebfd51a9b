//! Wake-ups between nodes sharing one PostgreSQL database, through LISTEN/NOTIFY. The chunk
//! table stays the truth: a notification only says "look now", so a missed one costs a little
//! latency (the follower also looks every few seconds), never data. On SQLite there is one node
//! and these do nothing.

use sqlx::{Any, AnyExecutor, Transaction};

use super::{Backend, StoreError};

/// A node stored chunks; the payload is its node id.
pub const CHUNKS: &str = "hubdesk_chunks";
/// A device was signed out or revoked; the payload is its id.
pub const REVOKED: &str = "hubdesk_revoked";
/// The hub replaced a document with a new history; the payload is its id.
pub const REPLACED: &str = "hubdesk_replaced";

async fn notify(
    db: impl AnyExecutor<'_>,
    backend: Backend,
    channel: &str,
    payload: &str,
) -> Result<(), StoreError> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(channel)
            .bind(payload)
            .execute(db)
            .await?;
    }
    Ok(())
}

/// Notifies every node, when `tx` commits, that this node stored chunks.
pub async fn chunks_stored(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    node_id: &str,
) -> Result<(), StoreError> {
    notify(&mut **tx, backend, CHUNKS, node_id).await
}

/// Notifies every node to close `device`'s sync connections: it was revoked (and may no longer
/// sync), or its user's role or countries changed (it reconnects under the new rules).
pub async fn device_revoked(
    db: impl AnyExecutor<'_>,
    backend: Backend,
    device: &str,
) -> Result<(), StoreError> {
    notify(db, backend, REVOKED, device).await
}

/// Notifies every node, when `tx` commits, that `doc` was replaced with a new history, so each
/// drops the old one from memory.
pub async fn document_replaced(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    doc: &str,
) -> Result<(), StoreError> {
    notify(&mut **tx, backend, REPLACED, doc).await
}
