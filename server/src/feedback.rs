//! Feedback on the hub's events (issue 22, part 4): practitioners who attended answer a short
//! form once the event is over (`hubdesk_shared::feedback`); staff who run events read the
//! answers per event, per city and per month, limited to their countries, and export them.
//! Reports never say who answered.

use std::collections::BTreeMap;

use hubdesk_shared::access::Principal;
use hubdesk_shared::calendar::month_of;
use hubdesk_shared::events::may_run_events;
use hubdesk_shared::feedback::{self, FeedbackDraft, Refusal};
use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::feedback::{self as store, Answer};
use crate::store::{events as event_store, users};

/// Keeps the caller's answer about event `id`. Returns whether it is their first.
pub async fn give(
    state: &AppState,
    by: &Principal,
    id: &str,
    draft: FeedbackDraft,
) -> Result<bool, AppError> {
    let standing = store::standing(&state.store, id, by.user.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    let now = now_ms();
    feedback::may_give(by.role, standing.attended, standing.ends_at, now).map_err(|refusal| {
        match refusal {
            Refusal::NotAPractitioner => AppError::Forbidden,
            Refusal::NotAttended => AppError::Refused {
                code: "not_attended",
                message: Message::id("feedback-not-attended"),
            },
            Refusal::NotOver => AppError::Refused {
                code: "event_not_over",
                message: Message::id("feedback-not-over"),
            },
        }
    })?;
    let answer = draft.check().map_err(AppError::Invalid)?;
    let person = users::user_by_id(state.store.pool(), by.user.as_str()).await?;
    let (country, city) = person.map(|p| (p.country, p.city)).unwrap_or_default();
    store::give(
        &state.store,
        id,
        by.user.as_str(),
        &answer,
        country.as_deref(),
        city.as_deref(),
        now,
    )
    .await?;
    Ok(!standing.answered)
}

/// An event the caller attended that is over, and whether they answered about it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Attended {
    #[serde(flatten)]
    pub event: event_store::EventRow,
    pub answered: bool,
}

/// The events the caller (a practitioner) attended that are over, most recent first: what the
/// phone asks feedback about.
pub async fn attended(state: &AppState, by: &Principal) -> Result<Vec<Attended>, AppError> {
    let attended = store::attended(&state.store, by.user.as_str(), now_ms()).await?;
    Ok(attended
        .into_iter()
        .map(|(event, answered)| Attended { event, answered })
        .collect())
}

/// How a group of answers came out.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct Tally {
    pub answers: i64,
    /// Averages from 1 to 5, to two decimals.
    pub rating: f64,
    pub usefulness: f64,
    #[serde(skip)]
    rating_sum: i64,
    #[serde(skip)]
    usefulness_sum: i64,
}

impl Tally {
    fn add(&mut self, answer: &Answer) {
        self.answers += 1;
        self.rating_sum += answer.rating;
        self.usefulness_sum += answer.usefulness;
        let average = |sum: i64| (sum as f64 * 100.0 / self.answers as f64).round() / 100.0;
        self.rating = average(self.rating_sum);
        self.usefulness = average(self.usefulness_sum);
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventTally {
    pub event_id: String,
    pub title: String,
    pub kind: String,
    pub starts_at: i64,
    #[serde(flatten)]
    pub tally: Tally,
    /// What people added, newest last.
    pub comments: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CityTally {
    pub country: Option<String>,
    pub city: Option<String>,
    #[serde(flatten)]
    pub tally: Tally,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MonthTally {
    /// The month the events started in, as `YYYY-MM` (UTC).
    pub month: String,
    #[serde(flatten)]
    pub tally: Tally,
}

/// The answers per event, per city and per month.
#[derive(Debug, Serialize, ToSchema)]
pub struct Report {
    pub events: Vec<EventTally>,
    pub cities: Vec<CityTally>,
    pub months: Vec<MonthTally>,
}

/// The answers from people in the caller's countries, as staff who run events read them.
pub async fn answers(state: &AppState, by: &Principal) -> Result<Vec<Answer>, AppError> {
    if !may_run_events(by.role) {
        return Err(AppError::Forbidden);
    }
    Ok(store::answers(&state.store, by.country_limit()).await?)
}

/// Tallies answers per event (in event order), per city (by country then city) and per month.
pub fn report(answers: &[Answer]) -> Report {
    let mut events: Vec<EventTally> = Vec::new();
    let mut cities: BTreeMap<(Option<String>, Option<String>), Tally> = BTreeMap::new();
    let mut months: BTreeMap<String, Tally> = BTreeMap::new();
    for answer in answers {
        let at = match events.iter().position(|e| e.event_id == answer.event_id) {
            Some(at) => at,
            None => {
                events.push(EventTally {
                    event_id: answer.event_id.clone(),
                    title: answer.title.clone(),
                    kind: answer.kind.clone(),
                    starts_at: answer.starts_at,
                    tally: Tally::default(),
                    comments: Vec::new(),
                });
                events.len() - 1
            }
        };
        events[at].tally.add(answer);
        if let Some(comment) = &answer.comment {
            events[at].comments.push(comment.clone());
        }
        cities
            .entry((answer.country.clone(), answer.city.clone()))
            .or_default()
            .add(answer);
        months
            .entry(month_of(answer.starts_at))
            .or_default()
            .add(answer);
    }
    Report {
        events,
        cities: cities
            .into_iter()
            .map(|((country, city), tally)| CityTally {
                country,
                city,
                tally,
            })
            .collect(),
        months: months
            .into_iter()
            .map(|(month, tally)| MonthTally { month, tally })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(
        event: &str,
        starts_at: i64,
        city: &str,
        rating: i64,
        comment: Option<&str>,
    ) -> Answer {
        Answer {
            event_id: event.into(),
            title: format!("Event {event}"),
            kind: "training".into(),
            starts_at,
            country: Some("BD".into()),
            city: Some(city.into()),
            rating,
            usefulness: 5,
            comment: comment.map(Into::into),
            given_at: starts_at,
        }
    }

    #[test]
    fn answers_are_tallied_per_event_city_and_month() {
        let dec = 1_796_601_600_000;
        let jan = 1_798_761_600_000;
        let report = report(&[
            answer("a", dec, "Dhaka", 4, Some("Good maps")),
            answer("a", dec, "Khulna", 3, None),
            answer("b", jan, "Dhaka", 5, None),
        ]);
        assert_eq!(report.events.len(), 2);
        assert_eq!(report.events[0].tally.answers, 2);
        assert_eq!(report.events[0].tally.rating, 3.5);
        assert_eq!(report.events[0].comments, ["Good maps"]);
        let dhaka = &report.cities[0];
        assert_eq!(dhaka.city.as_deref(), Some("Dhaka"));
        assert_eq!(dhaka.tally.rating, 4.5);
        let months: Vec<&str> = report.months.iter().map(|m| m.month.as_str()).collect();
        assert_eq!(months, ["2026-12", "2027-01"]);
    }
}
