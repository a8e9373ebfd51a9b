//! The hub's events (issue 22, part 3): staff publish trainings, workshops, dialogues and
//! exchange visits; practitioners register, and are admitted in the order their registrations
//! reach the hub, up to the seats, or put in line. The rules are `hubdesk_shared::events`; the
//! seats are kept in SQL transactions (`store::events`).

use hubdesk_shared::access::Principal;
use hubdesk_shared::events::{EventDraft, Registration, may_attend, may_register, may_run_events};

use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::events::{self as store, Cancelled, EventRow, Registered, RegistrationRow};

/// How many upcoming events a list shows at most.
const LIST_MAX: i64 = 200;

/// Publishes an event (admins and agents). Returns it as stored.
pub async fn create(
    state: &AppState,
    by: &Principal,
    draft: EventDraft,
) -> Result<EventRow, AppError> {
    if !may_run_events(by.role) {
        return Err(AppError::Forbidden);
    }
    let event = draft.check().map_err(AppError::Invalid)?;
    let id = uuid::Uuid::new_v4().to_string();
    store::insert(&state.store, &id, &event, by.user.as_str(), now_ms()).await?;
    get(state, &id).await
}

/// One event, with its seats taken and its line. Anyone signed in may read it.
pub async fn get(state: &AppState, id: &str) -> Result<EventRow, AppError> {
    store::get(&state.store, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Events ending at or after `since` (now when not given), soonest first, each with where the
/// caller's registration stands.
pub async fn upcoming(
    state: &AppState,
    by: &Principal,
    since: Option<i64>,
) -> Result<Vec<(EventRow, Option<Registration>)>, AppError> {
    let since = since.unwrap_or_else(now_ms);
    let events = store::upcoming(&state.store, since, LIST_MAX).await?;
    let mut mine = store::registrations_from(&state.store, by.user.as_str(), since).await?;
    Ok(events
        .into_iter()
        .map(|event| {
            let registration = mine.remove(&event.id);
            (event, registration)
        })
        .collect())
}

/// Registers the caller, a practitioner, for event `id`: a seat if one is free, else a place in
/// line. Registering again changes nothing and answers where they stand. Returns whether the
/// registration is new, and where it stands.
pub async fn register(
    state: &AppState,
    by: &Principal,
    id: &str,
) -> Result<(bool, Registration), AppError> {
    if !may_register(by.role) {
        return Err(AppError::Forbidden);
    }
    match store::register(&state.store, id, by.user.as_str(), now_ms()).await? {
        Registered::New(status) => Ok((true, status)),
        Registered::Already(status) => Ok((false, status)),
        Registered::Over => Err(AppError::Refused {
            code: "event_over",
            message: Message::id("event-over"),
        }),
        Registered::NoSuchEvent => Err(AppError::NotFound),
    }
}

/// Cancels the caller's registration for event `id`; the first in line takes a freed seat.
pub async fn cancel(state: &AppState, by: &Principal, id: &str) -> Result<(), AppError> {
    match store::cancel(&state.store, id, by.user.as_str()).await? {
        Cancelled::Done { moved_up } => {
            if let Some(user) = moved_up {
                tracing::info!(event = id, %user, "a seat freed went to the first in line");
            }
            Ok(())
        }
        Cancelled::NotRegistered | Cancelled::NoSuchEvent => Err(AppError::NotFound),
    }
}

/// The caller's registration for event `id`, if any.
pub async fn registration_of(
    state: &AppState,
    by: &Principal,
    id: &str,
) -> Result<Option<Registration>, AppError> {
    Ok(store::registration(&state.store, id, by.user.as_str()).await?)
}

/// An event's registrations in arrival order, for staff who run events.
pub async fn registrations(
    state: &AppState,
    by: &Principal,
    id: &str,
) -> Result<Vec<RegistrationRow>, AppError> {
    if !may_run_events(by.role) {
        return Err(AppError::Forbidden);
    }
    get(state, id).await?;
    Ok(store::registrations(&state.store, id).await?)
}

/// Marks (or unmarks) that `user` attended event `id` (staff who run events). Only someone
/// with a seat can have attended: a registration still in line is refused (`not_admitted`).
pub async fn mark_attendance(
    state: &AppState,
    by: &Principal,
    id: &str,
    user: &str,
    attended: bool,
) -> Result<(), AppError> {
    if !may_run_events(by.role) {
        return Err(AppError::Forbidden);
    }
    let at = attended.then(now_ms);
    match store::mark_attendance(&state.store, id, user, at, may_attend).await? {
        Some((_, true)) => Ok(()),
        Some((_, false)) => Err(AppError::Refused {
            code: "not_admitted",
            message: Message::id("event-not-admitted"),
        }),
        None => Err(AppError::NotFound),
    }
}
