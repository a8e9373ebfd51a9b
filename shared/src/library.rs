//! Items offered in several languages (guidance, canned responses). Each language's version is
//! a record of its own, linked to the item by the id of the item's first version; a reader is
//! offered one version per item, in the first of their languages the item has, and told which
//! other languages it exists in.

use automerge::Automerge;
use serde::Serialize;

use crate::engine::{Edit, Rejection};
use crate::model::Guidance;
use crate::schema;
use crate::validate::{GuidanceChange, Problem, ValidationError};

/// One version of an item: its id, its item (the first version's id) and its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version<'a> {
    pub id: &'a str,
    pub item: &'a str,
    pub language: &'a str,
}

/// What a reader is offered of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    /// The position, in what [`offer`] was given, of the version to show.
    #[serde(skip)]
    pub shown: usize,
    pub item: String,
    /// Every version of the item, the shown one first, then by language tag.
    pub versions: Vec<VersionRef>,
}

/// A version as the reader may switch to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionRef {
    pub id: String,
    pub language: String,
}

/// One offer per item, in the order the items first appear in `versions` (newest first, say).
/// The version shown is the first of `wanted` (the reader's languages, most wanted first) the
/// item has, matching on the language alone when a region differs (`bn` for `bn-IN`); failing
/// that, the item's first version; failing that (it was withdrawn), its earliest listed.
pub fn offer(versions: &[Version<'_>], wanted: &[&str]) -> Vec<Offer> {
    let mut items: Vec<&str> = Vec::new();
    for version in versions {
        if !items.contains(&version.item) {
            items.push(version.item);
        }
    }
    items
        .into_iter()
        .map(|item| {
            let of_item: Vec<usize> = (0..versions.len())
                .filter(|&i| versions[i].item == item)
                .collect();
            let by_language = |tag: &str| {
                let base = |t: &str| t.split('-').next().unwrap_or(t).to_ascii_lowercase();
                of_item
                    .iter()
                    .copied()
                    .find(|&i| versions[i].language.eq_ignore_ascii_case(tag))
                    .or_else(|| {
                        of_item
                            .iter()
                            .copied()
                            .find(|&i| base(versions[i].language) == base(tag))
                    })
            };
            let shown = wanted
                .iter()
                .find_map(|tag| by_language(tag))
                .or_else(|| of_item.iter().copied().find(|&i| versions[i].id == item))
                .unwrap_or(of_item[0]);
            let mut others: Vec<usize> = of_item.iter().copied().filter(|&i| i != shown).collect();
            others.sort_by_key(|&i| versions[i].language);
            let refs = std::iter::once(shown)
                .chain(others)
                .map(|i| VersionRef {
                    id: versions[i].id.to_string(),
                    language: versions[i].language.to_string(),
                })
                .collect();
            Offer {
                shown,
                item: item.to_string(),
                versions: refs,
            }
        })
        .collect()
}

/// Whether a version in `language` may join an item whose versions are in `languages`: an item
/// has one version per language (the existing one is changed instead).
pub fn check_new_version(languages: &[&str], language: &str) -> Result<(), ValidationError> {
    if languages.iter().any(|l| l.eq_ignore_ascii_case(language)) {
        return Err(ValidationError {
            field: "language".into(),
            problem: Problem::NotAllowed {
                reason: format!("the item already has a version in {language}; change that one"),
            },
        });
    }
    Ok(())
}

/// Changes a published guidance version as staff asked ([`GuidanceChange`]), checked before
/// anything is written.
pub fn change_guidance(change: GuidanceChange, now_ms: i64) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let mut guidance = schema::read_guidance(doc).map_err(unreadable)?;
        change.apply(&mut guidance).map_err(Rejection::Invalid)?;
        schema::write(doc, &guidance, now_ms).map_err(unreadable)
    })
}

/// Retires a guidance version from the library at `at`, or restores it (`None`). Retiring
/// again keeps the first time.
pub fn retire_guidance(at: Option<i64>, now_ms: i64) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let mut guidance = schema::read_guidance(doc).map_err(unreadable)?;
        guidance.retired_at = match at {
            Some(at) => Some(guidance.retired_at.unwrap_or(at)),
            None => None,
        };
        schema::write(doc, &guidance, now_ms).map_err(unreadable)
    })
}

/// What a write to a published guidance version must keep, whoever sends it: its language,
/// author, item and publication time.
pub fn check_kept(before: &Guidance, after: &Guidance) -> Result<(), Vec<ValidationError>> {
    let kept = [
        ("language", before.language == after.language),
        ("author", before.author == after.author),
        ("version_of", before.version_of == after.version_of),
        ("published_at", before.published_at == after.published_at),
    ];
    let changed: Vec<ValidationError> = kept
        .into_iter()
        .filter(|(_, same)| !same)
        .map(|(field, _)| ValidationError {
            field: field.into(),
            problem: Problem::NotAllowed {
                reason: "cannot change once published".into(),
            },
        })
        .collect();
    match changed.is_empty() {
        true => Ok(()),
        false => Err(changed),
    }
}

fn unreadable(e: crate::schema::SchemaError) -> Rejection {
    Rejection::Conflict(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v<'a>(id: &'a str, item: &'a str, language: &'a str) -> Version<'a> {
        Version { id, item, language }
    }

    #[test]
    fn each_item_is_offered_once_in_the_readers_language_with_the_others_listed() {
        let versions = [
            v("plan-bn", "plan", "bn"),
            v("budget", "budget", "en"),
            v("plan", "plan", "en"),
            v("plan-ur", "plan", "ur"),
        ];
        let offers = offer(&versions, &["bn", "en"]);
        assert_eq!(offers.len(), 2, "one offer per item");
        assert_eq!(offers[0].item, "plan", "in the order items first appear");
        assert_eq!(versions[offers[0].shown].id, "plan-bn");
        let languages: Vec<&str> = offers[0]
            .versions
            .iter()
            .map(|r| r.language.as_str())
            .collect();
        assert_eq!(languages, ["bn", "en", "ur"], "the shown one first");
        assert_eq!(
            versions[offers[1].shown].id, "budget",
            "English when it is all there is"
        );
    }

    #[test]
    fn a_reader_without_the_items_languages_gets_its_first_version() {
        let versions = [v("plan-bn", "plan", "bn"), v("plan", "plan", "ur")];
        let offers = offer(&versions, &["ta"]);
        assert_eq!(versions[offers[0].shown].id, "plan");
    }

    #[test]
    fn an_item_has_one_version_per_language() {
        assert!(check_new_version(&["en", "bn"], "ur").is_ok());
        let refused = check_new_version(&["en", "bn"], "BN").expect_err("twice");
        assert_eq!(refused.field, "language");
    }

    #[test]
    fn a_region_does_not_hide_a_language() {
        let versions = [v("plan", "plan", "en"), v("plan-bn", "plan", "bn-BD")];
        let offers = offer(&versions, &["bn-IN"]);
        assert_eq!(versions[offers[0].shown].id, "plan-bn");
    }
}
