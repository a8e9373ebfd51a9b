//! The request projection: one row per request with the fields staff filter on.

use hubdesk_shared::schema::Summary;
use sqlx::{AnyExecutor, Row};

use super::StoreError;

/// Brings a request's projection row up to date with a document's summary.
pub async fn apply(
    db: impl AnyExecutor<'_>,
    request_id: &str,
    summary: &Summary,
    now: i64,
) -> Result<(), StoreError> {
    match summary {
        Summary::Request(r) => {
            sqlx::query(
                "INSERT INTO request_projection (request_id, kind, title, category, country, city, \
                 requester, created_at, message_count, last_message_at, requested_cents, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                 ON CONFLICT (request_id) DO UPDATE SET kind = excluded.kind, title = excluded.title, \
                 category = excluded.category, country = excluded.country, city = excluded.city, \
                 requester = excluded.requester, created_at = excluded.created_at, \
                 message_count = excluded.message_count, last_message_at = excluded.last_message_at, \
                 requested_cents = excluded.requested_cents, updated_at = excluded.updated_at",
            )
            .bind(request_id)
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
            .execute(db)
            .await?;
        }
        Summary::Triage(t) => {
            sqlx::query(
                "INSERT INTO request_projection (request_id, status, priority, assignee, due_at, tags, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (request_id) DO UPDATE SET status = excluded.status, \
                 priority = excluded.priority, assignee = excluded.assignee, due_at = excluded.due_at, \
                 tags = excluded.tags, updated_at = excluded.updated_at",
            )
            .bind(request_id)
            .bind(&t.status)
            .bind(&t.priority)
            .bind(&t.assignee)
            .bind(t.due_at)
            .bind(t.tags.join(","))
            .bind(now)
            .execute(db)
            .await?;
        }
        Summary::Guidance(g) => {
            let doc_id = hubdesk_shared::ids::RequestId::parse(&g.id)
                .map(|id| {
                    id.document(hubdesk_shared::ids::DocKind::Guidance)
                        .to_string()
                })
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            sqlx::query(
                "INSERT INTO guidance (id, doc_id, title, summary, topic, language, published_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary, \
                 topic = excluded.topic, language = excluded.language, \
                 published_at = excluded.published_at, updated_at = excluded.updated_at",
            )
            .bind(&g.id)
            .bind(doc_id)
            .bind(&g.title)
            .bind(&g.summary)
            .bind(&g.topic)
            .bind(&g.language)
            .bind(g.published_at)
            .bind(now)
            .execute(db)
            .await?;
        }
        Summary::None => {}
    }
    Ok(())
}

/// One guidance item in the library list.
#[derive(Debug, Clone)]
pub struct GuidanceRow {
    pub id: String,
    pub doc_id: String,
    pub title: String,
    pub summary: String,
    pub topic: String,
    pub language: String,
    pub published_at: i64,
    pub updated_at: i64,
}

/// Every published guidance item, newest first.
pub async fn list_guidance(db: impl AnyExecutor<'_>) -> Result<Vec<GuidanceRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, doc_id, title, summary, topic, language, published_at, updated_at \
         FROM guidance ORDER BY published_at DESC, id DESC",
    )
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(GuidanceRow {
                id: row.try_get("id")?,
                doc_id: row.try_get("doc_id")?,
                title: row.try_get("title")?,
                summary: row.try_get("summary")?,
                topic: row.try_get("topic")?,
                language: row.try_get("language")?,
                published_at: row.try_get("published_at")?,
                updated_at: row.try_get("updated_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Filters for listing requests; `None` means "any".
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub country: Option<String>,
    pub category: Option<String>,
    pub assignee: Option<String>,
    /// Only this requester's requests (practitioners see nothing else).
    pub requester: Option<String>,
    /// Case-insensitive text to find in the title or city.
    pub q: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Debug, Clone)]
pub struct ProjectionRow {
    pub request_id: String,
    pub kind: Option<String>,
    pub title: Option<String>,
    pub category: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub requester: Option<String>,
    pub created_at: Option<i64>,
    pub message_count: Option<i64>,
    pub last_message_at: Option<i64>,
    pub requested_cents: Option<i64>,
    pub status: Option<String>,
    pub priority: Option<String>,
    pub assignee: Option<String>,
    pub due_at: Option<i64>,
    pub tags: Option<String>,
    pub updated_at: i64,
}

fn where_clause(filter: &Filter) -> (String, Vec<String>) {
    let mut clauses = vec!["title IS NOT NULL".to_string()];
    let mut binds = Vec::new();
    for (column, value) in [
        ("status", &filter.status),
        ("kind", &filter.kind),
        ("country", &filter.country),
        ("category", &filter.category),
        ("assignee", &filter.assignee),
        ("requester", &filter.requester),
    ] {
        if let Some(value) = value {
            binds.push(value.clone());
            clauses.push(format!("{column} = ${}", binds.len()));
        }
    }
    if let Some(q) = &filter.q {
        let escaped = q
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        binds.push(format!("%{escaped}%"));
        let n = binds.len();
        clauses.push(format!(
            "(LOWER(title) LIKE ${n} ESCAPE '\\' OR LOWER(city) LIKE ${n} ESCAPE '\\')"
        ));
    }
    (clauses.join(" AND "), binds)
}

/// One page of requests matching `filter`, newest first, and how many match in all.
pub async fn list(
    db: &super::Store,
    filter: &Filter,
) -> Result<(Vec<ProjectionRow>, i64), StoreError> {
    let (clause, binds) = where_clause(filter);
    let count_sql = format!("SELECT COUNT(*) AS n FROM request_projection WHERE {clause}");
    let mut count = sqlx::query(&count_sql);
    for b in &binds {
        count = count.bind(b.clone());
    }
    let total: i64 = count.fetch_one(db.pool()).await?.try_get("n")?;

    let n = binds.len();
    let sql = format!(
        "SELECT request_id, kind, title, category, country, city, requester, created_at, \
         message_count, last_message_at, requested_cents, status, priority, assignee, due_at, tags, \
         updated_at FROM request_projection WHERE {clause} \
         ORDER BY created_at DESC, request_id DESC LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let mut query = sqlx::query(&sql);
    for b in &binds {
        query = query.bind(b.clone());
    }
    let rows = query
        .bind(filter.limit)
        .bind(filter.offset)
        .fetch_all(db.pool())
        .await?;
    let rows = rows
        .iter()
        .map(|row| {
            Ok(ProjectionRow {
                request_id: row.try_get("request_id")?,
                kind: row.try_get("kind")?,
                title: row.try_get("title")?,
                category: row.try_get("category")?,
                country: row.try_get("country")?,
                city: row.try_get("city")?,
                requester: row.try_get("requester")?,
                created_at: row.try_get("created_at")?,
                message_count: row.try_get("message_count")?,
                last_message_at: row.try_get("last_message_at")?,
                requested_cents: row.try_get("requested_cents")?,
                status: row.try_get("status")?,
                priority: row.try_get("priority")?,
                assignee: row.try_get("assignee")?,
                due_at: row.try_get("due_at")?,
                tags: row.try_get("tags")?,
                updated_at: row.try_get("updated_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((rows, total))
}
