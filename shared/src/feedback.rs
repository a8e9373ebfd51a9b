//! Feedback on the hub's events: after an event, each person marked as having attended is asked
//! a short form (how it went and how useful it is to their work, each from 1 to 5, and anything
//! they want to add). It is given once per person and event and may be given again to change it;
//! reports show it per event, per city and per month, never by person. Decided here: a valid
//! answer and who may give one; the answers are kept in SQL with the events.

use serde::{Deserialize, Serialize};

use crate::model::Role;
use crate::validate::{Errors, FIELD_MAX_CHARS, Problem, ValidationError};

/// The lowest and highest score of each question.
pub const SCORE: std::ops::RangeInclusive<i64> = 1..=5;

/// The most characters of a comment.
pub const COMMENT_MAX_CHARS: usize = FIELD_MAX_CHARS * 4;

/// The form as a person fills it in (from the phone, or over REST).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedbackDraft {
    /// How the event went for them, from 1 to 5.
    #[serde(default)]
    pub rating: i64,
    /// How useful it is to their work, from 1 to 5.
    #[serde(default)]
    pub usefulness: i64,
    #[serde(default)]
    pub comment: Option<String>,
}

/// A valid answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Feedback {
    pub rating: i64,
    pub usefulness: i64,
    pub comment: Option<String>,
}

impl FeedbackDraft {
    /// Checks every field, naming each one at fault.
    pub fn check(self) -> Result<Feedback, Vec<ValidationError>> {
        let mut errors = Errors::default();
        for (field, score) in [("rating", self.rating), ("usefulness", self.usefulness)] {
            if score == 0 {
                errors.push(field, Problem::Empty);
            } else if !SCORE.contains(&score) {
                errors.push(
                    field,
                    Problem::Unknown {
                        value: score.to_string(),
                        expected: "a score from 1 to 5".into(),
                    },
                );
            }
        }
        let comment = self
            .comment
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty());
        if let Some(comment) = &comment {
            errors.text("comment", comment, false, COMMENT_MAX_CHARS);
        }
        errors.finish()?;
        Ok(Feedback {
            rating: self.rating,
            usefulness: self.usefulness,
            comment,
        })
    }
}

/// Why someone cannot give feedback on an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Only practitioners who attended answer.
    NotAPractitioner,
    /// They were not marked as having attended.
    NotAttended,
    /// The event has not ended yet.
    NotOver,
}

/// Whether a person with `role`, marked as having attended or not, may give feedback on an
/// event that ends at `ends_at`, at `now`.
pub fn may_give(role: Role, attended: bool, ends_at: i64, now: i64) -> Result<(), Refusal> {
    if role != Role::Practitioner {
        return Err(Refusal::NotAPractitioner);
    }
    if !attended {
        return Err(Refusal::NotAttended);
    }
    if now < ends_at {
        return Err(Refusal::NotOver);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_scores_are_needed_from_one_to_five_and_the_comment_is_optional() {
        let ok = FeedbackDraft {
            rating: 4,
            usefulness: 5,
            comment: Some("  Useful maps.  ".into()),
        }
        .check()
        .expect("valid");
        assert_eq!(ok.comment.as_deref(), Some("Useful maps."));
        let errors = FeedbackDraft {
            rating: 0,
            usefulness: 9,
            comment: Some(" ".into()),
        }
        .check()
        .expect_err("refused");
        assert_eq!(errors[0].field, "rating");
        assert_eq!(errors[0].problem, Problem::Empty);
        assert_eq!(errors[1].field, "usefulness");
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn only_practitioners_who_attended_answer_once_it_is_over() {
        assert_eq!(may_give(Role::Practitioner, true, 10, 10), Ok(()));
        assert_eq!(
            may_give(Role::Practitioner, true, 10, 9),
            Err(Refusal::NotOver)
        );
        assert_eq!(
            may_give(Role::Practitioner, false, 10, 11),
            Err(Refusal::NotAttended)
        );
        assert_eq!(
            may_give(Role::Agent, true, 10, 11),
            Err(Refusal::NotAPractitioner)
        );
    }
}
