//! Making the engine's batches durable: a group of batches is one transaction, and the documents
//! of a slice of it go in a few multi-row statements, one per table, not a dozen statements per
//! document. Every statement crosses to a database connection (on SQLite, its worker thread)
//! and back, so this is most of what writing costs besides SQLite's own work.
//!
//! Order per document is kept: a run of writes holds each document once, and a document written
//! twice in a slice starts a new run after the first.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use hubdesk_shared::engine::{Batch, DocWrite};
use hubdesk_shared::history::Recorded;
use hubdesk_shared::ids::DocKind;
use hubdesk_shared::schema::{self, Summary};
use hubdesk_shared::sla::SlaTargets;
use sqlx::{Any, Row, Transaction};

use super::docs::Merged;
use super::mirror::{Mirror, ToSummarize};
use super::{Backend, Store, StoreError, history, notifications, projection, values};

/// Batches written together before the writer may be asked to commit early (`cut_short`).
const SLICE_BATCHES: usize = 8;

/// How long a bulk transaction waits at most, before one of its statements, for a live
/// transaction written alongside it to end ([`GiveWay`]). A bound, not a wait anyone expects to
/// reach: should the live transaction ever wait for a lock the bulk one holds, both go on after
/// this instead of waiting for each other.
const GIVE_WAY_AT_MOST: Duration = Duration::from_millis(100);

/// A bulk transaction giving way to live ones (PostgreSQL): while `live` holds `true`, a live
/// transaction is being written alongside, and the bulk one sends no statement until it ends,
/// so the database's processes and the cores they share serve the live transaction's round
/// trips first. Each wait is counted in `waits`. The storage writer (`crate::sync`) sets `live`.
pub struct GiveWay<'a> {
    pub live: tokio::sync::watch::Receiver<bool>,
    pub waits: &'a AtomicU64,
}

/// Documents in one multi-row statement at most (a row takes at most 15 parameters: far within
/// what SQLite and PostgreSQL bind in one statement).
pub(super) const ROWS: usize = 200;

/// Makes a group of batches durable in one transaction: chunks appended (or a snapshot replacing
/// earlier chunks), document rows and the projection updated together. The projection's summary
/// of each document is built from `mirror`, the writer's copy of it. After each slice of batches
/// but the last, `cut_short` is asked whether to commit what is written so far and leave the rest
/// (a live edit is waiting). Returns how many batches were committed, and the other nodes' chunks
/// that compaction replaced, for the engine to apply ([`Merged`]). A live lane's mirror's batches
/// take the live lane's connection where there is one ([`Store::begin_sync_write`]). With
/// `give_way`, each statement waits while a live transaction is written alongside
/// ([`GiveWay`]).
#[allow(clippy::too_many_arguments)]
pub async fn write_batches(
    db: &Store,
    node_id: &str,
    batches: &[Batch],
    targets: &SlaTargets,
    now: i64,
    mirror: &mut Mirror,
    cut_short: &(dyn Fn() -> bool + Sync),
    give_way: Option<&GiveWay<'_>>,
) -> Result<(usize, Vec<Merged>), StoreError> {
    let result = async {
        let mut tx = db.begin_sync_write(mirror.is_live()).await?;
        let mut merged = Vec::new();
        let mut written = 0;
        let writing = Writing {
            backend: db.backend(),
            node_id,
            targets,
            now,
            give_way,
        };
        while written < batches.len() {
            let end = (written + SLICE_BATCHES).min(batches.len());
            let writes: Vec<&DocWrite> = batches[written..end]
                .iter()
                .flat_map(|b| b.docs.iter())
                .collect();
            for run in runs(&writes) {
                merged.extend(writing.run(&mut tx, run, mirror).await?);
            }
            written = end;
            if written < batches.len() && cut_short() {
                break;
            }
        }
        writing.give_way().await;
        super::notify::chunks_stored(&mut tx, db.backend(), node_id).await?;
        tx.commit().await?;
        Ok((written, merged))
    }
    .await;
    if result.is_err() {
        mirror.forget(batches.iter().flat_map(|b| b.docs.iter().map(|w| w.doc)));
    }
    result
}

/// `writes` cut, in order, into runs that hold each document at most once.
fn runs<'a, 'w>(writes: &'a [&'w DocWrite]) -> Vec<&'a [&'w DocWrite]> {
    let mut runs = Vec::new();
    let mut seen = HashSet::new();
    let mut start = 0;
    for (i, write) in writes.iter().enumerate() {
        if !seen.insert(write.doc) || i - start == ROWS {
            runs.push(&writes[start..i]);
            start = i;
            seen.clear();
            seen.insert(write.doc);
        }
    }
    if start < writes.len() {
        runs.push(&writes[start..]);
    }
    runs
}

struct Writing<'a> {
    backend: Backend,
    node_id: &'a str,
    targets: &'a SlaTargets,
    now: i64,
    give_way: Option<&'a GiveWay<'a>>,
}

/// One document of a run, as it is written.
struct Written<'w> {
    write: &'w DocWrite,
    id: String,
    request_id: String,
}

impl Writing<'_> {
    /// Waits, for a while at most, while a live transaction is written alongside ([`GiveWay`]).
    async fn give_way(&self) {
        let Some(give_way) = self.give_way else {
            return;
        };
        if *give_way.live.borrow() {
            give_way.waits.fetch_add(1, Ordering::Relaxed);
            let mut live = give_way.live.clone();
            let _ = tokio::time::timeout(GIVE_WAY_AT_MOST, live.wait_for(|writing| !writing)).await;
        }
    }

    /// Writes `run` (each document once) within `tx`; returns the other nodes' chunks a
    /// compaction replaced.
    async fn run(
        &self,
        tx: &mut Transaction<'_, Any>,
        run: &[&DocWrite],
        mirror: &mut Mirror,
    ) -> Result<Vec<Merged>, StoreError> {
        let rows: Vec<Written> = run
            .iter()
            .map(|write| Written {
                write,
                id: write.doc.to_string(),
                request_id: write
                    .doc
                    .classify()
                    .map(|(_, r)| r.to_string())
                    .unwrap_or_default(),
            })
            .collect();
        let asked: Vec<ToSummarize> = run
            .iter()
            .map(|w| ToSummarize {
                doc: w.doc,
                kind: w.kind,
                epoch: w.epoch,
                changes: written_of(w),
            })
            .collect();
        self.give_way().await;
        let summaries = mirror.summarize(tx, &asked).await?;
        self.give_way().await;
        self.documents(tx, &rows).await?;

        // A compacting write replaces exactly the chunks this transaction reads with one save of
        // them and what it writes, built here (off the sync actor) in a blocking task. Another
        // node may have stored changes this node has not applied yet: they are in what was
        // read, so they are kept, and handed back for this node's engine, whose follower can no
        // longer read them once they are replaced; a chunk committed after this read is never
        // deleted.
        let mut merged = Vec::new();
        let mut chunks = Vec::with_capacity(rows.len());
        let mut replaced = Vec::new();
        for row in &rows {
            if row.write.compact {
                let (data, seqs) = self.compacted(tx, row, &mut merged).await?;
                chunks.push((Cow::Owned(data), 1i64));
                replaced.push((row, seqs));
            } else {
                chunks.push((Cow::Borrowed(written_of(row.write)), 0i64));
            }
        }
        self.give_way().await;
        let seqs = self.chunks(tx, &rows, &chunks).await?;
        for row in &rows {
            if let Some(seq) = seqs.get(&row.id) {
                mirror.wrote(row.write.doc, *seq);
            }
        }
        for (row, seqs) in replaced.iter().filter(|(_, seqs)| !seqs.is_empty()) {
            // Sequence numbers come from the database, so listing them in the statement is safe.
            let list = seqs
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(",");
            sqlx::query(&format!(
                "DELETE FROM doc_chunks WHERE doc_id = $1 AND seq IN ({list})"
            ))
            .bind(&row.id)
            .execute(&mut **tx)
            .await?;
        }

        let projected: Vec<(&str, &Summary)> = rows
            .iter()
            .zip(&summaries)
            .map(|(row, summary)| (row.request_id.as_str(), summary))
            .collect();
        self.give_way().await;
        projection::apply_all(tx, self.backend, &projected, self.now).await?;
        let events: Vec<(&str, &[Recorded])> = rows
            .iter()
            .filter(|row| !row.write.history.is_empty())
            .map(|row| (row.request_id.as_str(), row.write.history.as_slice()))
            .collect();
        self.give_way().await;
        history::append_all(tx, &events).await?;
        self.give_way().await;
        notifications::record_for_events(tx, &events, self.now).await?;
        let mut timed: Vec<&str> = rows
            .iter()
            .zip(&summaries)
            .filter(|(row, summary)| {
                let affects_sla =
                    !row.write.history.is_empty() || matches!(summary, Summary::Triage(_));
                affects_sla && matches!(row.write.kind, DocKind::Request | DocKind::Triage)
            })
            .map(|(row, _)| row.request_id.as_str())
            .collect();
        timed.sort_unstable();
        timed.dedup();
        self.give_way().await;
        history::refresh_sla_all(tx, &timed, self.targets).await?;
        Ok(merged)
    }

    /// Upserts the documents' rows, only against the epoch each change was made on: a document
    /// the hub replaced meanwhile keeps its new history alone (no row comes back, and the write
    /// fails).
    async fn documents(
        &self,
        tx: &mut Transaction<'_, Any>,
        rows: &[Written<'_>],
    ) -> Result<(), StoreError> {
        let sql = format!(
            "INSERT INTO documents (doc_id, kind, request_id, owner_id, heads, updated_at, epoch) \
             VALUES {} \
             ON CONFLICT (doc_id) DO UPDATE SET owner_id = COALESCE(excluded.owner_id, documents.owner_id), \
             heads = excluded.heads, updated_at = excluded.updated_at \
             WHERE documents.epoch = excluded.epoch RETURNING doc_id",
            values(rows.len(), "(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        );
        let mut query = super::rows_query(&sql, rows.len());
        for row in rows {
            let heads = row
                .write
                .heads
                .iter()
                .map(|h| h.to_string())
                .collect::<Vec<_>>()
                .join(",");
            query = query
                .bind(&row.id)
                .bind(row.write.kind.as_str())
                .bind(&row.request_id)
                .bind(row.write.owner.as_ref().map(|o| o.as_str().to_string()))
                .bind(heads)
                .bind(self.now)
                .bind(row.write.epoch);
        }
        let current = query
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| r.try_get::<String, _>("doc_id"))
            .collect::<Result<HashSet<String>, _>>()?;
        match rows.iter().find(|row| !current.contains(&row.id)) {
            Some(row) => Err(StoreError::Replaced(row.id.clone())),
            None => Ok(()),
        }
    }

    /// The chunks of a compacting write's document, saved as one with what it writes; the
    /// sequence numbers of the chunks it replaces; other nodes' chunks among them go to `merged`.
    async fn compacted(
        &self,
        tx: &mut Transaction<'_, Any>,
        row: &Written<'_>,
        merged: &mut Vec<Merged>,
    ) -> Result<(Vec<u8>, Vec<i64>), StoreError> {
        let stored =
            sqlx::query("SELECT seq, node_id, data FROM doc_chunks WHERE doc_id = $1 ORDER BY seq")
                .bind(&row.id)
                .fetch_all(&mut **tx)
                .await?;
        let mut chunks = Vec::with_capacity(stored.len());
        let mut seqs = Vec::with_capacity(stored.len());
        for chunk in &stored {
            seqs.push(chunk.try_get::<i64, _>("seq")?);
            let data = chunk.try_get::<Vec<u8>, _>("data")?;
            if chunk.try_get::<String, _>("node_id")? != self.node_id {
                merged.push((row.write.doc, data.clone()));
            }
            chunks.push(data);
        }
        let written = written_of(row.write).to_vec();
        let compacted = tokio::task::spawn_blocking(move || schema::compact(&chunks, &written))
            .await
            .map_err(|e| StoreError::Corrupt(format!("compaction stopped: {e}")))?
            .map_err(|e| StoreError::Corrupt(format!("stored chunks do not load: {e}")))?;
        Ok((compacted, seqs))
    }

    /// Appends one chunk per document (`(data, is_snapshot)` beside each row); returns the
    /// sequence number each got, by document id.
    async fn chunks(
        &self,
        tx: &mut Transaction<'_, Any>,
        rows: &[Written<'_>],
        chunks: &[(Cow<'_, [u8]>, i64)],
    ) -> Result<HashMap<String, i64>, StoreError> {
        let sql = format!(
            "INSERT INTO doc_chunks (doc_id, node_id, is_snapshot, data, created_at) \
             VALUES {} RETURNING doc_id, seq",
            values(rows.len(), "(?1, ?2, ?3, ?4, ?5)")
        );
        let mut query = super::rows_query(&sql, rows.len());
        for (row, (data, is_snapshot)) in rows.iter().zip(chunks) {
            query = query
                .bind(&row.id)
                .bind(self.node_id)
                .bind(*is_snapshot)
                .bind(data.as_ref())
                .bind(self.now);
        }
        query
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("doc_id")?, r.try_get("seq")?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }
}

/// What a write stores: its snapshot when it has one, else its changes.
fn written_of(write: &DocWrite) -> &[u8] {
    write.snapshot.as_deref().unwrap_or(&write.changes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hubdesk_shared::ids::{DocumentId, RequestId};

    fn doc(request: u8) -> DocumentId {
        RequestId::new(1_700_000_000_000, [request; 10]).document(DocKind::Request)
    }

    fn write(request: u8) -> DocWrite {
        DocWrite {
            doc: doc(request),
            kind: DocKind::Request,
            owner: None,
            changes: Vec::new(),
            snapshot: None,
            compact: false,
            history: Vec::new(),
            heads: Vec::new(),
            generation: 0,
            epoch: 0,
            first: false,
        }
    }

    fn cut(writes: &[DocWrite]) -> Vec<Vec<DocumentId>> {
        let refs: Vec<&DocWrite> = writes.iter().collect();
        runs(&refs)
            .iter()
            .map(|run| run.iter().map(|w| w.doc).collect())
            .collect()
    }

    #[test]
    fn a_document_written_twice_starts_a_new_run_and_order_is_kept() {
        let writes = [write(1), write(2), write(1), write(3), write(2)];
        assert_eq!(
            cut(&writes),
            vec![vec![doc(1), doc(2)], vec![doc(1), doc(3), doc(2)]]
        );
        assert!(cut(&[]).is_empty());
    }

    #[test]
    fn a_run_holds_at_most_one_statement_s_rows() {
        let writes: Vec<DocWrite> = (0..=ROWS).map(|n| write((n % 251) as u8)).collect();
        let runs = cut(&writes);
        assert!(runs.iter().all(|run| run.len() <= ROWS), "{}", runs.len());
        assert_eq!(runs.iter().map(Vec::len).sum::<usize>(), ROWS + 1);
    }
}
