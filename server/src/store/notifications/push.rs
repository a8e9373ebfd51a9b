//! Web Push subscriptions, the outbox of pushes and its claims, and the hub's VAPID keys.

use sqlx::{AnyExecutor, Row};

use super::super::{Backend, Store, StoreError, in_list};

// ----- subscriptions ------------------------------------------------------------------------

/// A device's Web Push subscription.
#[derive(Debug, Clone)]
pub struct Subscription {
    pub id: String,
    pub user_id: String,
    pub device_id: String,
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

/// Subscribes a device, replacing its earlier subscription and any other holding the same
/// endpoint (a browser keeps one per origin).
pub async fn subscribe(db: &Store, sub: &Subscription, now: i64) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM push_subscriptions WHERE device_id = $1 OR endpoint = $2")
        .bind(&sub.device_id)
        .bind(&sub.endpoint)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO push_subscriptions (id, user_id, device_id, endpoint, p256dh, auth, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&sub.id)
    .bind(&sub.user_id)
    .bind(&sub.device_id)
    .bind(&sub.endpoint)
    .bind(&sub.p256dh)
    .bind(&sub.auth)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Removes subscription `id` if it is `user_id`'s; returns whether it was.
pub async fn unsubscribe(db: &Store, id: &str, user_id: &str) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM push_subscriptions WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Removes what device `device_id` subscribed (it signed out or was revoked), and the pushes
/// still waiting for it.
pub async fn unsubscribe_device(
    db: impl AnyExecutor<'_>,
    device_id: &str,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM push_subscriptions WHERE device_id = $1")
        .bind(device_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Removes subscription `id` whatever its owner (its push service said it is gone).
pub async fn remove_subscription(db: impl AnyExecutor<'_>, id: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM push_subscriptions WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

// ----- the outbox ---------------------------------------------------------------------------

/// A push claimed for sending.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub attempts: i64,
    pub due_at: i64,
    pub expires_at: i64,
    pub notification_id: String,
    pub kind: String,
    pub request_id: String,
    pub subscription_id: String,
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

/// Claims at most `most` pushes due at `now` until `until`: no other sender, on this node or
/// another, takes them meanwhile (PostgreSQL skips rows another transaction has locked).
pub async fn claim(
    db: &Store,
    now: i64,
    until: i64,
    most: i64,
) -> Result<Vec<Claimed>, StoreError> {
    let lock = match db.backend() {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE push_outbox SET claimed_until = $1 WHERE id IN (SELECT id FROM push_outbox \
         WHERE due_at <= $2 AND claimed_until <= $2 ORDER BY due_at LIMIT $3{lock}) RETURNING id"
    );
    let mut tx = db.begin_write().await?;
    let ids: Vec<i64> = sqlx::query(&sql)
        .bind(until)
        .bind(now)
        .bind(most)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| row.try_get("id"))
        .collect::<Result<_, _>>()?;
    tx.commit().await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT o.id, o.attempts, o.due_at, o.expires_at, n.id AS notification_id, n.kind, n.request_id, \
         s.id AS subscription_id, s.endpoint, s.p256dh, s.auth FROM push_outbox o \
         JOIN notifications n ON n.id = o.notification_id \
         JOIN push_subscriptions s ON s.id = o.subscription_id WHERE o.id IN ({})",
        in_list(ids.len())
    );
    let mut query = super::super::rows_query(&sql, ids.len());
    for id in &ids {
        query = query.bind(*id);
    }
    let rows = query.fetch_all(db.pool()).await?;
    rows.iter()
        .map(|row| {
            Ok(Claimed {
                id: row.try_get("id")?,
                attempts: row.try_get("attempts")?,
                due_at: row.try_get("due_at")?,
                expires_at: row.try_get("expires_at")?,
                notification_id: row.try_get("notification_id")?,
                kind: row.try_get("kind")?,
                request_id: row.try_get("request_id")?,
                subscription_id: row.try_get("subscription_id")?,
                endpoint: row.try_get("endpoint")?,
                p256dh: row.try_get("p256dh")?,
                auth: row.try_get("auth")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// A push is done with (sent, refused for good, or expired).
pub async fn done(db: &Store, id: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM push_outbox WHERE id = $1")
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// A push is to be tried again at `due_at`.
pub async fn retry(db: &Store, id: i64, due_at: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE push_outbox SET attempts = attempts + 1, due_at = $1, claimed_until = 0 \
         WHERE id = $2",
    )
    .bind(due_at)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// A push is held until `due_at` (gathered with others), its tries not counted.
pub async fn defer(db: &Store, id: i64, due_at: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE push_outbox SET due_at = $1, claimed_until = 0 WHERE id = $2")
        .bind(due_at)
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Removes everything about `user` this module keeps (their choices and digest address, their
/// subscriptions, their list), for their erasure.
pub async fn forget_person(db: &Store, user: &str) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    for statement in [
        "DELETE FROM notification_prefs WHERE user_id = $1",
        "DELETE FROM push_subscriptions WHERE user_id = $1",
        "DELETE FROM notifications WHERE user_id = $1",
    ] {
        sqlx::query(statement).bind(user).execute(&mut **tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

// ----- the hub's keys -----------------------------------------------------------------------

/// The hub's VAPID key pair (private, public; base64url), made by `make` if no node has made
/// one yet. Two nodes starting at once keep whichever was stored first.
pub async fn push_keys(
    db: &Store,
    make: impl FnOnce() -> (String, String),
    now: i64,
) -> Result<(String, String), StoreError> {
    let read = || async {
        let row = sqlx::query("SELECT private_key, public_key FROM push_keys WHERE id = 1")
            .fetch_optional(db.pool())
            .await?;
        row.map(|row| {
            Ok::<_, sqlx::Error>((row.try_get("private_key")?, row.try_get("public_key")?))
        })
        .transpose()
    };
    if let Some(keys) = read().await? {
        return Ok(keys);
    }
    let (private, public) = make();
    sqlx::query(
        "INSERT INTO push_keys (id, private_key, public_key, created_at) VALUES (1, $1, $2, $3) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(private)
    .bind(public)
    .bind(now)
    .execute(db.pool())
    .await?;
    read()
        .await?
        .ok_or_else(|| StoreError::Corrupt("the push keys were not stored".into()))
}
