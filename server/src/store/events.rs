//! Events and registrations in SQL. A registration and a cancellation each run in one write
//! transaction that first locks the event (`FOR UPDATE` on PostgreSQL; on SQLite the write
//! transaction holds the database's one write lock from its first statement), then reads how many
//! are admitted: so seats are never oversubscribed, whichever node takes the registration.

use hubdesk_shared::events::{Event, EventKind, EventMode, Registration, place_registration};
use sqlx::{Any, AnyExecutor, Row, Transaction};

use super::{Backend, Store, StoreError};

/// An event as the REST API shows it, with its seats taken and its line.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct EventRow {
    pub id: String,
    pub title: String,
    #[schema(value_type = EventKind)]
    pub kind: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub seats: i64,
    #[schema(value_type = EventMode)]
    pub mode: String,
    pub place: Option<String>,
    pub link: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
    /// How many have a seat.
    pub admitted: i64,
    /// How many wait for one.
    pub waiting: i64,
    pub created_at: i64,
}

/// Stores a new event.
pub async fn insert(
    db: &Store,
    id: &str,
    event: &Event,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO events (id, title, kind, starts_at, ends_at, seats, mode, place, link, \
         language, description, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(id)
    .bind(&event.title)
    .bind(event.kind.as_str())
    .bind(event.starts_at)
    .bind(event.ends_at)
    .bind(event.seats)
    .bind(event.mode.as_str())
    .bind(event.place.as_deref())
    .bind(event.link.as_deref())
    .bind(event.language.as_deref())
    .bind(event.description.as_deref())
    .bind(by)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

pub(super) const COLUMNS: &str = "e.id, e.title, e.kind, e.starts_at, e.ends_at, e.seats, e.mode, e.place, \
    e.link, e.language, e.description, e.created_at, \
    (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'admitted') AS admitted, \
    (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waiting') AS waiting";

pub(super) fn row_of(row: &sqlx::any::AnyRow) -> Result<EventRow, sqlx::Error> {
    Ok(EventRow {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        kind: row.try_get("kind")?,
        starts_at: row.try_get("starts_at")?,
        ends_at: row.try_get("ends_at")?,
        seats: row.try_get("seats")?,
        mode: row.try_get("mode")?,
        place: row.try_get("place")?,
        link: row.try_get("link")?,
        language: row.try_get("language")?,
        description: row.try_get("description")?,
        admitted: row.try_get("admitted")?,
        waiting: row.try_get("waiting")?,
        created_at: row.try_get("created_at")?,
    })
}

/// One event, with its counts.
pub async fn get(db: &Store, id: &str) -> Result<Option<EventRow>, StoreError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM events e WHERE e.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.as_ref().map(row_of).transpose()?)
}

/// Events ending at or after `from`, soonest first, at most `limit`.
pub async fn upcoming(db: &Store, from: i64, limit: i64) -> Result<Vec<EventRow>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM events e WHERE e.ends_at >= $1 ORDER BY e.starts_at, e.id LIMIT $2"
    ))
    .bind(from)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.iter().map(row_of).collect::<Result<_, _>>()?)
}

/// `user`'s registrations for events ending at or after `from`, by event id: one query for a
/// whole list of events.
pub async fn registrations_from(
    db: &Store,
    user: &str,
    from: i64,
) -> Result<std::collections::HashMap<String, Registration>, StoreError> {
    let rows = sqlx::query(
        "SELECT r.event_id, r.status FROM event_registrations r JOIN events e ON e.id = r.event_id \
         WHERE r.user_id = $1 AND e.ends_at >= $2",
    )
    .bind(user)
    .bind(from)
    .fetch_all(db.pool())
    .await?;
    let mut out = std::collections::HashMap::new();
    for row in &rows {
        let status: String = row.try_get("status")?;
        if let Some(status) = Registration::parse(&status) {
            out.insert(row.try_get("event_id")?, status);
        }
    }
    Ok(out)
}

/// What registering did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registered {
    /// A new registration, admitted or in line.
    New(Registration),
    /// They were registered already; nothing changed.
    Already(Registration),
    /// The event is over: registrations are closed.
    Over,
    NoSuchEvent,
}

/// Locks event `id` for this transaction and returns its seats and end, or `None`.
async fn lock_event(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    id: &str,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let query = match backend {
        Backend::Postgres => "SELECT seats, ends_at FROM events WHERE id = $1 FOR UPDATE",
        Backend::Sqlite => "SELECT seats, ends_at FROM events WHERE id = $1",
    };
    let row = sqlx::query(query)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    row.map(|r| Ok((r.try_get("seats")?, r.try_get("ends_at")?)))
        .transpose()
}

/// `user`'s registration for `event`, if any (inside a transaction, or not).
async fn status_of(
    db: impl AnyExecutor<'_>,
    event: &str,
    user: &str,
) -> Result<Option<Registration>, sqlx::Error> {
    let row =
        sqlx::query("SELECT status FROM event_registrations WHERE event_id = $1 AND user_id = $2")
            .bind(event)
            .bind(user)
            .fetch_optional(db)
            .await?;
    Ok(row
        .map(|r| r.try_get::<String, _>("status"))
        .transpose()?
        .and_then(|s| Registration::parse(&s)))
}

/// How many of `event`'s registrations have a seat, read in the caller's locked transaction.
async fn admitted_in(tx: &mut Transaction<'_, Any>, event: &str) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "SELECT COUNT(*) AS n FROM event_registrations WHERE event_id = $1 AND status = 'admitted'",
    )
    .bind(event)
    .fetch_one(&mut **tx)
    .await?
    .try_get("n")
}

/// Registers `user` for event `event`: a seat if one is free, else a place in line.
pub async fn register(
    db: &Store,
    event: &str,
    user: &str,
    now: i64,
) -> Result<Registered, StoreError> {
    let mut tx = db.begin_write().await?;
    let Some((seats, ends_at)) = lock_event(&mut tx, db.backend(), event).await? else {
        return Ok(Registered::NoSuchEvent);
    };
    if let Some(status) = status_of(&mut **tx, event, user).await? {
        return Ok(Registered::Already(status));
    }
    if ends_at < now {
        return Ok(Registered::Over);
    }
    let admitted = admitted_in(&mut tx, event).await?;
    let status = place_registration(seats, admitted);
    sqlx::query(
        "INSERT INTO event_registrations (event_id, user_id, status, registered_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(event)
    .bind(user)
    .bind(status.as_str())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    Ok(Registered::New(status))
}

/// What cancelling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cancelled {
    /// Their registration went; `moved_up` is who took the freed seat, if anyone did.
    Done {
        moved_up: Option<String>,
    },
    NotRegistered,
    NoSuchEvent,
}

/// Cancels `user`'s registration for `event`; a freed seat goes to the first in line.
pub async fn cancel(db: &Store, event: &str, user: &str) -> Result<Cancelled, StoreError> {
    let mut tx = db.begin_write().await?;
    let Some((seats, _)) = lock_event(&mut tx, db.backend(), event).await? else {
        return Ok(Cancelled::NoSuchEvent);
    };
    if status_of(&mut **tx, event, user).await?.is_none() {
        return Ok(Cancelled::NotRegistered);
    }
    sqlx::query("DELETE FROM event_registrations WHERE event_id = $1 AND user_id = $2")
        .bind(event)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    let admitted = admitted_in(&mut tx, event).await?;
    let mut moved_up = None;
    if place_registration(seats, admitted) == Registration::Admitted {
        let first = sqlx::query(
            "SELECT seq, user_id FROM event_registrations WHERE event_id = $1 \
             AND status = 'waiting' ORDER BY seq LIMIT 1",
        )
        .bind(event)
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(first) = first {
            let seq: i64 = first.try_get("seq")?;
            sqlx::query("UPDATE event_registrations SET status = 'admitted' WHERE seq = $1")
                .bind(seq)
                .execute(&mut **tx)
                .await?;
            moved_up = Some(first.try_get("user_id")?);
        }
    }
    tx.commit().await?;
    Ok(Cancelled::Done { moved_up })
}

/// `user`'s registration for `event`, if any.
pub async fn registration(
    db: &Store,
    event: &str,
    user: &str,
) -> Result<Option<Registration>, StoreError> {
    Ok(status_of(db.pool(), event, user).await?)
}

/// One registration, as staff running the event see it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RegistrationRow {
    pub user_id: String,
    pub username: String,
    #[schema(value_type = Registration)]
    pub status: String,
    pub registered_at: i64,
    /// When staff marked them as having attended.
    pub attended_at: Option<i64>,
}

/// `event`'s registrations in the order they reached the hub.
pub async fn registrations(db: &Store, event: &str) -> Result<Vec<RegistrationRow>, StoreError> {
    let rows = sqlx::query(
        "SELECT r.user_id, u.username, r.status, r.registered_at, r.attended_at \
         FROM event_registrations r JOIN users u ON u.id = r.user_id \
         WHERE r.event_id = $1 ORDER BY r.seq",
    )
    .bind(event)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .iter()
        .map(|row| {
            Ok(RegistrationRow {
                user_id: row.try_get("user_id")?,
                username: row.try_get("username")?,
                status: row.try_get("status")?,
                registered_at: row.try_get("registered_at")?,
                attended_at: row.try_get("attended_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?)
}

/// Marks (`Some(at)`) or unmarks (`None`) `user` as having attended `event`, if `allowed` by
/// their registration's standing. Returns their standing, or `None` when they have none.
pub async fn mark_attendance(
    db: &Store,
    event: &str,
    user: &str,
    at: Option<i64>,
    allowed: impl Fn(Registration) -> bool,
) -> Result<Option<(Registration, bool)>, StoreError> {
    let mut tx = db.begin_write().await?;
    let Some(status) = status_of(&mut **tx, event, user).await? else {
        return Ok(None);
    };
    if !allowed(status) {
        return Ok(Some((status, false)));
    }
    sqlx::query(
        "UPDATE event_registrations SET attended_at = $1 WHERE event_id = $2 AND user_id = $3",
    )
    .bind(at)
    .bind(event)
    .bind(user)
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    Ok(Some((status, true)))
}
