//! The network's directory in SQL: member cities with their focal points, and people's profiles
//! (kept whole, as `hubdesk_shared::directory::Profile` in JSON; what a reader is given of one
//! is decided in `shared`, never here).

use hubdesk_shared::directory::{MemberCity, Profile};
use sqlx::Row;

use super::{Store, StoreError};

/// A member city as kept, with its focal points (user id and username).
#[derive(Debug, Clone)]
pub struct CityRow {
    pub id: String,
    pub country: String,
    pub city: String,
    pub status: String,
    pub since: Option<String>,
    pub updated_at: i64,
    pub focal_points: Vec<(String, String)>,
}

/// A profile as kept, with its person's account: username, country and city.
#[derive(Debug, Clone)]
pub struct ProfileRow {
    pub user_id: String,
    pub username: String,
    pub country: Option<String>,
    pub city: Option<String>,
    pub profile: Profile,
    pub updated_at: i64,
}

/// Every member city, by country then city.
pub async fn cities(db: &Store) -> Result<Vec<CityRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, country, city, status, since, updated_at FROM member_cities \
         ORDER BY country, city",
    )
    .fetch_all(db.pool())
    .await?;
    let focal = sqlx::query(
        "SELECT f.city_id, u.id, u.username FROM member_city_focal_points f \
         JOIN users u ON u.id = f.user_id ORDER BY u.username",
    )
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let id: String = row.try_get("id")?;
        let focal_points = focal
            .iter()
            .filter(|f| f.try_get::<String, _>("city_id").is_ok_and(|c| c == id))
            .map(|f| Ok((f.try_get("id")?, f.try_get("username")?)))
            .collect::<Result<_, sqlx::Error>>()?;
        out.push(CityRow {
            id,
            country: row.try_get("country")?,
            city: row.try_get("city")?,
            status: row.try_get("status")?,
            since: row.try_get("since")?,
            updated_at: row.try_get("updated_at")?,
            focal_points,
        });
    }
    Ok(out)
}

/// The id of the member city at `country`/`city`, if there is one.
pub async fn city_at(db: &Store, country: &str, city: &str) -> Result<Option<String>, StoreError> {
    let row =
        sqlx::query("SELECT id FROM member_cities WHERE country = $1 AND LOWER(city) = LOWER($2)")
            .bind(country)
            .bind(city)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

/// The country of member city `id`, if there is one.
pub async fn city_country(db: &Store, id: &str) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT country FROM member_cities WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(|r| r.try_get("country")).transpose()?)
}

/// Adds or replaces member city `id` and its focal points, in one transaction.
pub async fn put_city(
    db: &Store,
    id: &str,
    city: &MemberCity,
    focal_points: &[String],
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO member_cities (id, country, city, status, since, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET country = excluded.country, \
         city = excluded.city, status = excluded.status, since = excluded.since, \
         updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(city.country.as_str())
    .bind(&city.city)
    .bind(city.status.as_str())
    .bind(city.since.as_deref())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM member_city_focal_points WHERE city_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for user in focal_points {
        sqlx::query("INSERT INTO member_city_focal_points (city_id, user_id) VALUES ($1, $2)")
            .bind(id)
            .bind(user)
            .execute(&mut **tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

const PROFILE_COLUMNS: &str = "p.user_id, u.username, u.country, u.city, p.profile, p.updated_at";

fn profile_of(row: &sqlx::any::AnyRow) -> Result<ProfileRow, StoreError> {
    let json: String = row.try_get("profile")?;
    let profile = serde_json::from_str(&json)
        .map_err(|e| StoreError::Corrupt(format!("directory profile: {e}")))?;
    Ok(ProfileRow {
        user_id: row.try_get("user_id")?,
        username: row.try_get("username")?,
        country: row.try_get("country")?,
        city: row.try_get("city")?,
        profile,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Every profile of an active account, by name.
pub async fn profiles(db: &Store) -> Result<Vec<ProfileRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {PROFILE_COLUMNS} FROM directory_profiles p JOIN users u ON u.id = p.user_id \
         WHERE u.deactivated_at IS NULL"
    ))
    .fetch_all(db.pool())
    .await?;
    let mut out: Vec<ProfileRow> = rows.iter().map(profile_of).collect::<Result<_, _>>()?;
    out.sort_by_key(|p| p.profile.name.to_lowercase());
    Ok(out)
}

/// `user`'s profile, if they have one.
pub async fn profile(db: &Store, user: &str) -> Result<Option<ProfileRow>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {PROFILE_COLUMNS} FROM directory_profiles p JOIN users u ON u.id = p.user_id \
         WHERE p.user_id = $1"
    ))
    .bind(user)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(profile_of).transpose()
}

/// Keeps `profile` as `user`'s, replacing any earlier one.
pub async fn put_profile(
    db: &Store,
    user: &str,
    profile: &Profile,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(profile)
        .map_err(|e| StoreError::Corrupt(format!("directory profile: {e}")))?;
    sqlx::query(
        "INSERT INTO directory_profiles (user_id, profile, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO UPDATE SET profile = excluded.profile, \
         updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(user)
    .bind(json)
    .bind(now)
    .bind(by)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Removes `user`'s profile and their places as a focal point, for their erasure.
pub async fn forget_person(db: &Store, user: &str) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    for statement in [
        "DELETE FROM directory_profiles WHERE user_id = $1",
        "DELETE FROM member_city_focal_points WHERE user_id = $1",
    ] {
        sqlx::query(statement).bind(user).execute(&mut **tx).await?;
    }
    tx.commit().await?;
    Ok(())
}
