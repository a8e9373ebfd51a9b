//! Feedback on events in SQL: one answer per person and event, replaced when they answer again;
//! read back for reports without the people who gave it.

use hubdesk_shared::feedback::Feedback;
use hubdesk_shared::model::Country;
use sqlx::Row;

use super::events::{COLUMNS, EventRow, row_of};
use super::{Store, StoreError};

/// What the hub knows of a person and an event when they answer: whether they attended, when it
/// ends, and whether they answered before.
pub struct Standing {
    pub attended: bool,
    pub ends_at: i64,
    pub answered: bool,
}

/// `user`'s standing towards `event`; `None` when there is no such event.
pub async fn standing(db: &Store, event: &str, user: &str) -> Result<Option<Standing>, StoreError> {
    let row = sqlx::query(
        "SELECT e.ends_at, r.attended_at, f.given_at FROM events e \
         LEFT JOIN event_registrations r ON r.event_id = e.id AND r.user_id = $2 \
         LEFT JOIN event_feedback f ON f.event_id = e.id AND f.user_id = $2 \
         WHERE e.id = $1",
    )
    .bind(event)
    .bind(user)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    Ok(Some(Standing {
        ends_at: row.try_get("ends_at")?,
        attended: row.try_get::<Option<i64>, _>("attended_at")?.is_some(),
        answered: row.try_get::<Option<i64>, _>("given_at")?.is_some(),
    }))
}

/// Keeps `user`'s answer about `event`, replacing an earlier one.
pub async fn give(
    db: &Store,
    event: &str,
    user: &str,
    feedback: &Feedback,
    country: Option<&str>,
    city: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO event_feedback (event_id, user_id, rating, usefulness, comment, country, city, given_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (event_id, user_id) DO UPDATE SET rating = excluded.rating, \
         usefulness = excluded.usefulness, comment = excluded.comment, country = excluded.country, \
         city = excluded.city, given_at = excluded.given_at",
    )
    .bind(event)
    .bind(user)
    .bind(feedback.rating)
    .bind(feedback.usefulness)
    .bind(feedback.comment.as_deref())
    .bind(country)
    .bind(city)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// One answer as reports read it: about which event, from which place, never from whom.
#[derive(Debug, Clone)]
pub struct Answer {
    pub event_id: String,
    pub title: String,
    pub kind: String,
    pub starts_at: i64,
    pub country: Option<String>,
    pub city: Option<String>,
    pub rating: i64,
    pub usefulness: i64,
    pub comment: Option<String>,
    pub given_at: i64,
}

/// Every answer from people in `countries` (all when `None`), by event date then answer time.
pub async fn answers(db: &Store, countries: Option<&[Country]>) -> Result<Vec<Answer>, StoreError> {
    let mut sql = String::from(
        "SELECT f.event_id, e.title, e.kind, e.starts_at, f.country, f.city, f.rating, \
         f.usefulness, f.comment, f.given_at FROM event_feedback f JOIN events e ON e.id = f.event_id",
    );
    if let Some(countries) = countries {
        let limit = super::queues::column_in_countries("f.country", countries);
        sql.push_str(&format!(" WHERE {limit}"));
    }
    sql.push_str(" ORDER BY e.starts_at, f.given_at");
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    Ok(rows
        .iter()
        .map(|row| {
            Ok(Answer {
                event_id: row.try_get("event_id")?,
                title: row.try_get("title")?,
                kind: row.try_get("kind")?,
                starts_at: row.try_get("starts_at")?,
                country: row.try_get("country")?,
                city: row.try_get("city")?,
                rating: row.try_get("rating")?,
                usefulness: row.try_get("usefulness")?,
                comment: row.try_get("comment")?,
                given_at: row.try_get("given_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?)
}

/// Events `user` attended that have ended by `now`, each with whether they answered: what the
/// phone asks them about. The most recent first, at most 50, read in one query.
pub async fn attended(
    db: &Store,
    user: &str,
    now: i64,
) -> Result<Vec<(EventRow, bool)>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS}, f.given_at FROM event_registrations er JOIN events e ON e.id = er.event_id \
         LEFT JOIN event_feedback f ON f.event_id = e.id AND f.user_id = er.user_id \
         WHERE er.user_id = $1 AND er.attended_at IS NOT NULL AND e.ends_at <= $2 \
         ORDER BY e.ends_at DESC LIMIT 50"
    ))
    .bind(user)
    .bind(now)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .iter()
        .map(|row| {
            Ok((
                row_of(row)?,
                row.try_get::<Option<i64>, _>("given_at")?.is_some(),
            ))
        })
        .collect::<Result<_, sqlx::Error>>()?)
}
