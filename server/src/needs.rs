//! Member cities' needs (issue 22, part 6): a city's focal points fill in an assessment once a
//! quarter (`hubdesk_shared::needs`); staff who read reports see them added up per country and
//! quarter, limited to their countries, and the requests broken down by the groups their city
//! serves (as its latest assessment says).

use std::collections::BTreeMap;

use hubdesk_shared::access::{Action, Principal, may};
use hubdesk_shared::directory::Membership;
use hubdesk_shared::needs::{self, Answers, Area, AssessmentDraft, Group, Refusal};
use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::directory as directory_store;
use crate::store::needs::{self as store, AssessmentRow};

/// What a focal point is asked: the quarter, and each city they answer for with what they
/// said this quarter, if anything.
#[derive(Debug, Serialize, ToSchema)]
pub struct Asked {
    pub period: String,
    pub cities: Vec<AskedCity>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AskedCity {
    pub id: String,
    pub country: String,
    pub city: String,
    #[schema(value_type = Membership)]
    pub status: String,
    /// This quarter's answers, when given.
    pub answers: Option<Answers>,
    pub submitted_at: Option<i64>,
}

/// The cities the caller answers for, and this quarter's answers.
pub async fn asked(state: &AppState, by: &Principal) -> Result<Asked, AppError> {
    let period = needs::period_of(now_ms());
    let cities = store::focal_cities(&state.store, by.user.as_str()).await?;
    let given = store::of_focal_point(&state.store, by.user.as_str()).await?;
    Ok(Asked {
        cities: cities
            .into_iter()
            .map(|c| {
                let this = given
                    .iter()
                    .find(|a| a.city_id == c.id && a.period == period);
                AskedCity {
                    answers: this.map(|a| a.answers.clone()),
                    submitted_at: this.map(|a| a.submitted_at),
                    id: c.id,
                    country: c.country,
                    city: c.city,
                    status: c.status,
                }
            })
            .collect(),
        period,
    })
}

/// Keeps the caller's assessment of a city they are a focal point of, for this quarter.
/// Returns whether it is the city's first this quarter.
pub async fn submit(
    state: &AppState,
    by: &Principal,
    draft: AssessmentDraft,
) -> Result<bool, AppError> {
    let (city_id, answers) = draft.check().map_err(AppError::Invalid)?;
    let mine = store::focal_cities(&state.store, by.user.as_str()).await?;
    let city = mine.into_iter().find(|c| c.id == city_id);
    if city.is_none()
        && directory_store::city_country(&state.store, &city_id)
            .await?
            .is_none()
    {
        return Err(AppError::NotFound);
    }
    let status = city
        .as_ref()
        .and_then(|c| Membership::parse(&c.status))
        .unwrap_or(Membership::Member);
    needs::may_assess(city.is_some(), status).map_err(|refusal| match refusal {
        Refusal::NotAFocalPoint => AppError::Forbidden,
        Refusal::NotAMember => AppError::Refused {
            code: "city_not_member",
            message: Message::id("needs-city-not-member"),
        },
    })?;
    let Some(city) = city else {
        return Err(AppError::Forbidden);
    };
    let now = now_ms();
    let period = needs::period_of(now);
    let first = !store::of_focal_point(&state.store, by.user.as_str())
        .await?
        .iter()
        .any(|a| a.city_id == city.id && a.period == period);
    store::put(
        &state.store,
        &city,
        &period,
        &answers,
        by.user.as_str(),
        now,
    )
    .await?;
    Ok(first)
}

/// How the cities of one country answered in one quarter.
#[derive(Debug, Serialize, ToSchema)]
pub struct PeriodTally {
    pub period: String,
    pub country: String,
    /// How many cities answered.
    pub cities: usize,
    pub areas: Vec<AreaTally>,
    /// How many of those cities serve each group.
    pub groups: BTreeMap<String, usize>,
}

/// One area's answers: how many cities gave each urgency (0 to 3), and each topic.
#[derive(Debug, Serialize, ToSchema)]
pub struct AreaTally {
    #[schema(value_type = Area)]
    pub area: String,
    pub urgency: [usize; 4],
    pub topics: BTreeMap<String, usize>,
}

/// Requests from the cities that serve one group.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupRequests {
    #[schema(value_type = Group)]
    pub group: String,
    pub requests: i64,
    pub open: i64,
}

/// The assessments in the caller's countries, added up, and the requests by group.
#[derive(Debug, Serialize, ToSchema)]
pub struct NeedsReport {
    pub periods: Vec<PeriodTally>,
    /// Each city's latest assessment, by country and city.
    pub latest: Vec<Latest>,
    /// Requests from cities serving each group (a request counts under every group its city
    /// serves), by the city's latest assessment.
    pub requests_by_group: Vec<GroupRequests>,
    /// Requests from cities without an assessment.
    pub requests_unassessed: i64,
}

/// A city's latest assessment.
#[derive(Debug, Serialize, ToSchema)]
pub struct Latest {
    pub city_id: String,
    pub period: String,
    pub country: String,
    pub city: String,
    pub answers: Answers,
    pub submitted_at: i64,
}

/// The assessments staff who read reports may see: those of their countries.
pub async fn assessments(state: &AppState, by: &Principal) -> Result<Vec<AssessmentRow>, AppError> {
    if !may(by.role, Action::ViewReports) {
        return Err(AppError::Forbidden);
    }
    Ok(store::all(&state.store, by.country_limit()).await?)
}

/// The report on `rows`, with the requests of the caller's countries by group.
pub async fn report(
    state: &AppState,
    by: &Principal,
    rows: Vec<AssessmentRow>,
) -> Result<NeedsReport, AppError> {
    let places = store::requests_by_place(&state.store, by.country_limit()).await?;
    Ok(tally(rows, &places))
}

/// A place's key for matching requests to cities: the one a city team is known by (country and
/// city, case and spacing ignored).
fn place(country: &str, city: &str) -> Option<String> {
    country
        .parse()
        .ok()
        .and_then(|country| hubdesk_shared::access::place_key(country, city))
}

/// Adds up `rows` (oldest period first) and breaks `places` (requests per country and city:
/// total, open) down by the groups each city's latest assessment names.
pub fn tally(rows: Vec<AssessmentRow>, places: &[(String, String, i64, i64)]) -> NeedsReport {
    let mut periods: BTreeMap<(String, String), PeriodTally> = BTreeMap::new();
    let mut latest: BTreeMap<String, AssessmentRow> = BTreeMap::new();
    for row in rows {
        let tally = periods
            .entry((row.period.clone(), row.country.clone()))
            .or_insert_with(|| PeriodTally {
                period: row.period.clone(),
                country: row.country.clone(),
                cities: 0,
                areas: Area::ALL
                    .iter()
                    .map(|a| AreaTally {
                        area: a.as_str().into(),
                        urgency: [0; 4],
                        topics: BTreeMap::new(),
                    })
                    .collect(),
                groups: BTreeMap::new(),
            });
        tally.cities += 1;
        for (area, counted) in Area::ALL.iter().zip(tally.areas.iter_mut()) {
            let need = row.answers.area(*area);
            let urgency = usize::try_from(need.urgency).unwrap_or(0).min(3);
            counted.urgency[urgency] += 1;
            for topic in &need.topics {
                *counted.topics.entry(topic.as_str().into()).or_default() += 1;
            }
        }
        for group in &row.answers.groups {
            *tally.groups.entry(group.as_str().into()).or_default() += 1;
        }
        // Rows come oldest period first: the last one kept is the city's latest.
        latest.insert(row.city_id.clone(), row);
    }
    let mut by_group: BTreeMap<Group, (i64, i64)> = BTreeMap::new();
    let mut unassessed = 0;
    for (country, city, total, open) in places {
        let here = place(country, city);
        let served = latest
            .values()
            .find(|l| here.is_some() && place(&l.country, &l.city) == here)
            .map(|l| l.answers.groups.clone());
        match served {
            Some(groups) => {
                for group in groups {
                    let counts = by_group.entry(group).or_default();
                    counts.0 += total;
                    counts.1 += open;
                }
            }
            None => unassessed += total,
        }
    }
    let mut latest: Vec<Latest> = latest
        .into_values()
        .map(|l| Latest {
            city_id: l.city_id,
            period: l.period,
            country: l.country,
            city: l.city,
            answers: l.answers,
            submitted_at: l.submitted_at,
        })
        .collect();
    latest.sort_by(|a, b| (&a.country, &a.city).cmp(&(&b.country, &b.city)));
    NeedsReport {
        periods: periods.into_values().collect(),
        latest,
        requests_by_group: Group::ALL
            .iter()
            .map(|g| {
                let (requests, open) = by_group.get(g).copied().unwrap_or_default();
                GroupRequests {
                    group: g.as_str().into(),
                    requests,
                    open,
                }
            })
            .collect(),
        requests_unassessed: unassessed,
    }
}
