//! The request workflow: the statuses, the moves between them, who may make them, what a valid
//! triage record holds, and what a requester's new message does.
//!
//! ```text
//! new -> triaged -> in_progress -> waiting_on_requester -> resolved -> closed
//! ```
//! Staff may also step back (in_progress -> triaged), go straight to resolved from any open
//! status, and reopen a resolved request. Closing needs a resolution note and happens from
//! resolved, or from any open status when the request is merged into another as a duplicate.
//! Only an admin reopens a closed request. Nobody moves a request back to `new`.
//!
//! Commands (see [`crate::commands`]) make one move at a time and are checked with
//! [`check_move`]. A document arriving by sync may carry several moves made offline, so
//! [`crate::access::admit`] accepts any status reachable through allowed moves
//! ([`check_reachable`]); both refuse a closed record without a resolution.

use std::collections::VecDeque;

use crate::access::{Action, may};
use crate::ids::{RequestId, UserId};
use crate::model::{Role, Status, Triage};
use crate::validate::{Errors, FIELD_MAX_CHARS, Problem, ValidationError};

/// The most tags one request may carry.
pub const TAGS_MAX: usize = 20;
/// The longest tag, in characters.
pub const TAG_MAX_CHARS: usize = 40;

/// Whether work on the request is finished (nothing is due any more).
pub fn is_done(status: Status) -> bool {
    matches!(status, Status::Resolved | Status::Closed)
}

/// Whether the request sits in the open queues (not resolved, closed or merged away).
pub fn is_open(status: Status) -> bool {
    !is_done(status)
}

/// The statuses someone with `role` may move a request to in one step from `from` (closing as a
/// duplicate aside), for controls that offer only what is allowed.
pub fn next_statuses(role: Role, from: Status) -> &'static [Status] {
    if !role.is_staff() {
        return &[];
    }
    moves(role, from)
}

/// The statuses staff may move a request to in one step from `from`.
fn moves(role: Role, from: Status) -> &'static [Status] {
    use Status::*;
    match from {
        New => &[Triaged, InProgress, WaitingOnRequester, Resolved],
        Triaged => &[InProgress, WaitingOnRequester, Resolved],
        InProgress => &[Triaged, WaitingOnRequester, Resolved],
        WaitingOnRequester => &[InProgress, Resolved],
        Resolved => &[InProgress, Closed],
        Closed if role == Role::Admin => &[InProgress],
        Closed => &[],
    }
}

fn not_allowed(field: &str, reason: impl Into<String>) -> ValidationError {
    ValidationError {
        field: field.into(),
        problem: Problem::NotAllowed {
            reason: reason.into(),
        },
    }
}

fn move_refused(from: Status, to: Status) -> ValidationError {
    not_allowed(
        "status",
        format!("a request cannot move from {from} to {to}"),
    )
}

/// Whether a duplicate may be closed straight away: merging closes it from any open status.
fn closing_as_duplicate(from: Status, after: &Triage) -> bool {
    after.status == Status::Closed && after.duplicate_of.is_some() && is_open(from)
}

/// Checks a single move made by a command.
pub fn check_move(role: Role, from: Status, after: &Triage) -> Result<(), ValidationError> {
    let to = after.status;
    if from == to || moves(role, from).contains(&to) || closing_as_duplicate(from, after) {
        return Ok(());
    }
    Err(move_refused(from, to))
}

/// Checks that `after`'s status can be reached from `from` through moves `role` may make, as a
/// document synced after several offline moves must.
pub fn check_reachable(role: Role, from: Status, after: &Triage) -> Result<(), ValidationError> {
    let to = after.status;
    if closing_as_duplicate(from, after) {
        return Ok(());
    }
    let mut seen = vec![from];
    let mut queue = VecDeque::from([from]);
    while let Some(at) = queue.pop_front() {
        if at == to {
            return Ok(());
        }
        for next in moves(role, at) {
            if !seen.contains(next) {
                seen.push(*next);
                queue.push_back(*next);
            }
        }
    }
    Err(move_refused(from, to))
}

/// What a requester's new message does to the status: it reopens a resolved request and ends
/// waiting on the requester. A closed request stays closed (the message is kept and shown).
pub fn on_requester_message(status: Status) -> Option<Status> {
    match status {
        Status::Resolved | Status::WaitingOnRequester => Some(Status::InProgress),
        _ => None,
    }
}

/// Tidies a tag as typed: trimmed, lower case, inner spaces as `-`.
pub fn normalize_tag(tag: &str) -> String {
    tag.trim()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

/// Checks a whole triage record as stored: tags, assignee, resolution and duplicate link.
pub fn validate_triage(triage: &Triage) -> Result<(), Vec<ValidationError>> {
    let mut errors = Errors::default();
    if triage.tags.len() > TAGS_MAX {
        errors.push("tags", Problem::TooMany { max: TAGS_MAX });
    }
    for (i, tag) in triage.tags.iter().enumerate() {
        let field = format!("tags[{i}]");
        errors.text(&field, tag.as_str(), true, TAG_MAX_CHARS);
        if !tag.as_str().is_empty() && normalize_tag(tag.as_str()) != tag.as_str()
            || tag.as_str().contains(',')
        {
            errors.push(
                field,
                Problem::Invalid {
                    reason: "tags are lower case, without spaces or commas".into(),
                },
            );
        }
    }
    if triage
        .tags
        .iter()
        .enumerate()
        .any(|(i, t)| triage.tags[..i].contains(t))
    {
        errors.push(
            "tags",
            Problem::Invalid {
                reason: "a tag appears twice".into(),
            },
        );
    }
    if let Some(assignee) = &triage.assignee
        && UserId::parse(assignee.as_str()).is_err()
    {
        errors.push(
            "assignee",
            Problem::Invalid {
                reason: "must be a user id".into(),
            },
        );
    }
    if let Some(resolution) = &triage.resolution {
        errors.text("resolution", resolution.as_str(), false, FIELD_MAX_CHARS);
    }
    let resolved_with_note = triage
        .resolution
        .as_ref()
        .is_some_and(|r| !r.as_str().trim().is_empty());
    if triage.status == Status::Closed && !resolved_with_note {
        errors.0.push(not_allowed(
            "resolution",
            "closing a request needs a resolution note",
        ));
    }
    if let Some(of) = &triage.duplicate_of {
        if RequestId::parse(of.as_str()).is_err() {
            errors.push(
                "duplicate_of",
                Problem::Invalid {
                    reason: "must be a request id".into(),
                },
            );
        } else if of.as_str() == triage.request_id {
            errors.0.push(not_allowed(
                "duplicate_of",
                "a request cannot duplicate itself",
            ));
        }
        if triage.status != Status::Closed {
            errors.0.push(not_allowed(
                "duplicate_of",
                "a request merged as a duplicate is closed",
            ));
        }
    }
    if let Some(due) = triage.due_at
        && due <= 0
    {
        errors.push("due_at", Problem::NotPositive);
    }
    errors.finish()
}

/// Whether `role` may triage this request at all.
pub fn may_triage(role: Role, triage: &Triage) -> bool {
    may(role, Action::Triage(triage.request_kind()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Priority};

    fn triage(status: Status) -> Triage {
        Triage {
            request_id: RequestId::new(1_763_900_000_000, [1; 10]).to_string(),
            status,
            priority: Priority::Normal,
            assignee: None,
            tags: vec![],
            due_at: None,
            kind: Some(Kind::HelpDesk),
            resolution: None,
            duplicate_of: None,
            application_status: None,
            approved_cents: None,
            decision_note: None,
        }
    }

    #[test]
    fn the_main_path_is_allowed_one_step_at_a_time() {
        use Status::*;
        let path = [New, Triaged, InProgress, WaitingOnRequester, Resolved];
        for pair in path.windows(2) {
            check_move(Role::Agent, pair[0], &triage(pair[1])).expect("allowed");
        }
    }

    #[test]
    fn nothing_moves_back_to_new() {
        for from in Status::ALL {
            if *from != Status::New {
                assert!(check_reachable(Role::Admin, *from, &triage(Status::New)).is_err());
            }
        }
    }

    #[test]
    fn closing_needs_a_resolution_note() {
        let mut closed = triage(Status::Closed);
        let errors = validate_triage(&closed).expect_err("no note");
        assert_eq!(errors[0].field, "resolution");
        closed.resolution = Some("   ".into());
        assert!(validate_triage(&closed).is_err());
        closed.resolution = Some("Shared Colombo's plan and a reviewer".into());
        validate_triage(&closed).expect("closed with a note");
        check_move(Role::Agent, Status::Resolved, &closed).expect("resolved to closed");
    }

    #[test]
    fn closing_straight_from_in_progress_is_refused_unless_merged() {
        let mut closed = triage(Status::Closed);
        closed.resolution = Some("done".into());
        let error = check_move(Role::Agent, Status::InProgress, &closed).expect_err("skip");
        assert_eq!(error.field, "status");
        closed.duplicate_of = Some(
            RequestId::new(1_763_900_000_001, [2; 10])
                .to_string()
                .into(),
        );
        check_move(Role::Agent, Status::InProgress, &closed).expect("merged as a duplicate");
    }

    #[test]
    fn only_an_admin_reopens_a_closed_request() {
        let reopened = triage(Status::InProgress);
        assert!(check_move(Role::Agent, Status::Closed, &reopened).is_err());
        check_move(Role::Admin, Status::Closed, &reopened).expect("admin reopens");
    }

    #[test]
    fn offline_moves_arrive_as_one_reachable_jump() {
        let mut closed = triage(Status::Closed);
        closed.resolution = Some("answered".into());
        assert!(check_move(Role::Agent, Status::New, &closed).is_err());
        check_reachable(Role::Agent, Status::New, &closed).expect("new ... resolved, closed");
    }

    #[test]
    fn a_requester_message_reopens_resolved_and_ends_waiting() {
        assert_eq!(
            on_requester_message(Status::Resolved),
            Some(Status::InProgress)
        );
        assert_eq!(
            on_requester_message(Status::WaitingOnRequester),
            Some(Status::InProgress)
        );
        assert_eq!(on_requester_message(Status::InProgress), None);
        assert_eq!(on_requester_message(Status::Closed), None);
    }

    #[test]
    fn tags_are_tidy_unique_and_few() {
        assert_eq!(normalize_tag("  Youth  Council "), "youth-council");
        let mut t = triage(Status::New);
        t.tags = vec!["youth".into(), "youth".into()];
        assert!(validate_triage(&t).is_err());
        t.tags = vec!["Youth".into()];
        assert_eq!(validate_triage(&t).expect_err("case")[0].field, "tags[0]");
        t.tags = (0..=TAGS_MAX).map(|i| format!("t{i}").into()).collect();
        assert_eq!(validate_triage(&t).expect_err("many")[0].field, "tags");
        t.tags = vec!["কলম্বো".into()];
        validate_triage(&t).expect("bengali tag");
    }

    #[test]
    fn a_request_cannot_duplicate_itself() {
        let mut t = triage(Status::Closed);
        t.resolution = Some("dup".into());
        t.duplicate_of = Some(t.request_id.clone().into());
        assert_eq!(
            validate_triage(&t).expect_err("self")[0].field,
            "duplicate_of"
        );
    }

    #[test]
    fn fund_managers_triage_fund_queries_only() {
        let mut t = triage(Status::New);
        assert!(!may_triage(Role::FundManager, &t));
        assert!(may_triage(Role::Agent, &t));
        t.kind = Some(Kind::FundQuery);
        assert!(may_triage(Role::FundManager, &t));
        assert!(!may_triage(Role::Practitioner, &t));
    }
}
