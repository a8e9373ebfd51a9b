//! The server's words in each person's language: the Fluent catalogues of `locales/`, embedded
//! at build time (see `build.rs`), for what the server itself writes for people to read (error
//! messages, CSV headers). The apps format their own screens from the same files.
//!
//! A language is any folder of `locales/`; English is the fallback for a message a language
//! lacks (the catalogue test keeps every language complete).

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

/// The files the server formats from; the others are the apps' own.
const SERVER_FILES: &[&str] = &[
    "common.ftl",
    "problems.ftl",
    "server.ftl",
    "attachments.ftl",
];
pub const FALLBACK: &str = "en";

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut all = HashMap::new();
        for (tag, files) in embedded::CATALOGUES {
            let Ok(id) = tag.parse::<unic_langid::LanguageIdentifier>() else {
                tracing::error!(%tag, "a locales/ folder is not a language tag");
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // The JSON and CSV the server writes are read by programs too: no isolation marks.
            bundle.set_use_isolating(false);
            for (name, text) in files.iter().filter(|(n, _)| SERVER_FILES.contains(n)) {
                match FluentResource::try_new((*text).to_string()) {
                    Ok(resource) => {
                        if let Err(errors) = bundle.add_resource(resource) {
                            tracing::error!(%tag, %name, ?errors, "catalogue has clashing ids");
                        }
                    }
                    Err((_, errors)) => {
                        tracing::error!(%tag, %name, ?errors, "catalogue does not parse")
                    }
                }
            }
            all.insert(*tag, bundle);
        }
        all
    })
}

/// Every language the build has, by tag (`build.rs` lists them sorted). Read once: every
/// request's answer asks which language to speak.
pub fn languages() -> &'static [&'static str] {
    static TAGS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TAGS.get_or_init(|| embedded::CATALOGUES.iter().map(|(tag, _)| *tag).collect())
}

/// The language to answer in: `chosen` (a person's own) when the build has it, else the first
/// of an `Accept-Language` header's languages it has (by weight, matching on the language
/// alone when the region differs), else English.
pub fn negotiate(chosen: Option<&str>, accept_language: Option<&str>) -> &'static str {
    let have = languages();
    if let Some(tag) = chosen.and_then(|c| have.iter().find(|h| **h == c)) {
        return tag;
    }
    let mut wanted: Vec<(f32, &str)> = accept_language
        .unwrap_or_default()
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && weight > 0.0).then_some((weight, tag))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (_, tag) in wanted {
        let base = tag.split('-').next().unwrap_or(tag);
        if let Some(found) = have
            .iter()
            .find(|h| h.eq_ignore_ascii_case(tag))
            .or_else(|| have.iter().find(|h| h.eq_ignore_ascii_case(base)))
        {
            return found;
        }
    }
    FALLBACK
}

/// Message `id` of language `tag`, formatted with `args`; English when the language lacks it,
/// and the id itself when English does too (a test keeps that from happening).
pub fn text(tag: &str, id: &str, args: Option<&FluentArgs>) -> String {
    let all = bundles();
    for bundle in [all.get(tag), all.get(FALLBACK)].into_iter().flatten() {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let out = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(%tag, %id, ?errors, "a message did not format cleanly");
            }
            return out.into_owned();
        }
    }
    tracing::error!(%tag, %id, "no such message in any catalogue");
    id.to_string()
}

/// Message `id` of language `tag` with text arguments (numbers among them are written as given).
pub fn format(tag: &str, id: &str, args: &[(&'static str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    text(tag, id, Some(&fluent))
}

/// Whether language `tag` has message `id` (English fills in for it otherwise).
pub fn has(tag: &str, id: &str) -> bool {
    bundles()
        .get(tag)
        .is_some_and(|bundle| bundle.get_message(id).and_then(|m| m.value()).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_own_language_comes_before_the_browsers() {
        assert_eq!(negotiate(Some("bn"), Some("ur, en;q=0.5")), "bn");
    }

    #[test]
    fn accept_language_is_read_by_weight_and_by_language_alone() {
        assert_eq!(
            negotiate(None, Some("fr;q=0.9, ta-LK;q=0.95, en;q=0.1")),
            "ta"
        );
        assert_eq!(negotiate(Some("xx"), Some("de")), FALLBACK);
        assert_eq!(negotiate(None, None), FALLBACK);
    }

    #[test]
    fn english_words_a_message_another_language_lacks() {
        assert_eq!(text("en", "brand-name", None), "HubDesk");
        assert_eq!(text("no-such", "brand-name", None), "HubDesk");
    }
}
