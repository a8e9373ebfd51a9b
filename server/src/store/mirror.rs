//! The storage writer's own copy of the documents it writes, kept in step with what storage
//! holds, so each write's projection summary is built here, off the sync actor: the actor only
//! hands over the change, never hydrates a whole request.
//!
//! A copy is brought up to date inside the write's transaction with every chunk stored since it
//! last looked (another node's included), then the write's changes are applied; its summary is
//! computed in a blocking task. A copy is dropped when its transaction fails, and the least
//! recently written ones are forgotten once the copies take more than [`MIRROR_MAX_BYTES`].

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
}

#[derive(Default)]
pub struct Mirror {
    docs: HashMap<DocumentId, Copy>,
    clock: u64,
}

impl Mirror {
    /// Brings the copy of `doc` (at `epoch`) up to date with storage (within `tx`), applies
    /// `changes`, and returns the document's summary.
    pub async fn summarize(
        &mut self,
        tx: &mut Transaction<'_, Any>,
        doc: DocumentId,
        kind: DocKind,
        epoch: i64,
        changes: &[u8],
    ) -> Result<Summary, StoreError> {
        self.clock += 1;
        let (mut copy, since) = match self.docs.remove(&doc) {
            Some(copy) if copy.epoch == epoch => {
                let since = copy.seen_seq;
                (copy, since)
            }
            _ => (
                Copy {
                    doc: Automerge::new(),
                    epoch,
                    seen_seq: 0,
                    bytes: 0,
                    last_used: 0,
                },
                0,
            ),
        };
        let rows = sqlx::query(
            "SELECT seq, data FROM doc_chunks WHERE doc_id = $1 AND seq > $2 ORDER BY seq",
        )
        .bind(doc.to_string())
        .bind(since)
        .fetch_all(&mut **tx)
        .await?;
        let mut chunks = Vec::with_capacity(rows.len() + 1);
        for row in &rows {
            copy.seen_seq = copy.seen_seq.max(row.try_get::<i64, _>("seq")?);
            chunks.push(row.try_get::<Vec<u8>, _>("data")?);
        }
        chunks.push(changes.to_vec());
        copy.bytes += chunks.iter().map(Vec::len).sum::<usize>();
        let (doc_back, summary) = tokio::task::spawn_blocking(move || {
            let mut am = copy.doc;
            for chunk in &chunks {
                if let Err(e) = am.load_incremental(chunk) {
                    return (am, Err(e.to_string()));
                }
            }
            let summary = schema::summarize(kind, &am).unwrap_or(Summary::None);
            (am, Ok(summary))
        })
        .await
        .map_err(|e| StoreError::Corrupt(format!("summarizing stopped: {e}")))?;
        let summary = summary.map_err(|e| StoreError::Corrupt(format!("stored chunk: {e}")))?;
        copy.doc = doc_back;
        copy.last_used = self.clock;
        self.docs.insert(doc, copy);
        self.forget_beyond(MIRROR_MAX_BYTES);
        Ok(summary)
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
