//! Who may read or write which document, and what a write must preserve.
//!
//! The rules, in one place:
//! - Staff (agents, fund managers, admins) read and write every request, triage, notes and
//!   guidance document.
//! - A practitioner reads and writes their own requests, reads those requests' triage documents,
//!   reads guidance, and never sees internal notes or anyone else's requests.
//! - Anyone signed in may create a request document, and it is stored only if it is a valid
//!   request whose requester is them (staff may file one on someone's behalf). Triage and notes
//!   documents come only from their genesis (see [`crate::schema::genesis`]).
//! - An accepted write never changes who a request belongs to, what it is, or when it was made,
//!   and a practitioner may only add messages written as themselves.

use automerge::Automerge;

use crate::ids::{DocKind, UserId};
use crate::model::{MessageRole, Role};
use crate::schema;
use crate::validate::{self, Problem, Rules, ValidationError};

/// Who is on the other end of a connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user: UserId,
    pub role: Role,
}

/// What a peer may do with one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// The document does not exist as far as this peer can tell.
    None,
    /// The peer receives changes; its own changes are neither applied nor forwarded.
    ReadOnly,
    ReadWrite,
}

/// Access to an existing document whose owner (the requester of the request it belongs to) is
/// `owner`.
pub fn access(principal: &Principal, kind: DocKind, owner: Option<&UserId>) -> Access {
    if principal.role.is_staff() {
        return Access::ReadWrite;
    }
    let own = owner == Some(&principal.user);
    match kind {
        DocKind::Request if own => Access::ReadWrite,
        DocKind::Triage if own => Access::ReadOnly,
        DocKind::Guidance => Access::ReadOnly,
        _ => Access::None,
    }
}

/// Whether a peer may bring a document of this kind into existence by syncing it.
pub fn may_create(principal: &Principal, kind: DocKind) -> bool {
    match kind {
        DocKind::Request => true,
        DocKind::Guidance => principal.role.is_staff(),
        DocKind::Triage | DocKind::Notes => false,
    }
}

fn refuse(field: &str, reason: impl Into<String>) -> Vec<ValidationError> {
    vec![ValidationError {
        field: field.into(),
        problem: Problem::NotAllowed {
            reason: reason.into(),
        },
    }]
}

fn invalid_shape(e: schema::SchemaError) -> Vec<ValidationError> {
    vec![ValidationError {
        field: "document".into(),
        problem: Problem::Invalid {
            reason: e.to_string(),
        },
    }]
}

/// Decides whether `after` may replace `before` (or be created, when `before` is `None`) when
/// written by `principal`. On success returns the document's owner.
pub fn admit(
    principal: &Principal,
    kind: DocKind,
    expected_request_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
    rules: &Rules,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    match kind {
        DocKind::Request => admit_request(principal, expected_request_id, before, after, rules),
        DocKind::Triage => {
            let triage = schema::read_triage(after).map_err(invalid_shape)?;
            if triage.request_id != expected_request_id {
                return Err(refuse("request_id", "does not match the document id"));
            }
            Ok(None)
        }
        DocKind::Notes => {
            let notes = schema::read_notes(after).map_err(invalid_shape)?;
            if notes.request_id != expected_request_id {
                return Err(refuse("request_id", "does not match the document id"));
            }
            Ok(None)
        }
        DocKind::Guidance => {
            let guidance = schema::read_guidance(after).map_err(invalid_shape)?;
            validate::validate_guidance(&guidance)?;
            if guidance.id != expected_request_id {
                return Err(refuse("id", "must match the document id"));
            }
            Ok(None)
        }
    }
}

fn admit_request(
    principal: &Principal,
    expected_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
    rules: &Rules,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    let request = schema::read_request(after).map_err(invalid_shape)?;
    validate::validate_request(&request, rules)?;
    if request.id != expected_id {
        return Err(refuse("id", "must equal the document id"));
    }
    let owner = UserId::parse(request.requester.as_str())
        .map_err(|_| refuse("requester", "must be a user id"))?;
    let staff = principal.role.is_staff();
    let old = match before {
        Some(doc) => Some(schema::read_request(doc).map_err(invalid_shape)?),
        None => None,
    };
    match &old {
        None if !staff && owner != principal.user => {
            return Err(refuse(
                "requester",
                "a practitioner files requests as themselves",
            ));
        }
        Some(old) => {
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
        }
        None => {}
    }
    if !staff {
        let known: Vec<&str> = old
            .iter()
            .flat_map(|o| o.messages.iter().map(|m| m.id.as_str()))
            .collect();
        for (i, message) in request.messages.iter().enumerate() {
            if known.contains(&message.id.as_str()) {
                continue;
            }
            if message.author.as_str() != principal.user.as_str()
                || message.role != MessageRole::Requester
            {
                return Err(refuse(
                    &format!("messages[{i}]"),
                    "a practitioner writes messages only as themselves",
                ));
            }
        }
    }
    Ok(Some(owner))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(user: &str, role: Role) -> Principal {
        Principal {
            user: UserId::parse(user).expect("valid"),
            role,
        }
    }

    #[test]
    fn a_practitioner_reads_their_triage_but_never_writes_it() {
        let me = who("me", Role::Practitioner);
        let owner = UserId::parse("me").expect("valid");
        assert_eq!(
            access(&me, DocKind::Request, Some(&owner)),
            Access::ReadWrite
        );
        assert_eq!(access(&me, DocKind::Triage, Some(&owner)), Access::ReadOnly);
        assert_eq!(access(&me, DocKind::Notes, Some(&owner)), Access::None);
    }

    #[test]
    fn a_practitioner_sees_nothing_of_someone_elses_request() {
        let me = who("me", Role::Practitioner);
        let other = UserId::parse("other").expect("valid");
        for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
            assert_eq!(access(&me, kind, Some(&other)), Access::None);
        }
    }

    #[test]
    fn staff_write_everything() {
        let agent = who("a", Role::Agent);
        for kind in [
            DocKind::Request,
            DocKind::Triage,
            DocKind::Notes,
            DocKind::Guidance,
        ] {
            assert_eq!(access(&agent, kind, None), Access::ReadWrite);
        }
    }

    #[test]
    fn only_requests_may_be_created_by_practitioners() {
        let me = who("me", Role::Practitioner);
        assert!(may_create(&me, DocKind::Request));
        assert!(!may_create(&me, DocKind::Triage));
        assert!(!may_create(&me, DocKind::Notes));
        assert!(!may_create(&me, DocKind::Guidance));
    }
}
