//! Referrals (issue 22, part 2): staff who answer a request refer its requester to someone in
//! the directory (an expert, or a peer city's focal point); the person referred accepts or
//! declines; the hub records what came of it. The rules are `hubdesk_shared::referral`, the
//! record is the request's (written as the hub), and access follows the guard: once accepted,
//! the request's reach names them, so they read it and write in its conversation, nothing else.

use hubdesk_shared::access::Principal;
use hubdesk_shared::ids::DocKind;
use hubdesk_shared::model::{Kind, ReferralStatus, Role};
use hubdesk_shared::referral::{self, Offer, Refusal};
use hubdesk_shared::schema;
use hubdesk_shared::validate::{Problem, ValidationError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::guard::Reached;
use crate::state::AppState;
use crate::store::{directory as directory_store, docs, needs as needs_store, queues, users};

fn invalid(field: &str, problem: Problem) -> AppError {
    AppError::Invalid(vec![ValidationError {
        field: field.into(),
        problem,
    }])
}

async fn the_request(
    state: &AppState,
    request: &Reached,
) -> Result<hubdesk_shared::model::Request, AppError> {
    let doc = docs::load_document(&state.store, request.id().document(DocKind::Request))
        .await?
        .ok_or(AppError::NotFound)?;
    schema::read_request(&doc).map_err(|e| AppError::Internal(e.to_string()))
}

fn kind_of(request: &Reached) -> Kind {
    request.kind().unwrap_or(Kind::HelpDesk)
}

/// Refers `request`'s requester to user `to` (someone listed in the directory, or a member
/// city's focal point, with a practitioner's account), with a note saying why. Returns the
/// referral's id.
pub async fn refer(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    to: &str,
    note: Option<String>,
) -> Result<String, AppError> {
    if !referral::may_refer(by.role, kind_of(request)) {
        return Err(AppError::Forbidden);
    }
    let note = referral::check_text("note", note, false).map_err(AppError::Invalid)?;
    let account = users::user_by_id(state.store.pool(), to.trim())
        .await?
        .filter(|u| u.deactivated_at.is_none() && u.role == Role::Practitioner.as_str());
    let Some(account) = account else {
        return Err(invalid(
            "to",
            Problem::Unknown {
                value: to.chars().take(64).collect(),
                expected: String::new(),
            },
        ));
    };
    let profile = directory_store::profile(&state.store, &account.id)
        .await?
        .filter(|p| p.profile.listed);
    let focal = !needs_store::focal_cities(&state.store, &account.id)
        .await?
        .is_empty();
    if profile.is_none() && !focal {
        return Err(invalid(
            "to",
            Problem::Unknown {
                value: account.username.chars().take(64).collect(),
                expected: String::new(),
            },
        ));
    }
    let record = the_request(state, request).await?;
    referral::check_target(record.requester.as_str(), &account.id, &record.referrals).map_err(
        |refusal| match refusal {
            Refusal::ToRequester => AppError::Refused {
                code: "referral_to_requester",
                message: Message::id("referral-to-requester"),
            },
            _ => AppError::Refused {
                code: "already_referred",
                message: Message::id("referral-already"),
            },
        },
    )?;
    let id = uuid::Uuid::new_v4().to_string();
    let to_name = profile.map(|p| p.profile.name).unwrap_or(account.username);
    // Written as the hub: a referral is never a sync client's to write; the record names
    // who referred.
    state
        .sync
        .edit_as_hub(
            request.id().document(DocKind::Request),
            referral::offer(Offer {
                id: id.clone(),
                to: account.id,
                to_name,
                by: by.user.as_str().to_string(),
                note,
                at: now_ms(),
            }),
        )
        .await?;
    Ok(id)
}

/// The caller accepts or declines referral `id` on `request`, offered to them.
pub async fn answer(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    id: &str,
    accept: bool,
) -> Result<(), AppError> {
    let record = the_request(state, request).await?;
    referral::may_answer(&record.referrals, id, by.user.as_str()).map_err(
        |refusal| match refusal {
            Refusal::Answered => AppError::Refused {
                code: "referral_answered",
                message: Message::id("referral-answered"),
            },
            _ => AppError::NotFound,
        },
    )?;
    state
        .sync
        .edit_as_hub(
            request.id().document(DocKind::Request),
            referral::answer(
                id.to_string(),
                by.user.as_str().to_string(),
                accept,
                now_ms(),
            ),
        )
        .await?;
    Ok(())
}

/// Records what came of referral `id` (staff who answer the request).
pub async fn close(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    id: &str,
    outcome: Option<String>,
) -> Result<(), AppError> {
    if !referral::may_refer(by.role, kind_of(request)) {
        return Err(AppError::Forbidden);
    }
    let outcome = referral::check_text("outcome", outcome, true)
        .map_err(AppError::Invalid)?
        .unwrap_or_default();
    let record = the_request(state, request).await?;
    if !record.referrals.iter().any(|r| r.id.as_str() == id) {
        return Err(AppError::NotFound);
    }
    state
        .sync
        .edit_as_hub(
            request.id().document(DocKind::Request),
            referral::close(id.to_string(), outcome, now_ms()),
        )
        .await?;
    Ok(())
}

/// A referral offered to the caller, with what they need to decide: the request's title, topic
/// and place, and why the hub thought of them.
#[derive(Debug, Serialize, ToSchema)]
pub struct Offered {
    pub request_id: String,
    pub referral_id: String,
    pub title: String,
    pub category: String,
    pub country: String,
    pub city: String,
    pub note: Option<String>,
    pub at: i64,
}

/// The referrals offered to the caller and not yet answered, newest first.
pub async fn offered(state: &AppState, by: &Principal) -> Result<Vec<Offered>, AppError> {
    let mut out = Vec::new();
    for id in queues::offered_to(&state.store, by.user.as_str()).await? {
        let Ok(request) = hubdesk_shared::ids::RequestId::parse(&id) else {
            continue;
        };
        let Some(doc) =
            docs::load_document(&state.store, request.document(DocKind::Request)).await?
        else {
            continue;
        };
        let Ok(record) = schema::read_request(&doc) else {
            continue;
        };
        for r in &record.referrals {
            if r.to.as_str() == by.user.as_str() && r.status == ReferralStatus::Offered {
                out.push(Offered {
                    request_id: id.clone(),
                    referral_id: r.id.as_str().to_string(),
                    title: record.title.as_str().to_string(),
                    category: record.category.as_str().to_string(),
                    country: record.country.as_str().to_string(),
                    city: record.city.as_str().to_string(),
                    note: r.note.as_ref().map(|n| n.as_str().to_string()),
                    at: r.at,
                });
            }
        }
    }
    out.sort_by_key(|o| std::cmp::Reverse(o.at));
    Ok(out)
}
