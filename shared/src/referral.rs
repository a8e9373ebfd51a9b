//! Referrals (issue 22, part 2): from a request, hub staff who answer it refer its requester to
//! someone in the directory who can help (an expert, or a peer city's focal point). The person
//! referred is told and accepts or declines; once they accept they read that request and join
//! its conversation, and nothing else of it (not its triage, never its notes; see
//! [`crate::access`]). The requester sees who they were connected with; the hub records what
//! came of it. A referral lives in the request's record, written by the hub alone.

use crate::access::{Action, may};
use crate::engine::{Edit, Rejection};
use crate::model::{Kind, PlainString, Referral, ReferralStatus, Role};
use crate::schema;
use crate::validate::{Errors, FIELD_MAX_CHARS, ValidationError};

/// The most characters of a referral's note or outcome.
pub const TEXT_MAX_CHARS: usize = FIELD_MAX_CHARS * 4;

/// A referral's `field` (`note`, optional, or `outcome`, `required`), trimmed; `None` when
/// empty and not required.
pub fn check_text(
    field: &str,
    value: Option<String>,
    required: bool,
) -> Result<Option<String>, Vec<ValidationError>> {
    let value = value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    let mut errors = Errors::default();
    errors.text(
        field,
        value.as_deref().unwrap_or(""),
        required,
        TEXT_MAX_CHARS,
    );
    errors.finish()?;
    Ok(value)
}

/// The user ids a request's referrals give access to: those who accepted (a closed referral
/// keeps the conversation open to them, with its outcome recorded).
pub fn reaching(referrals: &[Referral]) -> Vec<String> {
    referrals
        .iter()
        .filter(|r| matches!(r.status, ReferralStatus::Accepted | ReferralStatus::Closed))
        .map(|r| r.to.as_str().to_string())
        .collect()
}

/// The user ids a request's referrals are offered to and not yet answered.
pub fn offered(referrals: &[Referral]) -> Vec<String> {
    referrals
        .iter()
        .filter(|r| r.status == ReferralStatus::Offered)
        .map(|r| r.to.as_str().to_string())
        .collect()
}

/// Whether someone with `role` refers requests of `kind` (and records what came of it): staff
/// who answer them.
pub fn may_refer(role: Role, kind: Kind) -> bool {
    may(role, Action::Reply(kind))
}

/// Why a referral is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The requester is not referred to themselves.
    ToRequester,
    /// They were referred on this request already, and have not declined.
    AlreadyReferred,
    /// No such referral on this request.
    Unknown,
    /// Only the person referred answers, once.
    NotTheirs,
    /// It was answered already (or closed).
    Answered,
}

/// Whether `to` may be referred on a request filed by `requester` with `referrals`.
pub fn check_target(requester: &str, to: &str, referrals: &[Referral]) -> Result<(), Refusal> {
    if to == requester {
        return Err(Refusal::ToRequester);
    }
    let open = referrals
        .iter()
        .any(|r| r.to.as_str() == to && r.status != ReferralStatus::Declined);
    if open {
        return Err(Refusal::AlreadyReferred);
    }
    Ok(())
}

/// Whether `user` may accept or decline referral `id` among `referrals`.
pub fn may_answer(referrals: &[Referral], id: &str, user: &str) -> Result<(), Refusal> {
    let referral = referrals
        .iter()
        .find(|r| r.id.as_str() == id)
        .ok_or(Refusal::Unknown)?;
    if referral.to.as_str() != user {
        return Err(Refusal::NotTheirs);
    }
    if referral.status != ReferralStatus::Offered {
        return Err(Refusal::Answered);
    }
    Ok(())
}

/// A new referral, offered.
pub struct Offer {
    pub id: String,
    pub to: String,
    pub to_name: String,
    pub by: String,
    pub note: Option<String>,
    pub at: i64,
}

fn write(doc: &mut automerge::Automerge, referrals: &[Referral], at: i64) -> Result<(), Rejection> {
    schema::write_referrals(doc, referrals, at).map_err(|e| Rejection::Conflict(e.to_string()))
}

fn read(doc: &automerge::Automerge) -> Result<crate::model::Request, Rejection> {
    schema::read_request(doc).map_err(|e| Rejection::Conflict(e.to_string()))
}

/// The hub's edit adding `offer` (nothing when a referral with its id is there: a retry).
pub fn offer(offer: Offer) -> Edit {
    Box::new(move |doc| {
        let request = read(doc)?;
        if request.referrals.iter().any(|r| r.id.as_str() == offer.id) {
            return Ok(());
        }
        check_target(request.requester.as_str(), &offer.to, &request.referrals)
            .map_err(|_| Rejection::Conflict("referred already".into()))?;
        let mut referrals = request.referrals;
        referrals.push(Referral {
            id: offer.id.as_str().into(),
            to: offer.to.as_str().into(),
            to_name: offer.to_name.as_str().into(),
            by: offer.by.as_str().into(),
            at: offer.at,
            note: offer.note.as_deref().map(PlainString::from),
            status: ReferralStatus::Offered,
            answered_at: None,
            outcome: None,
        });
        write(doc, &referrals, offer.at)
    })
}

/// The hub's edit recording `user`'s answer to referral `id`.
pub fn answer(id: String, user: String, accept: bool, at: i64) -> Edit {
    Box::new(move |doc| {
        let request = read(doc)?;
        may_answer(&request.referrals, &id, &user)
            .map_err(|_| Rejection::Conflict("answered already".into()))?;
        let mut referrals = request.referrals;
        for r in referrals.iter_mut().filter(|r| r.id.as_str() == id) {
            r.status = if accept {
                ReferralStatus::Accepted
            } else {
                ReferralStatus::Declined
            };
            r.answered_at = Some(at);
        }
        write(doc, &referrals, at)
    })
}

/// The hub's edit recording what came of referral `id`, closing it.
pub fn close(id: String, outcome: String, at: i64) -> Edit {
    Box::new(move |doc| {
        let request = read(doc)?;
        let mut referrals = request.referrals;
        let Some(r) = referrals.iter_mut().find(|r| r.id.as_str() == id) else {
            return Err(Rejection::NotFound);
        };
        r.outcome = Some(outcome.as_str().into());
        if r.status == ReferralStatus::Accepted {
            r.status = ReferralStatus::Closed;
        }
        write(doc, &referrals, at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn referral(to: &str, status: ReferralStatus) -> Referral {
        Referral {
            id: format!("r-{to}").as_str().into(),
            to: to.into(),
            to_name: "Someone".into(),
            by: "agent".into(),
            at: 1,
            note: None,
            status,
            answered_at: None,
            outcome: None,
        }
    }

    #[test]
    fn only_those_who_accepted_are_reached() {
        let all = [
            referral("a", ReferralStatus::Offered),
            referral("b", ReferralStatus::Accepted),
            referral("c", ReferralStatus::Declined),
            referral("d", ReferralStatus::Closed),
        ];
        assert_eq!(reaching(&all), ["b", "d"]);
        assert_eq!(check_target("req", "req", &all), Err(Refusal::ToRequester));
        assert_eq!(
            check_target("req", "a", &all),
            Err(Refusal::AlreadyReferred)
        );
        assert_eq!(check_target("req", "c", &all), Ok(()));
        assert_eq!(may_answer(&all, "r-a", "a"), Ok(()));
        assert_eq!(may_answer(&all, "r-a", "b"), Err(Refusal::NotTheirs));
        assert_eq!(may_answer(&all, "r-b", "b"), Err(Refusal::Answered));
        assert_eq!(may_answer(&all, "nope", "b"), Err(Refusal::Unknown));
    }

    #[test]
    fn staff_who_answer_a_request_refer_it() {
        assert!(may_refer(Role::Agent, Kind::HelpDesk));
        assert!(may_refer(Role::FundManager, Kind::FundQuery));
        assert!(!may_refer(Role::FundManager, Kind::HelpDesk));
        assert!(!may_refer(Role::Practitioner, Kind::HelpDesk));
    }
}
