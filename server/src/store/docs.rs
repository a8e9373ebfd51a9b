//! Automerge documents, stored append-only as chunks, with their projection kept in step.

use std::collections::HashMap;

use automerge::Automerge;
use hubdesk_shared::access::{Reach, Team};
use hubdesk_shared::engine::Stored;
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId, UserId};
use hubdesk_shared::schema;
use sqlx::{AnyExecutor, Row};

use super::write::ROWS;
use super::{Store, StoreError, in_list, rows_query};

/// Everything storage holds of one document, or `None` if it was never stored ([`load_many`]).
pub async fn load(db: &Store, doc: DocumentId) -> Result<Option<Stored>, StoreError> {
    Ok(load_many(db, &[doc]).await?.pop().flatten())
}

/// Everything storage holds of each of `docs`, in their order (`None` for one never stored),
/// read on one connection with one query for their facts and one for their chunks per
/// [`ROWS`] documents, not two queries and a connection check each: a wave of uploads loads
/// every record it mentions. The reach (country, city team) comes from the request's
/// projection, kept in step with its documents in each write.
pub async fn load_many(db: &Store, docs: &[DocumentId]) -> Result<Vec<Option<Stored>>, StoreError> {
    let mut conn = db.pool().acquire().await?;
    let mut loaded = Vec::with_capacity(docs.len());
    for part in docs.chunks(ROWS) {
        let ids: Vec<String> = part.iter().map(DocumentId::to_string).collect();
        let sql = format!("{FACTS} WHERE d.doc_id IN ({})", in_list(ids.len()));
        let mut query = rows_query(&sql, ids.len());
        for id in &ids {
            query = query.bind(id);
        }
        let mut facts = HashMap::with_capacity(ids.len());
        for row in query.fetch_all(&mut *conn).await? {
            facts.insert(row.try_get::<String, _>("doc_id")?, facts_of(&row)?);
        }
        let found: Vec<&String> = ids.iter().filter(|id| facts.contains_key(*id)).collect();
        let mut chunks: HashMap<String, Vec<Vec<u8>>> = HashMap::with_capacity(found.len());
        if !found.is_empty() {
            let sql = format!(
                "SELECT doc_id, data FROM doc_chunks WHERE doc_id IN ({}) ORDER BY doc_id, seq",
                in_list(found.len())
            );
            let mut query = rows_query(&sql, found.len());
            for id in &found {
                query = query.bind(*id);
            }
            for row in query.fetch_all(&mut *conn).await? {
                chunks
                    .entry(row.try_get("doc_id")?)
                    .or_default()
                    .push(row.try_get("data")?);
            }
        }
        // A document asked for twice gets a copy all but the last time.
        let last: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        for (i, id) in ids.iter().enumerate() {
            let (its_facts, its_chunks) = if last.get(id.as_str()) == Some(&i) {
                (facts.remove(id), chunks.remove(id))
            } else {
                (facts.get(id).cloned(), chunks.get(id).cloned())
            };
            let Some(StoredFacts {
                owner,
                reach,
                epoch,
            }) = its_facts
            else {
                loaded.push(None);
                continue;
            };
            let owner = owner
                .map(|o| UserId::parse(&o).map_err(|e| StoreError::Corrupt(e.to_string())))
                .transpose()?;
            loaded.push(Some(Stored {
                chunks: its_chunks.unwrap_or_default(),
                owner,
                reach,
                epoch,
            }));
        }
    }
    Ok(loaded)
}

/// Loads a stored document into memory, for read-only use such as REST responses.
pub async fn load_document(db: &Store, doc: DocumentId) -> Result<Option<Automerge>, StoreError> {
    let Some(stored) = load(db, doc).await? else {
        return Ok(None);
    };
    schema::from_chunks(&stored.chunks)
        .map(Some)
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// What storage knows of a stored document besides its chunks.
#[derive(Debug, Clone)]
pub struct StoredFacts {
    /// The requester of the request it belongs to.
    pub owner: Option<String>,
    /// The request's reach (country, city team), from its projection.
    pub reach: Reach,
    /// How many times the hub replaced it (see `store::retention`).
    pub epoch: i64,
}

/// What storage knows of a document besides its chunks, if it is stored.
pub async fn facts(
    db: impl AnyExecutor<'_>,
    doc: DocumentId,
) -> Result<Option<StoredFacts>, StoreError> {
    let row = sqlx::query(&format!("{FACTS} WHERE d.doc_id = $1"))
        .bind(doc.to_string())
        .fetch_optional(db)
        .await?;
    Ok(row.as_ref().map(facts_of).transpose()?)
}

/// What [`StoredFacts`] are read from, by document: the document's row and its request's
/// projection.
const FACTS: &str = "SELECT d.doc_id, d.owner_id, d.epoch, p.country, p.team, p.team_place, p.referred, p.offered \
     FROM documents d LEFT JOIN request_projection p ON p.request_id = d.request_id";

fn facts_of(row: &sqlx::any::AnyRow) -> Result<StoredFacts, sqlx::Error> {
    Ok(StoredFacts {
        owner: row.try_get("owner_id")?,
        reach: reach_of(row)?,
        epoch: row.try_get("epoch")?,
    })
}

/// A request's reach from its projection's `country`, `team`, `team_place`, `referred` and
/// `offered` columns.
fn reach_of(row: &sqlx::any::AnyRow) -> Result<Reach, sqlx::Error> {
    let country: Option<String> = row.try_get("country")?;
    let share: Option<String> = row.try_get("team")?;
    let place: Option<String> = row.try_get("team_place")?;
    let team = share
        .and_then(|s| s.parse().ok())
        .zip(place)
        .map(|(share, place)| Team { share, place });
    let ids = |column: &str| -> Result<Vec<String>, sqlx::Error> {
        let listed: Option<String> = row.try_get(column)?;
        Ok(listed
            .unwrap_or_default()
            .split(',')
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .collect())
    };
    Ok(Reach {
        country: country.and_then(|c| c.parse().ok()),
        team,
        referred: ids("referred")?,
        offered: ids("offered")?,
    })
}

/// What the guard needs of a request, read in one query before anything else about it: its
/// requester, reach and kind, and whether `user` declared a conflict of interest on it.
#[derive(Debug, Clone)]
pub struct GuardFacts {
    pub owner: Option<String>,
    pub reach: Reach,
    /// The request's kind, as its projection has it.
    pub kind: Option<String>,
    pub conflicted: bool,
}

/// The facts the guard decides on for request `id` (its request document), if it is stored.
pub async fn guard_facts(
    db: impl AnyExecutor<'_>,
    id: RequestId,
    user: &str,
) -> Result<Option<GuardFacts>, StoreError> {
    let row = sqlx::query(
        "SELECT d.owner_id, p.country, p.team, p.team_place, p.referred, p.offered, p.kind, \
         CASE WHEN c.user_id IS NULL THEN 0 ELSE 1 END AS conflicted \
         FROM documents d \
         LEFT JOIN request_projection p ON p.request_id = d.request_id \
         LEFT JOIN fund_conflicts c ON c.request_id = d.request_id AND c.user_id = $2 \
         WHERE d.doc_id = $1",
    )
    .bind(id.document(DocKind::Request).to_string())
    .bind(user)
    .fetch_optional(db)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let conflicted: i32 = row.try_get("conflicted")?;
    Ok(Some(GuardFacts {
        owner: row.try_get("owner_id")?,
        reach: reach_of(&row)?,
        kind: row.try_get("kind")?,
        conflicted: conflicted != 0,
    }))
}

/// Makes `owner` the owner of every document of request `request` (a handover: the request's
/// own document names its new requester already; its triage and notes follow here, so any node
/// that loads them afterwards decides access on the new owner).
pub async fn set_owner(db: &Store, request: RequestId, owner: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE documents SET owner_id = $1 WHERE request_id = $2")
        .bind(owner)
        .bind(request.to_string())
        .execute(db.pool())
        .await?;
    Ok(())
}

/// The owner recorded for a document, if it is stored.
pub async fn owner_of(
    db: impl AnyExecutor<'_>,
    doc: DocumentId,
) -> Result<Option<Option<String>>, StoreError> {
    Ok(facts(db, doc).await?.map(|f| f.owner))
}

/// Another node's chunk that a compacting write on this node replaced: this node's engine may
/// not have read it yet, and once replaced it can no longer be read on its own.
pub type Merged = (DocumentId, Vec<u8>);

/// A chunk some node wrote, for nodes catching up on what changed since a point.
#[derive(Debug, Clone)]
pub struct ChunkRecord {
    pub seq: i64,
    pub doc: String,
    pub node_id: String,
    pub data: Vec<u8>,
}

/// Chunks written after `since` (by any node but `exclude_node`), oldest first.
pub async fn changes_since(
    db: impl AnyExecutor<'_>,
    since: i64,
    exclude_node: &str,
    limit: i64,
) -> Result<Vec<ChunkRecord>, StoreError> {
    let rows = sqlx::query(
        "SELECT seq, doc_id, node_id, data FROM doc_chunks \
         WHERE seq > $1 AND node_id <> $2 ORDER BY seq LIMIT $3",
    )
    .bind(since)
    .bind(exclude_node)
    .bind(limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ChunkRecord {
                seq: row.try_get("seq")?,
                doc: row.try_get("doc_id")?,
                node_id: row.try_get("node_id")?,
                data: row.try_get("data")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// How many chunks a document is stored as (compaction keeps this small).
pub async fn chunk_count(db: impl AnyExecutor<'_>, doc: DocumentId) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM doc_chunks WHERE doc_id = $1")
        .bind(doc.to_string())
        .fetch_one(db)
        .await?;
    Ok(row.try_get("n")?)
}

/// The newest chunk sequence number, or 0 when nothing is stored.
pub async fn max_seq(db: impl AnyExecutor<'_>) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS n FROM doc_chunks")
        .fetch_one(db)
        .await?;
    Ok(row.try_get("n")?)
}

/// Sequence numbers and documents of chunks other nodes wrote after `after`, without their data.
pub async fn chunk_refs_since(
    db: impl AnyExecutor<'_>,
    after: i64,
    exclude_node: &str,
    limit: i64,
) -> Result<Vec<(i64, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT seq, doc_id FROM doc_chunks WHERE seq > $1 AND node_id <> $2 ORDER BY seq LIMIT $3",
    )
    .bind(after)
    .bind(exclude_node)
    .bind(limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("seq")?, row.try_get("doc_id")?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// One chunk's data, if it is still stored (compaction may have replaced it).
pub async fn chunk_data(db: impl AnyExecutor<'_>, seq: i64) -> Result<Option<Vec<u8>>, StoreError> {
    let row = sqlx::query("SELECT data FROM doc_chunks WHERE seq = $1")
        .bind(seq)
        .fetch_optional(db)
        .await?;
    Ok(row.map(|r| r.try_get("data")).transpose()?)
}
