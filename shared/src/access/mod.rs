//! Who may read or write which document, and what each role may do.
//!
//! The rules, in one place:
//! - Roles differ ([`may`]): an `agent` triages and answers every request; a `fund_manager`
//!   handles fund queries and reads help-desk requests without triaging or answering them; an
//!   `admin` may do everything, and alone manages users and settings. Fund managers (and
//!   admins) set up fund rounds and decide applications; agents do not. All staff keep internal
//!   notes, manage canned responses and publish guidance.
//! - Staff may be limited to countries ([`Principal::countries`], agents and fund managers
//!   only): a request in another country, with its triage and notes, does not exist for them,
//!   on `/sync` and in REST alike (lists filter on the same list). Guidance is everyone's.
//! - A practitioner reads and writes their own requests, reads those requests' triage documents,
//!   reads guidance, and never sees internal notes or anyone else's requests, except those
//!   their city team's members share with the team ([`team`]): read, or read and write.
//! - Anyone signed in may create a request document, and it is stored only if it is a valid
//!   request whose requester is them (staff may file one on someone's behalf). Triage and notes
//!   documents come only from their genesis (see [`crate::schema::genesis`]).
//! - What an accepted write must preserve is decided by [`admit`] (in `admit.rs`), whichever
//!   client sent it: the REST API and the console go through the same check as a stock
//!   automerge-repo client syncing the document.

mod admit;
mod ops;
pub mod team;

pub use admit::{Checks, admit};
pub use ops::{RequestOp, Verdict, may_on_request};
pub use team::{Reach, Standing, Team, place_key, standing};

use crate::ids::{DocKind, UserId};
use crate::model::{Country, Kind, Role, TeamShare};
use crate::validate::{Problem, ValidationError};

/// Who is on the other end of a connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user: UserId,
    pub role: Role,
    /// The countries whose requests this staff member handles; empty for every country.
    pub countries: Vec<Country>,
    /// A practitioner's city team, as [`place_key`] names it; `None` for staff and for
    /// practitioners without a city.
    pub place: Option<String>,
}

impl Principal {
    /// Someone limited to no country.
    pub fn new(user: UserId, role: Role) -> Self {
        Self {
            user,
            role,
            countries: Vec::new(),
            place: None,
        }
    }

    /// Whether a request in `country` is within this person's countries. A request whose
    /// country is not known is within no limit.
    pub fn covers(&self, country: Option<Country>) -> bool {
        self.countries.is_empty() || country.is_some_and(|c| self.countries.contains(&c))
    }

    /// The countries lists are limited to, or `None` for every country.
    pub fn country_limit(&self) -> Option<&[Country]> {
        (!self.countries.is_empty()).then_some(self.countries.as_slice())
    }
}

/// What a peer may do with one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// The document does not exist as far as this peer can tell.
    None,
    /// The peer receives changes; its own changes are neither applied nor forwarded.
    ReadOnly,
    ReadWrite,
}

/// Something a person may do, where the role decides. Actions on a request carry its kind,
/// because fund managers handle fund queries only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Change status, priority, assignee, tags, due date; merge duplicates.
    Triage(Kind),
    /// Answer in the conversation as the hub.
    Reply(Kind),
    /// Change a request's own fields (title, description, category, country, city).
    EditRequest(Kind),
    /// Read and write internal notes.
    Notes,
    /// Create, change and remove canned responses.
    ManageCanned,
    PublishGuidance,
    /// See reports and every request's history with staff views.
    ViewReports,
    /// Manage users, devices and settings.
    ManageUsers,
    /// Set up fund rounds.
    ManageRounds,
    /// Approve or decline fund applications.
    DecideFund,
    /// Publish events (trainings, workshops, dialogues, exchange visits), change them and mark
    /// attendance.
    RunEvents,
    /// Keep the network's directory: member cities and the people listed.
    ManageDirectory,
}

/// Whether someone with `role` may do `action` at all. Practitioners act only on their own
/// requests, which [`access`] and [`admit`] decide; here they may do none of the staff actions.
pub fn may(role: Role, action: Action) -> bool {
    match role {
        Role::Practitioner => false,
        Role::Admin => true,
        Role::Agent => !matches!(
            action,
            Action::ManageUsers | Action::ManageRounds | Action::DecideFund
        ),
        Role::FundManager => match action {
            Action::Triage(kind) | Action::Reply(kind) | Action::EditRequest(kind) => {
                kind == Kind::FundQuery
            }
            Action::ManageUsers | Action::RunEvents | Action::ManageDirectory => false,
            Action::Notes
            | Action::ManageCanned
            | Action::PublishGuidance
            | Action::ViewReports
            | Action::ManageRounds
            | Action::DecideFund => true,
        },
    }
}

/// What decides access to one existing document: its kind, and for a request's documents its
/// owner (the requester), the request's kind and its reach (country and city team).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocFacts<'a> {
    pub kind: DocKind,
    pub owner: Option<&'a UserId>,
    pub request_kind: Option<Kind>,
    pub reach: Reach,
}

/// Access to an existing document described by `facts`.
pub fn access(principal: &Principal, facts: DocFacts<'_>) -> Access {
    let DocFacts {
        kind,
        owner,
        request_kind,
        reach,
    } = facts;
    let role = principal.role;
    if role.is_staff() {
        if kind != DocKind::Guidance && !principal.covers(reach.country) {
            return Access::None;
        }
        let request_kind = request_kind.unwrap_or(Kind::HelpDesk);
        let write = match kind {
            DocKind::Request => may(role, Action::Reply(request_kind)),
            DocKind::Triage => may(role, Action::Triage(request_kind)),
            DocKind::Notes => may(role, Action::Notes),
            DocKind::Guidance => may(role, Action::PublishGuidance),
        };
        return if write {
            Access::ReadWrite
        } else {
            Access::ReadOnly
        };
    }
    let standing = standing(principal, owner, &reach);
    match (kind, standing) {
        (DocKind::Guidance, _) => Access::ReadOnly,
        (_, Standing::Outsider) | (DocKind::Notes, _) => Access::None,
        // Referred: the request and its conversation, nothing else.
        (DocKind::Request, Standing::Referred) => Access::ReadWrite,
        (_, Standing::Referred) => Access::None,
        (DocKind::Request, Standing::Requester | Standing::Team(TeamShare::Write)) => {
            Access::ReadWrite
        }
        (DocKind::Request | DocKind::Triage, _) => Access::ReadOnly,
    }
}

/// Whether lists show every request to someone with `role` (staff), or only their own and
/// those their city team shares.
pub fn lists_every_request(role: Role) -> bool {
    role.is_staff()
}

/// Whether a peer may bring a document of this kind into existence by syncing it.
pub fn may_create(principal: &Principal, kind: DocKind) -> bool {
    match kind {
        DocKind::Request => true,
        DocKind::Guidance => may(principal.role, Action::PublishGuidance),
        DocKind::Triage | DocKind::Notes => false,
    }
}

pub(crate) fn refuse(field: &str, reason: impl Into<String>) -> Vec<ValidationError> {
    vec![ValidationError {
        field: field.into(),
        problem: Problem::NotAllowed {
            reason: reason.into(),
        },
    }]
}

pub(crate) fn invalid_shape(e: crate::schema::SchemaError) -> Vec<ValidationError> {
    vec![ValidationError {
        field: "document".into(),
        problem: Problem::Invalid {
            reason: e.to_string(),
        },
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(user: &str, role: Role) -> Principal {
        Principal::new(UserId::parse(user).expect("valid"), role)
    }

    fn access(
        principal: &Principal,
        kind: DocKind,
        owner: Option<&UserId>,
        request_kind: Option<Kind>,
    ) -> Access {
        super::access(
            principal,
            DocFacts {
                kind,
                owner,
                request_kind,
                reach: Reach::from_parts(Some(Country::Bangladesh), None, None),
            },
        )
    }

    const HELP: Option<Kind> = Some(Kind::HelpDesk);
    const FUND: Option<Kind> = Some(Kind::FundQuery);

    #[test]
    fn a_practitioner_reads_their_triage_but_never_writes_it() {
        let me = who("me", Role::Practitioner);
        let owner = UserId::parse("me").expect("valid");
        let mine = Some(&owner);
        assert_eq!(access(&me, DocKind::Request, mine, HELP), Access::ReadWrite);
        assert_eq!(access(&me, DocKind::Triage, mine, HELP), Access::ReadOnly);
        assert_eq!(access(&me, DocKind::Notes, mine, HELP), Access::None);
    }

    #[test]
    fn a_practitioner_sees_nothing_of_someone_elses_request() {
        let me = who("me", Role::Practitioner);
        let other = UserId::parse("other").expect("valid");
        for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
            assert_eq!(access(&me, kind, Some(&other), HELP), Access::None);
        }
    }

    #[test]
    fn agents_and_admins_write_every_request_triage_and_notes() {
        for role in [Role::Agent, Role::Admin] {
            let staff = who("a", role);
            for kind in [
                DocKind::Request,
                DocKind::Triage,
                DocKind::Notes,
                DocKind::Guidance,
            ] {
                for request_kind in [HELP, FUND] {
                    assert_eq!(access(&staff, kind, None, request_kind), Access::ReadWrite);
                }
            }
        }
    }

    #[test]
    fn a_fund_manager_reads_help_desk_requests_and_handles_fund_queries() {
        let fm = who("f", Role::FundManager);
        assert_eq!(access(&fm, DocKind::Request, None, HELP), Access::ReadOnly);
        assert_eq!(access(&fm, DocKind::Triage, None, HELP), Access::ReadOnly);
        assert_eq!(access(&fm, DocKind::Notes, None, HELP), Access::ReadWrite);
        assert_eq!(access(&fm, DocKind::Request, None, FUND), Access::ReadWrite);
        assert_eq!(access(&fm, DocKind::Triage, None, FUND), Access::ReadWrite);
        assert!(!may(Role::FundManager, Action::Reply(Kind::HelpDesk)));
        assert!(may(Role::FundManager, Action::Triage(Kind::FundQuery)));
    }

    #[test]
    fn only_admins_manage_users() {
        assert!(may(Role::Admin, Action::ManageUsers));
        for role in [Role::Agent, Role::FundManager, Role::Practitioner] {
            assert!(!may(role, Action::ManageUsers), "{role}");
        }
        assert!(!may(Role::Practitioner, Action::Notes));
    }

    #[test]
    fn only_requests_may_be_created_by_practitioners() {
        let me = who("me", Role::Practitioner);
        assert!(may_create(&me, DocKind::Request));
        assert!(!may_create(&me, DocKind::Triage));
        assert!(!may_create(&me, DocKind::Notes));
        assert!(!may_create(&me, DocKind::Guidance));
    }

    #[test]
    fn staff_limited_to_countries_see_nothing_of_a_request_elsewhere() {
        let mut agent = who("a", Role::Agent);
        agent.countries = vec![Country::India];
        let facts = |kind, country| DocFacts {
            kind,
            owner: None,
            request_kind: HELP,
            reach: Reach::from_parts(country, None, None),
        };
        for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
            assert_eq!(
                super::access(&agent, facts(kind, Some(Country::Bangladesh))),
                Access::None
            );
            assert_eq!(
                super::access(&agent, facts(kind, Some(Country::India))),
                Access::ReadWrite
            );
            assert_eq!(super::access(&agent, facts(kind, None)), Access::None);
        }
        assert_eq!(
            super::access(&agent, facts(DocKind::Guidance, None)),
            Access::ReadWrite
        );
        let unlimited = who("b", Role::Agent);
        assert_eq!(
            super::access(
                &unlimited,
                facts(DocKind::Request, Some(Country::Bangladesh))
            ),
            Access::ReadWrite
        );
        assert_eq!(agent.country_limit(), Some(&[Country::India][..]));
        assert_eq!(unlimited.country_limit(), None);
    }

    #[test]
    fn a_city_team_reads_or_writes_what_is_shared_with_it_and_never_the_notes() {
        let owner = UserId::parse("owner").expect("valid");
        let mut neighbour = who("n", Role::Practitioner);
        neighbour.place = place_key(Country::Bangladesh, "Dhaka");
        let facts = |kind, share| DocFacts {
            kind,
            owner: Some(&owner),
            request_kind: HELP,
            reach: Reach::from_parts(Some(Country::Bangladesh), share, Some("dhaka")),
        };
        let cases = [
            (None, [Access::None, Access::None, Access::None]),
            (
                Some(TeamShare::Read),
                [Access::ReadOnly, Access::ReadOnly, Access::None],
            ),
            (
                Some(TeamShare::Write),
                [Access::ReadWrite, Access::ReadOnly, Access::None],
            ),
        ];
        for (share, expected) in cases {
            for (kind, want) in [DocKind::Request, DocKind::Triage, DocKind::Notes]
                .into_iter()
                .zip(expected)
            {
                assert_eq!(super::access(&neighbour, facts(kind, share)), want);
            }
        }
    }
}
