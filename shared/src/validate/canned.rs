//! Canned responses: replies staff reuse. Kept in SQL, not in documents (only staff use them,
//! online at the console), but checked here like every other record.

use serde::{Deserialize, Serialize};

use super::{Errors, MESSAGE_MAX_CHARS, Problem, TITLE_MAX_CHARS, ValidationError};

/// A canned response as typed by staff.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CannedDraft {
    pub title: String,
    pub body: String,
    /// A BCP 47 language tag such as `en`, `bn`, `ur`; empty means English.
    #[serde(default)]
    pub language: String,
    /// To add the response in another language: the id of any version of it (on creation).
    #[serde(default)]
    pub version_of: String,
}

/// A checked canned response, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canned {
    pub title: String,
    pub body: String,
    pub language: String,
    /// The version of another response this one translates, if any (as given; the server
    /// links it to that response's item).
    pub version_of: Option<String>,
}

impl CannedDraft {
    pub fn check(self) -> Result<Canned, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let title = self.title.trim().to_string();
        let body = self.body.trim().to_string();
        let language = match self.language.trim() {
            "" => "en".to_string(),
            tag => tag.to_string(),
        };
        errors.text("title", &title, true, TITLE_MAX_CHARS);
        errors.text("body", &body, true, MESSAGE_MAX_CHARS);
        let tag_ok = language.len() <= 35
            && language
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
        if !tag_ok {
            errors.push(
                "language",
                Problem::Invalid {
                    reason: "must be a language tag such as en, bn or ur".into(),
                },
            );
        }
        errors.finish()?;
        let version_of = Some(self.version_of.trim().to_string()).filter(|v| !v.is_empty());
        Ok(Canned {
            title,
            body,
            language,
            version_of,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_canned_response_needs_a_title_body_and_a_language_tag() {
        let errors = CannedDraft {
            language: "bn bd".into(),
            ..Default::default()
        }
        .check()
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["title", "body", "language"]);
        let ok = CannedDraft {
            title: " Budget template ".into(),
            body: "আমাদের বাজেট টেমপ্লেট সংযুক্ত।".into(),
            language: "".into(),
            version_of: String::new(),
        }
        .check()
        .expect("valid");
        assert_eq!(
            (ok.title.as_str(), ok.language.as_str()),
            ("Budget template", "en")
        );
    }
}
