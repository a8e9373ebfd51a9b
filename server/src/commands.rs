//! The server's shell around `shared::commands`: the server's clock and ids, facts only storage
//! knows (does the request a duplicate points at exist?), and the engine's durable write.
//!
//! REST handlers and the demo seed change records only through here.

use automerge::ActorId;
use hubdesk_shared::access::Principal;
use hubdesk_shared::commands::{self, Command, Context, Target};
use hubdesk_shared::engine::{Outcome, Rejection};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::validate::{Origin, Problem, RequestDraft, ValidationError};

use crate::http::AppState;
use crate::http::error::ApiError;
use crate::store::docs;
use crate::sync::now_ms;

fn doc_kind(target: Target) -> DocKind {
    match target {
        Target::Request => DocKind::Request,
        Target::Triage => DocKind::Triage,
        Target::Notes => DocKind::Notes,
    }
}

/// Runs `command` on request `id` on behalf of `by`, at the server's time; returns once the
/// change is durable. A practitioner is told "not found" for a request that is not theirs.
pub async fn run(
    state: &AppState,
    by: &Principal,
    id: RequestId,
    command: Command,
) -> Result<Outcome, ApiError> {
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
            return Err(ApiError::Invalid(vec![ValidationError {
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
    };
    let edit = command.into_edit(by.clone(), ctx);
    state
        .sync
        .edit(id.document(target), edit, by.clone())
        .await
        .map_err(|r| match r {
            // Someone else's request does not exist, as far as a practitioner can tell.
            Rejection::Forbidden if !by.role.is_staff() => ApiError::NotFound,
            other => other.into(),
        })
}

/// Files a request from a draft on behalf of `by`. A retry with the same draft id returns
/// `AlreadyExisted` instead of filing twice.
pub async fn file(
    state: &AppState,
    by: &Principal,
    draft: RequestDraft,
    now: i64,
) -> Result<(RequestId, Outcome), ApiError> {
    let origin = Origin {
        requester: by.user.clone(),
        fresh_id: RequestId::new(now as u64, rand::random()),
        now_ms: now,
    };
    let (id, doc) = commands::new_request(draft, origin, &state.rules, ActorId::random())?;
    let outcome = state
        .sync
        .create(id.document(DocKind::Request), doc, by.clone())
        .await?;
    Ok((id, outcome))
}
