//! Notifications in SQL: what each person was told, written in the transaction that stores its
//! cause (here), people's choices, their list and digests (`people.rs`), and Web Push
//! subscriptions, the outbox of pushes and the hub's VAPID keys (`push.rs`). Who is told what
//! is `shared::notify`'s rule; this module only carries it out.

mod people;
mod push;

pub use people::*;
pub use push::*;

use std::collections::{HashMap, HashSet};

use hubdesk_shared::access::Principal;
use hubdesk_shared::history::Recorded;
use hubdesk_shared::ids::UserId;
use hubdesk_shared::model::{Country, Kind, Priority, Role};
use hubdesk_shared::notify::{self, Audience, NotificationKind, Preferences, RequestFacts};
use sqlx::{Any, AnyExecutor, Row, Transaction};

use super::write::ROWS;
use super::{StoreError, in_list, values};

/// A notification to record.
#[derive(Debug, Clone)]
pub struct NewNotification {
    pub user_id: String,
    pub kind: NotificationKind,
    pub request_id: String,
    /// Set for notifications about a state rather than an event, so it is told once.
    pub dedupe: Option<String>,
}

/// What a request is, read from its projection once the write's own rows are in.
struct Facts {
    requester: String,
    assignee: Option<String>,
    kind: Kind,
    country: Option<Country>,
    priority: Priority,
}

/// Records whom `events` (per request) tell what, within the transaction that stores them:
/// their notifications and, for each of the recipients' subscribed devices, a push to send.
/// Returns how many notifications were recorded.
pub async fn record_for_events(
    tx: &mut Transaction<'_, Any>,
    events: &[(&str, &[Recorded])],
    now: i64,
) -> Result<usize, StoreError> {
    if events.is_empty() {
        return Ok(0);
    }
    let ids: Vec<&str> = {
        let mut ids: Vec<&str> = events.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let facts = request_facts(tx, &ids).await?;
    let mut told: Vec<(Audience, NotificationKind, &str)> = Vec::new();
    for (request_id, recorded) in events {
        let Some(f) = facts.get(*request_id) else {
            continue;
        };
        let facts = RequestFacts {
            requester: &f.requester,
            assignee: f.assignee.as_deref(),
            kind: f.kind,
            country: f.country,
            priority: f.priority,
        };
        for r in recorded.iter() {
            for (audience, kind) in notify::for_event(r, &facts) {
                told.push((audience, kind, request_id));
            }
        }
    }
    if told.is_empty() {
        return Ok(0);
    }
    let handlers = if told.iter().any(|(a, _, _)| *a == Audience::Handlers) {
        staff(&mut **tx).await?
    } else {
        Vec::new()
    };
    // One notification per person, kind and request in a write, however many events caused it.
    let mut seen = HashSet::new();
    let mut new = Vec::new();
    for (audience, kind, request_id) in told {
        let people: Vec<&str> = match &audience {
            Audience::Person(person) => vec![person.as_str()],
            Audience::Handlers => {
                let f = &facts[request_id];
                handlers
                    .iter()
                    .filter(|p| notify::handles(p, f.kind, f.country))
                    .map(|p| p.user.as_str())
                    .collect()
            }
        };
        for person in people {
            if seen.insert((person.to_string(), kind, request_id)) {
                new.push(NewNotification {
                    user_id: person.to_string(),
                    kind,
                    request_id: request_id.to_string(),
                    dedupe: None,
                });
            }
        }
    }
    record(tx, &new, now).await
}

/// Records `new` as each person chose (kinds turned off are not recorded; quiet hours hold the
/// push), with a push for each of their subscribed devices. A notification whose `dedupe` key
/// was recorded before is skipped. Returns how many were recorded.
pub async fn record(
    tx: &mut Transaction<'_, Any>,
    new: &[NewNotification],
    now: i64,
) -> Result<usize, StoreError> {
    if new.is_empty() {
        return Ok(0);
    }
    let people: Vec<&str> = {
        let mut people: Vec<&str> = new.iter().map(|n| n.user_id.as_str()).collect();
        people.sort_unstable();
        people.dedup();
        people
    };
    let prefs = preferences_of(&mut **tx, &people).await?;
    let default = Preferences::default();
    let rows: Vec<(String, &NewNotification, i64, i64)> = new
        .iter()
        .filter(|n| prefs.get(&n.user_id).unwrap_or(&default).wants(n.kind))
        .map(|n| {
            let push_at = prefs.get(&n.user_id).unwrap_or(&default).push_at(now);
            let expires_at = push_at + i64::from(n.kind.ttl_secs()) * 1000;
            (uuid::Uuid::new_v4().to_string(), n, push_at, expires_at)
        })
        .collect();
    let mut recorded = 0;
    for part in rows.chunks(ROWS) {
        let sql = format!(
            "INSERT INTO notifications (id, user_id, kind, request_id, created_at, push_at, \
             push_expires_at, dedupe) VALUES {} ON CONFLICT (dedupe) DO NOTHING",
            values(part.len(), "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        );
        let mut query = super::rows_query(&sql, part.len());
        for (id, n, push_at, expires_at) in part {
            query = query
                .bind(id.as_str())
                .bind(n.user_id.as_str())
                .bind(n.kind.as_str())
                .bind(n.request_id.as_str())
                .bind(now)
                .bind(*push_at)
                .bind(*expires_at)
                .bind(n.dedupe.as_deref());
        }
        recorded += query.execute(&mut **tx).await?.rows_affected() as usize;
        let sql = format!(
            "INSERT INTO push_outbox (notification_id, subscription_id, due_at, expires_at) \
             SELECT n.id, s.id, n.push_at, n.push_expires_at FROM notifications n \
             JOIN push_subscriptions s ON s.user_id = n.user_id WHERE n.id IN ({})",
            in_list(part.len())
        );
        let mut query = super::rows_query(&sql, part.len());
        for (id, _, _, _) in part {
            query = query.bind(id.as_str());
        }
        query.execute(&mut **tx).await?;
    }
    Ok(recorded)
}

async fn request_facts(
    tx: &mut Transaction<'_, Any>,
    ids: &[&str],
) -> Result<HashMap<String, Facts>, StoreError> {
    let mut facts = HashMap::new();
    for part in ids.chunks(ROWS) {
        let sql = format!(
            "SELECT request_id, requester, assignee, kind, country, priority \
             FROM request_projection WHERE request_id IN ({})",
            in_list(part.len())
        );
        let mut query = super::rows_query(&sql, part.len());
        for id in part {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&mut **tx).await? {
            let Some(requester) = row.try_get::<Option<String>, _>("requester")? else {
                continue;
            };
            let text = |column: &str| row.try_get::<Option<String>, _>(column);
            facts.insert(
                row.try_get("request_id")?,
                Facts {
                    requester,
                    assignee: text("assignee")?,
                    kind: text("kind")?
                        .and_then(|k| k.parse().ok())
                        .unwrap_or(Kind::HelpDesk),
                    country: text("country")?.and_then(|c| c.parse().ok()),
                    priority: text("priority")?
                        .and_then(|p| p.parse().ok())
                        .unwrap_or(Priority::Normal),
                },
            );
        }
    }
    Ok(facts)
}

/// Every active member of staff, as principals (role and countries).
async fn staff(db: impl AnyExecutor<'_>) -> Result<Vec<Principal>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, role, countries FROM users \
         WHERE role <> 'practitioner' AND deactivated_at IS NULL",
    )
    .fetch_all(db)
    .await?;
    let mut staff = Vec::with_capacity(rows.len());
    for row in rows {
        let (id, role, countries): (String, String, String) = (
            row.try_get("id")?,
            row.try_get("role")?,
            row.try_get("countries")?,
        );
        let (Ok(user), Ok(role)) = (UserId::parse(&id), role.parse::<Role>()) else {
            continue;
        };
        let mut principal = Principal::new(user, role);
        principal.countries = hubdesk_shared::users::countries(Some(&countries), role)
            .map_err(|e| StoreError::Corrupt(format!("stored countries of a user: {e}")))?;
        staff.push(principal);
    }
    Ok(staff)
}

/// The preferences of `people` who saved any.
async fn preferences_of(
    db: impl AnyExecutor<'_>,
    people: &[&str],
) -> Result<HashMap<String, Preferences>, StoreError> {
    if people.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT user_id, prefs FROM notification_prefs WHERE user_id IN ({})",
        in_list(people.len())
    );
    let mut query = super::rows_query(&sql, people.len());
    for person in people {
        query = query.bind(*person);
    }
    let mut prefs = HashMap::new();
    for row in query.fetch_all(db).await? {
        let json: String = row.try_get("prefs")?;
        let parsed: Preferences = serde_json::from_str(&json)
            .map_err(|e| StoreError::Corrupt(format!("stored notification preferences: {e}")))?;
        prefs.insert(row.try_get("user_id")?, parsed);
    }
    Ok(prefs)
}

/// Tells whom it concerns of each open request whose service level will be breached within
/// [`notify::SLA_WARNING_MS`] of `now`: its assignee, or its handlers while unassigned. Each
/// deadline is told once per person, however many nodes run the sweep. Returns how many
/// notifications were recorded.
pub async fn record_sla_warnings(db: &super::Store, now: i64) -> Result<usize, StoreError> {
    let mut tx = db.begin_write().await?;
    let rows = sqlx::query(
        "SELECT request_id, assignee, kind, country, sla_due_at FROM request_projection \
         WHERE sla_due_at > $1 AND sla_due_at <= $2 AND anonymised_at IS NULL",
    )
    .bind(now)
    .bind(now + notify::SLA_WARNING_MS)
    .fetch_all(&mut **tx)
    .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut handlers: Option<Vec<Principal>> = None;
    let mut new = Vec::new();
    for row in rows {
        let request_id: String = row.try_get("request_id")?;
        let due: i64 = row.try_get("sla_due_at")?;
        let people: Vec<String> = match row.try_get::<Option<String>, _>("assignee")? {
            Some(assignee) => vec![assignee],
            None => {
                let kind = row
                    .try_get::<Option<String>, _>("kind")?
                    .and_then(|k| k.parse().ok())
                    .unwrap_or(Kind::HelpDesk);
                let country = row
                    .try_get::<Option<String>, _>("country")?
                    .and_then(|c| c.parse().ok());
                if handlers.is_none() {
                    handlers = Some(staff(&mut **tx).await?);
                }
                handlers
                    .iter()
                    .flatten()
                    .filter(|p| notify::handles(p, kind, country))
                    .map(|p| p.user.to_string())
                    .collect()
            }
        };
        for person in people {
            new.push(NewNotification {
                dedupe: Some(format!("sla:{request_id}:{due}:{person}")),
                user_id: person,
                kind: NotificationKind::SlaBreaching,
                request_id: request_id.clone(),
            });
        }
    }
    let recorded = record(&mut tx, &new, now).await?;
    tx.commit().await?;
    Ok(recorded)
}
