//! Replacing documents with new histories (anonymised requests, a person's words erased), and
//! finding what the data protection policy applies to. The rules are `shared::retention`'s.
//!
//! A replacement happens in one transaction: each document's chunks are deleted and one save
//! of its new history stored in their place, its epoch moves on (so a write prepared against
//! the old history fails, see `docs::write_doc`), the projection and the search index follow,
//! and every node is told to drop the old history from memory (`notify::REPLACED`).

use hubdesk_shared::ids::DocumentId;
use sqlx::{AnyExecutor, Row};

use super::{Store, StoreError, notify, projection};

/// One document's new history.
pub struct NewHistory {
    pub doc: DocumentId,
    /// The newest chunk of the document when it was read to make the new history
    /// ([`newest_chunk`]): should another have been stored since, nothing is replaced.
    pub read_up_to: Option<i64>,
    /// A save of the whole new document.
    pub data: Vec<u8>,
    pub heads: String,
    /// The requester recorded for it (`None` once anonymised).
    pub owner: Option<String>,
}

/// What the projection of the request keeps.
pub enum Projected {
    /// Anonymised: the title shown, no requester, no team, nothing to search; counts, dates,
    /// place and triage stay for reports.
    Anonymised { title: String },
    /// Some words removed: the text search now finds.
    Rewritten { search_text: String },
}

/// The sequence number of the newest chunk stored for `doc`, if any.
pub async fn newest_chunk(
    db: impl AnyExecutor<'_>,
    doc: DocumentId,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query("SELECT MAX(seq) AS seq FROM doc_chunks WHERE doc_id = $1")
        .bind(doc.to_string())
        .fetch_one(db)
        .await?;
    Ok(row.try_get("seq")?)
}

/// Replaces `docs` (all of one request, `request_id`) with their new histories. Refused with
/// [`StoreError::Changed`], replacing nothing, when a document gained a chunk since it was read:
/// the caller reads it again and makes a new history from that.
pub async fn replace(
    db: &Store,
    node_id: &str,
    request_id: &str,
    docs: &[NewHistory],
    projected: &Projected,
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    for new in docs {
        let id = new.doc.to_string();
        // Holds writers of this document back until the replacement commits (SQLite's write
        // transaction holds every writer back already).
        if db.backend() == super::Backend::Postgres {
            sqlx::query("SELECT epoch FROM documents WHERE doc_id = $1 FOR UPDATE")
                .bind(&id)
                .execute(&mut **tx)
                .await?;
        }
        if newest_chunk(&mut **tx, new.doc).await? != new.read_up_to {
            return Err(StoreError::Changed(id));
        }
        sqlx::query(
            "UPDATE documents SET epoch = epoch + 1, owner_id = $2, heads = $3, updated_at = $4 \
             WHERE doc_id = $1",
        )
        .bind(&id)
        .bind(&new.owner)
        .bind(&new.heads)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        sqlx::query("DELETE FROM doc_chunks WHERE doc_id = $1")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "INSERT INTO doc_chunks (doc_id, node_id, is_snapshot, data, created_at) \
             VALUES ($1, $2, 1, $3, $4)",
        )
        .bind(&id)
        .bind(node_id)
        .bind(&new.data)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        notify::document_replaced(&mut tx, db.backend(), &id).await?;
    }
    match projected {
        Projected::Anonymised { title } => {
            sqlx::query(
                "UPDATE request_projection SET title = $2, requester = NULL, team = NULL, \
                 team_place = NULL, referred = NULL, offered = NULL, anonymised_at = $3, epoch = epoch + 1 WHERE request_id = $1",
            )
            .bind(request_id)
            .bind(title)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            projection::index_for_search(&mut tx, db.backend(), request_id, "").await?;
            // Who in the field did what is no longer kept; what the hub did stays.
            sqlx::query(
                "UPDATE request_events SET actor = NULL \
                 WHERE request_id = $1 AND actor_role = 'practitioner'",
            )
            .bind(request_id)
            .execute(&mut **tx)
            .await?;
            // The fund's own text about the application (a decline's reason, reviewers'
            // comments, conflicts' reasons) may name people too; amounts and dates stay.
            for statement in [
                "UPDATE fund_decisions SET reason = NULL WHERE request_id = $1",
                "UPDATE fund_comments SET body = '' WHERE request_id = $1",
                "UPDATE fund_conflicts SET reason = '' WHERE request_id = $1",
                "UPDATE fund_ledger SET note = NULL WHERE request_id = $1",
            ] {
                sqlx::query(statement)
                    .bind(request_id)
                    .execute(&mut **tx)
                    .await?;
            }
        }
        Projected::Rewritten { search_text } => {
            sqlx::query("UPDATE request_projection SET epoch = epoch + 1 WHERE request_id = $1")
                .bind(request_id)
                .execute(&mut **tx)
                .await?;
            projection::index_for_search(&mut tx, db.backend(), request_id, search_text).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Closed requests not yet anonymised that were closed at or before `cutoff`, oldest first.
pub async fn due(
    db: impl AnyExecutor<'_>,
    cutoff: i64,
    limit: i64,
) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT request_id FROM request_projection WHERE status = 'closed' \
         AND closed_at <= $1 AND anonymised_at IS NULL AND title IS NOT NULL \
         ORDER BY closed_at LIMIT $2",
    )
    .bind(cutoff)
    .bind(limit)
    .fetch_all(db)
    .await?;
    ids(&rows)
}

/// Requests `user` filed that are not anonymised yet.
pub async fn filed_by(db: impl AnyExecutor<'_>, user: &str) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT request_id FROM request_projection WHERE requester = $1 \
         AND anonymised_at IS NULL ORDER BY created_at",
    )
    .bind(user)
    .fetch_all(db)
    .await?;
    ids(&rows)
}

/// Requests in whose conversation `user` wrote.
pub async fn written_in(db: impl AnyExecutor<'_>, user: &str) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT request_id FROM request_events WHERE actor = $1 AND type = 'message'",
    )
    .bind(user)
    .fetch_all(db)
    .await?;
    ids(&rows)
}

/// Takes `user` out of every request's history: the events stay, with no actor.
pub async fn forget_actor(db: impl AnyExecutor<'_>, user: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE request_events SET actor = NULL WHERE actor = $1")
        .bind(user)
        .execute(db)
        .await?;
    Ok(())
}

/// Empties `user`'s account: an unusable password and a username that names nobody, no place;
/// deactivated (if it was not already) at `now`.
pub async fn empty_account(
    db: impl AnyExecutor<'_>,
    user: &str,
    username: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE users SET username = $2, password_hash = '!', country = NULL, city = NULL, \
         countries = '', deactivated_at = COALESCE(deactivated_at, $3) WHERE id = $1",
    )
    .bind(user)
    .bind(username)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

fn ids(rows: &[sqlx::any::AnyRow]) -> Result<Vec<String>, StoreError> {
    rows.iter()
        .map(|row| Ok(row.try_get::<String, _>("request_id")?))
        .collect()
}

/// Empties the fund text person `user` wrote as staff (review comments, conflicts' reasons),
/// for their erasure; what was decided and paid stays.
pub async fn erase_fund_text_by(db: &Store, user: &str) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    for statement in [
        "UPDATE fund_comments SET body = '' WHERE author = $1",
        "UPDATE fund_conflicts SET reason = '' WHERE user_id = $1",
    ] {
        sqlx::query(statement).bind(user).execute(&mut **tx).await?;
    }
    tx.commit().await?;
    Ok(())
}
