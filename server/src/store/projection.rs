//! The projections: one row per request with the fields staff filter on (and its search
//! index), and the guidance library; written in the same transaction as each change.

use hubdesk_shared::schema::{GuidanceSummary, RequestSummary, Summary, TriageSummary};
use sqlx::{AnyExecutor, Row};

use super::write::ROWS;
use super::{Backend, StoreError, in_list, values};

/// Brings requests' projection rows (and the guidance library) up to date with documents'
/// summaries, `(request id, summary)` for each, each document at most once: a few multi-row
/// statements whatever their number.
pub async fn apply_all(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
    summaries: &[(&str, &Summary)],
    now: i64,
) -> Result<(), StoreError> {
    let mut requests = Vec::new();
    let mut triages = Vec::new();
    for (request_id, summary) in summaries {
        match summary {
            Summary::Request(r) => requests.push((*request_id, r)),
            Summary::Triage(t) => triages.push((*request_id, t)),
            Summary::Guidance(g) => guidance(tx, g, now).await?,
            Summary::None => {}
        }
    }
    for part in requests.chunks(ROWS) {
        request_rows(tx, part, now).await?;
        let texts: Vec<(&str, &str)> = part
            .iter()
            .map(|(id, r)| (*id, r.search_text.as_str()))
            .collect();
        index_all(tx, backend, &texts).await?;
    }
    for part in triages.chunks(ROWS) {
        triage_rows(tx, part, now).await?;
    }
    Ok(())
}

async fn request_rows(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    rows: &[(&str, &RequestSummary)],
    now: i64,
) -> Result<(), StoreError> {
    let sql = format!(
        "INSERT INTO request_projection (request_id, kind, title, category, country, city, \
         requester, created_at, message_count, last_message_at, requested_cents, updated_at, \
         received_at, team, team_place, referred, offered) VALUES {} \
         ON CONFLICT (request_id) DO UPDATE SET kind = excluded.kind, title = excluded.title, \
         received_at = COALESCE(request_projection.received_at, excluded.received_at), \
         category = excluded.category, country = excluded.country, city = excluded.city, \
         requester = excluded.requester, created_at = excluded.created_at, \
         message_count = excluded.message_count, last_message_at = excluded.last_message_at, \
         requested_cents = excluded.requested_cents, updated_at = excluded.updated_at, \
         team = excluded.team, team_place = excluded.team_place, referred = excluded.referred, \
         offered = excluded.offered",
        values(
            rows.len(),
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, ?14, ?15, ?16)"
        )
    );
    let mut query = super::rows_query(&sql, rows.len());
    for (request_id, r) in rows {
        query = query
            .bind(*request_id)
            .bind(&r.kind)
            .bind(&r.title)
            .bind(&r.category)
            .bind(&r.country)
            .bind(&r.city)
            .bind(&r.requester)
            .bind(r.created_at)
            .bind(r.message_count)
            .bind(r.last_message_at)
            .bind(r.requested_cents)
            .bind(now)
            .bind(&r.team)
            .bind(&r.team_place)
            .bind(&r.referred)
            .bind(&r.offered);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

async fn triage_rows(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    rows: &[(&str, &TriageSummary)],
    now: i64,
) -> Result<(), StoreError> {
    let sql = format!(
        "INSERT INTO request_projection (request_id, status, priority, assignee, due_at, tags, \
         duplicate_of, updated_at, closed_at) VALUES {} \
         ON CONFLICT (request_id) DO UPDATE SET status = excluded.status, \
         priority = excluded.priority, assignee = excluded.assignee, due_at = excluded.due_at, \
         tags = excluded.tags, duplicate_of = excluded.duplicate_of, \
         updated_at = excluded.updated_at, \
         closed_at = CASE WHEN excluded.status = 'closed' \
         THEN COALESCE(request_projection.closed_at, excluded.updated_at) END",
        values(
            rows.len(),
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CASE WHEN ?2 = 'closed' THEN ?8 END)"
        )
    );
    let mut query = super::rows_query(&sql, rows.len());
    for (request_id, t) in rows {
        query = query
            .bind(*request_id)
            .bind(&t.status)
            .bind(&t.priority)
            .bind(&t.assignee)
            .bind(t.due_at)
            .bind(t.tags.join(","))
            .bind(&t.duplicate_of)
            .bind(now);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

async fn guidance(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    g: &GuidanceSummary,
    now: i64,
) -> Result<(), StoreError> {
    let doc_id = hubdesk_shared::ids::RequestId::parse(&g.id)
        .map(|id| {
            id.document(hubdesk_shared::ids::DocKind::Guidance)
                .to_string()
        })
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO guidance (id, doc_id, title, summary, topic, language, published_at, updated_at, item_id, retired_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary, \
         topic = excluded.topic, language = excluded.language, \
         published_at = excluded.published_at, updated_at = excluded.updated_at, \
         retired_at = excluded.retired_at",
    )
    .bind(&g.id)
    .bind(doc_id)
    .bind(&g.title)
    .bind(&g.summary)
    .bind(&g.topic)
    .bind(&g.language)
    .bind(g.published_at)
    .bind(now)
    .bind(&g.item)
    .bind(g.retired_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Replaces what full-text search finds a request by: an FTS5 row on SQLite, a `simple`
/// tsvector on PostgreSQL.
pub(super) async fn index_for_search(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
    request_id: &str,
    text: &str,
) -> Result<(), StoreError> {
    index_all(tx, backend, &[(request_id, text)]).await
}

/// [`index_for_search`] for several requests (each at most once, at most [`ROWS`]) at once.
async fn index_all(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
    texts: &[(&str, &str)],
) -> Result<(), StoreError> {
    if texts.is_empty() {
        return Ok(());
    }
    match backend {
        Backend::Sqlite => {
            let sql = format!(
                "INSERT INTO request_search_rows (request_id) VALUES {} \
                 ON CONFLICT (request_id) DO NOTHING",
                values(texts.len(), "(?1)")
            );
            let mut query = super::rows_query(&sql, texts.len());
            for (request_id, _) in texts {
                query = query.bind(*request_id);
            }
            query.execute(&mut **tx).await?;
            let sql = format!(
                "SELECT id, request_id FROM request_search_rows WHERE request_id IN ({})",
                in_list(texts.len())
            );
            let mut query = super::rows_query(&sql, texts.len());
            for (request_id, _) in texts {
                query = query.bind(*request_id);
            }
            let mut rows = std::collections::HashMap::new();
            for row in query.fetch_all(&mut **tx).await? {
                rows.insert(
                    row.try_get::<String, _>("request_id")?,
                    row.try_get::<i64, _>("id")?,
                );
            }
            let found: Vec<(i64, &str)> = texts
                .iter()
                .filter_map(|(request_id, text)| rows.get(*request_id).map(|row| (*row, *text)))
                .collect();
            if found.is_empty() {
                return Ok(());
            }
            let sql = format!(
                "DELETE FROM request_search WHERE rowid IN ({})",
                in_list(found.len())
            );
            let mut query = super::rows_query(&sql, found.len());
            for (row, _) in &found {
                query = query.bind(*row);
            }
            query.execute(&mut **tx).await?;
            let sql = format!(
                "INSERT INTO request_search (rowid, body) VALUES {}",
                values(found.len(), "(?1, ?2)")
            );
            let mut query = super::rows_query(&sql, found.len());
            for (row, text) in &found {
                query = query.bind(*row).bind(*text);
            }
            query.execute(&mut **tx).await?;
        }
        Backend::Postgres => {
            let sql = format!(
                "UPDATE request_projection SET search = to_tsvector('simple', v.column2) \
                 FROM (VALUES {}) AS v WHERE request_projection.request_id = v.column1",
                values(texts.len(), "(?1, ?2)")
            );
            let mut query = super::rows_query(&sql, texts.len());
            for (request_id, text) in texts {
                query = query.bind(*request_id).bind(*text);
            }
            query.execute(&mut **tx).await?;
        }
    }
    Ok(())
}

/// One guidance item in the library list.
#[derive(Debug, Clone)]
pub struct GuidanceRow {
    pub id: String,
    /// The item it is a version of (its first version's id).
    pub item_id: String,
    pub doc_id: String,
    pub title: String,
    pub summary: String,
    pub topic: String,
    pub language: String,
    pub published_at: i64,
    pub updated_at: i64,
    /// When staff retired it from the library.
    pub retired_at: Option<i64>,
}

/// The guidance library, newest first: what is offered, and with `retired` what staff retired
/// too.
pub async fn list_guidance(
    db: impl AnyExecutor<'_>,
    retired: bool,
) -> Result<Vec<GuidanceRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT id, item_id, doc_id, title, summary, topic, language, published_at, updated_at, \
         retired_at FROM guidance {} ORDER BY published_at DESC, id DESC",
        if retired {
            ""
        } else {
            "WHERE retired_at IS NULL"
        }
    ))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(GuidanceRow {
                id: row.try_get("id")?,
                item_id: row.try_get("item_id")?,
                doc_id: row.try_get("doc_id")?,
                title: row.try_get("title")?,
                summary: row.try_get("summary")?,
                topic: row.try_get("topic")?,
                language: row.try_get("language")?,
                published_at: row.try_get("published_at")?,
                updated_at: row.try_get("updated_at")?,
                retired_at: row.try_get("retired_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// The item guidance `id` is a version of, and the languages of that item's versions; `None`
/// when there is no such guidance.
pub async fn guidance_item(
    db: impl AnyExecutor<'_>,
    id: &str,
) -> Result<Option<(String, Vec<String>)>, StoreError> {
    let rows = sqlx::query(
        "SELECT v.item_id, v.language FROM guidance g \
         JOIN guidance v ON v.item_id = g.item_id WHERE g.id = $1",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let item: String = first.try_get("item_id")?;
    let languages = rows
        .iter()
        .map(|r| r.try_get("language"))
        .collect::<Result<Vec<String>, _>>()?;
    Ok(Some((item, languages)))
}
