//! The fund's rounds, decisions and ledger: the one place money is authoritative.
//!
//! A decision and its commitment are written in one transaction that first takes the round's
//! lock: `SELECT ... FOR UPDATE` on PostgreSQL (so approvals on several nodes queue), and an
//! immediate (write-locked) transaction on SQLite. The pool's remaining amount is computed from
//! the ledger inside that transaction, so two approvals can never both see room that only one
//! of them fits. (Sums are cast back to BIGINT: PostgreSQL sums BIGINTs as NUMERIC.)

use hubdesk_shared::fund::Round;
use hubdesk_shared::model::Country;
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
async fn begin_locked(db: &Store) -> Result<super::WriteTx, sqlx::Error> {
    db.begin_write().await
}

/// What a round has committed (approved and not released), read inside the caller's locked
/// transaction.
async fn committed_in(tx: &mut Transaction<'_, Any>, round_id: &str) -> Result<i64, sqlx::Error> {
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
                super::queues::in_countries(countries)
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

/// Whether `user` declared a conflict of interest on the application.
pub async fn is_conflicted(db: &Store, request_id: &str, user: &str) -> Result<bool, StoreError> {
    let row =
        sqlx::query("SELECT 1 AS one FROM fund_conflicts WHERE request_id = $1 AND user_id = $2")
            .bind(request_id)
            .bind(user)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.is_some())
}

/// Records a declaration of conflict (a second one by the same person changes nothing).
pub async fn declare_conflict(
    tx: &mut Transaction<'_, Any>,
    request_id: &str,
    user: &str,
    reason: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO fund_conflicts (request_id, user_id, reason, declared_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (request_id, user_id) DO NOTHING",
    )
    .bind(request_id)
    .bind(user)
    .bind(reason)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// One reviewer's review.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ReviewRow {
    pub reviewer: String,
    pub eligibility: Vec<bool>,
    pub scores: Vec<i64>,
    pub updated_at: i64,
}

/// An internal comment between fund managers.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CommentRow {
    pub id: i64,
    pub author: String,
    pub body: String,
    pub at: i64,
}

/// A declared conflict of interest.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ConflictRow {
    pub user_id: String,
    pub reason: String,
    pub declared_at: i64,
}

pub async fn save_review(
    db: &Store,
    request_id: &str,
    reviewer: &str,
    eligibility: &[bool],
    scores: &[i64],
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO fund_reviews (request_id, reviewer, eligibility, scores, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (request_id, reviewer) DO UPDATE SET \
         eligibility = excluded.eligibility, scores = excluded.scores, \
         updated_at = excluded.updated_at",
    )
    .bind(request_id)
    .bind(reviewer)
    .bind(serde_json::to_string(eligibility).unwrap_or_else(|_| "[]".into()))
    .bind(serde_json::to_string(scores).unwrap_or_else(|_| "[]".into()))
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn add_comment(
    db: &Store,
    request_id: &str,
    author: &str,
    body: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO fund_comments (request_id, author, body, at) VALUES ($1, $2, $3, $4)")
        .bind(request_id)
        .bind(author)
        .bind(body)
        .bind(now)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// An application's reviews, internal comments and declared conflicts.
pub async fn review(
    db: &Store,
    request_id: &str,
) -> Result<(Vec<ReviewRow>, Vec<CommentRow>, Vec<ConflictRow>), StoreError> {
    let reviews = sqlx::query(
        "SELECT reviewer, eligibility, scores, updated_at FROM fund_reviews \
         WHERE request_id = $1 ORDER BY reviewer",
    )
    .bind(request_id)
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| {
        Ok(ReviewRow {
            reviewer: r.try_get("reviewer")?,
            eligibility: serde_json::from_str(&r.try_get::<String, _>("eligibility")?)
                .unwrap_or_default(),
            scores: serde_json::from_str(&r.try_get::<String, _>("scores")?).unwrap_or_default(),
            updated_at: r.try_get("updated_at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let comments = sqlx::query(
        "SELECT id, author, body, at FROM fund_comments WHERE request_id = $1 ORDER BY id",
    )
    .bind(request_id)
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| {
        Ok(CommentRow {
            id: r.try_get("id")?,
            author: r.try_get("author")?,
            body: r.try_get("body")?,
            at: r.try_get("at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let conflicts = sqlx::query(
        "SELECT user_id, reason, declared_at FROM fund_conflicts WHERE request_id = $1 \
         ORDER BY declared_at",
    )
    .bind(request_id)
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| {
        Ok(ConflictRow {
            user_id: r.try_get("user_id")?,
            reason: r.try_get("reason")?,
            declared_at: r.try_get("declared_at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((reviews, comments, conflicts))
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
    tx.commit().await?;
    Ok(after)
}
