//! What makes a request valid, with typed errors that name the field at fault.
//!
//! The same functions run on the device (to show errors inline next to the field) and on the
//! server (to refuse what a client should never have sent), so the two can never disagree.
//!
//! Map: `request` (requests and the drafts that become them), `application` (fund
//! applications), `guidance`
//! (guidance items), `canned` (canned responses), `wording` (the catalogue message that tells a
//! person about each error); this module holds the error types and the small checks both share.

mod application;
mod canned;
mod guidance;
mod request;
mod wording;

use std::fmt;

use crate::money::{Currency, Money};
use serde::Serialize;

pub use application::{
    ApplicationDraft, BudgetLineDraft, MILESTONES_MAX, MilestoneDraft, validate_application,
};
pub use canned::{Canned, CannedDraft};
pub use guidance::{
    GUIDANCE_BODY_MAX_CHARS, GUIDANCE_SUMMARY_MAX_CHARS, GuidanceChange, GuidanceDraft,
    validate_guidance,
};
pub use request::{Origin, RequestDraft, validate_request};
pub use wording::{Arg, Wording, wording};

pub const TITLE_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 20_000;
pub const CITY_MAX_CHARS: usize = 100;
pub const MESSAGE_MAX_CHARS: usize = 10_000;
pub const FIELD_MAX_CHARS: usize = 2_000;
pub const BUDGET_LINES_MAX: usize = 100;

/// Limits that are configuration rather than law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// The most a single fund application may ask for, in minor units of `fund_currency`.
    pub fund_cap_cents: i64,
    /// What an application's amounts are in (its round's currency).
    pub fund_currency: Currency,
    /// First-response and resolution targets per priority.
    pub sla: crate::sla::SlaTargets,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            fund_cap_cents: crate::model::DEFAULT_FUND_CAP_CENTS,
            fund_currency: Currency::DEFAULT,
            sla: crate::sla::SlaTargets::default(),
        }
    }
}

/// One thing wrong with a record, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationError {
    /// A path to the field, such as `title` or `application.lines[2].quantity`.
    pub field: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Problem {
    Empty,
    TooLong {
        max_chars: usize,
    },
    TooMany {
        max: usize,
    },
    TooLarge {
        max_bytes: usize,
    },
    Unknown {
        value: String,
        expected: String,
    },
    NotPositive,
    Negative,
    OverCap {
        cap_cents: i64,
        currency: Currency,
    },
    BudgetMismatch {
        lines_total_cents: i64,
        requested_cents: i64,
        currency: Currency,
    },
    Overflow,
    /// A control character other than a newline or a tab (U+0000 breaks PostgreSQL's text).
    ControlCharacter,
    NotAllowed {
        reason: String,
    },
    Invalid {
        reason: String,
    },
}

impl Problem {
    /// A short machine-readable code for the problem.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::TooLong { .. } => "too_long",
            Problem::TooMany { .. } => "too_many",
            Problem::TooLarge { .. } => "too_large",
            Problem::Unknown { .. } => "unknown_value",
            Problem::NotPositive => "not_positive",
            Problem::Negative => "negative",
            Problem::OverCap { .. } => "over_cap",
            Problem::BudgetMismatch { .. } => "budget_mismatch",
            Problem::Overflow => "overflow",
            Problem::ControlCharacter => "control_character",
            Problem::NotAllowed { .. } => "not_allowed",
            Problem::Invalid { .. } => "invalid",
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = &self.field;
        match &self.problem {
            Problem::Empty => write!(f, "{field} must not be empty"),
            Problem::TooLong { max_chars } => {
                write!(f, "{field} must be at most {max_chars} characters")
            }
            Problem::TooMany { max } => write!(f, "{field} may have at most {max} entries"),
            Problem::TooLarge { max_bytes } => {
                write!(f, "{field} may take at most {} KiB", max_bytes / 1024)
            }
            Problem::Unknown { value, expected } => {
                write!(
                    f,
                    "{field} {value:?} is not known; expected one of: {expected}"
                )
            }
            Problem::NotPositive => write!(f, "{field} must be greater than zero"),
            Problem::Negative => write!(f, "{field} must not be negative"),
            Problem::OverCap {
                cap_cents,
                currency,
            } => write!(
                f,
                "{field} is over the round's cap of {}",
                Money::new(*cap_cents, *currency)
            ),
            Problem::BudgetMismatch {
                lines_total_cents,
                requested_cents,
                currency,
            } => write!(
                f,
                "budget lines add up to {} but the requested amount is {}",
                Money::new(*lines_total_cents, *currency),
                Money::new(*requested_cents, *currency)
            ),
            Problem::Overflow => write!(f, "{field} is too large"),
            Problem::ControlCharacter => write!(
                f,
                "{field} must not hold control characters (newlines and tabs are fine)"
            ),
            Problem::NotAllowed { reason } | Problem::Invalid { reason } => {
                write!(f, "{field}: {reason}")
            }
        }
    }
}

impl std::error::Error for ValidationError {}

/// Whether `text` holds a control character other than a newline or a tab: no text field may
/// (PostgreSQL refuses U+0000 outright, and none has a use for the others).
pub fn has_control_characters(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
}

/// `text` without its control characters, newlines and tabs included: what a search may look
/// for.
pub fn without_control_characters(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// One error naming its field.
pub(crate) fn error(field: impl Into<String>, problem: Problem) -> ValidationError {
    ValidationError {
        field: field.into(),
        problem,
    }
}

/// Collects errors so a form can show every problem at once.
#[derive(Default)]
pub(crate) struct Errors(pub(crate) Vec<ValidationError>);

impl Errors {
    pub(crate) fn push(&mut self, field: impl Into<String>, problem: Problem) {
        self.0.push(error(field, problem));
    }

    pub(crate) fn text(&mut self, field: &str, value: &str, required: bool, max_chars: usize) {
        if required && value.trim().is_empty() {
            self.push(field, Problem::Empty);
        } else if value.chars().count() > max_chars {
            self.push(field, Problem::TooLong { max_chars });
        } else if has_control_characters(value) {
            self.push(field, Problem::ControlCharacter);
        }
    }

    /// A request or guidance id: a UUID v7 as text.
    pub(crate) fn uuid_v7(&mut self, field: &str, value: &str) {
        if crate::ids::RequestId::parse(value).is_err() {
            self.push(
                field,
                Problem::Invalid {
                    reason: "must be a UUID v7".into(),
                },
            );
        }
    }

    pub(crate) fn finish(self) -> Result<(), Vec<ValidationError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}
/// Checks that an internal note is fit to keep.
pub fn validate_note_body(body: &str) -> Result<(), ValidationError> {
    validate_message_body(body)
}

/// Checks that a conversation message is fit to send, before it is added to a request.
pub fn validate_message_body(body: &str) -> Result<(), ValidationError> {
    let mut errors = Errors::default();
    errors.text("body", body, true, MESSAGE_MAX_CHARS);
    match errors.0.pop() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_refuses_control_characters_but_keeps_newlines_and_tabs() {
        for bad in [
            "a\u{0}b",
            "bell\u{7}",
            "cr\rlf",
            "\u{1b}[31m",
            "del\u{7f}",
            "c1\u{85}",
        ] {
            let mut errors = Errors::default();
            errors.text("title", bad, true, 100);
            assert_eq!(errors.0.len(), 1, "{bad:?}");
            assert_eq!(errors.0[0].problem, Problem::ControlCharacter, "{bad:?}");
            assert_eq!(errors.0[0].field, "title");
        }
        let mut errors = Errors::default();
        errors.text("body", "first line\n\tindented, ধন্যবাদ", true, 100);
        assert!(errors.0.is_empty());
        assert_eq!(without_control_characters("wa\u{0}rd\n"), "ward");
    }
}
