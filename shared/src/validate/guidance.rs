//! Guidance items the hub publishes: the record check and the draft that becomes one.

use autosurgeon::Text;
use serde::{Deserialize, Serialize};

use super::request::parse_enum;
use super::{Errors, Origin, Problem, TITLE_MAX_CHARS, ValidationError};
use crate::model::{Category, Guidance, SCHEMA_VERSION};

pub const GUIDANCE_SUMMARY_MAX_CHARS: usize = 500;
pub const GUIDANCE_BODY_MAX_CHARS: usize = 100_000;

pub fn validate_guidance(guidance: &Guidance) -> Result<(), Vec<ValidationError>> {
    let mut errors = Errors::default();
    errors.uuid_v7("id", &guidance.id);
    errors.text("title", guidance.title.as_str(), true, TITLE_MAX_CHARS);
    errors.text(
        "summary",
        guidance.summary.as_str(),
        true,
        GUIDANCE_SUMMARY_MAX_CHARS,
    );
    errors.text(
        "body",
        guidance.body.as_str(),
        true,
        GUIDANCE_BODY_MAX_CHARS,
    );
    if let Some(first) = &guidance.version_of {
        errors.uuid_v7("version_of", first.0.as_str());
        if first.0 == guidance.id {
            errors.push(
                "version_of",
                Problem::Invalid {
                    reason: "an item cannot be a version of itself".into(),
                },
            );
        }
    }
    let language = guidance.language.as_str();
    let language_ok = (2..=12).contains(&language.len())
        && language
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !language_ok {
        errors.push(
            "language",
            Problem::Invalid {
                reason: "must be a language tag such as en, bn or ur".into(),
            },
        );
    }
    errors.finish()
}

/// A guidance item as staff type it into the publishing form or post it to the REST API.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceDraft {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub language: String,
    /// To publish the item in another language: the id of any version of it.
    #[serde(default)]
    pub version_of: String,
}

/// What staff change in a published guidance version; a field left out stays as it is. Its
/// language, author, item and publication time never change: another language is another
/// version ([`GuidanceDraft::version_of`]).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceChange {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
}

impl GuidanceChange {
    /// Applies the change to `guidance`, or lists everything wrong with the result. The body is
    /// collaborative text: only what differs is rewritten, so a colleague's edit merges in.
    pub fn apply(self, guidance: &mut Guidance) -> Result<(), Vec<ValidationError>> {
        let mut errors = Errors::default();
        if let Some(title) = self.title {
            guidance.title = title.trim().into();
        }
        if let Some(summary) = self.summary {
            guidance.summary = summary.trim().into();
        }
        if let Some(body) = self.body {
            guidance.body.update(body.trim());
        }
        if let Some(topic) = self.topic
            && let Some(topic) = parse_enum::<Category>(&mut errors, "topic", &topic)
        {
            guidance.topic = topic;
        }
        if let Err(more) = validate_guidance(guidance) {
            errors.0.extend(more);
        }
        errors.finish()
    }
}

impl GuidanceDraft {
    /// The language it is written in: English unless it says otherwise.
    pub fn language_tag(&self) -> &str {
        match self.language.trim() {
            "" => "en",
            tag => tag,
        }
    }

    /// Turns a draft into a guidance item by `origin.requester` (the author).
    pub fn into_guidance(self, origin: Origin) -> Result<Guidance, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let topic = parse_enum::<Category>(&mut errors, "topic", &self.topic);
        let language = self.language_tag().to_string();
        let guidance = Guidance {
            schema: SCHEMA_VERSION,
            id: origin.fresh_id.to_string(),
            title: self.title.trim().into(),
            summary: self.summary.trim().into(),
            body: Text::with_value(self.body.trim()),
            topic: topic.unwrap_or(Category::Other),
            language: language.into(),
            published_at: origin.now_ms,
            author: origin.requester.as_str().into(),
            version_of: Some(self.version_of.trim())
                .filter(|v| !v.is_empty())
                .map(Into::into),
            retired_at: None,
            credit: None,
        };
        if let Err(more) = validate_guidance(&guidance) {
            errors.0.extend(more);
        }
        errors.finish()?;
        Ok(guidance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{RequestId, UserId};

    fn origin() -> Origin {
        Origin {
            requester: UserId::parse("u1").expect("valid"),
            fresh_id: RequestId::new(1_763_900_000_000, [1; 10]),
            now_ms: 1_763_900_000_000,
            intake: None,
        }
    }

    fn published() -> Guidance {
        GuidanceDraft {
            title: "Ward budget meetings".into(),
            summary: "Who to invite.".into(),
            body: "Invite the committee.".into(),
            topic: "local_action_planning".into(),
            ..Default::default()
        }
        .into_guidance(origin())
        .expect("valid")
    }

    #[test]
    fn a_change_touches_only_what_it_names_and_stays_valid() {
        let mut guidance = published();
        GuidanceChange {
            title: Some(" Ward budget meetings, well ".into()),
            topic: Some("youth_engagement".into()),
            ..Default::default()
        }
        .apply(&mut guidance)
        .expect("valid");
        assert_eq!(guidance.title.as_str(), "Ward budget meetings, well");
        assert_eq!(guidance.topic, Category::YouthEngagement);
        assert_eq!(guidance.summary.as_str(), "Who to invite.");
        let errors = GuidanceChange {
            title: Some(" ".into()),
            topic: Some("astrology".into()),
            ..Default::default()
        }
        .apply(&mut published())
        .expect_err("refused");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["topic", "title"]);
    }

    #[test]
    fn a_published_version_keeps_its_language_author_item_and_date() {
        let before = published();
        let mut after = before.clone();
        after.title = "Another title".into();
        after.retired_at = Some(5);
        assert!(crate::library::check_kept(&before, &after).is_ok());
        after.language = "ur".into();
        after.author = "u2".into();
        let errors = crate::library::check_kept(&before, &after).expect_err("refused");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["language", "author"]);
    }

    #[test]
    fn retiring_keeps_the_first_time_and_restoring_clears_it() {
        let mut doc = automerge::Automerge::new();
        crate::schema::write(&mut doc, &published(), 1).expect("write");
        crate::library::retire_guidance(Some(10), 10)(&mut doc).expect("retired");
        crate::library::retire_guidance(Some(20), 20)(&mut doc).expect("again");
        let read = || crate::schema::read_guidance(&doc).expect("read").retired_at;
        assert_eq!(read(), Some(10));
        crate::library::retire_guidance(None, 30)(&mut doc).expect("restored");
        assert_eq!(
            crate::schema::read_guidance(&doc).expect("read").retired_at,
            None
        );
    }

    #[test]
    fn guidance_needs_a_title_summary_body_and_known_topic() {
        let origin = origin();
        let errors = GuidanceDraft {
            topic: "weather".into(),
            ..Default::default()
        }
        .into_guidance(origin.clone())
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        for field in ["topic", "title", "summary", "body"] {
            assert!(fields.contains(&field), "{field} in {fields:?}");
        }
        let ok = GuidanceDraft {
            title: "How to write a local action plan".into(),
            summary: "Steps from risk assessment to partners and resources.".into(),
            body: "1. Assess risks.".into(),
            topic: "local_action_planning".into(),
            language: "".into(),
            version_of: String::new(),
        }
        .into_guidance(origin.clone())
        .expect("valid");
        assert_eq!(ok.language.as_str(), "en");
        assert_eq!(ok.item(), ok.id, "a first version is its own item");
    }

    #[test]
    fn a_version_in_another_language_names_its_item() {
        let origin = origin();
        let draft = |version_of: &str| GuidanceDraft {
            title: "স্থানীয় কর্মপরিকল্পনা".into(),
            summary: "ঝুঁকি থেকে অংশীদার পর্যন্ত।".into(),
            body: "১. ঝুঁকি যাচাই করুন।".into(),
            topic: "local_action_planning".into(),
            language: "bn".into(),
            version_of: version_of.into(),
        };
        let first = RequestId::new(1_763_800_000_000, [2; 10]).to_string();
        let version = draft(&first).into_guidance(origin.clone()).expect("valid");
        assert_eq!(version.item(), first);
        let errors = draft("not an id")
            .into_guidance(origin.clone())
            .expect_err("invalid");
        assert_eq!(errors[0].field, "version_of");
        let itself = draft(&origin.fresh_id.to_string())
            .into_guidance(origin)
            .expect_err("itself");
        assert_eq!(itself[0].field, "version_of");
    }
}
