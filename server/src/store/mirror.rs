//! The storage writer's own copy of the documents it writes, kept in step with what storage
//! holds, so each write's projection summary is built here, off the sync actor: the actor only
//! hands over the change, never hydrates a whole request.
//!
//! A copy is brought up to date inside the write's transaction with every chunk stored since it
//! last looked (another node's included), then the write's changes are applied; the summaries
//! of a run of writes are computed together in a blocking task. A copy is dropped when its
//! transaction fails, and once the copies take more than [`MIRROR_MAX_BYTES`] the least
//! recently written ones are forgotten, those last written in bulk before those last written
//! live: a record edited live is edited again within seconds, and building its copy again from
//! storage each time was most of a live write's time during a wave of uploads.

use std::collections::HashMap;

use automerge::Automerge;
use hubdesk_shared::engine::footprint;
use hubdesk_shared::ids::{DocKind, DocumentId};
use hubdesk_shared::schema::{self, Summary};
use sqlx::{Any, Row, Transaction};

use super::StoreError;

/// What the writer's copies may take in memory, as `engine::footprint` estimates it from the
/// bytes each copy was built from (about 340 typical requests).
pub const MIRROR_MAX_BYTES: usize = 8 * 1024 * 1024;

struct Copy {
    doc: Automerge,
    /// The document's epoch the copy was built from: a replaced document starts a new copy.
    epoch: i64,
    /// The highest chunk sequence number applied to `doc`.
    seen_seq: i64,
    /// The bytes of the chunks and changes applied to `doc`.
    bytes: usize,
    last_used: u64,
    /// Whether it was last written by a live write.
    live: bool,
}

#[derive(Default)]
pub struct Mirror {
    docs: HashMap<DocumentId, Copy>,
    clock: u64,
    /// Whether the writes now being made are live ones ([`Mirror::writing_live`]).
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
            live: false,
        }
    }
}

impl Mirror {
    /// Says whether the writes that follow come from the live lane.
    pub fn writing_live(&mut self, live: bool) {
        self.live = live;
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
            copy.live = self.live;
            self.docs.insert(asked.doc, copy);
            summaries.push(summary);
        }
        self.forget_beyond(MIRROR_MAX_BYTES);
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
        // Bulk copies first, then live ones; the least recently written first within each.
        let mut ages: Vec<(bool, u64, DocumentId)> = self
            .docs
            .iter()
            .map(|(id, c)| (c.live, c.last_used, *id))
            .collect();
        ages.sort_unstable();
        for (_, _, id) in ages {
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

    fn copy(bytes: usize, last_used: u64, live: bool) -> Copy {
        Copy {
            bytes,
            last_used,
            live,
            ..Copy::new(1)
        }
    }

    #[test]
    fn copies_written_in_bulk_are_forgotten_before_those_written_live() {
        let ids: Vec<DocumentId> = (1..=3u8).map(|n| DocumentId::from_bytes([n; 16])).collect();
        let mut mirror = Mirror::default();
        // The live copy is the oldest; the two bulk ones came after it.
        mirror.docs.insert(ids[0], copy(1000, 1, true));
        mirror.docs.insert(ids[1], copy(1000, 2, false));
        mirror.docs.insert(ids[2], copy(1000, 3, false));
        let one = footprint(1000, 0);
        mirror.forget_beyond(2 * one);
        assert!(mirror.docs.contains_key(&ids[0]), "the live copy stays");
        assert!(
            !mirror.docs.contains_key(&ids[1]),
            "the older bulk copy goes"
        );
        assert!(mirror.docs.contains_key(&ids[2]));
        mirror.forget_beyond(one);
        assert!(mirror.docs.contains_key(&ids[0]), "bulk copies go first");
        mirror.forget_beyond(0);
        assert!(
            mirror.docs.is_empty(),
            "live copies go too, when they alone are over"
        );
    }
}
