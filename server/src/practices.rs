//! Shared practice (issue 22, part 5): practitioners share a practice from their city; staff
//! who publish guidance review it (edit it, send it back with a note, or publish it to the
//! library credited to its author and city); the author may withdraw it, and a published one
//! then leaves the library. The rules are `hubdesk_shared::practice`; the practices are kept in
//! SQL (`store::practices`) and a published one is a guidance item like any other.

use hubdesk_shared::access::Principal;
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::Credit;
use hubdesk_shared::practice::{self, Headings, Practice, PracticeDraft, Refusal, Stage};
use hubdesk_shared::validate::{Problem, ValidationError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::now_ms;
use crate::commands;
use crate::error::{AppError, Message};
use crate::i18n;
use crate::state::AppState;
use crate::store::practices::{self as store, PracticeRow};
use crate::store::{directory as directory_store, users};

/// A shared practice as its author and the hub see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PracticeView {
    pub id: String,
    pub author: String,
    pub author_username: String,
    pub country: Option<String>,
    pub city: Option<String>,
    pub language: String,
    #[serde(flatten)]
    pub practice: Practice,
    #[schema(value_type = Stage)]
    pub stage: String,
    /// Why the hub sent it back, when it did.
    pub hub_note: Option<String>,
    /// The library item it became, once published.
    pub guidance_id: Option<String>,
    pub submitted_at: i64,
    pub updated_at: i64,
}

impl From<PracticeRow> for PracticeView {
    fn from(row: PracticeRow) -> Self {
        Self {
            id: row.id,
            author: row.author,
            author_username: row.author_username,
            country: row.country,
            city: row.city,
            language: row.language,
            practice: row.practice,
            stage: row.stage,
            hub_note: row.hub_note,
            guidance_id: row.guidance_id,
            submitted_at: row.submitted_at,
            updated_at: row.updated_at,
        }
    }
}

fn refused(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::NotTheirs => AppError::Forbidden,
        Refusal::NotNow => AppError::Refused {
            code: "practice_not_now",
            message: Message::id("practice-not-now"),
        },
    }
}

fn stage_of(row: &PracticeRow) -> Stage {
    Stage::parse(&row.stage).unwrap_or(Stage::Submitted)
}

/// A practice `by` may see: their own, or any in their countries for staff who review.
async fn reachable(state: &AppState, by: &Principal, id: &str) -> Result<PracticeRow, AppError> {
    let row = store::get(&state.store, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = row.author == by.user.as_str();
    let in_reach = by.covers(row.country.as_deref().and_then(|c| c.parse().ok()));
    if own || (practice::may_review(by.role) && in_reach) {
        Ok(row)
    } else {
        Err(AppError::NotFound)
    }
}

/// Shares a practice (a practitioner). Returns it, and whether it is new (a retry of one
/// already kept changes nothing).
pub async fn share(
    state: &AppState,
    by: &Principal,
    draft: PracticeDraft,
) -> Result<(PracticeView, bool), AppError> {
    if !practice::may_share(by.role) {
        return Err(AppError::Forbidden);
    }
    let id = match draft.id.as_deref().map(str::trim) {
        Some(id) if uuid::Uuid::parse_str(id).is_ok() => id.to_string(),
        Some(_) => {
            return Err(AppError::Invalid(vec![ValidationError {
                field: "id".into(),
                problem: Problem::Invalid {
                    reason: "a UUID".into(),
                },
            }]));
        }
        None => uuid::Uuid::new_v4().to_string(),
    };
    if let Some(kept) = store::get(&state.store, &id).await? {
        return if kept.author == by.user.as_str() {
            Ok((kept.into(), false))
        } else {
            Err(AppError::NotFound)
        };
    }
    let text = draft.apply(None).map_err(AppError::Invalid)?;
    let person = users::user_by_id(state.store.pool(), by.user.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    let language = person.language.clone().unwrap_or_else(|| "en".into());
    let new = store::insert(
        &state.store,
        &id,
        by.user.as_str(),
        person.country.as_deref(),
        person.city.as_deref(),
        &language,
        &text,
        now_ms(),
    )
    .await?;
    let row = store::get(&state.store, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((row.into(), new))
}

/// The caller's own practices, newest first.
pub async fn mine(state: &AppState, by: &Principal) -> Result<Vec<PracticeView>, AppError> {
    let rows = store::of_author(&state.store, by.user.as_str()).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Every practice from the caller's countries (staff who review).
pub async fn all(state: &AppState, by: &Principal) -> Result<Vec<PracticeView>, AppError> {
    if !practice::may_review(by.role) {
        return Err(AppError::Forbidden);
    }
    let rows = store::all(&state.store, by.country_limit()).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Changes practice `id`'s text (its author, or staff who review, before it is published).
pub async fn change(
    state: &AppState,
    by: &Principal,
    id: &str,
    draft: PracticeDraft,
) -> Result<PracticeView, AppError> {
    let row = reachable(state, by, id).await?;
    let own = row.author == by.user.as_str();
    let stage = stage_of(&row);
    practice::may_change(own, by.role, stage).map_err(refused)?;
    let text = PracticeDraft { id: None, ..draft }
        .apply(Some(&row.practice))
        .map_err(AppError::Invalid)?;
    let next = if own {
        practice::after_change(stage)
    } else {
        stage
    };
    store::update(
        &state.store,
        id,
        &text,
        next.as_str(),
        row.hub_note.as_deref(),
        row.guidance_id.as_deref(),
        now_ms(),
    )
    .await?;
    Ok(reachable(state, by, id).await?.into())
}

/// Sends practice `id` back to its author with `note` (staff who review).
pub async fn send_back(
    state: &AppState,
    by: &Principal,
    id: &str,
    note: Option<String>,
) -> Result<PracticeView, AppError> {
    let row = reachable(state, by, id).await?;
    practice::may_decide(by.role, stage_of(&row)).map_err(refused)?;
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let Some(note) = note else {
        return Err(AppError::Invalid(vec![ValidationError {
            field: "note".into(),
            problem: Problem::Empty,
        }]));
    };
    store::update(
        &state.store,
        id,
        &row.practice,
        Stage::ChangesRequested.as_str(),
        Some(&note),
        None,
        now_ms(),
    )
    .await?;
    Ok(reachable(state, by, id).await?.into())
}

/// Publishes practice `id` to the library, credited to its author and their city, in its
/// author's language (staff who review).
pub async fn publish(state: &AppState, by: &Principal, id: &str) -> Result<PracticeView, AppError> {
    let row = reachable(state, by, id).await?;
    practice::may_decide(by.role, stage_of(&row)).map_err(refused)?;
    let language = row.language.as_str();
    let word = |key: &str| i18n::text(language, key, None);
    let (done, risk, partners, outcome, contacts) = (
        word("practice-heading-done"),
        word("practice-heading-risk"),
        word("practice-heading-partners"),
        word("practice-heading-outcome"),
        word("practice-heading-contacts"),
    );
    let headings = Headings {
        done: &done,
        risk: &risk,
        partners: &partners,
        outcome: &outcome,
        contacts: &contacts,
    };
    let draft = practice::guidance_of(&row.practice, language, &headings);
    let name = directory_store::profile(&state.store, &row.author)
        .await?
        .filter(|p| p.profile.listed)
        .map(|p| p.profile.name)
        .unwrap_or_else(|| row.author_username.clone());
    let credit = Credit {
        name: name.as_str().into(),
        city: row.city.clone().unwrap_or_default().as_str().into(),
        country: row
            .country
            .as_deref()
            .and_then(|c| c.parse().ok())
            .unwrap_or(hubdesk_shared::model::Country::Other),
    };
    let guidance = commands::publish_guidance(state, by, draft, Some(credit)).await?;
    store::update(
        &state.store,
        id,
        &row.practice,
        Stage::Published.as_str(),
        None,
        Some(&guidance.to_string()),
        now_ms(),
    )
    .await?;
    Ok(reachable(state, by, id).await?.into())
}

/// Withdraws practice `id` (its author): a published one leaves the library, on every phone.
pub async fn withdraw(
    state: &AppState,
    by: &Principal,
    id: &str,
) -> Result<PracticeView, AppError> {
    let row = reachable(state, by, id).await?;
    practice::may_withdraw(row.author == by.user.as_str(), stage_of(&row)).map_err(refused)?;
    let now = now_ms();
    if let Some(guidance) = row.guidance_id.as_deref() {
        let guidance = RequestId::parse(guidance).map_err(|e| AppError::Internal(e.to_string()))?;
        // The hub retires it on its author's word: the rule above allowed it.
        state
            .sync
            .edit_as_hub(
                guidance.document(DocKind::Guidance),
                hubdesk_shared::library::retire_guidance(Some(now), now),
            )
            .await?;
    }
    store::update(
        &state.store,
        id,
        &row.practice,
        Stage::Withdrawn.as_str(),
        row.hub_note.as_deref(),
        row.guidance_id.as_deref(),
        now,
    )
    .await?;
    Ok(reachable(state, by, id).await?.into())
}
