//! Users and their devices (one bearer token per device).

use sqlx::{AnyExecutor, Row};

use super::StoreError;

#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: String,
    pub username: String,
    pub password_hash: String,
    pub role: String,
    pub country: Option<String>,
    pub city: Option<String>,
}

fn user_from(row: &sqlx::any::AnyRow) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        password_hash: row.try_get("password_hash")?,
        role: row.try_get("role")?,
        country: row.try_get("country")?,
        city: row.try_get("city")?,
    })
}

const USER_COLUMNS: &str = "id, username, password_hash, role, country, city";

pub async fn insert_user(
    db: impl AnyExecutor<'_>,
    user: &UserRow,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO users (id, username, password_hash, role, country, city, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&user.id)
    .bind(&user.username)
    .bind(&user.password_hash)
    .bind(&user.role)
    .bind(&user.country)
    .bind(&user.city)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn user_by_username(
    db: impl AnyExecutor<'_>,
    username: &str,
) -> Result<Option<UserRow>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE username = $1"
    ))
    .bind(username)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(user_from).transpose()?)
}

pub async fn insert_device(
    db: impl AnyExecutor<'_>,
    device_id: &str,
    user_id: &str,
    token_hash: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO devices (id, user_id, token_hash, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(device_id)
    .bind(user_id)
    .bind(token_hash)
    .bind(now)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// The user a live (not revoked) device token belongs to, with the device id and when the
/// device was last used.
pub async fn user_by_token_hash(
    db: impl AnyExecutor<'_>,
    token_hash: &str,
) -> Result<Option<(String, UserRow, i64)>, StoreError> {
    let row = sqlx::query(
        "SELECT d.id AS device_id, COALESCE(d.last_seen_at, d.created_at) AS last_seen_at, u.id, u.username, u.password_hash, u.role, \
         u.country, u.city \
         FROM devices d JOIN users u ON u.id = d.user_id \
         WHERE d.token_hash = $1 AND d.revoked_at IS NULL",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    match row {
        None => Ok(None),
        Some(row) => Ok(Some((
            row.try_get("device_id")?,
            user_from(&row)?,
            row.try_get("last_seen_at")?,
        ))),
    }
}

/// Records that a device was used now.
pub async fn touch_device(
    db: impl AnyExecutor<'_>,
    device_id: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE devices SET last_seen_at = $1 WHERE id = $2 AND (last_seen_at IS NULL OR last_seen_at < $1)")
        .bind(now)
        .bind(device_id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn count_users(db: impl AnyExecutor<'_>) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users")
        .fetch_one(db)
        .await?;
    Ok(row.try_get("n")?)
}

/// Revokes a device's token: it is refused from now on.
pub async fn revoke_device(
    db: impl AnyExecutor<'_>,
    device_id: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(device_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Hub staff (everyone but practitioners), by username: who a request can be assigned to.
pub async fn staff(db: impl AnyExecutor<'_>) -> Result<Vec<(String, String, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, username, role FROM users WHERE role <> 'practitioner' ORDER BY username",
    )
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("username")?, r.try_get("role")?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// The username of a user id, if there is such a user.
pub async fn username_of(db: impl AnyExecutor<'_>, id: &str) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT username FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(row.map(|r| r.try_get("username")).transpose()?)
}
