//! Reports over the request projection: counts by a dimension, service-level durations, and
//! the rows of the CSV export, read as a stream so memory stays flat however many there are.

use futures_util::TryStreamExt;
use sqlx::Row;

use hubdesk_shared::model::Country;

use super::{Store, StoreError};

/// A date range on the server's clock (when the hub received each request), in ms, inclusive of
/// `from` and exclusive of `to`, over the countries the reader handles.
#[derive(Debug, Clone)]
pub struct Range {
    pub from: i64,
    pub to: i64,
    /// Only requests in these countries (staff limited to countries); `None` for every one.
    pub countries: Option<Vec<Country>>,
}

impl Range {
    /// The range's condition on the projection: `$1` and `$2` are `from` and `to`.
    fn condition(&self) -> String {
        match &self.countries {
            None => IN_RANGE.to_string(),
            Some(list) => format!("{IN_RANGE} AND {}", super::queues::in_countries(list)),
        }
    }
}

/// The dimensions a report counts by. Each names a projection column; nothing else reaches SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Status,
    Kind,
    Country,
    Category,
    Assignee,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Status,
        Dimension::Kind,
        Dimension::Country,
        Dimension::Category,
        Dimension::Assignee,
    ];

    fn column(self) -> &'static str {
        match self {
            Dimension::Status => "status",
            Dimension::Kind => "kind",
            Dimension::Country => "country",
            Dimension::Category => "category",
            Dimension::Assignee => "assignee",
        }
    }
}

const IN_RANGE: &str = "title IS NOT NULL AND COALESCE(received_at, created_at) >= $1 AND COALESCE(received_at, created_at) < $2";

/// How many requests in the range have each value of `dimension` (`None` for no value, such as
/// unassigned), most first.
pub async fn counts(
    db: &Store,
    dimension: Dimension,
    range: &Range,
) -> Result<Vec<(Option<String>, i64)>, StoreError> {
    let column = dimension.column();
    let condition = range.condition();
    let sql = format!(
        "SELECT {column} AS value, COUNT(*) AS n FROM request_projection WHERE {condition} \
         GROUP BY {column} ORDER BY n DESC, value"
    );
    let rows = sqlx::query(&sql)
        .bind(range.from)
        .bind(range.to)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("value")?, r.try_get("n")?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// For requests in the range: how long each waited for its first answer, and how long each
/// took to resolve (server time, in ms), for those that got there.
pub async fn durations(db: &Store, range: &Range) -> Result<(Vec<i64>, Vec<i64>), StoreError> {
    let condition = range.condition();
    let sql = format!(
        "SELECT first_response_at - COALESCE(received_at, created_at) AS first, \
         resolved_at - COALESCE(received_at, created_at) AS resolve \
         FROM request_projection WHERE {condition} \
         AND (first_response_at IS NOT NULL OR resolved_at IS NOT NULL)"
    );
    let mut rows = sqlx::query(&sql)
        .bind(range.from)
        .bind(range.to)
        .fetch(db.pool());
    let (mut first, mut resolve) = (Vec::new(), Vec::new());
    while let Some(row) = rows.try_next().await? {
        if let Some(ms) = row.try_get::<Option<i64>, _>("first")? {
            first.push(ms);
        }
        if let Some(ms) = row.try_get::<Option<i64>, _>("resolve")? {
            resolve.push(ms);
        }
    }
    Ok((first, resolve))
}

/// One exported request: what reports need, never the request's text (titles and descriptions
/// can name people; the export does not need them).
#[derive(Debug, Clone)]
pub struct ExportRow {
    pub id: String,
    pub kind: Option<String>,
    pub category: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub status: Option<String>,
    pub priority: Option<String>,
    pub assignee: Option<String>,
    pub tags: Option<String>,
    pub duplicate_of: Option<String>,
    pub received_at: Option<i64>,
    pub first_response_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub sla_due_at: Option<i64>,
    pub message_count: Option<i64>,
    pub requested_cents: Option<i64>,
}

pub const EXPORT_HEADER: [&str; 16] = [
    "id",
    "kind",
    "category",
    "country",
    "city",
    "status",
    "priority",
    "assignee",
    "tags",
    "duplicate_of",
    "received_at",
    "first_response_at",
    "resolved_at",
    "sla_due_at",
    "message_count",
    "requested_cents",
];

/// The query [`export`] runs for `range`.
pub fn export_sql(range: &Range) -> String {
    format!(
        "SELECT request_id, kind, category, country, city, status, priority, \
         assignee, tags, duplicate_of, COALESCE(received_at, created_at) AS received, \
         first_response_at, resolved_at, sla_due_at, message_count, requested_cents \
         FROM request_projection WHERE {} \
         ORDER BY COALESCE(received_at, created_at), request_id",
        range.condition()
    )
}

/// Every request in the range, oldest first, read from the database as the stream is polled;
/// `sql` is [`export_sql`] of the same range.
pub fn export<'a>(
    db: &'a Store,
    sql: &'a str,
    range: &Range,
) -> impl futures_util::Stream<Item = Result<ExportRow, StoreError>> + Send + 'a {
    sqlx::query(sql)
        .bind(range.from)
        .bind(range.to)
        .fetch(db.pool())
        .map_err(StoreError::from)
        .and_then(|r| async move { export_row(&r).map_err(StoreError::from) })
}

fn export_row(r: &sqlx::any::AnyRow) -> Result<ExportRow, sqlx::Error> {
    Ok(ExportRow {
        id: r.try_get("request_id")?,
        kind: r.try_get("kind")?,
        category: r.try_get("category")?,
        country: r.try_get("country")?,
        city: r.try_get("city")?,
        status: r.try_get("status")?,
        priority: r.try_get("priority")?,
        assignee: r.try_get("assignee")?,
        tags: r.try_get("tags")?,
        duplicate_of: r.try_get("duplicate_of")?,
        received_at: r.try_get("received")?,
        first_response_at: r.try_get("first_response_at")?,
        resolved_at: r.try_get("resolved_at")?,
        sla_due_at: r.try_get("sla_due_at")?,
        message_count: r.try_get("message_count")?,
        requested_cents: r.try_get("requested_cents")?,
    })
}
