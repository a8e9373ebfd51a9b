//! The network's directory: member cities (country, membership status and date, focal points)
//! and people who can help (experts and peer practitioners, with the topics and languages they
//! cover and the cities they have worked with). Decided here: a valid entry, who manages the
//! directory, what of a profile each reader sees (the person chooses which fields others see;
//! they and the staff who manage their country see all), and what a search matches. Entries are
//! kept in SQL; a profile never becomes a document, so the fields a person hides never leave the
//! hub for anyone else.

use serde::{Deserialize, Serialize};

use crate::access::{Action, may};
use crate::model::{Category, Country, Role};
use crate::validate::{Errors, FIELD_MAX_CHARS, Problem, TITLE_MAX_CHARS, ValidationError};

/// The most characters of a profile's "about" text.
pub const ABOUT_MAX_CHARS: usize = FIELD_MAX_CHARS * 4;
/// The most topics, languages or cities one profile lists.
pub const LIST_MAX: usize = 20;

/// Where a city stands with the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    /// It asked to join and the hub has not yet decided.
    Applicant,
    Member,
    /// It was a member and is no longer.
    Former,
}

impl Membership {
    pub const ALL: [Membership; 3] = [Self::Applicant, Self::Member, Self::Former];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applicant => "applicant",
            Self::Member => "member",
            Self::Former => "former",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

/// What someone listed in the directory offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    /// Someone with expertise the hub can refer practitioners to.
    Expert,
    /// A practitioner in a member city who has done the work and will share it.
    Peer,
}

impl PersonKind {
    pub const ALL: [PersonKind; 2] = [Self::Expert, Self::Peer];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Expert => "expert",
            Self::Peer => "peer",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A field of a profile its person may show to others or keep for the hub. The name, what they
/// offer (expert or peer) and their city are always shown: without them there is no entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Organisation,
    About,
    Topics,
    Languages,
    Cities,
    Email,
    Phone,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Self::Organisation,
        Self::About,
        Self::Topics,
        Self::Languages,
        Self::Cities,
        Self::Email,
        Self::Phone,
    ];

    /// What a new profile shows until its person chooses: everything but how to reach them.
    pub const SHOWN_AT_FIRST: [Field; 5] = [
        Self::Organisation,
        Self::About,
        Self::Topics,
        Self::Languages,
        Self::Cities,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Organisation => "organisation",
            Self::About => "about",
            Self::Topics => "topics",
            Self::Languages => "languages",
            Self::Cities => "cities",
            Self::Email => "email",
            Self::Phone => "phone",
        }
    }
}

/// Whether someone with `role` manages the directory (member cities and people), within their
/// countries: agents and admins.
pub fn may_manage(role: Role) -> bool {
    may(role, Action::ManageDirectory)
}

/// A member city as staff enter it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CityDraft {
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub city: String,
    /// `applicant`, `member` or `former`.
    #[serde(default)]
    pub status: String,
    /// When the city's membership (or application) dates from, `YYYY-MM-DD`.
    #[serde(default)]
    pub since: Option<String>,
    /// The usernames of the city's focal points.
    #[serde(default)]
    pub focal_points: Vec<String>,
}

/// A valid member city (focal points still as the usernames given: the caller looks them up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberCity {
    pub country: Country,
    pub city: String,
    pub status: Membership,
    pub since: Option<String>,
    pub focal_points: Vec<String>,
}

/// Whether `text` is a calendar date written `YYYY-MM-DD` (months of their real length).
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2200).contains(&y) && (1..=days).contains(&d)
}

impl CityDraft {
    /// Checks every field, naming each one at fault.
    pub fn check(self) -> Result<MemberCity, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let country = choose(&mut errors, "country", &self.country, |t| {
            t.parse::<Country>().map_err(|e| e.expected)
        });
        let city = self.city.trim().to_string();
        errors.text("city", &city, true, TITLE_MAX_CHARS);
        let status = choose(&mut errors, "status", &self.status, |t| {
            Membership::parse(t).ok_or_else(|| vocabulary(&Membership::ALL, Membership::as_str))
        });
        let since = self
            .since
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        if let Some(since) = &since
            && !is_date(since)
        {
            errors.push(
                "since",
                Problem::Invalid {
                    reason: "a date written YYYY-MM-DD".into(),
                },
            );
        }
        let focal_points = tidy_list(&mut errors, "focal_points", self.focal_points, 64);
        errors.finish()?;
        Ok(MemberCity {
            country: country.unwrap_or(Country::Other),
            city,
            status: status.unwrap_or(Membership::Applicant),
            since,
            focal_points,
        })
    }
}

/// A profile as staff enter it (`user` names the account it belongs to), or as a person changes
/// their own (`user` left out). Every field left out keeps what it was.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProfileDraft {
    /// The username of the account the profile belongs to (staff adding someone).
    #[serde(default)]
    pub user: Option<String>,
    /// The name others see.
    #[serde(default)]
    pub name: Option<String>,
    /// `expert` or `peer`.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub about: Option<String>,
    /// Topics they can help with (request topics: `peer_learning`, `youth_engagement`, ...).
    #[serde(default)]
    pub topics: Option<Vec<String>>,
    /// Languages they work in, as tags (`bn`, `ta`, `ur`, ...).
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// Cities they have worked with, as written.
    #[serde(default)]
    pub cities: Option<Vec<String>>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// The fields others may see; only the person themself chooses them.
    #[serde(default)]
    pub shown: Option<Vec<Field>>,
    /// Whether the profile is in the directory at all.
    #[serde(default)]
    pub listed: Option<bool>,
}

/// A profile as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    pub name: String,
    pub kind: PersonKind,
    pub organisation: Option<String>,
    pub about: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub topics: Vec<Category>,
    pub languages: Vec<String>,
    pub cities: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub shown: Vec<Field>,
    pub listed: bool,
}

/// Who changes a profile: its person, or staff who manage the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    Owner,
    Staff,
}

impl ProfileDraft {
    /// Applies the draft to `kept` (none for a new profile), checking every field and naming
    /// each one at fault. Only the person chooses what is shown: staff giving `shown` are
    /// refused, and a new profile shows [`Field::SHOWN_AT_FIRST`].
    pub fn apply(
        self,
        kept: Option<&Profile>,
        by: Editor,
    ) -> Result<Profile, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let text = |errors: &mut Errors,
                    field: &str,
                    new: Option<String>,
                    old: Option<&Option<String>>,
                    max| {
            let value = match new {
                Some(v) => Some(v.trim().to_string()).filter(|v| !v.is_empty()),
                None => old.cloned().flatten(),
            };
            if let Some(v) = &value {
                errors.text(field, v, false, max);
            }
            value
        };
        let name = match self.name {
            Some(n) => n.trim().to_string(),
            None => kept.map(|k| k.name.clone()).unwrap_or_default(),
        };
        errors.text("name", &name, true, TITLE_MAX_CHARS);
        let kind = match self.kind {
            Some(k) => choose(&mut errors, "kind", &k, |t| {
                PersonKind::parse(t).ok_or_else(|| vocabulary(&PersonKind::ALL, PersonKind::as_str))
            }),
            None => match kept {
                Some(k) => Some(k.kind),
                None => {
                    errors.push("kind", Problem::Empty);
                    None
                }
            },
        };
        let organisation = text(
            &mut errors,
            "organisation",
            self.organisation,
            kept.map(|k| &k.organisation),
            TITLE_MAX_CHARS,
        );
        let about = text(
            &mut errors,
            "about",
            self.about,
            kept.map(|k| &k.about),
            ABOUT_MAX_CHARS,
        );
        let email = text(
            &mut errors,
            "email",
            self.email,
            kept.map(|k| &k.email),
            TITLE_MAX_CHARS,
        );
        if let Some(e) = &email
            && !looks_like_email(e)
        {
            errors.push(
                "email",
                Problem::Invalid {
                    reason: "an email address".into(),
                },
            );
        }
        let phone = text(&mut errors, "phone", self.phone, kept.map(|k| &k.phone), 40);
        if let Some(p) = &phone
            && !p
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
        {
            errors.push(
                "phone",
                Problem::Invalid {
                    reason: "digits, spaces and + - ( )".into(),
                },
            );
        }
        let topics = match self.topics {
            Some(list) => tidy_list(&mut errors, "topics", list, 40)
                .iter()
                .enumerate()
                .filter_map(|(i, t)| {
                    choose(&mut errors, &format!("topics[{i}]"), t, |t| {
                        t.parse::<Category>().map_err(|e| e.expected)
                    })
                })
                .collect(),
            None => kept.map(|k| k.topics.clone()).unwrap_or_default(),
        };
        let languages = match self.languages {
            Some(list) => {
                let list: Vec<String> = tidy_list(&mut errors, "languages", list, 20)
                    .into_iter()
                    .map(|t| t.to_ascii_lowercase())
                    .collect();
                for (i, tag) in list.iter().enumerate() {
                    if !is_language_tag(tag) {
                        errors.push(
                            format!("languages[{i}]"),
                            Problem::Invalid {
                                reason: "a language tag such as bn or ta-LK".into(),
                            },
                        );
                    }
                }
                list
            }
            None => kept.map(|k| k.languages.clone()).unwrap_or_default(),
        };
        let cities = match self.cities {
            Some(list) => tidy_list(&mut errors, "cities", list, TITLE_MAX_CHARS),
            None => kept.map(|k| k.cities.clone()).unwrap_or_default(),
        };
        let shown = match (self.shown, by) {
            (Some(_), Editor::Staff) => {
                errors.push(
                    "shown",
                    Problem::NotAllowed {
                        reason: "only the person chooses what others see".into(),
                    },
                );
                Vec::new()
            }
            (Some(mut list), Editor::Owner) => {
                list.sort();
                list.dedup();
                list
            }
            (None, _) => kept
                .map(|k| k.shown.clone())
                .unwrap_or_else(|| Field::SHOWN_AT_FIRST.to_vec()),
        };
        let listed = self.listed.or(kept.map(|k| k.listed)).unwrap_or(true);
        errors.finish()?;
        Ok(Profile {
            name,
            kind: kind.unwrap_or(PersonKind::Peer),
            organisation,
            about,
            topics,
            languages,
            cities,
            email,
            phone,
            shown,
            listed,
        })
    }
}

/// Parses one of a vocabulary (`parse` gives the vocabulary, written out, when it fails).
fn choose<T>(
    errors: &mut Errors,
    field: &str,
    value: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Option<T> {
    let value = value.trim();
    if value.is_empty() {
        errors.push(field, Problem::Empty);
        return None;
    }
    match parse(value) {
        Ok(found) => Some(found),
        Err(expected) => {
            errors.push(
                field,
                Problem::Unknown {
                    value: value.chars().take(40).collect(),
                    expected,
                },
            );
            None
        }
    }
}

fn vocabulary<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|&v| name(v)).collect::<Vec<_>>().join(", ")
}

/// Trims each entry, drops empty ones and repeats, and refuses more than [`LIST_MAX`] or an
/// entry over `max_chars`.
fn tidy_list(errors: &mut Errors, field: &str, list: Vec<String>, max_chars: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for entry in list {
        let entry = entry.trim().to_string();
        if !entry.is_empty() && !out.contains(&entry) {
            out.push(entry);
        }
    }
    if out.len() > LIST_MAX {
        errors.push(field, Problem::TooMany { max: LIST_MAX });
    }
    for (i, entry) in out.iter().enumerate() {
        errors.text(&format!("{field}[{i}]"), entry, false, max_chars);
    }
    out
}

fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

/// A language tag: two or three letters, optionally followed by `-` and a region or script.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let base = parts.next().unwrap_or_default();
    (2..=3).contains(&base.len())
        && base.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

mod reading;

pub use reading::{Card, Reader, card, city_matches, matches, reader};

#[cfg(test)]
mod tests;
