//! Data protection: when a closed request is anonymised, and what anonymising and erasing keep.
//!
//! A closed request is anonymised once it has been closed for the retention period
//! ([`due`]). Anonymising keeps what reports count (kind, topic, country, city, when it was
//! filed, its triage: status, priority, assignee, tags, due date, duplicate) and removes the
//! rest: the title and description, who asked, the conversation, a fund application, the
//! resolution and decision notes, and every internal note. Erasing a person on request
//! anonymises every request they filed, whatever its state, and removes what they wrote in
//! anyone else's ([`without_author`]).
//!
//! The hub stores the results as new documents with a history of their own, so nothing removed
//! survives in a document's history. A device still holding the old history cannot sync it back:
//! a write may never bring a second history into an existing document
//! ([`crate::access::admit`]).

use crate::ids::UserId;
use crate::model::{Notes, Request, Triage};

/// The retention period unless the operator sets another.
pub const DEFAULT_RETENTION_DAYS: u32 = 365;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Who an anonymised request belongs to: nobody who can sign in.
pub const ANONYMISED: &str = "anonymised";
/// The author of a message whose writer was erased.
pub const ERASED: &str = "erased";

const TITLE: &str = "Anonymised request";
const DESCRIPTION: &str = "Removed under the hub's data protection policy.";
const REMOVED_MESSAGE: &str = "Removed at the writer's request.";

/// Whether a request closed at `closed_at` is due for anonymising at `now`, with a retention
/// period of `days` (0 keeps closed requests for ever).
pub fn due(closed_at: i64, now: i64, days: u32) -> bool {
    days > 0 && now.saturating_sub(closed_at) >= i64::from(days) * DAY_MS
}

/// The latest close time that is due at `now` (see [`due`]); `None` when nothing ever is.
pub fn cutoff(now: i64, days: u32) -> Option<i64> {
    (days > 0).then(|| now.saturating_sub(i64::from(days) * DAY_MS))
}

/// A request with everything about the people in it removed.
pub fn anonymise_request(request: &Request) -> Request {
    Request {
        title: TITLE.into(),
        description: autosurgeon::Text::with_value(DESCRIPTION),
        requester: ANONYMISED.into(),
        messages: Vec::new(),
        application: None,
        team: None,
        attachments: Vec::new(),
        // Who it passed between and whom it was referred to are people too.
        handovers: Vec::new(),
        referrals: Vec::new(),
        // How it reached the hub stays for reports; who at the hub filed it goes.
        intake: request.intake.as_ref().map(|i| crate::model::Intake {
            by: ANONYMISED.into(),
            channel: i.channel,
        }),
        ..request.clone()
    }
}

/// A triage record without its free text (resolution and decision notes); what reports count
/// stays.
pub fn anonymise_triage(triage: &Triage) -> Triage {
    Triage {
        resolution: triage.resolution.as_ref().map(|_| DESCRIPTION.into()),
        decision_note: triage.decision_note.as_ref().map(|_| DESCRIPTION.into()),
        ..triage.clone()
    }
}

/// Internal notes: none are kept.
pub fn anonymise_notes(notes: &Notes) -> Notes {
    Notes {
        request_id: notes.request_id.clone(),
        notes: Vec::new(),
    }
}

/// A request without what `person` wrote in its conversation or attached to it, to be stored
/// as a new history: their messages stay in place, so the conversation still reads in order,
/// with the words and the name removed; the files they attached go (the hub deletes their
/// bytes). `None` when they wrote and attached nothing in it.
pub fn without_author(request: &Request, person: &UserId) -> Option<Request> {
    let theirs = |m: &&crate::model::Message| m.author.as_str() == person.as_str();
    let attached = |a: &crate::model::Attachment| a.by.as_str() == person.as_str();
    if !request.messages.iter().any(|m| theirs(&m)) && !request.attachments.iter().any(attached) {
        return None;
    }
    let mut cleaned = request.clone();
    // A text read from a document belongs to it; the new history gets its own.
    cleaned.description = autosurgeon::Text::with_value(request.description.as_str());
    for message in cleaned.messages.iter_mut().filter(|m| theirs(&&**m)) {
        message.author = ERASED.into();
        message.body = REMOVED_MESSAGE.into();
    }
    cleaned.attachments.retain(|a| !attached(a));
    Some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Country, Kind, Message, MessageRole, SCHEMA_VERSION};

    fn request() -> Request {
        Request {
            schema: SCHEMA_VERSION,
            id: crate::ids::RequestId::new(1_763_900_000_000, [3; 10]).to_string(),
            kind: Kind::HelpDesk,
            title: "Informant names for ward 4".into(),
            description: autosurgeon::Text::with_value("Karim Uddin said the meeting is on Friday"),
            category: Category::LocalVoices,
            country: Country::Bangladesh,
            city: "Dhaka".into(),
            requester: "rahima".into(),
            created_at: 1_763_900_000_000,
            messages: vec![
                Message {
                    id: "m1".into(),
                    author: "rahima".into(),
                    role: MessageRole::Requester,
                    body: "Karim will come too".into(),
                    sent_at: 1,
                    canned: None,
                },
                Message {
                    id: "m2".into(),
                    author: "ravi".into(),
                    role: MessageRole::Staff,
                    body: "Noted".into(),
                    sent_at: 2,
                    canned: None,
                },
            ],
            application: None,
            team: Some(crate::model::TeamShare::Read),
            attachments: Vec::new(),
            intake: None,
            handovers: Vec::new(),
            referrals: Vec::new(),
        }
    }

    #[test]
    fn anonymising_keeps_what_reports_count_and_nothing_about_people() {
        let before = request();
        let after = anonymise_request(&before);
        let text = format!("{after:?}");
        for gone in ["Karim", "Informant", "rahima", "Friday"] {
            assert!(!text.contains(gone), "{gone} is still in {text}");
        }
        assert_eq!(
            (
                after.kind,
                after.category,
                after.country,
                after.city.as_str()
            ),
            (before.kind, before.category, before.country, "Dhaka")
        );
        assert_eq!(after.created_at, before.created_at);
        assert!(after.messages.is_empty() && after.team.is_none());
        assert_eq!(
            crate::validate::validate_request(&after, &Default::default()),
            Ok(())
        );
    }

    #[test]
    fn erasing_a_writer_removes_their_words_and_name_and_keeps_the_rest() {
        let rahima = UserId::parse("rahima").expect("valid");
        let cleaned = without_author(&request(), &rahima).expect("she wrote in it");
        assert_eq!(cleaned.messages[0].author.as_str(), ERASED);
        assert!(!cleaned.messages[0].body.as_str().contains("Karim"));
        assert_eq!(cleaned.messages[1], request().messages[1]);
        let nobody = UserId::parse("nobody").expect("valid");
        assert!(without_author(&request(), &nobody).is_none());
    }

    #[test]
    fn a_closed_request_is_due_after_the_retention_period_and_never_with_none() {
        let closed = 1_000 * DAY_MS;
        assert!(!due(closed, closed + 364 * DAY_MS, 365));
        assert!(due(closed, closed + 365 * DAY_MS, 365));
        assert!(!due(closed, closed + 10_000 * DAY_MS, 0));
        assert_eq!(cutoff(closed, 0), None);
        assert_eq!(cutoff(closed + DAY_MS, 1), Some(closed));
    }
}
