//! Changes a practitioner makes to a request, as engine edits.
//!
//! Each edit is a `shared` command run as the signed-in person (or, before the page says who
//! that is, as the request's requester): the same rules the hub runs on arrival (and the
//! console and REST run), so the device keeps nothing the hub would refuse. Running as the
//! person, not the requester, is what lets a city team member write a request shared with them,
//! and nothing more.

use automerge::Automerge;
use hubdesk_shared::access::Principal;
use hubdesk_shared::commands::{Command, Context};
use hubdesk_shared::engine::{Edit, Rejection};
use hubdesk_shared::ids::UserId;
use hubdesk_shared::model::Role;
use hubdesk_shared::schema;
use hubdesk_shared::validate::Rules;
use serde::Deserialize;

/// The fields of a request its requester may change after filing it. Absent fields stay.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RequestChanges {
    pub title: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
}

/// The requester of the request in `doc`, as the one the field app acts for: a device only ever
/// edits its own user's requests.
fn requester_of(doc: &Automerge) -> Result<Principal, Rejection> {
    let request = schema::read_request(doc).map_err(|e| Rejection::Conflict(e.to_string()))?;
    let user = UserId::parse(request.requester.as_str())
        .map_err(|e| Rejection::Conflict(e.to_string()))?;
    Ok(Principal::new(user, Role::Practitioner))
}

/// Runs `command` on a request as its requester.
pub fn as_requester(command: Command, now_ms: i64, fresh_id: String) -> Edit {
    run(None, command, now_ms, fresh_id)
}

/// Runs `command` as `by`, or as the request's requester when `None`.
fn run(by: Option<Principal>, command: Command, now_ms: i64, fresh_id: String) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let by = match by {
            Some(by) => by,
            None => requester_of(doc)?,
        };
        let ctx = Context {
            now_ms,
            fresh_id,
            rules: Rules::default(),
            rounds: crate::fund::known_rounds(),
        };
        command.apply(&by, &ctx, doc)
    })
}

/// Applies `changes` to a request (shared's `Command::Edit`). The description is collaborative
/// text: it is changed by the smallest edit that turns the old text into the new, so edits
/// made on two devices while apart both survive the merge. Single-value fields are
/// overwritten; if another device set the same field meanwhile, the merge keeps both values
/// and [`schema::conflicts`] lists them.
pub fn change_request(by: Option<Principal>, changes: RequestChanges, now_ms: i64) -> Edit {
    let RequestChanges {
        title,
        description,
        category,
        country,
        city,
    } = changes;
    let command = Command::Edit {
        title,
        description,
        category,
        country,
        city,
    };
    run(by, command, now_ms, String::new())
}

/// Adds a message from `by` to the conversation (shared's `Command::Reply`): the requester, or
/// a city team member the request is shared with for writing. `id` is made on the device, so a
/// retry adds it once.
pub fn add_message(by: Principal, id: String, body: String, now_ms: i64) -> Edit {
    let command = Command::Reply {
        id: Some(id),
        body,
        canned: None,
    };
    run(Some(by), command, now_ms, String::new())
}

/// Shares a request with its requester's city team (`read`, `write`) or stops (`None`).
pub fn share_with_team(by: Option<Principal>, team: Option<String>, now_ms: i64) -> Edit {
    run(by, Command::ShareWithTeam { team }, now_ms, String::new())
}

/// Settles a conflict by writing `value` over every concurrent value of `field`.
pub fn settle_conflict(by: Option<Principal>, field: String, value: String, now_ms: i64) -> Edit {
    run(
        by,
        Command::SettleConflict { field, value },
        now_ms,
        String::new(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::ActorId;
    use hubdesk_shared::ids::RequestId;
    use hubdesk_shared::model::{Category, Country, Kind, Request, SCHEMA_VERSION};

    fn request_doc(description: &str) -> Automerge {
        let id = RequestId::new(1_763_900_000_000, [5; 10]);
        let request = Request {
            schema: SCHEMA_VERSION,
            id: id.to_string(),
            kind: Kind::HelpDesk,
            title: "নারী দলের অংশগ্রহণ".into(),
            description: autosurgeon::Text::with_value(description),
            category: Category::LocalVoices,
            country: Country::Bangladesh,
            city: "Dhaka".into(),
            requester: "u1".into(),
            created_at: 1_763_900_000_000,
            messages: vec![],
            application: None,
            team: None,
            attachments: Vec::new(),
            intake: None,
            handovers: Vec::new(),
            referrals: Vec::new(),
        };
        schema::new_request_doc(&request, ActorId::random()).expect("new document")
    }

    fn describe(text: &str) -> RequestChanges {
        RequestChanges {
            description: Some(text.into()),
            ..Default::default()
        }
    }

    #[test]
    fn description_edits_in_bengali_made_apart_both_survive_the_merge() {
        let base = "আমাদের ওয়ার্ড কমিটি একটি যুব কাউন্সিল শুরু করতে চায়।";
        let mut a = request_doc(base);
        let mut b = a.fork();
        change_request(None, describe(&format!("ঢাকা থেকে: {base}")), 2)(&mut a).expect("edit a");
        change_request(None, describe(&format!("{base} প্রথম সভা ওয়ার্ড অফিসে।")), 2)(
            &mut b,
        )
        .expect("edit b");
        a.merge(&mut b).expect("merge");
        let merged = schema::read_request(&a).expect("read");
        assert_eq!(
            merged.description.as_str(),
            format!("ঢাকা থেকে: {base} প্রথম সভা ওয়ার্ড অফিসে।")
        );
    }

    #[test]
    fn topics_set_apart_are_kept_as_a_conflict_until_one_is_chosen() {
        let mut a = request_doc("Who ran a youth council?");
        let mut b = a.fork();
        let topic = |category: &str| RequestChanges {
            category: Some(category.into()),
            ..Default::default()
        };
        change_request(None, topic("peer_learning"), 2)(&mut a).expect("edit a");
        change_request(None, topic("youth_engagement"), 2)(&mut b).expect("edit b");
        a.merge(&mut b).expect("merge");
        assert_eq!(schema::conflicts(&a).len(), 1);
        settle_conflict(None, "category".into(), "youth_engagement".into(), 3)(&mut a)
            .expect("settle");
        assert!(schema::conflicts(&a).is_empty());
    }

    #[test]
    fn an_edit_that_would_make_the_request_invalid_is_refused() {
        let mut doc = request_doc("Who ran a youth council?");
        let result = change_request(None, describe("   "), 2)(&mut doc);
        assert!(
            matches!(result, Err(Rejection::Invalid(errors)) if errors[0].field == "description")
        );
    }

    #[test]
    fn a_practitioner_writes_messages_as_the_requester_or_a_team_writer() {
        let mut doc = request_doc("Who ran a youth council?");
        let practitioner = |user: &str, city: &str| {
            let mut p = Principal::new(UserId::parse(user).expect("valid"), Role::Practitioner);
            p.place = hubdesk_shared::access::place_key(Country::Bangladesh, city);
            p
        };
        let u2 = practitioner("u2", "dhaka");
        assert_eq!(
            add_message(u2.clone(), "m1".into(), "Thank you".into(), 2)(&mut doc),
            Err(Rejection::Forbidden)
        );
        let u1 = practitioner("u1", "Dhaka");
        add_message(u1.clone(), "m1".into(), "Thank you".into(), 2)(&mut doc).expect("own");
        add_message(u1.clone(), "m1".into(), "Thank you".into(), 3)(&mut doc).expect("retry");
        assert_eq!(
            share_with_team(Some(u2.clone()), Some("write".into()), 4)(&mut doc),
            Err(Rejection::Forbidden)
        );
        share_with_team(Some(u1), Some("write".into()), 4)(&mut doc).expect("shared");
        add_message(u2, "m2".into(), "We saw it too".into(), 5)(&mut doc).expect("team");
        let request = schema::read_request(&doc).expect("read");
        let authors: Vec<_> = request.messages.iter().map(|m| m.author.as_str()).collect();
        assert_eq!(authors, ["u1", "u2"]);
        assert!(
            request
                .messages
                .iter()
                .all(|m| m.role == hubdesk_shared::model::MessageRole::Requester)
        );
    }
}
