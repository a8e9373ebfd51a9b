//! Handing a request to a successor in the same city (issue 22, part 7). The requester or an
//! admin names the successor's account; `hubdesk_shared::handover` decides whether they may;
//! the hub writes the handover into the request (its new requester and the record of it), and
//! every document of the request then belongs to the successor: they read it, and find it on
//! their phone, as theirs; the one before no longer reaches it.

use hubdesk_shared::access::Principal;
use hubdesk_shared::handover::{self, Refusal, Successor};
use hubdesk_shared::ids::DocKind;
use hubdesk_shared::model::Role;
use hubdesk_shared::schema;
use hubdesk_shared::validate::{Problem, ValidationError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::guard::Reached;
use crate::state::AppState;
use crate::store::{docs, users};

/// Who the request belongs to after the handover.
#[derive(Debug, Serialize, ToSchema)]
pub struct HandedOver {
    /// The successor's user id.
    pub requester: String,
    pub requester_username: String,
}

fn unknown(name: &str) -> AppError {
    AppError::Invalid(vec![ValidationError {
        field: "successor".into(),
        problem: if name.is_empty() {
            Problem::Empty
        } else {
            Problem::Unknown {
                value: name.chars().take(64).collect(),
                expected: String::new(),
            }
        },
    }])
}

/// Hands `request` to the account named `successor`, for `by`.
pub async fn hand_over(
    state: &AppState,
    by: &Principal,
    request: &Reached,
    successor: &str,
) -> Result<HandedOver, AppError> {
    let id = request.id();
    let doc = docs::load_document(&state.store, id.document(DocKind::Request))
        .await?
        .ok_or(AppError::NotFound)?;
    let record = schema::read_request(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    let name = successor.trim();
    let account = users::user_by_username(state.store.pool(), name)
        .await?
        .ok_or_else(|| unknown(name))?;
    // An account whose role is not one we know is no practitioner's.
    let role: Role = account.role.parse().map_err(|_| unknown(name))?;
    let facts = Successor {
        id: &account.id,
        role,
        active: account.deactivated_at.is_none(),
        country: account.country.as_deref().and_then(|c| c.parse().ok()),
        city: account.city.as_deref(),
    };
    handover::may_hand_over(by, &record, &facts).map_err(|refusal| match refusal {
        Refusal::NotTheirs => AppError::Forbidden,
        Refusal::NotAPractitioner => unknown(name),
        Refusal::SamePerson => AppError::Refused {
            code: "already_theirs",
            message: Message::id("handover-already-theirs"),
        },
        Refusal::ElsewhereCity => AppError::Refused {
            code: "successor_elsewhere",
            message: Message::id("handover-elsewhere"),
        },
    })?;
    state
        .sync
        .edit_as_hub(
            id.document(DocKind::Request),
            handover::hand_over(
                record.requester.as_str().to_string(),
                account.id.clone(),
                by.user.as_str().to_string(),
                now_ms(),
            ),
        )
        .await?;
    docs::set_owner(&state.store, id, &account.id).await?;
    Ok(HandedOver {
        requester: account.id,
        requester_username: account.username,
    })
}
