//! The server's shell around `shared::fund`: a decision is checked by shared's rules, recorded
//! in the SQL ledger (the authority on money), and then written into the request's triage
//! record as the hub's own record, which every device syncs.

use hubdesk_shared::access::{Action, Principal, may};
use hubdesk_shared::commands;
use hubdesk_shared::fund::{
    Decision, DecisionRefusal, ReviewDraft, RoundDraft, RoundLimits, check_decision,
};
use hubdesk_shared::history::{Event, Recorded};
use hubdesk_shared::ids::DocKind;
use hubdesk_shared::model::{ApplicationStatus, Kind};
use hubdesk_shared::money::{Currency, Money};
use hubdesk_shared::schema;
use serde::Serialize;

use crate::audit::Caller;
use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::guard::Reached;
use crate::state::AppState;
use crate::store::fund::{self, LedgerRefusal, NewDecision, RoundRow};
use crate::store::{docs, history};

/// What a decision did.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DecisionReply {
    pub request_id: String,
    /// `approved` or `declined`.
    pub decision: ApplicationStatus,
    pub amount_cents: Option<i64>,
    pub reason: Option<String>,
    /// The round as it stands after the decision.
    pub round: RoundRow,
}

/// A 409 with its code; `message` is the catalogue message (`locales/*/server.ftl`) saying why.
fn refused(code: &'static str, message: impl Into<Message>) -> AppError {
    AppError::Refused {
        code,
        message: message.into(),
    }
}

/// Decides a submitted application on behalf of `by`, whom the guard let review it.
pub async fn decide(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    decision: Decision,
) -> Result<DecisionReply, AppError> {
    let id = request.id();
    let request_doc = docs::load_document(&state.store, id.document(DocKind::Request))
        .await?
        .ok_or(AppError::NotFound)?;
    let request =
        schema::read_request(&request_doc).map_err(|e| AppError::Internal(e.to_string()))?;
    let (Kind::FundQuery, Some(application)) = (request.kind, request.application.as_ref()) else {
        return Err(refused(
            "not_an_application",
            Message::id("fund-not-an-application"),
        ));
    };
    let triage = docs::load_document(&state.store, id.document(DocKind::Triage))
        .await?
        .and_then(|doc| schema::read_triage(&doc).ok());
    let Some(round_id) = application
        .round_id
        .as_ref()
        .map(|r| r.as_str().to_string())
    else {
        return Err(refused("no_round", Message::id("fund-no-round")));
    };
    let round = fund::round(&state.store, &round_id, None)
        .await?
        .ok_or_else(|| refused("no_round", Message::id("fund-round-missing")))?;
    let status = triage.as_ref().and_then(|t| t.application_status);
    let limits = RoundLimits {
        cap_cents: round.cap_cents,
        currency: Currency::parse(&round.currency).unwrap_or(Currency::DEFAULT),
    };
    check_decision(by.role, application, status, &decision, limits).map_err(|r| match r {
        DecisionRefusal::Forbidden => AppError::Forbidden,
        DecisionRefusal::NotSubmitted => {
            refused("not_submitted", Message::id("fund-not-submitted"))
        }
        DecisionRefusal::AlreadyDecided => {
            refused("already_decided", Message::id("fund-already-decided"))
        }
        DecisionRefusal::Invalid(errors) => AppError::Invalid(errors),
    })?;
    let (approve_cents, reason) = match &decision {
        Decision::Approve { amount_cents } => (Some(*amount_cents), None),
        Decision::Decline { reason } => (None, Some(reason.trim().to_string())),
    };
    let now = now_ms();
    let request_id = id.to_string();
    let record = NewDecision {
        request_id: &request_id,
        round_id: &round_id,
        approve_cents,
        reason: reason.as_deref(),
        by: by.user.as_str(),
        by_role: by.role.as_str(),
        at: now,
    };
    fund::decide(&state.store, &record)
        .await
        .map_err(|r| match r {
            LedgerRefusal::PoolExhausted { remaining_cents } => refused(
                "pool_exhausted",
                Message::id("fund-pool-exhausted").with(
                    "remaining",
                    Money::new(
                        remaining_cents,
                        Currency::parse(&round.currency).unwrap_or(Currency::DEFAULT),
                    ),
                ),
            ),
            LedgerRefusal::AlreadyDecided => {
                refused("already_decided", Message::id("fund-already-decided"))
            }
            LedgerRefusal::NoSuchRound => refused("no_round", Message::id("fund-round-missing")),
            LedgerRefusal::Store(e) => e.into(),
        })?;
    let status = if approve_cents.is_some() {
        ApplicationStatus::Approved
    } else {
        ApplicationStatus::Declined
    };
    // The ledger is the authority; this record is how devices learn of it. Should it fail, the
    // decision stands and the next decision attempt answers `already_decided`.
    if let Err(e) = state
        .sync
        .edit_as_hub(
            id.document(DocKind::Triage),
            commands::application_status(status, approve_cents, reason.clone(), now),
        )
        .await
    {
        tracing::error!(request = %request_id, error = ?e, "recording a fund decision on the triage record failed");
    }
    let round = fund::round(&state.store, &round_id, by.country_limit())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(DecisionReply {
        request_id,
        decision: status,
        amount_cents: approve_cents,
        reason,
        round,
    })
}

/// The round an application names, and the application itself.
async fn application_and_round(
    state: &AppState,
    request: &Reached,
) -> Result<(hubdesk_shared::model::Application, RoundRow), AppError> {
    let doc = docs::load_document(&state.store, request.id().document(DocKind::Request))
        .await?
        .ok_or(AppError::NotFound)?;
    let request = schema::read_request(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    let Some(application) = request.application else {
        return Err(refused(
            "not_an_application",
            Message::id("fund-no-application"),
        ));
    };
    let round_id = application
        .round_id
        .as_ref()
        .map(|r| r.as_str().to_string())
        .ok_or_else(|| refused("no_round", Message::id("fund-no-round")))?;
    let round = fund::round(&state.store, &round_id, None)
        .await?
        .ok_or_else(|| refused("no_round", Message::id("fund-round-missing")))?;
    Ok((application, round))
}

/// Releases a tranche of an approved grant against one of its progress reports; a tranche
/// against the final report closes the grant.
pub async fn disburse(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    amount_cents: i64,
    report_id: &str,
) -> Result<fund::GrantRow, AppError> {
    use hubdesk_shared::fund::{DisbursementRefusal, check_disbursement};
    let request_id = request.id().to_string();
    let (application, _) = application_and_round(state, request).await?;
    let report = application
        .reports
        .iter()
        .find(|r| r.id.as_str() == report_id)
        .cloned();
    let role = by.role;
    let check = move |grant: &fund::GrantRow| {
        check_disbursement(
            role,
            grant.approved_cents,
            grant.disbursed_cents,
            grant.closed_at.is_some(),
            amount_cents,
            report.as_ref(),
        )
        .map_err(fund::ApiRefusal::Refused)
    };
    let closes = application
        .reports
        .iter()
        .any(|r| r.id.as_str() == report_id && r.is_final);
    let record = fund::NewDisbursement {
        request_id: &request_id,
        amount_cents,
        report_id,
        closes,
        by: by.user.as_str(),
        by_role: by.role.as_str(),
        at: now_ms(),
        check: &check,
    };
    fund::disburse(&state.store, &record)
        .await
        .map_err(|r| match r {
            fund::ApiRefusal::NoGrant => refused("not_approved", Message::id("fund-not-approved")),
            fund::ApiRefusal::Refused(DisbursementRefusal::Forbidden) => AppError::Forbidden,
            fund::ApiRefusal::Refused(DisbursementRefusal::NotApproved) => {
                refused("not_approved", Message::id("fund-not-approved"))
            }
            fund::ApiRefusal::Refused(DisbursementRefusal::Closed) => {
                refused("grant_closed", Message::id("fund-grant-closed"))
            }
            fund::ApiRefusal::Refused(DisbursementRefusal::Invalid(errors)) => {
                AppError::Invalid(errors)
            }
            fund::ApiRefusal::Store(e) => e.into(),
        })
}

/// Hands the sync engine the fund rounds as SQL holds them, so applications arriving through
/// `/sync` are checked against their round's cap and dates.
pub async fn refresh_rounds(store: &crate::store::Store, handle: &crate::sync::SyncHandle) {
    match fund::rounds(store, None).await {
        Ok(rows) => {
            let mut book = hubdesk_shared::fund::RoundBook::default();
            for row in rows {
                book.insert(
                    row.id,
                    hubdesk_shared::fund::RoundFacts {
                        cap_cents: row.cap_cents,
                        opens_at: row.opens_at,
                        closes_at: row.closes_at,
                        currency: Currency::parse(&row.currency).unwrap_or(Currency::DEFAULT),
                    },
                );
            }
            handle.set_rounds(book).await;
        }
        Err(e) => tracing::warn!(error = %e, "could not read the fund rounds"),
    }
}

/// The first review of a submitted application puts it under review, which its requester's
/// device then shows.
async fn mark_under_review(state: &AppState, request: &Reached) -> Result<(), AppError> {
    let id = request.id();
    let triage = docs::load_document(&state.store, id.document(DocKind::Triage))
        .await?
        .and_then(|doc| schema::read_triage(&doc).ok());
    if triage.and_then(|t| t.application_status) != Some(ApplicationStatus::Submitted) {
        return Ok(());
    }
    state
        .sync
        .edit_as_hub(
            id.document(DocKind::Triage),
            commands::application_status(ApplicationStatus::UnderReview, None, None, now_ms()),
        )
        .await?;
    Ok(())
}

/// An application's reviews, internal comments and declared conflicts, with the round's
/// checklist and criteria.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReviewReply {
    pub eligibility_items: Vec<String>,
    pub criteria: Vec<String>,
    pub reviews: Vec<fund::ReviewRow>,
    pub comments: Vec<fund::CommentRow>,
    pub conflicts: Vec<fund::ConflictRow>,
}

/// The review of an application the guard let `request`'s caller review.
pub async fn review(state: &AppState, request: &Reached) -> Result<ReviewReply, AppError> {
    let (_, round) = application_and_round(state, request).await?;
    let (reviews, comments, conflicts) =
        fund::review(&state.store, &request.id().to_string()).await?;
    Ok(ReviewReply {
        eligibility_items: round.eligibility,
        criteria: round.criteria,
        reviews,
        comments,
        conflicts,
    })
}

/// The review as `by` reads it, the read audited (reviews and internal comments are as
/// sensitive as the request itself).
pub async fn read_review(
    state: &AppState,
    by: Caller<'_>,
    request: &Reached,
) -> Result<ReviewReply, AppError> {
    let reply = review(state, request).await?;
    let id = request.id().to_string();
    crate::audit::viewed(&state.store, by, &id, Some("review")).await?;
    Ok(reply)
}

/// Saves `by`'s own review (eligibility items checked, a score per criterion); the first puts a
/// submitted application under review.
pub async fn save_review(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    draft: ReviewDraft,
) -> Result<ReviewReply, AppError> {
    let (_, round) = application_and_round(state, request).await?;
    draft
        .check(round.eligibility.len(), round.criteria.len())
        .map_err(AppError::Invalid)?;
    fund::save_review(
        &state.store,
        &request.id().to_string(),
        by.user.as_str(),
        &draft.eligibility,
        &draft.scores,
        now_ms(),
    )
    .await?;
    mark_under_review(state, request).await?;
    review(state, request).await
}

/// Adds `by`'s internal comment to an application's review.
pub async fn comment(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    body: &str,
) -> Result<ReviewReply, AppError> {
    let body = body.trim();
    hubdesk_shared::validate::validate_note_body(body).map_err(|e| AppError::Invalid(vec![e]))?;
    fund::add_comment(
        &state.store,
        &request.id().to_string(),
        by.user.as_str(),
        body,
        now_ms(),
    )
    .await?;
    review(state, request).await
}

/// Records `by`'s conflict of interest on an application, with the history's event; from then
/// on the guard keeps them from its review and decision.
pub async fn declare_conflict(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    reason: &str,
) -> Result<(), AppError> {
    application_and_round(state, request).await?;
    let reason = hubdesk_shared::fund::conflict_reason(reason).map_err(AppError::Invalid)?;
    let now = now_ms();
    let request_id = request.id().to_string();
    let mut tx = state
        .store
        .begin_write()
        .await
        .map_err(crate::store::StoreError::from)?;
    let declared =
        fund::declare_conflict(&mut tx, &request_id, by.user.as_str(), reason, now).await?;
    if declared {
        history::append(
            &mut tx,
            &request_id,
            &[Recorded {
                actor: Some(by.user.clone()),
                role: Some(by.role),
                server_at: now,
                device_at: None,
                event: Event::ConflictDeclared,
            }],
        )
        .await?;
    }
    tx.commit().await.map_err(crate::store::StoreError::from)?;
    Ok(())
}

/// A grant's balance, for a request the guard let its caller read.
pub async fn grant(state: &AppState, request: &Reached) -> Result<fund::GrantRow, AppError> {
    fund::grant(&state.store, &request.id().to_string())
        .await?
        .ok_or(AppError::NotFound)
}

fn require(by: &Principal, action: Action) -> Result<(), AppError> {
    if may(by.role, action) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Sets up a fund round (fund managers and admins).
pub async fn create_round(
    state: &AppState,
    by: &Principal,
    draft: RoundDraft,
) -> Result<RoundRow, AppError> {
    require(by, Action::ManageRounds)?;
    let round = draft.check().map_err(AppError::Invalid)?;
    let id = uuid::Uuid::new_v4().to_string();
    fund::insert_round(&state.store, &id, &round, by.user.as_str(), now_ms()).await?;
    refresh_rounds(&state.store, &state.sync).await;
    fund::round(&state.store, &id, by.country_limit())
        .await?
        .ok_or_else(|| AppError::Internal("the new round vanished".into()))
}

/// Changes a round; its pool cannot shrink below what is committed (`pool_exhausted`).
pub async fn update_round(
    state: &AppState,
    by: &Principal,
    id: &str,
    draft: RoundDraft,
) -> Result<RoundRow, AppError> {
    require(by, Action::ManageRounds)?;
    let round = draft.check().map_err(AppError::Invalid)?;
    let updated = fund::update_round(&state.store, id, &round, now_ms())
        .await
        .map_err(|r| match r {
            LedgerRefusal::PoolExhausted { .. } => {
                refused("pool_exhausted", Message::id("fund-pool-below-committed"))
            }
            LedgerRefusal::Store(e) => e.into(),
            LedgerRefusal::AlreadyDecided | LedgerRefusal::NoSuchRound => AppError::NotFound,
        })?;
    if updated.is_none() {
        return Err(AppError::NotFound);
    }
    refresh_rounds(&state.store, &state.sync).await;
    round_of(state, by, id).await
}

/// Every round with its balances, counting only applications in `by`'s countries.
pub async fn rounds(state: &AppState, by: &Principal) -> Result<Vec<RoundRow>, AppError> {
    Ok(fund::rounds(&state.store, by.country_limit()).await?)
}

/// One round with its balances, counting only applications in `by`'s countries.
pub async fn round_of(state: &AppState, by: &Principal, id: &str) -> Result<RoundRow, AppError> {
    fund::round(&state.store, id, by.country_limit())
        .await?
        .ok_or(AppError::NotFound)
}

/// A round's ledger (staff with reports access): only entries of applications in `by`'s
/// countries.
pub async fn ledger(
    state: &AppState,
    by: &Principal,
    id: &str,
) -> Result<Vec<fund::LedgerEntry>, AppError> {
    require(by, Action::ViewReports)?;
    round_of(state, by, id).await?;
    Ok(fund::ledger(&state.store, id, by.country_limit()).await?)
}
