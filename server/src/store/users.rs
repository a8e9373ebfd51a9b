//! Users and their devices (one bearer token per device).

use hubdesk_shared::model::Country;
use sqlx::{AnyExecutor, Row};

use super::{Backend, Store, StoreError};

#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: String,
    pub username: String,
    pub password_hash: String,
    pub role: String,
    pub country: Option<String>,
    pub city: Option<String>,
    /// The countries a staff member handles, as codes separated by commas; empty for all.
    pub countries: String,
    /// When an admin deactivated the account; it cannot sign in since.
    pub deactivated_at: Option<i64>,
    /// The language the person reads both apps in (a folder of `locales/`); none to follow
    /// their device.
    pub language: Option<String>,
}

fn user_from(row: &sqlx::any::AnyRow) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        password_hash: row.try_get("password_hash")?,
        role: row.try_get("role")?,
        country: row.try_get("country")?,
        city: row.try_get("city")?,
        countries: row.try_get("countries")?,
        deactivated_at: row.try_get("deactivated_at")?,
        language: row.try_get("language")?,
    })
}

const USER_COLUMNS: &str =
    "id, username, password_hash, role, country, city, countries, deactivated_at, language";

pub async fn insert_user(
    db: impl AnyExecutor<'_>,
    user: &UserRow,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO users (id, username, password_hash, role, country, city, countries, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&user.id)
    .bind(&user.username)
    .bind(&user.password_hash)
    .bind(&user.role)
    .bind(&user.country)
    .bind(&user.city)
    .bind(&user.countries)
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

/// A device to register at sign-in.
pub struct NewDevice<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub token_hash: &'a str,
    pub name: &'a str,
    pub platform: &'a str,
}

pub async fn insert_device(
    db: impl AnyExecutor<'_>,
    device: &NewDevice<'_>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO devices (id, user_id, token_hash, name, platform, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(device.id)
    .bind(device.user_id)
    .bind(device.token_hash)
    .bind(device.name)
    .bind(device.platform)
    .bind(now)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// A device as its owner and admins see it.
#[derive(Debug, Clone)]
pub struct DeviceRow {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub platform: String,
    pub created_at: i64,
    pub last_seen_at: Option<i64>,
    pub last_sync_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

const DEVICE_COLUMNS: &str =
    "id, user_id, name, platform, created_at, last_seen_at, last_sync_at, revoked_at";

fn device_from(row: &sqlx::any::AnyRow) -> Result<DeviceRow, sqlx::Error> {
    Ok(DeviceRow {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        name: row.try_get("name")?,
        platform: row.try_get("platform")?,
        created_at: row.try_get("created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
        last_sync_at: row.try_get("last_sync_at")?,
        revoked_at: row.try_get("revoked_at")?,
    })
}

/// Devices, newest first: one user's, or everyone's.
pub async fn devices(
    db: impl AnyExecutor<'_>,
    user_id: Option<&str>,
) -> Result<Vec<DeviceRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {DEVICE_COLUMNS} FROM devices WHERE ($1 IS NULL OR user_id = $1) \
         ORDER BY created_at DESC, id"
    ))
    .bind(user_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(device_from)
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

pub async fn device(db: impl AnyExecutor<'_>, id: &str) -> Result<Option<DeviceRow>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {DEVICE_COLUMNS} FROM devices WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(device_from).transpose()?)
}

/// Records that a device opened a sync connection now. The time is shown to people (a
/// device's last sync), not relied on: on PostgreSQL its commit does not wait for the disk
/// (`synchronous_commit = off`, for this transaction only), so a morning's 200 phones
/// reconnecting at once do not queue 200 flushes of the log ahead of live edits' commits. A
/// crash may lose the last moments of these times, never anything else.
pub async fn touch_sync(db: &Store, device_id: &str, now: i64) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    if db.backend() == Backend::Postgres {
        sqlx::query("SET LOCAL synchronous_commit = off")
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("UPDATE devices SET last_sync_at = $1 WHERE id = $2")
        .bind(now)
        .bind(device_id)
        .execute(&mut **tx)
        .await?;
    tx.commit().await?;
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
         u.country, u.city, u.countries, u.deactivated_at, u.language \
         FROM devices d JOIN users u ON u.id = d.user_id \
         WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND u.deactivated_at IS NULL",
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
pub async fn touch_device(db: &Store, device_id: &str, now: i64) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE devices SET last_seen_at = $1 WHERE id = $2 AND (last_seen_at IS NULL OR last_seen_at < $1)")
        .bind(now)
        .bind(device_id)
        .execute(&mut **tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn count_users(db: impl AnyExecutor<'_>) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users")
        .fetch_one(db)
        .await?;
    Ok(row.try_get("n")?)
}

/// Revokes a device's token: it is refused from now on, and its push subscription ends with
/// the pushes still waiting for it. Returns whether it was live until now.
pub async fn revoke_device(
    db: &mut sqlx::AnyConnection,
    device_id: &str,
    now: i64,
) -> Result<bool, StoreError> {
    super::notifications::unsubscribe_device(&mut *db, device_id).await?;
    let done =
        sqlx::query("UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(device_id)
            .execute(db)
            .await?;
    Ok(done.rows_affected() > 0)
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

/// Active practitioners whose username contains `text` (any case), by username, at most
/// `limit`; only those in `countries` when given. Who staff can file a request for.
pub async fn practitioners(
    db: impl AnyExecutor<'_>,
    text: &str,
    countries: Option<&[Country]>,
    limit: i64,
) -> Result<Vec<UserRow>, StoreError> {
    let pattern = format!(
        "%{}%",
        text.trim()
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut sql = format!(
        "SELECT {USER_COLUMNS} FROM users WHERE role = 'practitioner' AND deactivated_at IS NULL \
         AND LOWER(username) LIKE $1 ESCAPE '\\'"
    );
    if let Some(countries) = countries {
        sql.push_str(&format!(" AND {}", super::queues::in_countries(countries)));
    }
    sql.push_str(" ORDER BY username LIMIT $2");
    let query = sqlx::query(&sql).bind(pattern).bind(limit);
    let rows = query.fetch_all(db).await?;
    rows.iter()
        .map(user_from)
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

/// A user by id.
pub async fn user_by_id(db: impl AnyExecutor<'_>, id: &str) -> Result<Option<UserRow>, StoreError> {
    let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(row.as_ref().map(user_from).transpose()?)
}

/// Every user, by username.
pub async fn all_users(db: impl AnyExecutor<'_>) -> Result<Vec<UserRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {USER_COLUMNS} FROM users ORDER BY username"
    ))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(user_from)
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Writes a user's role, country, city and the countries they handle.
pub async fn update_profile(db: impl AnyExecutor<'_>, user: &UserRow) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE users SET role = $1, country = $2, city = $3, countries = $4, language = $5 \
         WHERE id = $6",
    )
    .bind(&user.role)
    .bind(&user.country)
    .bind(&user.city)
    .bind(&user.countries)
    .bind(&user.language)
    .bind(&user.id)
    .execute(db)
    .await?;
    Ok(())
}

/// Deactivates (`Some(now)`) or reactivates (`None`) a user.
pub async fn set_deactivated(
    db: impl AnyExecutor<'_>,
    user_id: &str,
    at: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET deactivated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}

/// The user's devices that are still live (for revoking them all).
pub async fn live_devices_of(
    db: impl AnyExecutor<'_>,
    user_id: &str,
) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT id FROM devices WHERE user_id = $1 AND revoked_at IS NULL")
        .bind(user_id)
        .fetch_all(db)
        .await?;
    rows.iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

pub async fn set_password_hash(
    db: impl AnyExecutor<'_>,
    user_id: &str,
    hash: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Stores a user's reset code (its hash), replacing any earlier one.
pub async fn put_reset_code(
    db: &Store,
    user_id: &str,
    code_hash: &str,
    issued_by: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM password_resets WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO password_resets (user_id, code_hash, issued_by, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(code_hash)
    .bind(issued_by)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Uses up a user's reset code if `code_hash` is theirs and unexpired at `now`: it is removed
/// in the same statement, so a code works once. Returns whether it was valid.
pub async fn take_reset_code(
    db: impl AnyExecutor<'_>,
    user_id: &str,
    code_hash: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "DELETE FROM password_resets WHERE user_id = $1 AND code_hash = $2 AND expires_at > $3",
    )
    .bind(user_id)
    .bind(code_hash)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Whether `token_hash` belongs to a device that was revoked (or whose user was deactivated).
pub async fn is_revoked_token(
    db: impl AnyExecutor<'_>,
    token_hash: &str,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT d.id FROM devices d JOIN users u ON u.id = d.user_id \
         WHERE d.token_hash = $1 AND (d.revoked_at IS NOT NULL OR u.deactivated_at IS NOT NULL)",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(row.is_some())
}
