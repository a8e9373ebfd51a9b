//! Admission: whether a document that would result from a write may replace what is stored.
//!
//! Every write passes here in the server, whoever sent it: a stock automerge-repo client over
//! `/sync`, the field app, the console, or a REST command. The checks:
//! - A request stays a valid request with the same id, requester, kind, creation time and
//!   intake; one filed for someone else records that its filer is staff who may
//!   ([`crate::intake::check_new`]).
//! - Its conversation is append-only: every earlier message is still there, unchanged; message
//!   ids are unique; each new message is written by the person syncing it, as `requester` when
//!   they are a practitioner and as `staff` when they are hub staff allowed to answer.
//! - A triage record keeps its request and kind, is written only by staff allowed to triage that
//!   kind, stays valid ([`crate::workflow::validate_triage`]) and reaches its status through moves
//!   that person may make ([`crate::workflow::check_reachable`]).
//! - Internal notes are append-only in the same way, each new note written as its author.
//! - A staff member limited to countries writes only requests within them (a request moved to
//!   another country by them is refused).
//! - A write never brings a second history into a document (a copy of a document the hub has
//!   replaced, see [`crate::retention`], cannot sync its old history back).
//! - A published guidance version keeps its language, author, item and publication time
//!   ([`crate::library::check_kept`]).
//! - A request's list of attachments is written by the hub alone ([`crate::attachments`]), as
//!   are its requester's handovers to successors ([`crate::handover`]) and its referrals
//!   ([`crate::referral`]); someone referred to it writes nothing but messages of their own.
//! - Only the requester shares a request with their city team or stops sharing it; a team member
//!   it is shared with for writing changes neither its place nor its fund application
//!   ([`super::team`]).

use automerge::Automerge;

use super::{Principal, invalid_shape, refuse};
use crate::fund::{self, RoundBook};
use crate::ids::{DocKind, UserId};
use crate::model::{Message, MessageRole, Note, Request};
use crate::schema;
use crate::validate::{self, Rules, ValidationError};
use crate::workflow;

/// What a write is checked against besides itself.
#[derive(Debug, Clone, Copy)]
pub struct Checks<'a> {
    pub rules: &'a Rules,
    /// The fund rounds the checker knows (the hub knows them all).
    pub rounds: &'a RoundBook,
    /// When the write arrived by the hub's clock: what a new submission's time is checked
    /// against the round's dates by (`None` on a device, which checks its own time).
    pub arrived_at: Option<i64>,
}

/// Decides whether `after` may replace `before` (or be created, when `before` is `None`) when
/// written by `principal`. On success returns the document's owner.
pub fn admit(
    principal: &Principal,
    kind: DocKind,
    expected_request_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
    checks: Checks<'_>,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    if before.is_some_and(|before| brings_another_history(before, after)) {
        return Err(refuse(
            "document",
            "holds an earlier version of this record, which the hub has since replaced (see \
             shared::retention); drop it and fetch the record again",
        ));
    }
    match kind {
        DocKind::Request => admit_request(principal, expected_request_id, before, after, checks),
        DocKind::Triage => admit_triage(principal, expected_request_id, before, after),
        DocKind::Notes => admit_notes(principal, expected_request_id, before, after),
        DocKind::Guidance => {
            let guidance = schema::read_guidance(after).map_err(invalid_shape)?;
            validate::validate_guidance(&guidance)?;
            if guidance.id != expected_request_id {
                return Err(refuse("id", "must match the document id"));
            }
            if let Some(before) = before {
                let earlier = schema::read_guidance(before).map_err(invalid_shape)?;
                crate::library::check_kept(&earlier, &guidance)?;
            }
            Ok(None)
        }
    }
}

/// Whether `after` holds a change that starts a history of its own (one without dependencies)
/// that `before` does not: a document's history has one beginning, and the only way to bring a
/// second is from a copy made before the hub replaced the document.
fn brings_another_history(before: &Automerge, after: &Automerge) -> bool {
    if before.get_heads().is_empty() {
        return false;
    }
    after
        .get_changes_meta(&before.get_heads())
        .iter()
        .any(|change| change.deps.is_empty())
}

fn admit_request(
    principal: &Principal,
    expected_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
    checks: Checks<'_>,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    let Checks {
        rules,
        rounds,
        arrived_at,
    } = checks;
    let unknown = crate::limits::unknown_root_keys(DocKind::Request, after);
    if !unknown.is_empty() {
        return Err(crate::limits::refuse_unknown_keys(&unknown));
    }
    let request = schema::read_request(after).map_err(invalid_shape)?;
    // A round's own cap is the only cap: the hub knows every round.
    validate::validate_request(&request, &rounds.rules_for_request(rules, &request))?;
    if !principal.covers(Some(request.country)) {
        // A staff member limited to countries files, and moves requests, only within them.
        return Err(refuse(
            "country",
            "is outside the countries you handle at the hub",
        ));
    }
    if request.id != expected_id {
        return Err(refuse("id", "must equal the document id"));
    }
    let owner = UserId::parse(request.requester.as_str())
        .map_err(|_| refuse("requester", "must be a user id"))?;
    let staff = principal.role.is_staff();
    let by_requester = owner == principal.user;
    let old = match before {
        Some(doc) => Some(schema::read_request(doc).map_err(invalid_shape)?),
        None => None,
    };
    match &old {
        None if !staff && !by_requester => {
            return Err(refuse(
                "requester",
                "a practitioner files requests as themselves",
            ));
        }
        None if request.team.is_some() && !by_requester => {
            return Err(refuse("team", ONLY_THE_REQUESTER_SHARES));
        }
        Some(old) => {
            if old.team != request.team && !by_requester {
                return Err(refuse("team", ONLY_THE_REQUESTER_SHARES));
            }
            if !staff && !by_requester {
                check_team_write(old, &request)?;
                let standing = super::standing(principal, Some(&owner), &super::Reach::of(old));
                if standing == super::Standing::Referred {
                    check_referred_write(old, &request)?;
                }
            }
            if old.requester != request.requester {
                return Err(refuse(
                    "requester",
                    "cannot change who a request belongs to",
                ));
            }
            if old.kind != request.kind {
                return Err(refuse("kind", "cannot change once filed"));
            }
            if old.created_at != request.created_at {
                return Err(refuse("created_at", "cannot change once filed"));
            }
            if old.intake != request.intake {
                return Err(refuse("intake", "cannot change once filed"));
            }
            let submitted = old
                .application
                .as_ref()
                .is_some_and(|a| a.submitted_at.is_some());
            match (submitted, staff) {
                (true, false) => {
                    check_reports_only(old.application.as_ref(), request.application.as_ref())?
                }
                (true, true) => {
                    check_sent_back_or_kept(old.application.as_ref(), request.application.as_ref())?
                }
                (false, _) => {}
            }
        }
        None => crate::intake::check_new(principal, &request)?,
    }
    let attached_before = old
        .as_ref()
        .map(|o| o.attachments.as_slice())
        .unwrap_or(&[]);
    if request.attachments.as_slice() != attached_before {
        return Err(refuse(
            "attachments",
            "only the hub records attachments, once it holds their bytes",
        ));
    }
    let referred_before = old.as_ref().map(|o| o.referrals.as_slice()).unwrap_or(&[]);
    if request.referrals.as_slice() != referred_before {
        return Err(refuse(
            "referrals",
            "only the hub refers a request, and records the answer and the outcome",
        ));
    }
    let handed_before = old.as_ref().map(|o| o.handovers.as_slice()).unwrap_or(&[]);
    if request.handovers.as_slice() != handed_before {
        return Err(refuse(
            "handovers",
            "only the hub hands a request to a successor",
        ));
    }
    let previous = old.as_ref().and_then(|o| o.application.as_ref());
    if let Some(application) = &request.application {
        let newly_submitted =
            application.submitted_at.is_some() && previous.and_then(|p| p.submitted_at).is_none();
        if newly_submitted && !by_requester {
            return Err(refuse(
                "application.submitted_at",
                "only the requester submits an application",
            ));
        }
        fund::check_against_round(previous, application, rounds, arrived_at)?;
    }
    let earlier = old.as_ref().map(|o| o.messages.as_slice()).unwrap_or(&[]);
    check_conversation(principal, earlier, &request)?;
    Ok(Some(owner))
}

const ONLY_THE_REQUESTER_SHARES: &str = "only the requester shares a request with their city team";

/// What a city team member a request is shared with for writing may not change: where the
/// request is (which decides its team) and its fund application.
fn check_team_write(before: &Request, after: &Request) -> Result<(), Vec<ValidationError>> {
    let moved = "only the requester moves a request to another place";
    if before.country != after.country {
        return Err(refuse("country", moved));
    }
    if before.city != after.city {
        return Err(refuse("city", moved));
    }
    if before.application != after.application {
        return Err(refuse(
            "application",
            "only the requester changes a fund application",
        ));
    }
    Ok(())
}

/// What someone referred to a request may change: nothing but the conversation, to which they
/// add messages as themselves (checked with everyone's, below).
fn check_referred_write(before: &Request, after: &Request) -> Result<(), Vec<ValidationError>> {
    let mut was = before.clone();
    let mut now = after.clone();
    was.messages.clear();
    now.messages.clear();
    if was != now {
        return Err(refuse(
            "request",
            "someone referred to a request only writes in its conversation",
        ));
    }
    Ok(())
}

/// A submitted application, written by staff: either kept as it is, or sent back for changes
/// (its submission cleared and nothing else touched). Its budget is frozen for everyone.
fn check_sent_back_or_kept(
    before: Option<&crate::model::Application>,
    after: Option<&crate::model::Application>,
) -> Result<(), Vec<ValidationError>> {
    let frozen = || {
        refuse(
            "application",
            "a submitted application changes only when its requester resubmits it",
        )
    };
    let (Some(before), Some(after)) = (before, after) else {
        return Err(frozen());
    };
    let unsubmitted = |a: &crate::model::Application| {
        let mut a = a.clone();
        a.submitted_at = None;
        a
    };
    if unsubmitted(before) != unsubmitted(after) {
        return Err(frozen());
    }
    Ok(())
}

/// A submitted application changes only when the hub asks for changes; its requester may only
/// add progress reports, and earlier reports stay as they were.
fn check_reports_only(
    before: Option<&crate::model::Application>,
    after: Option<&crate::model::Application>,
) -> Result<(), Vec<ValidationError>> {
    let locked = || {
        refuse(
            "application",
            "a submitted application changes only when the hub asks for changes",
        )
    };
    let (Some(before), Some(after)) = (before, after) else {
        return Err(locked());
    };
    let without_reports = |a: &crate::model::Application| {
        let mut a = a.clone();
        a.reports.clear();
        a
    };
    if without_reports(before) != without_reports(after) {
        return Err(locked());
    }
    for old in &before.reports {
        if !after.reports.iter().any(|r| r == old) {
            return Err(refuse(
                "application.reports",
                "a progress report cannot be changed once filed",
            ));
        }
    }
    Ok(())
}

/// The conversation is append-only and every new message is written as its sender.
fn check_conversation(
    principal: &Principal,
    earlier: &[Message],
    request: &Request,
) -> Result<(), Vec<ValidationError>> {
    let messages = &request.messages;
    for (i, message) in messages.iter().enumerate() {
        if messages[..i].iter().any(|m| m.id == message.id) {
            return Err(refuse(
                &format!("messages[{i}].id"),
                "message ids are unique",
            ));
        }
    }
    for old in earlier {
        match messages.iter().position(|m| m.id == old.id) {
            None => {
                return Err(refuse(
                    "messages",
                    "messages cannot be removed from a conversation",
                ));
            }
            Some(i) if messages[i] != *old => {
                return Err(refuse(
                    &format!("messages[{i}]"),
                    "a message cannot be changed once sent",
                ));
            }
            Some(_) => {}
        }
    }
    let role = if principal.role.is_staff() {
        MessageRole::Staff
    } else {
        MessageRole::Requester
    };
    for (i, message) in messages.iter().enumerate() {
        if earlier.iter().any(|m| m.id == message.id) {
            continue;
        }
        if message.author.as_str() != principal.user.as_str() || message.role != role {
            return Err(refuse(
                &format!("messages[{i}]"),
                format!("new messages are written as their sender, with the {role} role"),
            ));
        }
        if message.canned.is_some() && role != MessageRole::Staff {
            return Err(refuse(
                &format!("messages[{i}].canned"),
                "only hub replies start from a canned response",
            ));
        }
    }
    Ok(())
}

fn admit_triage(
    principal: &Principal,
    expected_request_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    let triage = schema::read_triage(after).map_err(invalid_shape)?;
    if triage.request_id != expected_request_id {
        return Err(refuse("request_id", "does not match the document id"));
    }
    let Some(before) = before else {
        return Err(refuse(
            "document",
            "triage records come only from their request",
        ));
    };
    let old = schema::read_triage(before).map_err(invalid_shape)?;
    if old.kind != triage.kind || old.request_id != triage.request_id {
        return Err(refuse("kind", "cannot change once filed"));
    }
    if !workflow::may_triage(principal.role, &old) {
        return Err(refuse(
            "document",
            format!(
                "a {} does not triage {} requests",
                principal.role,
                old.request_kind()
            ),
        ));
    }
    if old.application_status != triage.application_status
        || old.approved_cents != triage.approved_cents
        || old.decision_note != triage.decision_note
    {
        return Err(refuse(
            "application_status",
            "set only by the hub, from its ledger and the submissions it receives",
        ));
    }
    workflow::validate_triage(&triage)?;
    workflow::check_reachable(principal.role, old.status, &triage).map_err(|e| vec![e])?;
    Ok(None)
}

fn admit_notes(
    principal: &Principal,
    expected_request_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    let notes = schema::read_notes(after).map_err(invalid_shape)?;
    if notes.request_id != expected_request_id {
        return Err(refuse("request_id", "does not match the document id"));
    }
    if notes.notes.len() > crate::limits::NOTES_MAX {
        let max = crate::limits::NOTES_MAX;
        return Err(vec![validate::error(
            "notes",
            validate::Problem::TooMany { max },
        )]);
    }
    let earlier: Vec<Note> = match before {
        Some(doc) => schema::read_notes(doc).map_err(invalid_shape)?.notes,
        None => Vec::new(),
    };
    for (i, note) in notes.notes.iter().enumerate() {
        if notes.notes[..i].iter().any(|n| n.id == note.id) {
            return Err(refuse(&format!("notes[{i}].id"), "note ids are unique"));
        }
        match earlier.iter().find(|n| n.id == note.id) {
            Some(old) if old != note => {
                return Err(refuse(
                    &format!("notes[{i}]"),
                    "a note cannot be changed once written",
                ));
            }
            Some(_) => {}
            None => {
                if note.author.as_str() != principal.user.as_str() {
                    return Err(refuse(
                        &format!("notes[{i}].author"),
                        "new notes are written as their author",
                    ));
                }
                validate::validate_note_body(note.body.as_str()).map_err(|mut e| {
                    e.field = format!("notes[{i}].body");
                    vec![e]
                })?;
            }
        }
    }
    if earlier
        .iter()
        .any(|old| !notes.notes.iter().any(|n| n.id == old.id))
    {
        return Err(refuse("notes", "notes cannot be removed"));
    }
    Ok(None)
}

#[cfg(test)]
mod tests;
