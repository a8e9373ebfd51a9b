//! The server's shell around `shared::fund`: a decision is checked by shared's rules, recorded
//! in the SQL ledger (the authority on money), and then written into the request's triage
//! record as the hub's own record, which every device syncs.

use hubdesk_shared::access::Principal;
use hubdesk_shared::commands;
use hubdesk_shared::fund::{Decision, DecisionRefusal, RoundLimits, check_decision, format_money};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::{ApplicationStatus, Kind};
use hubdesk_shared::schema;
use serde::Serialize;

use crate::http::AppState;
use crate::http::error::ApiError;
use crate::store::docs;
use crate::store::fund::{self, LedgerRefusal, NewDecision, RoundRow};
use crate::sync::now_ms;

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

fn refused(code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError::Refused {
        code,
        message: message.into(),
    }
}

/// Decides a submitted application on behalf of `by`.
pub async fn decide(
    state: &AppState,
    by: &Principal,
    id: RequestId,
    decision: Decision,
) -> Result<DecisionReply, ApiError> {
    let request_doc = docs::load_document(&state.store, id.document(DocKind::Request))
        .await?
        .ok_or(ApiError::NotFound)?;
    let request =
        schema::read_request(&request_doc).map_err(|e| ApiError::Internal(e.to_string()))?;
    let (Kind::FundQuery, Some(application)) = (request.kind, request.application.as_ref()) else {
        return Err(refused(
            "not_an_application",
            "only a fund query with an application can be decided",
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
        return Err(refused("no_round", "the application names no fund round"));
    };
    let round = fund::round(&state.store, &round_id)
        .await?
        .ok_or_else(|| refused("no_round", "the application's fund round does not exist"))?;
    let status = triage.as_ref().and_then(|t| t.application_status);
    let conflicted = fund::is_conflicted(&state.store, &id.to_string(), by.user.as_str()).await?;
    if conflicted {
        return Err(ApiError::Forbidden);
    }
    let limits = RoundLimits {
        cap_cents: round.cap_cents,
    };
    check_decision(by.role, application, status, &decision, limits).map_err(|r| match r {
        DecisionRefusal::Forbidden => ApiError::Forbidden,
        DecisionRefusal::NotSubmitted => refused(
            "not_submitted",
            "the application has not been submitted, or was sent back for changes",
        ),
        DecisionRefusal::AlreadyDecided => {
            refused("already_decided", "the application was decided already")
        }
        DecisionRefusal::Invalid(errors) => ApiError::Invalid(errors),
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
                format!(
                    "the round has {} left, not enough for this amount; nothing was committed",
                    format_money(remaining_cents, &round.currency)
                ),
            ),
            LedgerRefusal::AlreadyDecided => {
                refused("already_decided", "the application was decided already")
            }
            LedgerRefusal::NoSuchRound => {
                refused("no_round", "the application's fund round does not exist")
            }
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
    let round = fund::round(&state.store, &round_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(DecisionReply {
        request_id,
        decision: status,
        amount_cents: approve_cents,
        reason,
        round,
    })
}

/// Whether `by` may see and write an application's review: a fund manager or admin who has not
/// declared a conflict on it.
pub async fn require_reviewer(
    state: &AppState,
    by: &Principal,
    request_id: &str,
) -> Result<(), ApiError> {
    let conflicted = fund::is_conflicted(&state.store, request_id, by.user.as_str()).await?;
    if hubdesk_shared::fund::may_review(by.role, conflicted) {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The round an application names, and the application itself.
pub async fn application_and_round(
    state: &AppState,
    id: RequestId,
) -> Result<(hubdesk_shared::model::Application, RoundRow), ApiError> {
    let doc = docs::load_document(&state.store, id.document(DocKind::Request))
        .await?
        .ok_or(ApiError::NotFound)?;
    let request = schema::read_request(&doc).map_err(|e| ApiError::Internal(e.to_string()))?;
    let Some(application) = request.application else {
        return Err(refused(
            "not_an_application",
            "this request carries no fund application",
        ));
    };
    let round_id = application
        .round_id
        .as_ref()
        .map(|r| r.as_str().to_string())
        .ok_or_else(|| refused("no_round", "the application names no fund round"))?;
    let round = fund::round(&state.store, &round_id)
        .await?
        .ok_or_else(|| refused("no_round", "the application's fund round does not exist"))?;
    Ok((application, round))
}

/// Releases a tranche of an approved grant against one of its progress reports; a tranche
/// against the final report closes the grant.
pub async fn disburse(
    state: &AppState,
    by: &Principal,
    id: RequestId,
    amount_cents: i64,
    report_id: &str,
) -> Result<fund::GrantRow, ApiError> {
    use hubdesk_shared::fund::{DisbursementRefusal, check_disbursement};
    let request_id = id.to_string();
    require_reviewer(state, by, &request_id).await?;
    let (application, _) = application_and_round(state, id).await?;
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
            fund::ApiRefusal::NoGrant => refused("not_approved", "only an approved grant pays out"),
            fund::ApiRefusal::Refused(DisbursementRefusal::Forbidden) => ApiError::Forbidden,
            fund::ApiRefusal::Refused(DisbursementRefusal::NotApproved) => {
                refused("not_approved", "only an approved grant pays out")
            }
            fund::ApiRefusal::Refused(DisbursementRefusal::Closed) => {
                refused("grant_closed", "the grant's final report closed it")
            }
            fund::ApiRefusal::Refused(DisbursementRefusal::Invalid(errors)) => {
                ApiError::Invalid(errors)
            }
            fund::ApiRefusal::Store(e) => e.into(),
        })
}

/// Hands the sync engine the fund rounds as SQL holds them, so applications arriving through
/// `/sync` are checked against their round's cap and dates.
pub async fn refresh_rounds(store: &crate::store::Store, handle: &crate::sync::SyncHandle) {
    match fund::rounds(store).await {
        Ok(rows) => {
            let mut book = hubdesk_shared::fund::RoundBook::default();
            for row in rows {
                book.insert(
                    row.id,
                    hubdesk_shared::fund::RoundFacts {
                        cap_cents: row.cap_cents,
                        opens_at: row.opens_at,
                        closes_at: row.closes_at,
                    },
                );
            }
            handle.send(crate::sync::Command::Rounds(book)).await;
        }
        Err(e) => tracing::warn!(error = %e, "could not read the fund rounds"),
    }
}

/// The first review of a submitted application puts it under review, which its requester's
/// device then shows.
pub async fn mark_under_review(state: &AppState, id: RequestId) -> Result<(), ApiError> {
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
