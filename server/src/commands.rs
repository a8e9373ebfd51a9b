//! The server's shell around `shared::commands`: the server's clock and ids, facts only storage
//! knows (does the request a duplicate points at exist?), and the engine's durable write.
//!
//! REST handlers and the demo seed change records (requests and guidance) only through here.

use automerge::ActorId;
use hubdesk_shared::access::{Action, Principal, may};
use hubdesk_shared::commands::{self, Command, Context, Target};
use hubdesk_shared::engine::{Outcome, Rejection};
use hubdesk_shared::ids::{DocKind, RequestId, UserId};
use hubdesk_shared::intake;
use hubdesk_shared::model::Kind;
use hubdesk_shared::validate::{
    GuidanceChange, GuidanceDraft, Origin, Problem, RequestDraft, ValidationError,
};

use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::guard::Reached;
use crate::state::AppState;
use crate::store::{docs, projection, users};

fn doc_kind(target: Target) -> DocKind {
    match target {
        Target::Request => DocKind::Request,
        Target::Triage => DocKind::Triage,
        Target::Notes => DocKind::Notes,
    }
}

/// Runs `command` on a request the guard let `by` change, at the server's time; returns once
/// the change is durable. The engine's admission decides the write itself; a practitioner it
/// refuses is told "not found", as for a request that is not theirs.
pub async fn run(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    command: Command,
) -> Result<Outcome, AppError> {
    let id = request.id();
    if let Some(other) = command.other_request() {
        let exists = match RequestId::parse(other) {
            Ok(other_id) => {
                other_id != id
                    && docs::owner_of(state.store.pool(), other_id.document(DocKind::Request))
                        .await?
                        .is_some()
            }
            Err(_) => false,
        };
        if !exists {
            return Err(AppError::Invalid(vec![ValidationError {
                field: "of".into(),
                problem: Problem::Invalid {
                    reason: "must be the id of another request".into(),
                },
            }]));
        }
    }
    let target = doc_kind(command.target());
    let ctx = Context {
        now_ms: now_ms(),
        fresh_id: uuid::Uuid::new_v4().to_string(),
        rules: state.rules,
        rounds: state.sync.rounds(),
    };
    let edit = command.into_edit(by.clone(), ctx);
    state
        .sync
        .edit(id.document(target), edit, by.clone())
        .await
        .map_err(|r| match r {
            // Someone else's request does not exist, as far as a practitioner can tell.
            Rejection::Forbidden if !by.role.is_staff() => AppError::NotFound,
            other => other.into(),
        })
}

/// Files a request from a draft by `by`: for themselves, or, when the draft names another
/// requester, on that practitioner's behalf as [`hubdesk_shared::intake`] allows. A retry with
/// the same draft id returns `AlreadyExisted` instead of filing twice.
pub async fn file(
    state: &AppState,
    by: &Principal,
    mut draft: RequestDraft,
    now: i64,
) -> Result<(RequestId, Outcome), AppError> {
    let round = draft.application.as_ref().and_then(|a| a.round_id.clone());
    let rules = state
        .sync
        .rounds()
        .rules_for(&state.rules, round.as_deref());
    let named = draft.requester.take();
    let channel = draft.channel.take();
    let kind = draft.kind.parse().unwrap_or(match draft.application {
        Some(_) => Kind::FundQuery,
        None => Kind::HelpDesk,
    });
    let account = match named.as_deref().map(str::trim) {
        Some(id) if !id.is_empty() && id != by.user.as_str() => {
            users::user_by_id(state.store.pool(), id)
                .await?
                .and_then(|row| {
                    Some(intake::Named {
                        user: UserId::parse(&row.id).ok()?,
                        role: row.role.parse().ok()?,
                        active: row.deactivated_at.is_none(),
                    })
                })
        }
        _ => None,
    };
    let filing = intake::filing(
        by,
        kind,
        named.as_deref(),
        channel.as_deref(),
        account.as_ref(),
    )
    .map_err(|mut errors| {
        // Every field at fault at once: the draft's own problems too.
        errors.extend(draft.problems(&rules));
        Rejection::Invalid(errors)
    })?;
    let origin = Origin {
        requester: filing.requester,
        fresh_id: RequestId::new(now as u64, rand::random()),
        now_ms: now,
        intake: filing.intake,
    };
    let (id, doc) = commands::new_request(draft, origin, &rules, ActorId::random())?;
    let outcome = state
        .sync
        .create(id.document(DocKind::Request), doc, by.clone())
        .await?;
    Ok((id, outcome))
}

/// Publishes a guidance item written by `author` (staff who may publish); returns its id.
pub async fn publish_guidance(
    state: &AppState,
    author: &Principal,
    draft: GuidanceDraft,
    credit: Option<hubdesk_shared::model::Credit>,
) -> Result<RequestId, AppError> {
    if !may(author.role, Action::PublishGuidance) {
        return Err(AppError::Forbidden);
    }
    let now = now_ms();
    let origin = Origin {
        requester: author.user.clone(),
        fresh_id: RequestId::new(now as u64, rand::random()),
        now_ms: now,
        intake: None,
    };
    let mut draft = draft;
    if !draft.version_of.trim().is_empty() {
        // A version in another language joins the item of the guidance it names, once per
        // language.
        let (item, languages) =
            projection::guidance_item(state.store.pool(), draft.version_of.trim())
                .await?
                .ok_or_else(|| {
                    AppError::bad_request(
                        Some("version_of"),
                        Message::id("guidance-unknown-version-of"),
                    )
                })?;
        let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
        hubdesk_shared::library::check_new_version(&languages, draft.language_tag())
            .map_err(|e| AppError::Invalid(vec![e]))?;
        draft.version_of = item;
    }
    let mut guidance = draft.into_guidance(origin).map_err(AppError::Invalid)?;
    guidance.credit = credit;
    let id = RequestId::parse(&guidance.id).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut doc = automerge::Automerge::new().with_actor(ActorId::random());
    hubdesk_shared::schema::write(&mut doc, &guidance, now)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    state
        .sync
        .create(id.document(DocKind::Guidance), doc, author.clone())
        .await?;
    Ok(id)
}

/// Changes a published guidance version as staff who may publish asked; the engine checks the
/// result (valid, its language and author kept) like any write.
pub async fn change_guidance(
    state: &AppState,
    by: &Principal,
    id: RequestId,
    change: GuidanceChange,
) -> Result<(), AppError> {
    if !may(by.role, Action::PublishGuidance) {
        return Err(AppError::Forbidden);
    }
    let edit = hubdesk_shared::library::change_guidance(change, now_ms());
    state
        .sync
        .edit(id.document(DocKind::Guidance), edit, by.clone())
        .await?;
    Ok(())
}

/// Retires a guidance version from the library (`retire`), or restores it: phones stop or start
/// offering it as the change reaches them.
pub async fn retire_guidance(
    state: &AppState,
    by: &Principal,
    id: RequestId,
    retire: bool,
) -> Result<(), AppError> {
    if !may(by.role, Action::PublishGuidance) {
        return Err(AppError::Forbidden);
    }
    let now = now_ms();
    let edit = hubdesk_shared::library::retire_guidance(retire.then_some(now), now);
    state
        .sync
        .edit(id.document(DocKind::Guidance), edit, by.clone())
        .await?;
    Ok(())
}
