//! Member cities' needs assessments in SQL (one per city and quarter, the answers as
//! `hubdesk_shared::needs::Answers` in JSON), and what reports about them read.

use hubdesk_shared::model::Country;
use hubdesk_shared::needs::Answers;
use sqlx::Row;

use super::{Store, StoreError};

/// A member city someone is a focal point of.
#[derive(Debug, Clone)]
pub struct FocalCity {
    pub id: String,
    pub country: String,
    pub city: String,
    pub status: String,
}

/// One assessment as kept.
#[derive(Debug, Clone)]
pub struct AssessmentRow {
    pub city_id: String,
    pub period: String,
    pub country: String,
    pub city: String,
    pub answers: Answers,
    pub submitted_at: i64,
}

/// The member cities `user` is a focal point of, by country then city.
pub async fn focal_cities(db: &Store, user: &str) -> Result<Vec<FocalCity>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.id, c.country, c.city, c.status FROM member_city_focal_points f \
         JOIN member_cities c ON c.id = f.city_id WHERE f.user_id = $1 ORDER BY c.country, c.city",
    )
    .bind(user)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            Ok(FocalCity {
                id: r.try_get("id")?,
                country: r.try_get("country")?,
                city: r.try_get("city")?,
                status: r.try_get("status")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?)
}

/// Keeps the assessment of `city` for `period`, replacing one made earlier in that period.
pub async fn put(
    db: &Store,
    city: &FocalCity,
    period: &str,
    answers: &Answers,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(answers)
        .map_err(|e| StoreError::Corrupt(format!("needs assessment: {e}")))?;
    sqlx::query(
        "INSERT INTO needs_assessments (city_id, period, country, city, answers, submitted_by, \
         submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (city_id, period) DO UPDATE \
         SET country = excluded.country, city = excluded.city, answers = excluded.answers, \
         submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at",
    )
    .bind(&city.id)
    .bind(period)
    .bind(&city.country)
    .bind(&city.city)
    .bind(json)
    .bind(by)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

fn row_of(row: &sqlx::any::AnyRow) -> Result<AssessmentRow, StoreError> {
    let json: String = row.try_get("answers")?;
    Ok(AssessmentRow {
        city_id: row.try_get("city_id")?,
        period: row.try_get("period")?,
        country: row.try_get("country")?,
        city: row.try_get("city")?,
        answers: serde_json::from_str(&json)
            .map_err(|e| StoreError::Corrupt(format!("needs assessment: {e}")))?,
        submitted_at: row.try_get("submitted_at")?,
    })
}

const COLUMNS: &str = "city_id, period, country, city, answers, submitted_at";

/// Every assessment of cities in `countries` (all when `None`), oldest period first.
pub async fn all(
    db: &Store,
    countries: Option<&[Country]>,
) -> Result<Vec<AssessmentRow>, StoreError> {
    let mut sql = format!("SELECT {COLUMNS} FROM needs_assessments");
    if let Some(countries) = countries {
        sql.push_str(&format!(
            " WHERE {}",
            super::queues::in_countries(countries)
        ));
    }
    sql.push_str(" ORDER BY period, country, city");
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    rows.iter().map(row_of).collect()
}

/// The assessments of the member cities `user` is a focal point of, newest first.
pub async fn of_focal_point(db: &Store, user: &str) -> Result<Vec<AssessmentRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM needs_assessments WHERE city_id IN \
         (SELECT city_id FROM member_city_focal_points WHERE user_id = $1) \
         ORDER BY period DESC"
    ))
    .bind(user)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(row_of).collect()
}

/// How many requests, and how many still open, come from each place (country and city as the
/// request has them) in `countries` (all when `None`).
pub async fn requests_by_place(
    db: &Store,
    countries: Option<&[Country]>,
) -> Result<Vec<(String, String, i64, i64)>, StoreError> {
    let mut sql = String::from(
        "SELECT country, city, COUNT(*) AS total, \
         SUM(CASE WHEN status IN ('resolved', 'closed') THEN 0 ELSE 1 END) AS open \
         FROM request_projection WHERE country IS NOT NULL AND city IS NOT NULL",
    );
    if let Some(countries) = countries {
        sql.push_str(&format!(" AND {}", super::queues::in_countries(countries)));
    }
    sql.push_str(" GROUP BY country, city");
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    Ok(rows
        .iter()
        .map(|r| {
            Ok((
                r.try_get("country")?,
                r.try_get("city")?,
                r.try_get("total")?,
                r.try_get::<Option<i64>, _>("open")?.unwrap_or(0),
            ))
        })
        .collect::<Result<_, sqlx::Error>>()?)
}
