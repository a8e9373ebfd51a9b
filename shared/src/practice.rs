//! Shared practice (issue 22, part 5): a practitioner shares a practice from their city (what
//! was done, the risk it answered, who worked on it, what came of it, whom to ask), from the
//! phone, offline too. The hub reviews it: edits it, sends it back with a note for the author to
//! change, or publishes it to the library, credited to its author and their city, where every
//! member finds it offline and in search. The author may withdraw it at any time, and a
//! published one leaves the library. Decided here: a valid practice, who does what when, and
//! the library item a practice becomes.

use serde::{Deserialize, Serialize};

use crate::access::{Action, may};
use crate::model::{Category, Role};
use crate::validate::{
    DESCRIPTION_MAX_CHARS, Errors, FIELD_MAX_CHARS, GuidanceDraft, Problem, TITLE_MAX_CHARS,
    ValidationError,
};

/// Where a shared practice stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Waiting for the hub.
    Submitted,
    /// The hub sent it back with a note; the author changes it and it is submitted again.
    ChangesRequested,
    /// In the library.
    Published,
    /// Its author took it back.
    Withdrawn,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Self::Submitted,
        Self::ChangesRequested,
        Self::Published,
        Self::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::ChangesRequested => "changes_requested",
            Self::Published => "published",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// A practice as its author (or the hub) writes it; fields left out keep what they were.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PracticeDraft {
    /// A UUID the phone makes, so a submission retried after a cut link is kept once.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    /// A request topic (`youth_engagement`, `local_action_planning`, ...).
    #[serde(default)]
    pub topic: Option<String>,
    /// What was done.
    #[serde(default)]
    pub done: Option<String>,
    /// The risk or problem it answered.
    #[serde(default)]
    pub risk: Option<String>,
    #[serde(default)]
    pub partners: Option<String>,
    /// What came of it.
    #[serde(default)]
    pub outcome: Option<String>,
    /// Whom to ask about it.
    #[serde(default)]
    pub contacts: Option<String>,
}

/// A practice's text, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Practice {
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub topic: Category,
    pub done: String,
    pub risk: String,
    pub partners: Option<String>,
    pub outcome: String,
    pub contacts: Option<String>,
}

impl PracticeDraft {
    /// Applies the draft to `kept` (none for a new practice), naming every field at fault.
    pub fn apply(self, kept: Option<&Practice>) -> Result<Practice, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let mut required = |field: &str, new: Option<String>, old: Option<&String>, max| {
            let value = new
                .map(|v| v.trim().to_string())
                .or_else(|| old.cloned())
                .unwrap_or_default();
            errors.text(field, &value, true, max);
            value
        };
        let title = required("title", self.title, kept.map(|k| &k.title), TITLE_MAX_CHARS);
        let done = required(
            "done",
            self.done,
            kept.map(|k| &k.done),
            DESCRIPTION_MAX_CHARS,
        );
        let risk = required(
            "risk",
            self.risk,
            kept.map(|k| &k.risk),
            FIELD_MAX_CHARS * 4,
        );
        let outcome = required(
            "outcome",
            self.outcome,
            kept.map(|k| &k.outcome),
            FIELD_MAX_CHARS * 4,
        );
        let mut optional = |field: &str, new: Option<String>, old: Option<&Option<String>>| {
            let value = match new {
                Some(v) => Some(v.trim().to_string()).filter(|v| !v.is_empty()),
                None => old.cloned().flatten(),
            };
            if let Some(v) = &value {
                errors.text(field, v, false, FIELD_MAX_CHARS * 4);
            }
            value
        };
        let partners = optional("partners", self.partners, kept.map(|k| &k.partners));
        let contacts = optional("contacts", self.contacts, kept.map(|k| &k.contacts));
        let topic = match self.topic.as_deref().map(str::trim) {
            None if kept.is_some() => kept.map(|k| k.topic),
            None | Some("") => {
                errors.push("topic", Problem::Empty);
                None
            }
            Some(code) => match code.parse::<Category>() {
                Ok(topic) => Some(topic),
                Err(e) => {
                    errors.push(
                        "topic",
                        Problem::Unknown {
                            value: e.value,
                            expected: e.expected,
                        },
                    );
                    None
                }
            },
        };
        errors.finish()?;
        Ok(Practice {
            title,
            topic: topic.unwrap_or(Category::Other),
            done,
            risk,
            partners,
            outcome,
            contacts,
        })
    }
}

/// Why someone may not do something to a practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Neither its author nor staff who publish guidance.
    NotTheirs,
    /// Not at this stage (published or withdrawn, say).
    NotNow,
}

/// Whether someone with `role` shares practices: practitioners.
pub fn may_share(role: Role) -> bool {
    role == Role::Practitioner
}

/// Whether someone with `role` reviews, edits and publishes practices: staff who publish
/// guidance.
pub fn may_review(role: Role) -> bool {
    may(role, Action::PublishGuidance)
}

/// Whether the author (`own`) or a reviewer may change a practice at `stage`: while the hub has
/// not published it (afterwards the library's item is what changes).
pub fn may_change(own: bool, role: Role, stage: Stage) -> Result<(), Refusal> {
    if !own && !may_review(role) {
        return Err(Refusal::NotTheirs);
    }
    match stage {
        Stage::Submitted | Stage::ChangesRequested => Ok(()),
        Stage::Published | Stage::Withdrawn => Err(Refusal::NotNow),
    }
}

/// Whether someone with `role` may publish (or send back) a practice at `stage`.
pub fn may_decide(role: Role, stage: Stage) -> Result<(), Refusal> {
    if !may_review(role) {
        return Err(Refusal::NotTheirs);
    }
    match stage {
        Stage::Submitted | Stage::ChangesRequested => Ok(()),
        Stage::Published | Stage::Withdrawn => Err(Refusal::NotNow),
    }
}

/// Whether the author (`own`) may withdraw a practice at `stage`: theirs, not withdrawn yet.
pub fn may_withdraw(own: bool, stage: Stage) -> Result<(), Refusal> {
    if !own {
        return Err(Refusal::NotTheirs);
    }
    if stage == Stage::Withdrawn {
        return Err(Refusal::NotNow);
    }
    Ok(())
}

/// The stage a practice goes to when its author changes it: sent back, it is submitted again.
pub fn after_change(stage: Stage) -> Stage {
    match stage {
        Stage::ChangesRequested => Stage::Submitted,
        other => other,
    }
}

/// The words of the library item's section headings, in the item's language.
pub struct Headings<'a> {
    pub done: &'a str,
    pub risk: &'a str,
    pub partners: &'a str,
    pub outcome: &'a str,
    pub contacts: &'a str,
}

/// The library item a practice becomes, in `language`: its title, the risk it answered as the
/// summary, and each part under its heading.
pub fn guidance_of(practice: &Practice, language: &str, headings: &Headings<'_>) -> GuidanceDraft {
    let mut body = Vec::new();
    for (heading, text) in [
        (headings.done, Some(&practice.done)),
        (headings.risk, Some(&practice.risk)),
        (headings.partners, practice.partners.as_ref()),
        (headings.outcome, Some(&practice.outcome)),
        (headings.contacts, practice.contacts.as_ref()),
    ] {
        if let Some(text) = text {
            // The library's body conventions: a line starting with `#` is a heading.
            body.push(format!("# {heading}\n\n{text}"));
        }
    }
    let summary: String = practice
        .risk
        .chars()
        .take(crate::validate::GUIDANCE_SUMMARY_MAX_CHARS)
        .collect();
    GuidanceDraft {
        title: practice.title.clone(),
        summary,
        body: body.join("\n\n"),
        topic: practice.topic.as_str().to_string(),
        language: language.to_string(),
        version_of: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> PracticeDraft {
        PracticeDraft {
            id: None,
            title: Some(" Ward heat shelters ".into()),
            topic: Some("local_action_planning".into()),
            done: Some("Opened schools as cool rooms in May.".into()),
            risk: Some("Heatwaves in informal settlements.".into()),
            partners: Some(" ".into()),
            outcome: Some("No heat deaths in two wards.".into()),
            contacts: Some("Ward office 7".into()),
        }
    }

    #[test]
    fn a_practice_names_every_missing_part_and_keeps_what_a_change_leaves_out() {
        let kept = draft().apply(None).expect("valid");
        assert_eq!(kept.title, "Ward heat shelters");
        assert_eq!(kept.partners, None);
        let errors = PracticeDraft::default().apply(None).expect_err("empty");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "done", "risk", "outcome", "topic"]);
        let changed = PracticeDraft {
            outcome: Some("No heat deaths in three wards.".into()),
            ..Default::default()
        }
        .apply(Some(&kept))
        .expect("a change");
        assert_eq!(changed.title, kept.title);
        assert_eq!(changed.outcome, "No heat deaths in three wards.");
    }

    #[test]
    fn who_does_what_when() {
        use Stage::*;
        assert!(may_share(Role::Practitioner) && !may_share(Role::Agent));
        assert_eq!(
            may_change(true, Role::Practitioner, ChangesRequested),
            Ok(())
        );
        assert_eq!(may_change(false, Role::Agent, Submitted), Ok(()));
        assert_eq!(
            may_change(false, Role::Practitioner, Submitted),
            Err(Refusal::NotTheirs)
        );
        assert_eq!(
            may_change(true, Role::Practitioner, Published),
            Err(Refusal::NotNow)
        );
        assert_eq!(may_decide(Role::Agent, Submitted), Ok(()));
        assert_eq!(
            may_decide(Role::Practitioner, Submitted),
            Err(Refusal::NotTheirs)
        );
        assert_eq!(may_decide(Role::Agent, Withdrawn), Err(Refusal::NotNow));
        assert_eq!(may_withdraw(true, Published), Ok(()));
        assert_eq!(may_withdraw(false, Published), Err(Refusal::NotTheirs));
        assert_eq!(after_change(ChangesRequested), Submitted);
    }

    #[test]
    fn the_library_item_has_each_part_under_its_heading() {
        let practice = draft().apply(None).expect("valid");
        let headings = Headings {
            done: "What was done",
            risk: "The risk",
            partners: "Partners",
            outcome: "What came of it",
            contacts: "Whom to ask",
        };
        let item = guidance_of(&practice, "bn", &headings);
        assert_eq!(item.summary, "Heatwaves in informal settlements.");
        assert!(item.body.starts_with("# What was done\n\nOpened schools"));
        assert!(!item.body.contains("Partners"), "no empty sections");
        assert!(item.body.ends_with("# Whom to ask\n\nWard office 7"));
        assert_eq!(item.language, "bn");
    }
}
