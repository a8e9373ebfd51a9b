//! Reading the directory: who a reader is to a profile, what of it they see (a [`Card`]), and
//! what a search matches, in the reader's own words for topics, languages and places.

use serde::{Deserialize, Serialize};

use super::{Field, PersonKind, Profile, may_manage};
use crate::model::{Category, Country, Role};
use crate::text::all_words_found as all_found;

/// Who reads a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The person themself.
    Owner,
    /// Staff who manage the directory in the person's country.
    Manager,
    /// Anyone else signed in.
    Member,
}

/// Who `role` (limited to `countries`, none for everywhere) is to the profile of someone in
/// `country`, being the person or not.
pub fn reader(
    role: Role,
    countries: Option<&[Country]>,
    own: bool,
    country: Option<Country>,
) -> Reader {
    if own {
        return Reader::Owner;
    }
    let in_reach = match countries {
        None => true,
        Some(list) => country.is_some_and(|c| list.contains(&c)),
    };
    if may_manage(role) && in_reach {
        Reader::Manager
    } else {
        Reader::Member
    }
}

/// A profile as one reader sees it: the fields its person hides are absent (not blanked) for
/// anyone but them and the staff who manage their country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Card {
    pub name: String,
    pub kind: PersonKind,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub organisation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub about: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<String>>))]
    pub topics: Option<Vec<Category>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub languages: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cities: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub phone: Option<String>,
    /// What its person shows others (for them and the hub only).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub shown: Option<Vec<Field>>,
    /// Whether it is listed (for them and the hub only).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub listed: Option<bool>,
}

/// What `reader` sees of `profile`; `None` when an unlisted profile is not theirs to see.
pub fn card(profile: &Profile, reader: Reader) -> Option<Card> {
    let all = reader != Reader::Member;
    if !profile.listed && !all {
        return None;
    }
    let sees = |field: Field| all || profile.shown.contains(&field);
    let keep = |field: Field, value: &Option<String>| value.clone().filter(|_| sees(field));
    let list = |field: Field, value: &Vec<String>| sees(field).then(|| value.clone());
    Some(Card {
        name: profile.name.clone(),
        kind: profile.kind,
        organisation: keep(Field::Organisation, &profile.organisation),
        about: keep(Field::About, &profile.about),
        topics: sees(Field::Topics).then(|| profile.topics.clone()),
        languages: list(Field::Languages, &profile.languages),
        cities: list(Field::Cities, &profile.cities),
        email: keep(Field::Email, &profile.email),
        phone: keep(Field::Phone, &profile.phone),
        shown: all.then(|| profile.shown.clone()),
        listed: all.then_some(profile.listed),
    })
}

/// Whether a card matches a search: every word of `query` (any case) is found in its name,
/// organisation, about, cities, topic or language (by code, or by the reader's words for it, as
/// `said` gives them: `said("topic", "youth_engagement")`, `said("language", "bn")`), or its
/// place. An empty query matches everything.
pub fn matches(
    card: &Card,
    place: &[&str],
    query: &str,
    said: &dyn Fn(&str, &str) -> Option<String>,
) -> bool {
    let mut haystack: Vec<String> = vec![card.name.clone(), card.kind.as_str().to_string()];
    haystack.extend(said("kind", card.kind.as_str()));
    haystack.extend(card.organisation.iter().cloned());
    haystack.extend(card.about.iter().cloned());
    haystack.extend(card.cities.iter().flatten().cloned());
    haystack.extend(place.iter().map(|p| p.to_string()));
    for topic in card.topics.iter().flatten() {
        haystack.push(topic.as_str().replace('_', " "));
        haystack.extend(said("topic", topic.as_str()));
    }
    for tag in card.languages.iter().flatten() {
        haystack.push(tag.clone());
        haystack.extend(said("language", tag));
    }
    all_found(&haystack, query)
}

/// Whether a member city matches a search: every word of `query` is found in its name,
/// country, membership status (by code, or in the reader's words `said` gives) or a focal point's name.
pub fn city_matches(
    city: &str,
    country: &str,
    status: &str,
    focal_points: &[&str],
    query: &str,
    said: &dyn Fn(&str, &str) -> Option<String>,
) -> bool {
    let mut haystack = vec![city.to_string(), country.to_string(), status.to_string()];
    haystack.extend(said("country", country));
    haystack.extend(said("membership", status));
    haystack.extend(focal_points.iter().map(|f| f.to_string()));
    all_found(&haystack, query)
}
