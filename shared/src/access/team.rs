//! Sharing a request with the requester's city team.
//!
//! A practitioner may share a request they filed with their city team: the practitioners whose
//! account is in the request's country and city. Shared to `read`, the team sees the request and
//! its triage (on their phones, offline too); shared to `write`, they may also add to the
//! conversation, each as themselves, and change its title, description and category. Only the
//! requester shares, changes how, or stops sharing; only they move the request to another
//! place (which would hand it to another team) or touch a fund application. Internal notes stay
//! with the hub whatever is shared.

use super::Principal;
use crate::ids::UserId;
use crate::model::{Country, Request, Role, TeamShare};

/// Where a request is and whom it is shared with: what, beside its requester and kind, decides
/// who sees a request and its triage and notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    pub country: Option<Country>,
    /// Set while the requester shares the request with their city team.
    pub team: Option<Team>,
    /// The people the hub referred the requester to who accepted (user ids): they read the
    /// request and write in its conversation, and see nothing else of it
    /// ([`crate::referral`]).
    pub referred: Vec<String>,
    /// The people a referral on it is offered to, not yet answered: they may answer it, and
    /// see nothing of the request until they accept.
    pub offered: Vec<String>,
}

/// A city team a request is shared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub share: TeamShare,
    /// The team's place, as [`place_key`] names it.
    pub place: String,
}

/// How someone stands to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// They filed it.
    Requester,
    /// It is shared with their city team, in this way.
    Team(TeamShare),
    /// The hub referred its requester to them, and they accepted.
    Referred,
    /// Neither (staff stand here too: their access comes from their role).
    Outsider,
}

/// The name of a city team: the country and the city, with case and spacing ignored, so
/// "Dhaka", " dhaka " and "DHAKA" are one team. `None` without a city.
pub fn place_key(country: Country, city: &str) -> Option<String> {
    let words: Vec<String> = city.split_whitespace().map(str::to_lowercase).collect();
    (!words.is_empty()).then(|| format!("{}/{}", country.as_str(), words.join(" ")))
}

impl Reach {
    /// The reach of a request as written.
    pub fn of(request: &Request) -> Self {
        Self::from_parts(
            Some(request.country),
            request.team,
            Some(request.city.as_str()),
        )
        .with_referrals(&request.referrals)
    }

    /// The same reach, with the people `referrals` reach or are offered to.
    pub fn with_referrals(mut self, referrals: &[crate::model::Referral]) -> Self {
        self.referred = crate::referral::reaching(referrals);
        self.offered = crate::referral::offered(referrals);
        self
    }

    /// The reach of a request from its country, how it is shared and its city.
    pub fn from_parts(
        country: Option<Country>,
        share: Option<TeamShare>,
        city: Option<&str>,
    ) -> Self {
        let team = match (country, share, city) {
            (Some(country), Some(share), Some(city)) => {
                place_key(country, city).map(|place| Team { share, place })
            }
            _ => None,
        };
        Self {
            country,
            team,
            referred: Vec::new(),
            offered: Vec::new(),
        }
    }
}

/// How `principal` stands to a request filed by `owner` with `reach`. Only practitioners
/// belong to city teams.
pub fn standing(principal: &Principal, owner: Option<&UserId>, reach: &Reach) -> Standing {
    if owner == Some(&principal.user) {
        return Standing::Requester;
    }
    if principal.role != Role::Practitioner {
        return Standing::Outsider;
    }
    if reach.referred.iter().any(|r| r == principal.user.as_str()) {
        return Standing::Referred;
    }
    match (&reach.team, &principal.place) {
        (Some(team), Some(place)) if &team.place == place => Standing::Team(team.share),
        _ => Standing::Outsider,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn practitioner(user: &str, country: Country, city: &str) -> Principal {
        let mut p = Principal::new(UserId::parse(user).expect("valid"), Role::Practitioner);
        p.place = place_key(country, city);
        p
    }

    #[test]
    fn a_team_is_a_country_and_a_city_whatever_the_case_and_spacing() {
        assert_eq!(
            place_key(Country::Bangladesh, "  Cox's   Bazar "),
            place_key(Country::Bangladesh, "cox's bazar")
        );
        assert_ne!(
            place_key(Country::Bangladesh, "Dhaka"),
            place_key(Country::India, "Dhaka")
        );
        assert_eq!(place_key(Country::India, "   "), None);
        assert_eq!(
            place_key(Country::Pakistan, "کراچی").as_deref(),
            Some("PK/کراچی")
        );
    }

    #[test]
    fn only_practitioners_of_the_same_place_stand_in_the_team() {
        let owner = UserId::parse("owner").expect("valid");
        let shared = Reach::from_parts(
            Some(Country::Bangladesh),
            Some(TeamShare::Write),
            Some("Dhaka"),
        );
        let neighbour = practitioner("n", Country::Bangladesh, "DHAKA");
        let elsewhere = practitioner("e", Country::Bangladesh, "Khulna");
        let mut agent = Principal::new(UserId::parse("a").expect("valid"), Role::Agent);
        agent.place = place_key(Country::Bangladesh, "Dhaka");
        assert_eq!(
            standing(&neighbour, Some(&owner), &shared),
            Standing::Team(TeamShare::Write)
        );
        assert_eq!(
            standing(&elsewhere, Some(&owner), &shared),
            Standing::Outsider
        );
        assert_eq!(standing(&agent, Some(&owner), &shared), Standing::Outsider);
        let not_shared = Reach::from_parts(Some(Country::Bangladesh), None, Some("Dhaka"));
        assert_eq!(
            standing(&neighbour, Some(&owner), &not_shared),
            Standing::Outsider
        );
        let me = practitioner("owner", Country::India, "Pune");
        assert_eq!(standing(&me, Some(&owner), &shared), Standing::Requester);
    }
}
