//! The hub's events: trainings, workshops, dialogues and exchange visits, and who gets a seat.
//!
//! Seats are a global invariant, kept in SQL (the server's `event_registrations`), not in
//! documents: registrations are admitted in the order they reach the hub, up to the seats, in
//! one database transaction per registration; the rest wait in line, and a cancellation moves
//! the first waiting person up. What is decided here is everything that does not need the
//! database: a valid event, who may run events, where a registration goes given the seats and
//! how many are admitted, and which registrations can be marked as attended.

use serde::{Deserialize, Serialize};

use crate::access::{Action, may};
use crate::model::Role;
use crate::validate::{Errors, FIELD_MAX_CHARS, Problem, TITLE_MAX_CHARS, ValidationError};

/// The most seats one event may have.
pub const SEATS_MAX: i64 = 10_000;

/// What kind of gathering an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Training,
    Workshop,
    Dialogue,
    ExchangeVisit,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::Training,
        EventKind::Workshop,
        EventKind::Dialogue,
        EventKind::ExchangeVisit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Training => "training",
            EventKind::Workshop => "workshop",
            EventKind::Dialogue => "dialogue",
            EventKind::ExchangeVisit => "exchange_visit",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Where an event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventMode {
    #[default]
    InPerson,
    Online,
}

impl EventMode {
    pub fn as_str(self) -> &'static str {
        match self {
            EventMode::InPerson => "in_person",
            EventMode::Online => "online",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [EventMode::InPerson, EventMode::Online]
            .into_iter()
            .find(|m| m.as_str() == text)
    }
}

/// An event as staff set it up (REST and the console).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EventDraft {
    pub title: String,
    pub kind: EventKind,
    /// When it starts and ends, ms since the Unix epoch.
    pub starts_at: i64,
    pub ends_at: i64,
    /// How many may attend.
    pub seats: i64,
    #[serde(default)]
    pub mode: EventMode,
    /// Where, for an event in person.
    #[serde(default)]
    pub place: Option<String>,
    /// The link to join, for an event online (https).
    #[serde(default)]
    pub link: Option<String>,
    /// The language it is held in (a tag such as `bn`).
    #[serde(default)]
    pub language: Option<String>,
    /// What it is about and who it is for.
    #[serde(default)]
    pub description: Option<String>,
}

/// A checked event, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub title: String,
    pub kind: EventKind,
    pub starts_at: i64,
    pub ends_at: i64,
    pub seats: i64,
    pub mode: EventMode,
    pub place: Option<String>,
    pub link: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
}

/// Trims an optional text; empty is none.
fn optional(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

impl EventDraft {
    /// Checks every field, naming each one at fault.
    pub fn check(self) -> Result<Event, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let title = self.title.trim().to_string();
        errors.text("title", &title, true, TITLE_MAX_CHARS);
        if self.starts_at <= 0 {
            errors.push("starts_at", Problem::NotPositive);
        }
        if self.ends_at < self.starts_at {
            errors.push(
                "ends_at",
                Problem::NotAllowed {
                    reason: "ends_before_start".into(),
                },
            );
        }
        if self.seats <= 0 {
            errors.push("seats", Problem::NotPositive);
        } else if self.seats > SEATS_MAX {
            errors.push(
                "seats",
                Problem::TooMany {
                    max: SEATS_MAX as usize,
                },
            );
        }
        let place = optional(self.place);
        let link = optional(self.link);
        let language = optional(self.language);
        let description = optional(self.description);
        if let Some(place) = &place {
            errors.text("place", place, false, FIELD_MAX_CHARS);
        }
        match (&link, self.mode) {
            (Some(link), _) => {
                errors.text("link", link, false, FIELD_MAX_CHARS);
                if !link.starts_with("https://") {
                    errors.push(
                        "link",
                        Problem::NotAllowed {
                            reason: "link_not_https".into(),
                        },
                    );
                }
            }
            (None, EventMode::Online) => errors.push("link", Problem::Empty),
            (None, EventMode::InPerson) => {}
        }
        if self.mode == EventMode::InPerson && place.is_none() {
            errors.push("place", Problem::Empty);
        }
        if let Some(language) = &language {
            let tag_like = !language.is_empty()
                && language.len() <= 16
                && language
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !tag_like {
                errors.push(
                    "language",
                    Problem::Unknown {
                        value: language.clone(),
                        expected: "a language tag such as bn".into(),
                    },
                );
            }
        }
        if let Some(description) = &description {
            errors.text("description", description, false, FIELD_MAX_CHARS * 4);
        }
        errors.finish()?;
        Ok(Event {
            title,
            kind: self.kind,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            seats: self.seats,
            mode: self.mode,
            place,
            link,
            language,
            description,
        })
    }
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Registration {
    /// Has a seat.
    Admitted,
    /// In line for a seat, moved up when an admitted person cancels.
    Waiting,
}

impl Registration {
    pub fn as_str(self) -> &'static str {
        match self {
            Registration::Admitted => "admitted",
            Registration::Waiting => "waiting",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "admitted" => Some(Registration::Admitted),
            "waiting" => Some(Registration::Waiting),
            _ => None,
        }
    }
}

/// Where a new registration goes, given the event's seats and how many are admitted now. The
/// caller reads `admitted` in the same locked transaction that stores the answer.
pub fn place_registration(seats: i64, admitted: i64) -> Registration {
    if admitted < seats {
        Registration::Admitted
    } else {
        Registration::Waiting
    }
}

/// Whether a registration standing at `status` can be marked as attended: only a seat can.
pub fn may_attend(status: Registration) -> bool {
    status == Registration::Admitted
}

/// Whether someone with `role` may publish events, change them and mark attendance.
pub fn may_run_events(role: Role) -> bool {
    may(role, Action::RunEvents)
}

/// Whether someone with `role` may register for events: practitioners, for themselves.
pub fn may_register(role: Role) -> bool {
    role == Role::Practitioner
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> EventDraft {
        EventDraft {
            title: "Participatory budgeting in wards".into(),
            kind: EventKind::Training,
            starts_at: 1_800_000_000_000,
            ends_at: 1_800_000_000_000 + 3_600_000,
            seats: 20,
            mode: EventMode::InPerson,
            place: Some("Dhaka".into()),
            link: None,
            language: Some("bn".into()),
            description: None,
        }
    }

    fn fields(result: Result<Event, Vec<ValidationError>>) -> Vec<String> {
        result
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn a_good_event_passes_and_is_tidied() {
        let mut d = draft();
        d.title = "  Participatory budgeting in wards ".into();
        d.description = Some("   ".into());
        let event = d.check().expect("valid");
        assert_eq!(event.title, "Participatory budgeting in wards");
        assert_eq!(event.description, None);
    }

    #[test]
    fn every_field_at_fault_is_named() {
        let mut d = draft();
        d.title = " ".into();
        d.ends_at = d.starts_at - 1;
        d.seats = 0;
        d.place = None;
        d.language = Some("bn; DROP".into());
        assert_eq!(
            fields(d.check()),
            ["title", "ends_at", "seats", "place", "language"]
        );
        let mut online = draft();
        online.mode = EventMode::Online;
        assert_eq!(fields(online.clone().check()), ["link"]);
        online.link = Some("http://meet.example.org/x".into());
        assert_eq!(fields(online.clone().check()), ["link"]);
        online.link = Some("https://meet.example.org/x".into());
        assert!(online.check().is_ok());
        let mut many = draft();
        many.seats = SEATS_MAX + 1;
        assert_eq!(fields(many.check()), ["seats"]);
    }

    #[test]
    fn seats_go_in_order_and_the_rest_wait() {
        assert_eq!(place_registration(2, 0), Registration::Admitted);
        assert_eq!(place_registration(2, 1), Registration::Admitted);
        assert_eq!(place_registration(2, 2), Registration::Waiting);
        assert_eq!(place_registration(2, 5), Registration::Waiting);
    }

    #[test]
    fn only_a_seat_is_attended() {
        assert!(may_attend(Registration::Admitted));
        assert!(!may_attend(Registration::Waiting));
    }

    #[test]
    fn staff_run_events_and_practitioners_register() {
        assert!(may_run_events(Role::Admin));
        assert!(may_run_events(Role::Agent));
        assert!(!may_run_events(Role::Practitioner));
        assert!(!may_run_events(Role::FundManager));
        assert!(may_register(Role::Practitioner));
        assert!(!may_register(Role::Agent));
    }

    #[test]
    fn kinds_and_statuses_read_back() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
        }
        for status in [Registration::Admitted, Registration::Waiting] {
            assert_eq!(Registration::parse(status.as_str()), Some(status));
        }
        assert_eq!(EventMode::parse("online"), Some(EventMode::Online));
        assert_eq!(EventKind::parse("party"), None);
    }
}
