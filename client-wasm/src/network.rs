//! The network around the desk, as the phone works with it offline: the feedback form on an
//! event it attended, the directory of member cities and people it keeps to search with no
//! connection, and a city's needs assessment. Both use `hubdesk_shared`'s rules, which the hub applies again.

use std::collections::HashMap;

use hubdesk_shared::directory::{self, Card, Field, Membership, PersonKind};
use hubdesk_shared::feedback::FeedbackDraft;
use hubdesk_shared::needs::{AssessmentDraft, Group};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::forms::{self, FieldError};
use crate::{HubClient, error, to_js};

/// A person as `GET /api/directory` lists them.
#[derive(Debug, Deserialize)]
struct Person {
    id: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    city: Option<String>,
    #[serde(flatten)]
    card: Card,
}

/// A member city as `GET /api/directory` lists it.
#[derive(Debug, Deserialize)]
struct City {
    id: String,
    country: String,
    city: String,
    status: String,
    #[serde(default)]
    focal_points: Vec<FocalPoint>,
}

#[derive(Debug, Deserialize)]
struct FocalPoint {
    name: String,
}

#[derive(Debug, Default, Deserialize)]
struct Kept {
    #[serde(default)]
    cities: Vec<City>,
    #[serde(default)]
    people: Vec<Person>,
}

/// Which entries of the kept directory a search found, by id, in the directory's order.
#[derive(Debug, Serialize)]
struct Found {
    people: Vec<String>,
    cities: Vec<String>,
}

/// The vocabularies the directory's forms offer, in display order.
#[derive(Debug, Serialize)]
struct DirectoryChoices {
    membership: Vec<&'static str>,
    person_kind: Vec<&'static str>,
    field: Vec<&'static str>,
    shown_at_first: Vec<&'static str>,
    group: Vec<&'static str>,
}

/// The problems `check` finds with `draft` (a form as JavaScript holds it), each worded for the
/// person; none when it is fine.
fn problems<D: serde::de::DeserializeOwned>(
    draft: JsValue,
    check: impl FnOnce(D) -> Option<Vec<hubdesk_shared::validate::ValidationError>>,
) -> Result<JsValue, JsValue> {
    let draft: D = serde_wasm_bindgen::from_value(draft).map_err(error)?;
    let errors: Vec<FieldError> = check(draft)
        .iter()
        .flatten()
        .map(forms::field_error)
        .collect();
    to_js(&errors)
}

#[wasm_bindgen]
impl HubClient {
    /// The problems with an answer to an event's feedback form, `{rating, usefulness,
    /// comment}` (none when it is fine): the hub checks it again with the same rules.
    #[wasm_bindgen(js_name = checkFeedback, unchecked_return_type = "FieldError[]")]
    pub fn check_feedback(
        #[wasm_bindgen(unchecked_param_type = "FeedbackDraft")] draft: JsValue,
    ) -> Result<JsValue, JsValue> {
        problems(draft, |d: FeedbackDraft| d.check().err())
    }

    /// Searches a directory the phone keeps (`{cities, people}`, as the hub gave it) for
    /// `query`: every word must be found in a person's name, organisation, about, cities, place,
    /// or in a topic, language or kind by its code or by the reader's words for it (`words`:
    /// `{"topic:youth_engagement": "...", "language:bn": "...", "kind:expert": "..."}`), or in
    /// a city's name, country, status or focal points. Resolves with the ids found.
    #[wasm_bindgen(js_name = searchDirectory, unchecked_return_type = "DirectoryFound")]
    pub fn search_directory(
        directory: JsValue,
        query: &str,
        #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] words: JsValue,
    ) -> Result<JsValue, JsValue> {
        let kept: Kept = serde_wasm_bindgen::from_value(directory).map_err(error)?;
        let words: HashMap<String, String> =
            serde_wasm_bindgen::from_value(words).unwrap_or_default();
        let said = |what: &str, code: &str| words.get(&format!("{what}:{code}")).cloned();
        let people = kept
            .people
            .iter()
            .filter(|p| {
                let place: Vec<&str> = [p.country.as_deref(), p.city.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect();
                directory::matches(&p.card, &place, query, &said)
            })
            .map(|p| p.id.clone())
            .collect();
        let cities = kept
            .cities
            .iter()
            .filter(|c| {
                let focal: Vec<&str> = c.focal_points.iter().map(|f| f.name.as_str()).collect();
                directory::city_matches(&c.city, &c.country, &c.status, &focal, query, &said)
            })
            .map(|c| c.id.clone())
            .collect();
        to_js(&Found { people, cities })
    }

    /// The problems with a practice about to be shared, `{title, topic, done, risk, partners,
    /// outcome, contacts}` (none when it is fine): the hub checks it again with the same rules.
    #[wasm_bindgen(js_name = checkPractice, unchecked_return_type = "FieldError[]")]
    pub fn check_practice(
        #[wasm_bindgen(unchecked_param_type = "PracticeDraft")] draft: JsValue,
    ) -> Result<JsValue, JsValue> {
        problems(draft, |d: hubdesk_shared::practice::PracticeDraft| {
            d.apply(None).err()
        })
    }

    /// Whether every word of `query` is found in one of `texts` (any case): how the phone's
    /// lists are searched (the library by title, summary, topic and credit, say).
    #[wasm_bindgen(js_name = matchesQuery)]
    pub fn matches_query(texts: Vec<String>, query: &str) -> bool {
        hubdesk_shared::text::all_words_found(&texts, query)
    }

    /// The values the directory's forms may take, in display order: membership statuses, what
    /// a person offers, the fields a person may show, those a new profile shows, and the groups
    /// a city's work may serve.
    #[wasm_bindgen(js_name = directoryChoices, unchecked_return_type = "DirectoryChoices")]
    pub fn directory_choices() -> Result<JsValue, JsValue> {
        to_js(&DirectoryChoices {
            membership: Membership::ALL.iter().map(|m| m.as_str()).collect(),
            person_kind: PersonKind::ALL.iter().map(|k| k.as_str()).collect(),
            field: Field::ALL.iter().map(|f| f.as_str()).collect(),
            shown_at_first: Field::SHOWN_AT_FIRST.iter().map(|f| f.as_str()).collect(),
            group: Group::ALL.iter().map(|g| g.as_str()).collect(),
        })
    }

    /// The problems with a city's needs assessment about to be kept (none when it is fine):
    /// the hub checks it again with the same rules.
    #[wasm_bindgen(js_name = checkNeeds, unchecked_return_type = "FieldError[]")]
    pub fn check_needs(
        #[wasm_bindgen(unchecked_param_type = "AssessmentDraft")] draft: JsValue,
    ) -> Result<JsValue, JsValue> {
        problems(draft, |d: AssessmentDraft| d.check().err())
    }
}
