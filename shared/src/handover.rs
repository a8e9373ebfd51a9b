//! Handing a request to a successor (issue 22, part 7): when a city's leadership changes, the
//! requester, or an admin, hands a request (its conversation and any fund application with it)
//! to the practitioner who takes over in the same city. The successor becomes its requester, as
//! if they had filed it; the one before no longer reaches it; the request keeps a record of each
//! handover, and its history says so. Decided here: who may hand over to whom, and the hub's
//! edit of the record. Sync clients never change a requester (admission refuses it): only the
//! hub writes a handover, once this module has allowed it.

use crate::access::{Principal, place_key};
use crate::engine::{Edit, Rejection};
use crate::model::{Country, Handover, Request, Role};
use crate::schema;

/// What the hub knows of the named successor's account.
#[derive(Debug, Clone, Copy)]
pub struct Successor<'a> {
    pub id: &'a str,
    pub role: Role,
    pub active: bool,
    pub country: Option<Country>,
    pub city: Option<&'a str>,
}

/// Why a handover is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Only the requester or an admin hands a request over.
    NotTheirs,
    /// The successor is the requester already.
    SamePerson,
    /// The successor is not an active practitioner's account.
    NotAPractitioner,
    /// The successor's account is not in the request's city.
    ElsewhereCity,
}

/// Whether someone with `role` hands any request over, not only their own: admins.
pub fn hands_over_any(role: Role) -> bool {
    role == Role::Admin
}

/// Whether `by` may hand `request` to `successor`.
pub fn may_hand_over(
    by: &Principal,
    request: &Request,
    successor: &Successor<'_>,
) -> Result<(), Refusal> {
    let own = request.requester.as_str() == by.user.as_str();
    if !own && !hands_over_any(by.role) {
        return Err(Refusal::NotTheirs);
    }
    if successor.id == request.requester.as_str() {
        return Err(Refusal::SamePerson);
    }
    if successor.role != Role::Practitioner || !successor.active {
        return Err(Refusal::NotAPractitioner);
    }
    let here = place_key(request.country, request.city.as_str());
    let theirs = successor
        .country
        .zip(successor.city)
        .and_then(|(country, city)| place_key(country, city));
    if here.is_none() || here != theirs {
        return Err(Refusal::ElsewhereCity);
    }
    Ok(())
}

/// The hub's edit handing the request from `from` to `to`, by `by`, at `at`. Refused as a
/// conflict if the request's requester is no longer `from` (someone handed it first).
pub fn hand_over(from: String, to: String, by: String, at: i64) -> Edit {
    Box::new(move |doc| {
        let request = schema::read_request(doc).map_err(|e| Rejection::Conflict(e.to_string()))?;
        if request.requester.as_str() != from {
            return Err(Rejection::Conflict(
                "the request was handed over meanwhile".into(),
            ));
        }
        let mut handovers = request.handovers;
        handovers.push(Handover {
            from: from.as_str().into(),
            to: to.as_str().into(),
            by: by.as_str().into(),
            at,
        });
        schema::write_handover(doc, &to, &handovers, at)
            .map_err(|e| Rejection::Conflict(e.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;

    fn request() -> Request {
        Request {
            schema: crate::model::SCHEMA_VERSION,
            id: "019a0000-0000-7000-8000-000000000001".into(),
            kind: crate::model::Kind::HelpDesk,
            title: "Ward forums".into(),
            description: autosurgeon::Text::with_value("How do others run them?"),
            category: crate::model::Category::PeerLearning,
            country: Country::Bangladesh,
            city: "Dhaka".into(),
            requester: "old".into(),
            created_at: 1,
            messages: Vec::new(),
            application: None,
            team: None,
            attachments: Vec::new(),
            intake: None,
            handovers: Vec::new(),
            referrals: Vec::new(),
        }
    }

    fn who(user: &str, role: Role) -> Principal {
        Principal::new(UserId::parse(user).expect("valid"), role)
    }

    fn successor<'a>(id: &'a str, role: Role, city: &'a str) -> Successor<'a> {
        Successor {
            id,
            role,
            active: true,
            country: Some(Country::Bangladesh),
            city: Some(city),
        }
    }

    #[test]
    fn the_requester_or_an_admin_hands_over_to_a_practitioner_of_the_same_city() {
        let r = request();
        let next = successor("new", Role::Practitioner, " DHAKA ");
        assert_eq!(
            may_hand_over(&who("old", Role::Practitioner), &r, &next),
            Ok(())
        );
        assert_eq!(may_hand_over(&who("boss", Role::Admin), &r, &next), Ok(()));
        for (by, role) in [("agent", Role::Agent), ("other", Role::Practitioner)] {
            assert_eq!(
                may_hand_over(&who(by, role), &r, &next),
                Err(Refusal::NotTheirs)
            );
        }
        let me = who("old", Role::Practitioner);
        assert_eq!(
            may_hand_over(&me, &r, &successor("old", Role::Practitioner, "Dhaka")),
            Err(Refusal::SamePerson)
        );
        assert_eq!(
            may_hand_over(&me, &r, &successor("new", Role::Agent, "Dhaka")),
            Err(Refusal::NotAPractitioner)
        );
        let mut gone = next;
        gone.active = false;
        assert_eq!(
            may_hand_over(&me, &r, &gone),
            Err(Refusal::NotAPractitioner)
        );
        assert_eq!(
            may_hand_over(&me, &r, &successor("new", Role::Practitioner, "Khulna")),
            Err(Refusal::ElsewhereCity)
        );
    }

    #[test]
    fn the_record_names_the_successor_and_keeps_every_handover() {
        let mut doc = schema::new_request_doc(&request(), automerge::ActorId::random())
            .expect("a request document");
        hand_over("old".into(), "new".into(), "old".into(), 5)(&mut doc).expect("handed over");
        let after = schema::read_request(&doc).expect("a request");
        assert_eq!(after.requester.as_str(), "new");
        assert_eq!(after.handovers.len(), 1);
        assert_eq!(after.handovers[0].by.as_str(), "old");
        let again = hand_over("old".into(), "other".into(), "boss".into(), 6)(&mut doc);
        assert!(matches!(again, Err(Rejection::Conflict(_))));
        hand_over("new".into(), "third".into(), "boss".into(), 7)(&mut doc).expect("again");
        let after = schema::read_request(&doc).expect("a request");
        assert_eq!(after.handovers.len(), 2);
        assert_eq!(after.requester.as_str(), "third");
    }
}
