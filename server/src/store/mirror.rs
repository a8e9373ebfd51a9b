//! The storage writer's own copy of the documents it writes, kept in step with what storage
//! holds, so each write's projection summary is built here, off the sync actor: the actor only
//! hands over the change, never hydrates a whole request.
//!
//! A copy is brought up to date inside the write's transaction with every chunk stored since it
//! last looked (another node's included), then the write's changes are applied; the summaries
//! of a run of writes are computed together in a blocking task. A copy is dropped when its
//! transaction fails, and once the copies take more than the mirror's bytes the least recently
//! written ones are forgotten.
//!
//! The writer keeps one mirror per lane ([`LIVE_MIRROR_BYTES`], [`BULK_MIRROR_BYTES`]), and a
//! lane's writes take that lane's connection. A record edited live is edited again within
//! seconds, and building its copy again from storage each time was most of a live write's time
//! during a wave of uploads: in a mirror of its own, a flood of uploads never pushes it out.
//! Both catch up from storage, so a document written by both lanes stays right in each.

use std::collections::HashMap;

use automerge::Automerge;
use hubdesk_shared::engine::footprint;
use hubdesk_shared::ids::{DocKind, DocumentId};
use hubdesk_shared::schema::{self, Summary};
use sqlx::{Any, Row, Transaction};

use super::StoreError;

/// What the bulk lane's copies may take in memory, as `engine::footprint` estimates it from the
/// bytes each copy was built from (about 250 typical requests).
pub const BULK_MIRROR_BYTES: usize = 6 * 1024 * 1024;

/// What the live lane's copies may take in memory (about 85 typical requests: the records
/// people are editing now).
pub const LIVE_MIRROR_BYTES: usize = 2 * 1024 * 1024;

struct Copy {
    doc: Automerge,
    /// The document's epoch the copy was built from: a replaced document starts a new copy.
    epoch: i64,
    /// The highest chunk sequence number applied to `doc`.
    seen_seq: i64,
    /// The bytes of the chunks and changes applied to `doc`.
    bytes: usize,
    last_used: u64,
}

pub struct Mirror {
    docs: HashMap<DocumentId, Copy>,
    clock: u64,
    /// What the copies may take, as `engine::footprint` estimates it.
    max_bytes: usize,
    /// Whether it is the live lane's mirror: its writes take that lane's connection.
    live: bool,
}

/// A document whose summary a write needs: its changes are applied to the copy first.
pub struct ToSummarize<'a> {
    pub doc: DocumentId,
    pub kind: DocKind,
    /// The stored document's epoch the changes were made on.
    pub epoch: i64,
    pub changes: &'a [u8],
}

impl Copy {
    fn new(epoch: i64) -> Self {
        Self {
            doc: Automerge::new(),
            epoch,
            seen_seq: 0,
            bytes: 0,
            last_used: 0,
        }
    }
}

impl Mirror {
    /// The bulk lane's mirror.
    pub fn bulk() -> Self {
        Self::new(BULK_MIRROR_BYTES, false)
    }

    /// The live lane's mirror.
    pub fn live() -> Self {
        Self::new(LIVE_MIRROR_BYTES, true)
    }

    fn new(max_bytes: usize, live: bool) -> Self {
        Self {
            docs: HashMap::new(),
            clock: 0,
            max_bytes,
            live,
        }
    }

    /// Whether this is the live lane's mirror.
    pub fn is_live(&self) -> bool {
        self.live
    }

    /// Brings the copies of `docs` (each at most once) up to date with storage (within `tx`,
    /// with one statement), applies their changes, and returns their summaries, in order.
    pub async fn summarize(
        &mut self,
        tx: &mut Transaction<'_, Any>,
        docs: &[ToSummarize<'_>],
    ) -> Result<Vec<Summary>, StoreError> {
        if docs.is_empty() {
            return Ok(Vec::new());
        }
        self.clock += 1;
        let copies: Vec<Copy> = docs
            .iter()
            .map(|asked| match self.docs.remove(&asked.doc) {
                Some(copy) if copy.epoch == asked.epoch => copy,
                _ => Copy::new(asked.epoch),
            })
            .collect();
        let sql = format!(
            "SELECT doc_id, seq, data FROM doc_chunks WHERE {} ORDER BY seq",
            (0..docs.len())
                .map(|i| format!("(doc_id = ${} AND seq > ${})", 2 * i + 1, 2 * i + 2))
                .collect::<Vec<_>>()
                .join(" OR ")
        );
        let ids: Vec<String> = docs.iter().map(|asked| asked.doc.to_string()).collect();
        let mut query = super::rows_query(&sql, docs.len());
        for (id, copy) in ids.iter().zip(&copies) {
            query = query.bind(id).bind(copy.seen_seq);
        }
        let index: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        let mut work: Vec<(Copy, Vec<Vec<u8>>, DocKind)> = copies
            .into_iter()
            .zip(docs)
            .map(|(copy, asked)| (copy, Vec::new(), asked.kind))
            .collect();
        for row in query.fetch_all(&mut **tx).await? {
            let id: String = row.try_get("doc_id")?;
            let Some((copy, chunks, _)) = index.get(id.as_str()).and_then(|&i| work.get_mut(i))
            else {
                continue;
            };
            copy.seen_seq = copy.seen_seq.max(row.try_get::<i64, _>("seq")?);
            chunks.push(row.try_get::<Vec<u8>, _>("data")?);
        }
        for ((copy, chunks, _), asked) in work.iter_mut().zip(docs) {
            chunks.push(asked.changes.to_vec());
            copy.bytes += chunks.iter().map(Vec::len).sum::<usize>();
        }
        // One blocking task for the whole run, not one per document.
        let done = tokio::task::spawn_blocking(move || {
            work.into_iter()
                .map(|(mut copy, chunks, kind)| {
                    for chunk in &chunks {
                        copy.doc
                            .load_incremental(chunk)
                            .map_err(|e| e.to_string())?;
                    }
                    let summary = schema::summarize(kind, &copy.doc).unwrap_or(Summary::None);
                    Ok((copy, summary))
                })
                .collect::<Result<Vec<_>, String>>()
        })
        .await
        .map_err(|e| StoreError::Corrupt(format!("summarizing stopped: {e}")))?
        .map_err(|e| StoreError::Corrupt(format!("stored chunk: {e}")))?;
        let mut summaries = Vec::with_capacity(done.len());
        for ((mut copy, summary), asked) in done.into_iter().zip(docs) {
            copy.last_used = self.clock;
            self.docs.insert(asked.doc, copy);
            summaries.push(summary);
        }
        self.forget_beyond(self.max_bytes);
        Ok(summaries)
    }

    /// Records that the write just inserted chunk `seq` of `doc` (already applied to the copy).
    pub fn wrote(&mut self, doc: DocumentId, seq: i64) {
        if let Some(copy) = self.docs.get_mut(&doc) {
            copy.seen_seq = copy.seen_seq.max(seq);
        }
    }

    /// Forgets `docs`: their copies may hold changes a failed transaction did not store.
    pub fn forget(&mut self, docs: impl IntoIterator<Item = DocumentId>) {
        for doc in docs {
            self.docs.remove(&doc);
        }
    }

    fn forget_beyond(&mut self, max_bytes: usize) {
        let size = |copy: &Copy| footprint(copy.bytes, 0);
        let mut total: usize = self.docs.values().map(size).sum();
        if total <= max_bytes {
            return;
        }
        // The least recently written first.
        let mut ages: Vec<(u64, DocumentId)> =
            self.docs.iter().map(|(id, c)| (c.last_used, *id)).collect();
        ages.sort_unstable();
        for (_, id) in ages {
            if total <= max_bytes {
                break;
            }
            if let Some(copy) = self.docs.remove(&id) {
                total = total.saturating_sub(size(&copy));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(bytes: usize, last_used: u64) -> Copy {
        Copy {
            bytes,
            last_used,
            ..Copy::new(1)
        }
    }

    #[test]
    fn the_least_recently_written_copies_are_forgotten_first() {
        let ids: Vec<DocumentId> = (1..=3u8).map(|n| DocumentId::from_bytes([n; 16])).collect();
        let one = footprint(1000, 0);
        let mut mirror = Mirror::new(2 * one, false);
        mirror.docs.insert(ids[0], copy(1000, 3));
        mirror.docs.insert(ids[1], copy(1000, 1));
        mirror.docs.insert(ids[2], copy(1000, 2));
        mirror.forget_beyond(mirror.max_bytes);
        assert!(!mirror.docs.contains_key(&ids[1]), "the oldest goes");
        assert!(mirror.docs.contains_key(&ids[0]));
        assert!(mirror.docs.contains_key(&ids[2]));
        mirror.forget_beyond(0);
        assert!(mirror.docs.is_empty());
    }
}
