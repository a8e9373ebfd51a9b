//! The fund's rounds, decisions and ledger: the one place money is authoritative.
//!
//! A decision and its commitment are written in one transaction that first takes the round's
//! lock: `SELECT ... FOR UPDATE` on PostgreSQL (so approvals on several nodes queue), and an
//! immediate (write-locked) transaction on SQLite. The pool's remaining amount is computed from
//! the ledger inside that transaction, so two approvals can never both see room that only one
//! of them fits. (Sums are cast back to BIGINT: PostgreSQL sums BIGINTs as NUMERIC.)
//!
//! Rounds are here; decisions, the ledger, grants and tranches in `ledger.rs`; reviews,
//! comments and conflicts of interest in `review.rs`.

mod ledger;
mod review;

pub use ledger::*;
pub use review::*;

use hubdesk_shared::fund::Round;
use hubdesk_shared::model::Country;
use sqlx::Row;

use super::{Backend, Store, StoreError};
use ledger::{begin_locked, committed_in};

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

/// Changes a round. Its pool cannot shrink below what is committed, which is checked in the
/// same locked transaction as approvals, so an approval and a smaller pool never race.
pub async fn update_round(
    db: &Store,
    id: &str,
    round: &Round,
    now: i64,
) -> Result<Option<()>, LedgerRefusal> {
    let mut tx = begin_locked(db).await?;
    let lock = match db.backend() {
        Backend::Postgres => "SELECT currency FROM fund_rounds WHERE id = $1 FOR UPDATE",
        Backend::Sqlite => "SELECT currency FROM fund_rounds WHERE id = $1",
    };
    if sqlx::query(lock)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let committed = committed_in(&mut tx, id).await?;
    if round.pool_cents < committed {
        return Err(LedgerRefusal::PoolExhausted {
            remaining_cents: round.pool_cents - committed,
        });
    }
    sqlx::query(
        "UPDATE fund_rounds SET name = $2, pool_cents = $3, currency = $4, cap_cents = $5, \
         opens_at = $6, closes_at = $7, eligibility = $8, required_attachments = $9, \
         criteria = $10, updated_at = $11 WHERE id = $1",
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
    .bind(now)
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    Ok(Some(()))
}

/// The columns of a round with its balances. With `scope`, the balances count only
/// applications in those countries (staff limited to countries see nothing of the others');
/// `remaining` is always the whole pool's, since that is what an approval is checked against.
fn round_columns(scope: Option<&[Country]>) -> String {
    let mine = scope
        .map(|countries| {
            format!(
                " AND l.request_id IN (SELECT request_id FROM request_projection WHERE {})",
                super::queues::in_countries(countries)
            )
        })
        .unwrap_or_default();
    format!(
        "r.id, r.name, r.pool_cents, r.currency, r.cap_cents, r.opens_at, \
         r.closes_at, r.eligibility, r.required_attachments, r.criteria, \
         CAST(COALESCE((SELECT SUM(CASE WHEN l.entry = 'commit' THEN l.amount_cents \
            WHEN l.entry = 'release' THEN -l.amount_cents ELSE 0 END) \
            FROM fund_ledger l WHERE l.round_id = r.id), 0) AS BIGINT) AS committed_all, \
         CAST(COALESCE((SELECT SUM(CASE WHEN l.entry = 'commit' THEN l.amount_cents \
            WHEN l.entry = 'release' THEN -l.amount_cents ELSE 0 END) \
            FROM fund_ledger l WHERE l.round_id = r.id{mine}), 0) AS BIGINT) AS committed, \
         CAST(COALESCE((SELECT SUM(l.amount_cents) FROM fund_ledger l \
            WHERE l.round_id = r.id AND l.entry = 'disburse'{mine}), 0) AS BIGINT) AS disbursed"
    )
}

fn round_row(row: &sqlx::any::AnyRow) -> Result<RoundRow, sqlx::Error> {
    let pool: i64 = row.try_get("pool_cents")?;
    let committed: i64 = row.try_get("committed")?;
    let committed_all: i64 = row.try_get("committed_all")?;
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
        remaining_cents: pool - committed_all,
    })
}

/// One round, its balances limited to `scope` (see [`round_columns`]).
pub async fn round(
    db: &Store,
    id: &str,
    scope: Option<&[Country]>,
) -> Result<Option<RoundRow>, StoreError> {
    let sql = format!(
        "SELECT {} FROM fund_rounds r WHERE r.id = $1",
        round_columns(scope)
    );
    let row = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    Ok(row.as_ref().map(round_row).transpose()?)
}

/// Every round, the newest opening first, balances limited to `scope`.
pub async fn rounds(db: &Store, scope: Option<&[Country]>) -> Result<Vec<RoundRow>, StoreError> {
    let sql = format!(
        "SELECT {} FROM fund_rounds r ORDER BY r.opens_at DESC, r.id",
        round_columns(scope)
    );
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    Ok(rows
        .iter()
        .map(round_row)
        .collect::<Result<_, sqlx::Error>>()?)
}
