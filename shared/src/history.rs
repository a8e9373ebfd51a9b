//! A request's history: what changed, as events derived from the documents before and after a
//! write, so the timeline cannot disagree with the records.
//!
//! The server records each event append-only with who made it and when it arrived (its own
//! clock), keeping the device's time beside it. Staff views are recorded too. Practitioners
//! never see internal events ([`Event::is_internal`]): notes and staff views.

use automerge::{Automerge, ChangeHash};
use serde::Serialize;

use crate::ids::{DocKind, UserId};
use crate::model::{MessageRole, Priority, Role, Status};
use crate::schema;

/// An event as the server records it: who (none for the hub's own follow-ups), when it
/// arrived on the server's clock, and the device's clock for the change, if it set one.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub actor: Option<UserId>,
    pub role: Option<Role>,
    pub server_at: i64,
    pub device_at: Option<i64>,
    pub event: Event,
}

/// One thing that happened to a request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// The request was filed.
    Created,
    /// The requester's or staff's fields changed (title, description, category, ...).
    Edited {
        fields: Vec<String>,
    },
    /// A message was added to the conversation.
    Message {
        id: String,
        role: MessageRole,
        #[serde(skip_serializing_if = "Option::is_none")]
        canned: Option<String>,
    },
    /// An internal note was added (staff only).
    Note {
        id: String,
    },
    Status {
        from: Status,
        to: Status,
    },
    Priority {
        from: Priority,
        to: Priority,
    },
    Assignee {
        from: Option<String>,
        to: Option<String>,
    },
    Tags {
        added: Vec<String>,
        removed: Vec<String>,
    },
    Due {
        from: Option<i64>,
        to: Option<i64>,
    },
    /// The resolution note was written or changed.
    Resolution,
    /// The request was merged into another as a duplicate.
    Duplicate {
        of: String,
    },
    /// A member of staff opened the request (staff only).
    Viewed,
    /// The request was handed from one requester to their successor ([`crate::handover`]).
    HandedOver {
        from: String,
        to: String,
        /// Who handed it over, as the request's record of the handover says.
        #[serde(skip_serializing_if = "Option::is_none")]
        by: Option<String>,
    },
    /// The requester submitted the fund application.
    Submitted,
    /// The hub sent the application back for changes.
    ChangesRequested,
    /// A fund manager declared a conflict of interest on the application (staff only).
    ConflictDeclared,
    /// The hub's record of the application changed (submitted, approved with an amount,
    /// declined).
    Application {
        status: Option<crate::model::ApplicationStatus>,
        approved_cents: Option<i64>,
    },
}

impl Event {
    /// The event's type as stored and filtered on.
    pub fn name(&self) -> &'static str {
        match self {
            Event::Created => "created",
            Event::Edited { .. } => "edited",
            Event::Message { .. } => "message",
            Event::Note { .. } => "note",
            Event::Status { .. } => "status",
            Event::Priority { .. } => "priority",
            Event::Assignee { .. } => "assignee",
            Event::Tags { .. } => "tags",
            Event::Due { .. } => "due",
            Event::Resolution => "resolution",
            Event::Duplicate { .. } => "duplicate",
            Event::Viewed => "viewed",
            Event::HandedOver { .. } => "handed_over",
            Event::Submitted => "submitted",
            Event::ChangesRequested => "changes_requested",
            Event::Application { .. } => "application",
            Event::ConflictDeclared => "conflict_declared",
        }
    }

    /// Whether only staff may ever see this event.
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            Event::Note { .. } | Event::Viewed | Event::ConflictDeclared
        )
    }
}

/// The events that turn `before` (`None` for a new document) into `after`.
pub fn diff(kind: DocKind, before: Option<&Automerge>, after: &Automerge) -> Vec<Event> {
    match kind {
        DocKind::Request => request_events(before, after),
        DocKind::Triage => triage_events(before, after),
        DocKind::Notes => note_events(before, after),
        DocKind::Guidance => Vec::new(),
    }
}

/// The latest device time among the changes `after` has beyond `before_heads`.
pub fn device_time(after: &Automerge, before_heads: &[ChangeHash]) -> Option<i64> {
    after
        .get_changes(before_heads)
        .iter()
        .map(|c| c.timestamp())
        .filter(|t| *t > 0)
        .max()
}

fn request_events(before: Option<&Automerge>, after: &Automerge) -> Vec<Event> {
    let Ok(new) = schema::read_request(after) else {
        return Vec::new();
    };
    let old = before.and_then(|doc| schema::read_request(doc).ok());
    let mut events = Vec::new();
    match &old {
        None => events.push(Event::Created),
        Some(old) => {
            let mut fields = Vec::new();
            if old.title != new.title {
                fields.push("title");
            }
            if old.description.as_str() != new.description.as_str() {
                fields.push("description");
            }
            if old.category != new.category {
                fields.push("category");
            }
            if old.country != new.country {
                fields.push("country");
            }
            if old.city != new.city {
                fields.push("city");
            }
            let unsubmitted = |r: &crate::model::Request| {
                r.application.clone().map(|mut a| {
                    a.submitted_at = None;
                    a
                })
            };
            if unsubmitted(old) != unsubmitted(&new) {
                fields.push("application");
            }
            if !fields.is_empty() {
                events.push(Event::Edited {
                    fields: fields.into_iter().map(String::from).collect(),
                });
            }
            if old.requester != new.requester {
                let by = new
                    .handovers
                    .iter()
                    .rev()
                    .find(|h| h.from == old.requester && h.to == new.requester)
                    .map(|h| h.by.as_str().to_string());
                events.push(Event::HandedOver {
                    from: old.requester.as_str().to_string(),
                    to: new.requester.as_str().to_string(),
                    by,
                });
            }
        }
    }
    let submitted = |r: &crate::model::Request| {
        r.application
            .as_ref()
            .and_then(|a| a.submitted_at)
            .is_some()
    };
    let was_submitted = old.as_ref().is_some_and(submitted);
    match (was_submitted, submitted(&new)) {
        (false, true) => events.push(Event::Submitted),
        (true, false) => events.push(Event::ChangesRequested),
        _ => {}
    }
    for message in &new.messages {
        let known = old
            .as_ref()
            .is_some_and(|o| o.messages.iter().any(|m| m.id == message.id));
        if !known {
            events.push(Event::Message {
                id: message.id.0.clone(),
                role: message.role,
                canned: message.canned.as_ref().map(|c| c.0.clone()),
            });
        }
    }
    events
}

fn triage_events(before: Option<&Automerge>, after: &Automerge) -> Vec<Event> {
    let (Some(old), Ok(new)) = (
        before.and_then(|doc| schema::read_triage(doc).ok()),
        schema::read_triage(after),
    ) else {
        return Vec::new();
    };
    let mut events = Vec::new();
    if old.status != new.status {
        events.push(Event::Status {
            from: old.status,
            to: new.status,
        });
    }
    if old.priority != new.priority {
        events.push(Event::Priority {
            from: old.priority,
            to: new.priority,
        });
    }
    if old.assignee != new.assignee {
        events.push(Event::Assignee {
            from: old.assignee.map(|a| a.0),
            to: new.assignee.map(|a| a.0),
        });
    }
    if old.tags != new.tags {
        let added = new.tags.iter().filter(|t| !old.tags.contains(t));
        let removed = old.tags.iter().filter(|t| !new.tags.contains(t));
        events.push(Event::Tags {
            added: added.map(|t| t.0.clone()).collect(),
            removed: removed.map(|t| t.0.clone()).collect(),
        });
    }
    if old.due_at != new.due_at {
        events.push(Event::Due {
            from: old.due_at,
            to: new.due_at,
        });
    }
    if old.resolution != new.resolution && new.resolution.is_some() {
        events.push(Event::Resolution);
    }
    if old.application_status != new.application_status || old.approved_cents != new.approved_cents
    {
        events.push(Event::Application {
            status: new.application_status,
            approved_cents: new.approved_cents,
        });
    }
    if old.duplicate_of != new.duplicate_of
        && let Some(of) = new.duplicate_of
    {
        events.push(Event::Duplicate { of: of.0 });
    }
    events
}

fn note_events(before: Option<&Automerge>, after: &Automerge) -> Vec<Event> {
    let Ok(new) = schema::read_notes(after) else {
        return Vec::new();
    };
    let old = before.and_then(|doc| schema::read_notes(doc).ok());
    new.notes
        .iter()
        .filter(|n| {
            !old.as_ref()
                .is_some_and(|o| o.notes.iter().any(|m| m.id == n.id))
        })
        .map(|n| Event::Note { id: n.id.0.clone() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::RequestId;
    use crate::model::Kind;

    #[test]
    fn triage_changes_become_one_event_each() {
        let id = RequestId::new(1_763_900_000_000, [7; 10]);
        let before = schema::genesis(DocKind::Triage, id, 1, Kind::HelpDesk).expect("genesis");
        let mut after = before.fork();
        let mut t = schema::read_triage(&after).expect("read");
        t.status = Status::Triaged;
        t.priority = Priority::High;
        t.assignee = Some("ravi".into());
        t.tags = vec!["youth".into()];
        schema::write(&mut after, &t, 2).expect("write");
        let names: Vec<&str> = diff(DocKind::Triage, Some(&before), &after)
            .iter()
            .map(Event::name)
            .collect();
        assert_eq!(names, vec!["status", "priority", "assignee", "tags"]);
        assert_eq!(device_time(&after, &before.get_heads()), Some(2));
    }

    #[test]
    fn notes_and_views_are_internal() {
        assert!(Event::Note { id: "n".into() }.is_internal());
        assert!(Event::Viewed.is_internal());
        assert!(!Event::Created.is_internal());
    }
}
