//! Which catalogue message words a validation error for the person who has to fix it, and its
//! arguments: the choice depends on what is wrong and where (an empty title and an empty city
//! are told differently). The phone and the console show it next to the field; the server
//! words its 422 answers with the same message, so both say the same thing in each language.
//!
//! The words themselves are in `locales/*/problems.ftl`; nothing here is text people read.

use serde::Serialize;

use super::{Problem, ValidationError};
use crate::money::Money;

/// A message of `problems.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wording {
    pub message: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message argument.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Count(usize),
    Text(String),
    /// An amount, written by whoever shows it in the reader's way of writing money.
    Money(Money),
}

impl Wording {
    pub(crate) fn new(message: &'static str) -> Self {
        Self {
            message,
            args: Vec::new(),
        }
    }

    pub(crate) fn with(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }
}

/// The message (and arguments) for `error`.
pub fn wording(error: &ValidationError) -> Wording {
    let field = error.field.as_str();
    // `application.lines[3].quantity` is worded like any line's quantity.
    let leaf = field.rsplit('.').next().unwrap_or(field);
    let in_line = field.starts_with("application.lines[");
    match &error.problem {
        Problem::Empty => Wording::new(match (leaf, in_line) {
            ("title", _) => "problem-empty-title",
            ("description", false) => "problem-empty-description",
            ("description", true) => "problem-empty-line-description",
            ("category", true) => "problem-empty-budget-category",
            ("category", false) => "problem-empty-topic",
            ("kind", _) => "problem-empty-kind",
            ("country", _) => "problem-empty-country",
            ("city", _) => "problem-empty-city",
            ("body", _) => "problem-empty-message",
            ("channel", _) => "problem-empty-channel",
            ("rating" | "usefulness", _) => "problem-choose-a-score",
            _ => "problem-empty",
        }),
        Problem::TooLong { max_chars } => {
            Wording::new("problem-too-long").with("max", Arg::Count(*max_chars))
        }
        Problem::TooMany { max } => Wording::new(match leaf {
            "messages" => "problem-too-many-messages",
            "seats" => "problem-too-many-seats",
            _ => "problem-too-many-lines",
        })
        .with("max", Arg::Count(*max)),
        Problem::TooLarge { .. } => Wording::new("problem-too-large"),
        Problem::Unknown { .. } if leaf == "requester" || leaf == "successor" => {
            Wording::new("problem-requester-unknown")
        }
        Problem::Unknown { .. } if leaf == "to" => Wording::new("problem-referral-unknown"),
        Problem::Unknown { .. } if leaf == "user" || leaf.starts_with("focal_points[") => {
            Wording::new("problem-account-unknown")
        }
        Problem::Unknown { .. } if leaf == "rating" || leaf == "usefulness" => {
            Wording::new("problem-choose-a-score")
        }
        Problem::Unknown { .. } => Wording::new("problem-unknown-value"),
        Problem::NotPositive => Wording::new(match leaf {
            "requested_cents" => "problem-no-amount",
            "quantity" => "problem-no-quantity",
            // A date never given is 0.
            "starts_at" | "opens_at" => "problem-empty",
            _ => "problem-not-positive",
        }),
        Problem::Negative => Wording::new("problem-negative"),
        Problem::OverCap {
            cap_cents,
            currency,
        } => Wording::new("problem-over-cap")
            .with("cap", Arg::Money(Money::new(*cap_cents, *currency))),
        Problem::BudgetMismatch {
            lines_total_cents,
            requested_cents,
            currency,
        } => Wording::new("problem-budget-mismatch")
            .with(
                "total",
                Arg::Money(Money::new(*lines_total_cents, *currency)),
            )
            .with(
                "requested",
                Arg::Money(Money::new(*requested_cents, *currency)),
            ),
        Problem::Overflow => Wording::new("problem-overflow"),
        Problem::ControlCharacter => Wording::new("problem-control-character"),
        Problem::NotAllowed { .. } if leaf == "ends_at" => {
            Wording::new("problem-ends-before-start")
        }
        Problem::NotAllowed { .. } if leaf == "link" => Wording::new("problem-link-not-https"),
        Problem::NotAllowed { .. } if leaf == "requester" => {
            Wording::new("problem-not-yours-to-file")
        }
        Problem::NotAllowed { .. } if leaf == "channel" => {
            Wording::new("problem-channel-only-for-intake")
        }
        Problem::NotAllowed { .. } if leaf == "shown" => Wording::new("problem-shown-by-person"),
        Problem::NotAllowed { .. } if leaf == "user" => Wording::new("problem-profile-stays"),
        Problem::NotAllowed { reason } => {
            Wording::new("problem-not-allowed").with("reason", Arg::Text(reason.clone()))
        }
        Problem::Invalid { .. } if leaf == "requester" => {
            Wording::new("problem-requester-not-practitioner")
        }
        Problem::Invalid { .. } if leaf == "email" => Wording::new("problem-email-invalid"),
        Problem::Invalid { .. } if leaf == "phone" => Wording::new("problem-phone-invalid"),
        Problem::Invalid { .. } if leaf == "since" => Wording::new("problem-date-invalid"),
        Problem::Invalid { .. } if leaf.starts_with("languages[") => {
            Wording::new("problem-language-tag-invalid")
        }
        Problem::Invalid { reason } => {
            Wording::new("problem-invalid").with("reason", Arg::Text(reason.clone()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    fn error(field: &str, problem: Problem) -> ValidationError {
        ValidationError {
            field: field.into(),
            problem,
        }
    }

    #[test]
    fn an_empty_field_is_worded_for_that_field() {
        assert_eq!(
            wording(&error("title", Problem::Empty)).message,
            "problem-empty-title"
        );
        assert_eq!(
            wording(&error("application.lines[2].description", Problem::Empty)).message,
            "problem-empty-line-description"
        );
        assert_eq!(
            wording(&error("somewhere", Problem::Empty)).message,
            "problem-empty"
        );
    }

    #[test]
    fn amounts_travel_as_money_for_the_reader_to_write() {
        let w = wording(&error(
            "application.requested_cents",
            Problem::OverCap {
                cap_cents: 1_250_000,
                currency: Currency::DEFAULT,
            },
        ));
        assert_eq!(w.message, "problem-over-cap");
        assert_eq!(
            w.args,
            vec![("cap", Arg::Money(Money::new(1_250_000, Currency::DEFAULT)))]
        );
    }
}
