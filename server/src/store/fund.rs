//! The fund's rounds, decisions and ledger: the one place money is authoritative.
//!
//! A decision and its commitment are written in one transaction that first takes the round's
//! lock: `SELECT ... FOR UPDATE` on PostgreSQL (so approvals on several nodes queue), and an
//! immediate (write-locked) transaction on SQLite. The pool's remaining amount is computed from
//! the ledger inside that transaction, so two approvals can never both see room that only one
//! of them fits. (Sums are cast back to BIGINT: PostgreSQL sums BIGINTs as NUMERIC.)

use hubdesk_shared::fund::Round;
use sqlx::{Any, Row, Transaction};

use super::{Backend, Store, StoreError};

/// A round with its balances.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RoundRow {
    pub id: String,
    pub name: String,
    pub pool_cents: i64,
    pub currency: String,
    pub cap_cents: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub eligibility: Vec<String>,
    pub required_attachments: Vec<String>,
    pub criteria: Vec<String>,
    /// Approved and not released.
    pub committed_cents: i64,
    pub disbursed_cents: i64,
    /// What is left to commit: the pool less what is committed.
    pub remaining_cents: i64,
}

fn list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn json(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}

pub async fn insert_round(
    db: &Store,
    id: &str,
    round: &Round,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO fund_rounds (id, name, pool_cents, currency, cap_cents, opens_at, closes_at, \
         eligibility, required_attachments, criteria, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
    )
    .bind(id)
    .bind(&round.name)
    .bind(round.pool_cents)
    .bind(&round.currency)
    .bind(round.cap_cents)
    .bind(round.opens_at)
    .bind(round.closes_at)
    .bind(json(&round.eligibility))
    .bind(json(&round.required_attachments))
    .bind(json(&round.criteria))
    .bind(by)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

const ROUND_COLUMNS: &str = "r.id, r.name, r.pool_cents, r.currency, r.cap_cents, r.opens_at, \
     r.closes_at, r.eligibility, r.required_attachments, r.criteria, \
     CAST(COALESCE((SELECT SUM(CASE WHEN l.entry = 'commit' THEN l.amount_cents \
        WHEN l.entry = 'release' THEN -l.amount_cents ELSE 0 END) \
        FROM fund_ledger l WHERE l.round_id = r.id), 0) AS BIGINT) AS committed, \
     CAST(COALESCE((SELECT SUM(l.amount_cents) FROM fund_ledger l \
        WHERE l.round_id = r.id AND l.entry = 'disburse'), 0) AS BIGINT) AS disbursed";

fn round_row(row: &sqlx::any::AnyRow) -> Result<RoundRow, sqlx::Error> {
    let pool: i64 = row.try_get("pool_cents")?;
    let committed: i64 = row.try_get("committed")?;
    Ok(RoundRow {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        pool_cents: pool,
        currency: row.try_get("currency")?,
        cap_cents: row.try_get("cap_cents")?,
        opens_at: row.try_get("opens_at")?,
        closes_at: row.try_get("closes_at")?,
        eligibility: list(&row.try_get::<String, _>("eligibility")?),
        required_attachments: list(&row.try_get::<String, _>("required_attachments")?),
        criteria: list(&row.try_get::<String, _>("criteria")?),
        committed_cents: committed,
        disbursed_cents: row.try_get("disbursed")?,
        remaining_cents: pool - committed,
    })
}

pub async fn round(db: &Store, id: &str) -> Result<Option<RoundRow>, StoreError> {
    let sql = format!("SELECT {ROUND_COLUMNS} FROM fund_rounds r WHERE r.id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    Ok(row.as_ref().map(round_row).transpose()?)
}

/// Every round, the newest opening first.
pub async fn rounds(db: &Store) -> Result<Vec<RoundRow>, StoreError> {
    let sql = format!("SELECT {ROUND_COLUMNS} FROM fund_rounds r ORDER BY r.opens_at DESC, r.id");
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    Ok(rows
        .iter()
        .map(round_row)
        .collect::<Result<_, sqlx::Error>>()?)
}

/// A decision to record.
#[derive(Debug, Clone)]
pub struct NewDecision<'a> {
    pub request_id: &'a str,
    pub round_id: &'a str,
    /// `Some(amount)` to approve, `None` to decline.
    pub approve_cents: Option<i64>,
    pub reason: Option<&'a str>,
    pub by: &'a str,
    pub by_role: &'a str,
    pub at: i64,
}

/// Why the ledger refused a decision.
#[derive(Debug)]
pub enum LedgerRefusal {
    /// The pool cannot cover the amount; nothing was committed.
    PoolExhausted {
        remaining_cents: i64,
    },
    AlreadyDecided,
    NoSuchRound,
    Store(StoreError),
}

impl From<sqlx::Error> for LedgerRefusal {
    fn from(e: sqlx::Error) -> Self {
        LedgerRefusal::Store(e.into())
    }
}

async fn begin_locked(db: &Store) -> Result<Transaction<'static, Any>, sqlx::Error> {
    match db.backend() {
        // One writer at a time, from the first statement: the sum read below cannot go stale.
        Backend::Sqlite => db.pool().begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => db.pool().begin().await,
    }
}

/// Records a decision and, for an approval, commits its amount against the round's pool, in
/// one transaction. Returns the round's remaining amount after it.
pub async fn decide(db: &Store, d: &NewDecision<'_>) -> Result<i64, LedgerRefusal> {
    let mut tx = begin_locked(db).await?;
    let lock = match db.backend() {
        Backend::Postgres => {
            "SELECT pool_cents, currency FROM fund_rounds WHERE id = $1 FOR UPDATE"
        }
        Backend::Sqlite => "SELECT pool_cents, currency FROM fund_rounds WHERE id = $1",
    };
    let Some(round) = sqlx::query(lock)
        .bind(d.round_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Err(LedgerRefusal::NoSuchRound);
    };
    let pool: i64 = round.try_get("pool_cents")?;
    let currency: String = round.try_get("currency")?;
    let decided = sqlx::query("SELECT 1 AS one FROM fund_decisions WHERE request_id = $1")
        .bind(d.request_id)
        .fetch_optional(&mut *tx)
        .await?;
    if decided.is_some() {
        return Err(LedgerRefusal::AlreadyDecided);
    }
    let committed: i64 = sqlx::query(
        "SELECT CAST(COALESCE(SUM(CASE WHEN entry = 'commit' THEN amount_cents \
         WHEN entry = 'release' THEN -amount_cents ELSE 0 END), 0) AS BIGINT) AS committed \
         FROM fund_ledger WHERE round_id = $1",
    )
    .bind(d.round_id)
    .fetch_one(&mut *tx)
    .await?
    .try_get("committed")?;
    let mut remaining = pool - committed;
    if let Some(amount) = d.approve_cents {
        if amount > remaining {
            return Err(LedgerRefusal::PoolExhausted {
                remaining_cents: remaining,
            });
        }
        sqlx::query(
            "INSERT INTO fund_ledger (round_id, request_id, entry, amount_cents, currency, actor, \
             actor_role, note, at) VALUES ($1, $2, 'commit', $3, $4, $5, $6, NULL, $7)",
        )
        .bind(d.round_id)
        .bind(d.request_id)
        .bind(amount)
        .bind(&currency)
        .bind(d.by)
        .bind(d.by_role)
        .bind(d.at)
        .execute(&mut *tx)
        .await?;
        remaining -= amount;
    }
    let inserted = sqlx::query(
        "INSERT INTO fund_decisions (request_id, round_id, decision, amount_cents, reason, \
         decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(d.request_id)
    .bind(d.round_id)
    .bind(if d.approve_cents.is_some() {
        "approved"
    } else {
        "declined"
    })
    .bind(d.approve_cents)
    .bind(d.reason)
    .bind(d.by)
    .bind(d.at)
    .execute(&mut *tx)
    .await;
    if let Err(e) = inserted {
        // Another node decided it between our check and our insert.
        let unique = e
            .as_database_error()
            .is_some_and(|db| db.is_unique_violation());
        return Err(if unique {
            LedgerRefusal::AlreadyDecided
        } else {
            LedgerRefusal::Store(e.into())
        });
    }
    tx.commit().await?;
    Ok(remaining)
}

/// One ledger entry, for the console and the export.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct LedgerEntry {
    pub id: i64,
    pub round_id: String,
    pub request_id: String,
    pub entry: String,
    pub amount_cents: i64,
    pub currency: String,
    pub actor: String,
    pub actor_role: String,
    pub note: Option<String>,
    pub at: i64,
}

/// A round's ledger, oldest first.
pub async fn ledger(db: &Store, round_id: &str) -> Result<Vec<LedgerEntry>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, round_id, request_id, entry, amount_cents, currency, actor, actor_role, note, \
         at FROM fund_ledger WHERE round_id = $1 ORDER BY id",
    )
    .bind(round_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(LedgerEntry {
                id: r.try_get("id")?,
                round_id: r.try_get("round_id")?,
                request_id: r.try_get("request_id")?,
                entry: r.try_get("entry")?,
                amount_cents: r.try_get("amount_cents")?,
                currency: r.try_get("currency")?,
                actor: r.try_get("actor")?,
                actor_role: r.try_get("actor_role")?,
                note: r.try_get("note")?,
                at: r.try_get("at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}
