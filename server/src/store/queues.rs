//! Listing requests: queues, filters, full-text search, sorting and paging, all SQL over the
//! request projection (never by loading documents).

use hubdesk_shared::model::Country;
use sqlx::Row;

use super::{Backend, Store, StoreError};

/// The console's queues. Each is a condition on the projection row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Not yet looked at.
    New,
    /// Open and assigned to nobody.
    Unassigned,
    /// Open and assigned to the caller.
    Mine,
    WaitingOnRequester,
    /// Open with a deadline passed.
    Overdue,
    /// Not resolved, not closed.
    Open,
    All,
}

impl Queue {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "new" => Queue::New,
            "unassigned" => Queue::Unassigned,
            "mine" => Queue::Mine,
            "waiting" | "waiting_on_requester" => Queue::WaitingOnRequester,
            "overdue" => Queue::Overdue,
            "open" => Queue::Open,
            "all" => Queue::All,
            _ => return None,
        })
    }

    pub const NAMES: &'static str = "new, unassigned, mine, waiting, overdue, open, all";
}

/// How a list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
    RecentlyUpdated,
    /// Soonest deadline first; requests with none last.
    DueSoonest,
    /// Urgent first.
    Priority,
}

impl Sort {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "newest" => Sort::Newest,
            "oldest" => Sort::Oldest,
            "updated" => Sort::RecentlyUpdated,
            "due" => Sort::DueSoonest,
            "priority" => Sort::Priority,
            _ => return None,
        })
    }

    pub const NAMES: &'static str = "newest, oldest, updated, due, priority";

    fn order_by(self) -> &'static str {
        match self {
            Sort::Newest => "created_at DESC, request_id DESC",
            Sort::Oldest => "created_at ASC, request_id ASC",
            Sort::RecentlyUpdated => "updated_at DESC, request_id DESC",
            Sort::DueSoonest => {
                "CASE WHEN sla_due_at IS NULL THEN 1 ELSE 0 END, sla_due_at ASC, created_at ASC"
            }
            Sort::Priority => {
                "CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 \
                 ELSE 3 END, created_at ASC"
            }
        }
    }
}

/// Filters for listing requests; `None` means "any".
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub queue: Option<Queue>,
    pub status: Option<String>,
    pub kind: Option<String>,
    pub country: Option<String>,
    pub category: Option<String>,
    pub city: Option<String>,
    pub priority: Option<String>,
    pub tag: Option<String>,
    pub assignee: Option<String>,
    /// Only this requester's requests and, with `team_place`, those shared with that city team
    /// (practitioners see nothing else).
    pub requester: Option<String>,
    /// The asking practitioner's city team ([`hubdesk_shared::access::place_key`]).
    pub team_place: Option<String>,
    /// Only requests in these countries (staff limited to countries see nothing else).
    pub countries: Option<Vec<Country>>,
    /// Words to find in the title, description or any message.
    pub q: Option<String>,
    pub sort: Sort,
    /// Who is asking (for "mine") and when (for "overdue").
    pub me: String,
    pub now: i64,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ProjectionRow {
    #[serde(rename = "id")]
    pub request_id: String,
    /// The request's automerge-repo document id, for clients that sync it.
    pub document_id: String,
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
    #[serde(serialize_with = "tag_list")]
    #[schema(value_type = Vec<String>)]
    pub tags: Option<String>,
    pub duplicate_of: Option<String>,
    pub first_response_at: Option<i64>,
    pub sla_due_at: Option<i64>,
    pub sla_paused: bool,
    pub updated_at: i64,
    /// How the requester shares it with their city team (`read`, `write`), if they do.
    pub team: Option<String>,
}

fn tag_list<S: serde::Serializer>(tags: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    let list: Vec<&str> = tags
        .as_deref()
        .unwrap_or("")
        .split(',')
        .filter(|t| !t.is_empty())
        .collect();
    serde::Serialize::serialize(&list, s)
}

/// Words of a search as the database's full-text query: every word must match, each as a
/// prefix. Quotes and operators typed by the user are taken as text, never as syntax, and
/// control characters (which PostgreSQL refuses in text) separate words like spaces.
fn full_text_query(backend: Backend, q: &str) -> Option<String> {
    let words: Vec<String> = q
        .split(|c: char| {
            c.is_whitespace() || c.is_control() || (c.is_ascii_punctuation() && c != '\'')
        })
        .map(|w| w.replace(['"', '\'', '\\'], ""))
        .filter(|w| !w.is_empty())
        .take(16)
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(match backend {
        Backend::Sqlite => words
            .iter()
            .map(|w| format!("\"{w}\"*"))
            .collect::<Vec<_>>()
            .join(" "),
        Backend::Postgres => words
            .iter()
            .map(|w| format!("'{w}':*"))
            .collect::<Vec<_>>()
            .join(" & "),
    })
}

const OPEN: &str = "status NOT IN ('resolved', 'closed')";

fn where_clause(backend: Backend, filter: &Filter) -> (String, Vec<Bind>) {
    let mut clauses = vec!["title IS NOT NULL".to_string()];
    let mut binds: Vec<Bind> = Vec::new();
    let bind = |binds: &mut Vec<Bind>, value: Bind| {
        binds.push(value);
        format!("${}", binds.len())
    };
    for (column, value) in [
        ("status", &filter.status),
        ("kind", &filter.kind),
        ("country", &filter.country),
        ("category", &filter.category),
        ("city", &filter.city),
        ("priority", &filter.priority),
    ] {
        if let Some(value) = value {
            let p = bind(&mut binds, Bind::Text(value.clone()));
            clauses.push(format!("{column} = {p}"));
        }
    }
    if let Some(requester) = &filter.requester {
        let p = bind(&mut binds, Bind::Text(requester.clone()));
        // Theirs, their city team's, and those they were referred to and accepted.
        let r = bind(&mut binds, Bind::Text(format!("%,{requester},%")));
        match &filter.team_place {
            Some(place) => {
                let q = bind(&mut binds, Bind::Text(place.clone()));
                clauses.push(format!(
                    "(requester = {p} OR team_place = {q} OR referred LIKE {r})"
                ));
            }
            None => clauses.push(format!("(requester = {p} OR referred LIKE {r})")),
        }
    }
    if let Some(countries) = &filter.countries {
        clauses.push(in_countries(countries));
    }
    match filter.assignee.as_deref() {
        None => {}
        Some("none") => clauses.push("assignee IS NULL".into()),
        Some(user) => {
            let p = bind(&mut binds, Bind::Text(user.to_string()));
            clauses.push(format!("assignee = {p}"));
        }
    }
    if let Some(tag) = &filter.tag {
        let p = bind(&mut binds, Bind::Text(format!("%,{tag},%")));
        clauses.push(format!("(',' || COALESCE(tags, '') || ',') LIKE {p}"));
    }
    match filter.queue {
        None | Some(Queue::All) => {}
        Some(Queue::New) => clauses.push("status = 'new'".into()),
        Some(Queue::Unassigned) => clauses.push(format!("assignee IS NULL AND {OPEN}")),
        Some(Queue::Mine) => {
            let p = bind(&mut binds, Bind::Text(filter.me.clone()));
            clauses.push(format!("assignee = {p} AND {OPEN}"));
        }
        Some(Queue::WaitingOnRequester) => clauses.push("status = 'waiting_on_requester'".into()),
        Some(Queue::Overdue) => {
            let p = bind(&mut binds, Bind::Int(filter.now));
            clauses.push(format!("sla_due_at < {p} AND {OPEN}"));
        }
        Some(Queue::Open) => clauses.push(OPEN.into()),
    }
    if let Some(query) = filter
        .q
        .as_deref()
        .and_then(|q| full_text_query(backend, q))
    {
        let p = bind(&mut binds, Bind::Text(query));
        clauses.push(match backend {
            Backend::Sqlite => format!(
                "request_id IN (SELECT request_id FROM request_search_rows WHERE id IN \
                 (SELECT rowid FROM request_search WHERE request_search MATCH {p}))"
            ),
            Backend::Postgres => format!("search @@ to_tsquery('simple', {p})"),
        });
    }
    (clauses.join(" AND "), binds)
}

/// The condition that a projection row is in one of `countries`, for staff limited to them.
pub(super) fn in_countries(countries: &[Country]) -> String {
    column_in_countries("country", countries)
}

/// The condition that `column` (a country code) is one of `countries`. Country codes are a
/// fixed vocabulary, so they are written into the SQL as they are. An empty list (never a limit
/// in practice: no limit is `None`) matches nothing.
pub(super) fn column_in_countries(column: &str, countries: &[Country]) -> String {
    if countries.is_empty() {
        return "1 = 0".into();
    }
    let codes: Vec<String> = countries
        .iter()
        .map(|c| format!("'{}'", c.as_str()))
        .collect();
    format!("{column} IN ({})", codes.join(", "))
}

/// The requests with a referral offered to `user` and not yet answered.
pub async fn offered_to(db: &Store, user: &str) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT request_id FROM request_projection WHERE offered LIKE $1")
        .bind(format!("%,{user},%"))
        .fetch_all(db.pool())
        .await?;
    Ok(rows
        .iter()
        .map(|r| r.try_get("request_id"))
        .collect::<Result<_, sqlx::Error>>()?)
}

/// The country a request is in, as its projection has it.
pub async fn country_of(db: &Store, request_id: &str) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT country FROM request_projection WHERE request_id = $1")
        .bind(request_id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(|r| r.try_get("country")).transpose()?.flatten())
}

#[derive(Debug, Clone)]
enum Bind {
    Text(String),
    Int(i64),
}

fn bind_all<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    binds: &[Bind],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    for b in binds {
        query = match b {
            Bind::Text(t) => query.bind(t.clone()),
            Bind::Int(n) => query.bind(*n),
        };
    }
    query
}

const COLUMNS: &str = "request_id, kind, title, category, country, city, requester, created_at, \
     message_count, last_message_at, requested_cents, status, priority, assignee, due_at, tags, \
     duplicate_of, first_response_at, sla_due_at, sla_paused, updated_at, team";

fn row_to_projection(row: &sqlx::any::AnyRow) -> Result<ProjectionRow, sqlx::Error> {
    let request_id: String = row.try_get("request_id")?;
    let document_id = hubdesk_shared::ids::RequestId::parse(&request_id)
        .map(|id| {
            id.document(hubdesk_shared::ids::DocKind::Request)
                .to_string()
        })
        .unwrap_or_default();
    Ok(ProjectionRow {
        request_id,
        document_id,
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
        duplicate_of: row.try_get("duplicate_of")?,
        first_response_at: row.try_get("first_response_at")?,
        sla_due_at: row.try_get("sla_due_at")?,
        sla_paused: row.try_get::<Option<i64>, _>("sla_paused")?.unwrap_or(0) != 0,
        updated_at: row.try_get("updated_at")?,
        team: row.try_get("team")?,
    })
}

/// One page of requests matching `filter`, in its order, and how many match in all.
pub async fn list(db: &Store, filter: &Filter) -> Result<(Vec<ProjectionRow>, i64), StoreError> {
    let (clause, binds) = where_clause(db.backend(), filter);
    let count_sql = format!("SELECT COUNT(*) AS n FROM request_projection WHERE {clause}");
    let total: i64 = bind_all(sqlx::query(&count_sql), &binds)
        .fetch_one(db.pool())
        .await?
        .try_get("n")?;
    let n = binds.len();
    let sql = format!(
        "SELECT {COLUMNS} FROM request_projection WHERE {clause} ORDER BY {} LIMIT ${} OFFSET ${}",
        filter.sort.order_by(),
        n + 1,
        n + 2
    );
    let rows = bind_all(sqlx::query(&sql), &binds)
        .bind(filter.limit)
        .bind(filter.offset)
        .fetch_all(db.pool())
        .await?;
    let rows = rows
        .iter()
        .map(row_to_projection)
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((rows, total))
}

/// One request's projection row.
pub async fn get(db: &Store, request_id: &str) -> Result<Option<ProjectionRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM request_projection WHERE request_id = $1");
    let row = sqlx::query(&sql)
        .bind(request_id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.as_ref().map(row_to_projection).transpose()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_in_a_search_separate_words() {
        assert_eq!(
            full_text_query(Backend::Postgres, "ward\u{0}plan\u{7}"),
            Some("'ward':* & 'plan':*".into())
        );
        assert_eq!(full_text_query(Backend::Sqlite, "\u{0}\u{1}"), None);
    }

    #[test]
    fn search_words_become_prefix_terms_and_lose_their_syntax() {
        assert_eq!(
            full_text_query(Backend::Sqlite, "youth \"council\" OR*"),
            Some("\"youth\"* \"council\"* \"OR\"*".into())
        );
        assert_eq!(
            full_text_query(Backend::Postgres, "ঢাকা  it's"),
            Some("'ঢাকা':* & 'its':*".into())
        );
        assert_eq!(full_text_query(Backend::Sqlite, " ,. "), None);
    }
}
