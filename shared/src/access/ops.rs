//! Operations on one request, and the one rule that allows each: what the server's guard asks
//! before it reads or writes anything about a request (its document, history, review, grant,
//! decision, tranches, access log).
//!
//! A request someone may not see at all is [`Verdict::Hidden`]: answered exactly like one that
//! does not exist. One they see but may not do this to is [`Verdict::Forbidden`].

use super::{Access, Action, DocFacts, Principal, access, may};
use crate::ids::DocKind;

/// What someone asks to do with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestOp {
    /// Read it, its triage, its history and its grant's balance.
    Read,
    /// Change it through a command; admission then decides the write itself.
    Change,
    /// Read or write the fund review (reviews, scores, internal comments, conflicts), decide
    /// the application, release tranches.
    Review,
    /// Declare a conflict of interest on the application.
    DeclareConflict,
    /// Read who accessed it (the audit log's part about it).
    ReadAccessLog,
    /// Attach a file to it; [`crate::attachments::may_attach`] then decides where.
    Attach,
    /// Accept or decline a referral on it offered to them ([`crate::referral`]): allowed to
    /// the person it is offered to, who sees nothing else of the request before accepting.
    AnswerReferral,
}

/// The guard's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// As far as this person can tell, the request does not exist.
    Hidden,
    /// They see it, but may not do this.
    Forbidden,
    /// Allowed, with their access to the request's document.
    Allowed(Access),
}

/// Whether `principal` may do `op` to the request described by `facts` (its kind is
/// [`DocKind::Request`]). `conflicted`: whether they declared a conflict of interest on it.
pub fn may_on_request(
    principal: &Principal,
    facts: DocFacts<'_>,
    op: RequestOp,
    conflicted: bool,
) -> Verdict {
    debug_assert_eq!(facts.kind, DocKind::Request);
    if op == RequestOp::AnswerReferral
        && facts
            .reach
            .offered
            .iter()
            .any(|o| o == principal.user.as_str())
    {
        return Verdict::Allowed(access(principal, facts));
    }
    let reach = access(principal, facts);
    if reach == Access::None {
        return Verdict::Hidden;
    }
    let allowed = match op {
        RequestOp::Read | RequestOp::Change => true,
        RequestOp::Review => crate::fund::may_review(principal.role, conflicted),
        RequestOp::DeclareConflict => may(principal.role, Action::DecideFund),
        RequestOp::ReadAccessLog => crate::audit::may_read_request_log(principal),
        RequestOp::Attach => reach == Access::ReadWrite,
        // Someone who sees it asks; whether the referral is theirs to answer, and still open, is
        // `crate::referral::may_answer`'s to say.
        RequestOp::AnswerReferral => true,
    };
    if allowed {
        Verdict::Allowed(reach)
    } else {
        Verdict::Forbidden
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Reach;
    use crate::ids::UserId;
    use crate::model::{Country, Kind, Role};

    fn staff(role: Role, countries: &[Country]) -> Principal {
        Principal {
            countries: countries.to_vec(),
            ..Principal::new(UserId::parse("staff").expect("valid"), role)
        }
    }

    fn bangladesh_application(owner: &UserId) -> DocFacts<'_> {
        DocFacts {
            kind: DocKind::Request,
            owner: Some(owner),
            request_kind: Some(Kind::FundQuery),
            reach: Reach::from_parts(Some(Country::Bangladesh), None, None),
        }
    }

    #[test]
    fn a_fund_manager_for_india_cannot_tell_a_bangladesh_application_exists() {
        let owner = UserId::parse("owner").expect("valid");
        let india = staff(Role::FundManager, &[Country::India]);
        for op in [
            RequestOp::Read,
            RequestOp::Change,
            RequestOp::Review,
            RequestOp::DeclareConflict,
            RequestOp::ReadAccessLog,
        ] {
            let verdict = may_on_request(&india, bangladesh_application(&owner), op, false);
            assert_eq!(verdict, Verdict::Hidden, "{op:?}");
        }
        let bangladesh = staff(Role::FundManager, &[Country::Bangladesh]);
        let verdict = may_on_request(
            &bangladesh,
            bangladesh_application(&owner),
            RequestOp::Review,
            false,
        );
        assert_eq!(verdict, Verdict::Allowed(Access::ReadWrite));
    }

    #[test]
    fn a_conflict_of_interest_forbids_the_review_but_not_reading() {
        let owner = UserId::parse("owner").expect("valid");
        let manager = staff(Role::FundManager, &[]);
        let facts = || bangladesh_application(&owner);
        assert_eq!(
            may_on_request(&manager, facts(), RequestOp::Review, true),
            Verdict::Forbidden
        );
        assert!(matches!(
            may_on_request(&manager, facts(), RequestOp::Read, true),
            Verdict::Allowed(_)
        ));
    }

    #[test]
    fn agents_neither_review_nor_declare_conflicts_and_requesters_never_read_the_log() {
        let owner = UserId::parse("owner").expect("valid");
        let agent = staff(Role::Agent, &[]);
        for op in [RequestOp::Review, RequestOp::DeclareConflict] {
            let verdict = may_on_request(&agent, bangladesh_application(&owner), op, false);
            assert_eq!(verdict, Verdict::Forbidden, "{op:?}");
        }
        let requester = Principal::new(owner.clone(), Role::Practitioner);
        let verdict = may_on_request(
            &requester,
            bangladesh_application(&owner),
            RequestOp::ReadAccessLog,
            false,
        );
        assert_eq!(verdict, Verdict::Forbidden);
        let stranger = Principal::new(
            UserId::parse("stranger").expect("valid"),
            Role::Practitioner,
        );
        let verdict = may_on_request(
            &stranger,
            bangladesh_application(&owner),
            RequestOp::Read,
            false,
        );
        assert_eq!(verdict, Verdict::Hidden);
    }
}
