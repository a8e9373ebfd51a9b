//! Decisions and their commitments, the append-only ledger, grants and tranches (see the
//! module above for how a round's lock keeps the money right).

use hubdesk_shared::model::Country;
use sqlx::{Any, Row, Transaction};

use super::super::{Backend, Store, StoreError};

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

/// One writer at a time on SQLite, from the first statement: the sum read below cannot go stale.
pub(super) async fn begin_locked(db: &Store) -> Result<super::super::WriteTx, sqlx::Error> {
    db.begin_write().await
}

/// What a round has committed (approved and not released), read inside the caller's locked
/// transaction.
pub(super) async fn committed_in(
    tx: &mut Transaction<'_, Any>,
    round_id: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "SELECT CAST(COALESCE(SUM(CASE WHEN entry = 'commit' THEN amount_cents \
         WHEN entry = 'release' THEN -amount_cents ELSE 0 END), 0) AS BIGINT) AS committed \
         FROM fund_ledger WHERE round_id = $1",
    )
    .bind(round_id)
    .fetch_one(&mut **tx)
    .await?
    .try_get("committed")
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
        .fetch_optional(&mut **tx)
        .await?
    else {
        return Err(LedgerRefusal::NoSuchRound);
    };
    let pool: i64 = round.try_get("pool_cents")?;
    let currency: String = round.try_get("currency")?;
    let decided = sqlx::query("SELECT 1 AS one FROM fund_decisions WHERE request_id = $1")
        .bind(d.request_id)
        .fetch_optional(&mut **tx)
        .await?;
    if decided.is_some() {
        return Err(LedgerRefusal::AlreadyDecided);
    }
    let committed = committed_in(&mut tx, d.round_id).await?;
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
        .execute(&mut **tx)
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
    .execute(&mut **tx)
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

/// A round's ledger, oldest first; with `scope`, only entries of applications in those
/// countries.
pub async fn ledger(
    db: &Store,
    round_id: &str,
    scope: Option<&[Country]>,
) -> Result<Vec<LedgerEntry>, StoreError> {
    let mine = scope
        .map(|countries| {
            format!(
                " AND request_id IN (SELECT request_id FROM request_projection WHERE {})",
                super::super::queues::in_countries(countries)
            )
        })
        .unwrap_or_default();
    let sql = format!(
        "SELECT id, round_id, request_id, entry, amount_cents, currency, actor, actor_role, note, \
         at FROM fund_ledger WHERE round_id = $1{mine} ORDER BY id"
    );
    let rows = sqlx::query(&sql)
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

/// A grant: what was approved, paid and is left, and whether its final report closed it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct GrantRow {
    pub request_id: String,
    pub round_id: String,
    pub approved_cents: Option<i64>,
    pub disbursed_cents: i64,
    pub released_cents: i64,
    pub closed_at: Option<i64>,
}

async fn grant_in(
    executor: impl sqlx::AnyExecutor<'_>,
    request_id: &str,
) -> Result<Option<GrantRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT d.request_id, d.round_id, d.amount_cents, d.closed_at, \
         CAST(COALESCE((SELECT SUM(l.amount_cents) FROM fund_ledger l \
            WHERE l.request_id = d.request_id AND l.entry = 'disburse'), 0) AS BIGINT) AS disbursed, \
         CAST(COALESCE((SELECT SUM(l.amount_cents) FROM fund_ledger l \
            WHERE l.request_id = d.request_id AND l.entry = 'release'), 0) AS BIGINT) AS released \
         FROM fund_decisions d WHERE d.request_id = $1 AND d.decision = 'approved'",
    )
    .bind(request_id)
    .fetch_optional(executor)
    .await?;
    row.map(|r| {
        Ok(GrantRow {
            request_id: r.try_get("request_id")?,
            round_id: r.try_get("round_id")?,
            approved_cents: r.try_get("amount_cents")?,
            disbursed_cents: r.try_get("disbursed")?,
            released_cents: r.try_get("released")?,
            closed_at: r.try_get("closed_at")?,
        })
    })
    .transpose()
}

pub async fn grant(db: &Store, request_id: &str) -> Result<Option<GrantRow>, StoreError> {
    Ok(grant_in(db.pool(), request_id).await?)
}

/// A tranche to release.
pub struct NewDisbursement<'a> {
    pub request_id: &'a str,
    pub amount_cents: i64,
    pub report_id: &'a str,
    /// Against the final report: the grant closes and what is left returns to the pool.
    pub closes: bool,
    pub by: &'a str,
    pub by_role: &'a str,
    pub at: i64,
    /// Checks the tranche against the grant as it stands inside the transaction.
    pub check: &'a (dyn Fn(&GrantRow) -> Result<(), ApiRefusal> + Sync),
}

/// A refusal decided inside a ledger transaction, handed back to the caller.
#[derive(Debug)]
pub enum ApiRefusal {
    Refused(hubdesk_shared::fund::DisbursementRefusal),
    NoGrant,
    Store(StoreError),
}

impl From<sqlx::Error> for ApiRefusal {
    fn from(e: sqlx::Error) -> Self {
        ApiRefusal::Store(e.into())
    }
}

/// Releases a tranche of a grant in one locked transaction, and closes the grant when asked,
/// releasing what was not paid back to the round's pool.
pub async fn disburse(db: &Store, d: &NewDisbursement<'_>) -> Result<GrantRow, ApiRefusal> {
    let mut tx = begin_locked(db).await?;
    if db.backend() == Backend::Postgres {
        sqlx::query("SELECT request_id FROM fund_decisions WHERE request_id = $1 FOR UPDATE")
            .bind(d.request_id)
            .execute(&mut **tx)
            .await?;
    }
    let Some(grant) = grant_in(&mut **tx, d.request_id).await? else {
        return Err(ApiRefusal::NoGrant);
    };
    (d.check)(&grant)?;
    let currency: String = sqlx::query("SELECT currency FROM fund_rounds WHERE id = $1")
        .bind(&grant.round_id)
        .fetch_one(&mut **tx)
        .await?
        .try_get("currency")?;
    let insert = "INSERT INTO fund_ledger (round_id, request_id, entry, amount_cents, currency, \
         actor, actor_role, note, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
    sqlx::query(insert)
        .bind(&grant.round_id)
        .bind(d.request_id)
        .bind("disburse")
        .bind(d.amount_cents)
        .bind(&currency)
        .bind(d.by)
        .bind(d.by_role)
        .bind(format!("report {}", d.report_id))
        .bind(d.at)
        .execute(&mut **tx)
        .await?;
    if d.closes {
        let left = grant.approved_cents.unwrap_or(0) - grant.disbursed_cents - d.amount_cents;
        if left > 0 {
            sqlx::query(insert)
                .bind(&grant.round_id)
                .bind(d.request_id)
                .bind("release")
                .bind(left)
                .bind(&currency)
                .bind(d.by)
                .bind(d.by_role)
                .bind("closed by the final report")
                .bind(d.at)
                .execute(&mut **tx)
                .await?;
        }
        sqlx::query("UPDATE fund_decisions SET closed_at = $2 WHERE request_id = $1")
            .bind(d.request_id)
            .bind(d.at)
            .execute(&mut **tx)
            .await?;
    }
    let after = grant_in(&mut **tx, d.request_id)
        .await?
        .ok_or(ApiRefusal::NoGrant)?;
    // The requester is told in the same transaction.
    let requester: Option<String> =
        sqlx::query("SELECT requester FROM request_projection WHERE request_id = $1")
            .bind(d.request_id)
            .fetch_optional(&mut **tx)
            .await?
            .map(|row| row.try_get("requester"))
            .transpose()?
            .flatten();
    if let Some(requester) = requester {
        let paid = super::super::notifications::NewNotification {
            user_id: requester,
            kind: hubdesk_shared::notify::NotificationKind::TranchePaid,
            request_id: d.request_id.to_string(),
            dedupe: None,
        };
        super::super::notifications::record(&mut tx, &[paid], d.at)
            .await
            .map_err(ApiRefusal::Store)?;
    }
    tx.commit().await?;
    Ok(after)
}
