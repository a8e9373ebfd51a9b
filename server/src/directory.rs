//! The network's directory (issue 22, part 1): member cities and the people who can help. Anyone
//! signed in reads it (the phone keeps a copy to search offline); staff who manage it change the
//! entries in their countries; each person chooses what of their profile others see. The rules
//! are `hubdesk_shared::directory`; here they are applied to what `store::directory` keeps.

use hubdesk_shared::access::Principal;
use hubdesk_shared::directory::{self, CityDraft, Editor, ProfileDraft, Reader};
use hubdesk_shared::model::Country;
use hubdesk_shared::validate::{Problem, ValidationError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::directory::{self as store, CityRow, ProfileRow};
use crate::store::users;

/// The directory as one reader is given it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Directory {
    pub cities: Vec<CityView>,
    pub people: Vec<PersonView>,
    /// Whether the reader may change the entries in their countries.
    pub manages: bool,
}

/// A member city, its focal points named as the directory names them.
#[derive(Debug, Serialize, ToSchema)]
pub struct CityView {
    pub id: String,
    pub country: String,
    pub city: String,
    #[schema(value_type = directory::Membership)]
    pub status: String,
    pub since: Option<String>,
    pub focal_points: Vec<FocalPoint>,
    pub updated_at: i64,
}

/// A city's focal point: their user id (to find their entry among the people) and their name.
#[derive(Debug, Serialize, ToSchema)]
pub struct FocalPoint {
    pub id: String,
    pub name: String,
}

/// A person as one reader sees them.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonView {
    /// Their user id.
    pub id: String,
    /// Their username, for the hub only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    #[serde(flatten)]
    pub card: directory::Card,
    pub updated_at: i64,
}

fn country_of(text: Option<&str>) -> Option<Country> {
    text.and_then(|c| c.parse().ok())
}

fn reader_of(by: &Principal, row: &ProfileRow) -> Reader {
    directory::reader(
        by.role,
        by.country_limit(),
        row.user_id == by.user.as_str(),
        country_of(row.country.as_deref()),
    )
}

fn person_view(by: &Principal, row: &ProfileRow) -> Option<PersonView> {
    let reader = reader_of(by, row);
    let card = directory::card(&row.profile, reader)?;
    Some(PersonView {
        id: row.user_id.clone(),
        username: (reader != Reader::Member).then(|| row.username.clone()),
        country: row.country.clone(),
        city: row.city.clone(),
        card,
        updated_at: row.updated_at,
    })
}

fn city_view(row: CityRow, people: &[ProfileRow]) -> CityView {
    let focal_points = row
        .focal_points
        .into_iter()
        .map(|(id, username)| {
            let listed = people
                .iter()
                .find(|p| p.user_id == id && p.profile.listed)
                .map(|p| p.profile.name.clone());
            FocalPoint {
                name: listed.unwrap_or(username),
                id,
            }
        })
        .collect();
    CityView {
        id: row.id,
        country: row.country,
        city: row.city,
        status: row.status,
        since: row.since,
        focal_points,
        updated_at: row.updated_at,
    }
}

/// The whole directory as `by` may see it.
pub async fn read(state: &AppState, by: &Principal) -> Result<Directory, AppError> {
    let people = store::profiles(&state.store).await?;
    let cities = store::cities(&state.store).await?;
    Ok(Directory {
        cities: cities
            .into_iter()
            .map(|row| city_view(row, &people))
            .collect(),
        people: people.iter().filter_map(|p| person_view(by, p)).collect(),
        manages: directory::may_manage(by.role),
    })
}

/// Whether `by` manages entries in `country` (an account or city without a known country is
/// for staff limited to no country only).
fn manages_in(by: &Principal, country: Option<&str>) -> Result<(), AppError> {
    if !directory::may_manage(by.role) {
        return Err(AppError::Forbidden);
    }
    match by.country_limit() {
        None => Ok(()),
        Some(limit) if country_of(country).is_some_and(|c| limit.contains(&c)) => Ok(()),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Adds a member city (`id` none) or replaces one, for staff who manage the directory there.
pub async fn put_city(
    state: &AppState,
    by: &Principal,
    id: Option<&str>,
    draft: CityDraft,
) -> Result<CityView, AppError> {
    if !directory::may_manage(by.role) {
        return Err(AppError::Forbidden);
    }
    if let Some(id) = id {
        let kept = store::city_country(&state.store, id)
            .await?
            .ok_or(AppError::NotFound)?;
        manages_in(by, Some(&kept))?;
    }
    let city = draft.check().map_err(AppError::Invalid)?;
    manages_in(by, Some(city.country.as_str()))?;
    let mut focal = Vec::new();
    let mut errors = Vec::new();
    for (i, name) in city.focal_points.iter().enumerate() {
        match users::user_by_username(state.store.pool(), name).await? {
            Some(user) if user.deactivated_at.is_none() => focal.push(user.id),
            _ => errors.push(ValidationError {
                field: format!("focal_points[{i}]"),
                problem: Problem::Unknown {
                    value: name.clone(),
                    expected: String::new(),
                },
            }),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let same_place = store::city_at(&state.store, city.country.as_str(), &city.city).await?;
    if same_place.is_some() && same_place.as_deref() != id {
        return Err(AppError::Refused {
            code: "city_listed",
            message: Message::id("directory-city-listed"),
        });
    }
    let id = id.map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_string);
    store::put_city(&state.store, &id, &city, &focal, now_ms()).await?;
    let people = store::profiles(&state.store).await?;
    store::cities(&state.store)
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .map(|row| city_view(row, &people))
        .ok_or(AppError::NotFound)
}

/// Lists someone (named by `draft.user`) in the directory, for staff who manage their country.
pub async fn add_person(
    state: &AppState,
    by: &Principal,
    draft: ProfileDraft,
) -> Result<PersonView, AppError> {
    if !directory::may_manage(by.role) {
        return Err(AppError::Forbidden);
    }
    let name = draft.user.clone().unwrap_or_default();
    let name = name.trim();
    let user = users::user_by_username(state.store.pool(), name)
        .await?
        .filter(|u| u.deactivated_at.is_none());
    let profile = ProfileDraft {
        user: None,
        ..draft
    }
    .apply(None, Editor::Staff);
    // Every field at fault at once: the account first, as the form asks for it first.
    let mut errors = Vec::new();
    if user.is_none() {
        errors.push(ValidationError {
            field: "user".into(),
            problem: if name.is_empty() {
                Problem::Empty
            } else {
                Problem::Unknown {
                    value: name.chars().take(64).collect(),
                    expected: String::new(),
                }
            },
        });
    }
    errors.extend(profile.as_ref().err().cloned().unwrap_or_default());
    let (Some(user), Ok(profile)) = (user, profile) else {
        return Err(AppError::Invalid(errors));
    };
    manages_in(by, user.country.as_deref())?;
    if store::profile(&state.store, &user.id).await?.is_some() {
        return Err(AppError::Refused {
            code: "already_listed",
            message: Message::id("directory-already-listed"),
        });
    }
    store::put_profile(&state.store, &user.id, &profile, by.user.as_str(), now_ms()).await?;
    shown(state, by, &user.id).await
}

/// Changes someone's profile: their own (`user` is the caller) or, for staff who manage their
/// country, anyone's but what they show others.
pub async fn change_person(
    state: &AppState,
    by: &Principal,
    user: &str,
    draft: ProfileDraft,
) -> Result<PersonView, AppError> {
    let own = user == by.user.as_str();
    let kept = if own {
        store::profile(&state.store, user).await?
    } else {
        if !directory::may_manage(by.role) {
            return Err(AppError::Forbidden);
        }
        let kept = store::profile(&state.store, user).await?;
        let country = kept.as_ref().and_then(|k| k.country.clone());
        manages_in(by, country.as_deref())?;
        kept
    };
    let kept = kept.ok_or(AppError::NotFound)?;
    if draft.user.is_some() {
        return Err(AppError::Invalid(vec![ValidationError {
            field: "user".into(),
            problem: Problem::NotAllowed {
                reason: "a profile stays with its person".into(),
            },
        }]));
    }
    let editor = if own { Editor::Owner } else { Editor::Staff };
    let profile = draft
        .apply(Some(&kept.profile), editor)
        .map_err(AppError::Invalid)?;
    store::put_profile(&state.store, user, &profile, by.user.as_str(), now_ms()).await?;
    shown(state, by, user).await
}

/// `user`'s entry as `by` sees it.
pub async fn shown(state: &AppState, by: &Principal, user: &str) -> Result<PersonView, AppError> {
    let row = store::profile(&state.store, user)
        .await?
        .ok_or(AppError::NotFound)?;
    person_view(by, &row).ok_or(AppError::NotFound)
}
