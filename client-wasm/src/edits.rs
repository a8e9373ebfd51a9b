//! Changes a practitioner makes to a request they filed, as engine edits.
//!
//! The client engine trusts its own writes, so each edit checks the result with shared's
//! `validate_request` before it is kept; the hub runs the same check when it arrives.

use automerge::Automerge;
use hubdesk_shared::engine::{Edit, Rejection};
use hubdesk_shared::model::{Category, Country, Message, MessageRole};
use hubdesk_shared::schema;
use hubdesk_shared::validate::{self, Problem, Rules, ValidationError};
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

fn invalid(errors: Vec<ValidationError>) -> Rejection {
    Rejection::Invalid(errors)
}

fn unreadable(e: schema::SchemaError) -> Rejection {
    Rejection::Conflict(e.to_string())
}

fn parse<T: std::str::FromStr<Err = hubdesk_shared::model::ParseEnumError>>(
    field: &str,
    value: &str,
) -> Result<T, Rejection> {
    value
        .parse()
        .map_err(|e: hubdesk_shared::model::ParseEnumError| {
            invalid(vec![ValidationError {
                field: field.into(),
                problem: Problem::Unknown {
                    value: e.value,
                    expected: e.expected,
                },
            }])
        })
}

/// Applies `changes` to a request. The description is collaborative text: it is changed by the
/// smallest edit that turns the old text into the new, so edits made on two devices while apart
/// both survive the merge. Single-value fields are overwritten; if another device set the same
/// field meanwhile, the merge keeps both values and [`schema::conflicts`] lists them.
pub fn change_request(changes: RequestChanges, now_ms: i64) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let mut request = schema::read_request(doc).map_err(unreadable)?;
        if let Some(title) = &changes.title {
            request.title = title.trim().into();
        }
        if let Some(city) = &changes.city {
            request.city = city.trim().into();
        }
        if let Some(category) = &changes.category {
            request.category = parse::<Category>("category", category)?;
        }
        if let Some(country) = &changes.country {
            request.country = parse::<Country>("country", country)?;
        }
        let description = changes.description.as_deref().map(str::trim);
        // Validate what the request will be, description included, before writing anything.
        let mut candidate = request.clone();
        if let Some(text) = description {
            candidate.description = autosurgeon::Text::with_value(text);
        }
        validate::validate_request(&candidate, &Rules::default()).map_err(invalid)?;
        schema::write_request(doc, &request, description, now_ms)
            .map_err(|e| Rejection::Conflict(e.to_string()))
    })
}

/// Adds a message from the requester to the conversation.
pub fn add_message(message: Message) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let mut request = schema::read_request(doc).map_err(unreadable)?;
        if message.role != MessageRole::Requester
            || message.author.as_str() != request.requester.as_str()
        {
            return Err(Rejection::Forbidden);
        }
        let sent_at = message.sent_at;
        request.messages.push(message);
        validate::validate_request(&request, &Rules::default()).map_err(invalid)?;
        schema::write(doc, &request, sent_at).map_err(unreadable)
    })
}

/// Settles a conflict by writing `value` over every concurrent value of `field`.
pub fn settle_conflict(field: String, value: String, now_ms: i64) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        schema::resolve_conflict(doc, &field, &value, now_ms).map_err(unreadable)?;
        let request = schema::read_request(doc).map_err(unreadable)?;
        validate::validate_request(&request, &Rules::default()).map_err(invalid)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::ActorId;
    use hubdesk_shared::ids::RequestId;
    use hubdesk_shared::model::{Kind, Request, SCHEMA_VERSION};

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
        change_request(describe(&format!("ঢাকা থেকে: {base}")), 2)(&mut a).expect("edit a");
        change_request(describe(&format!("{base} প্রথম সভা ওয়ার্ড অফিসে।")), 2)(
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
        change_request(topic("peer_learning"), 2)(&mut a).expect("edit a");
        change_request(topic("youth_engagement"), 2)(&mut b).expect("edit b");
        a.merge(&mut b).expect("merge");
        assert_eq!(schema::conflicts(&a).len(), 1);
        settle_conflict("category".into(), "youth_engagement".into(), 3)(&mut a).expect("settle");
        assert!(schema::conflicts(&a).is_empty());
    }

    #[test]
    fn an_edit_that_would_make_the_request_invalid_is_refused() {
        let mut doc = request_doc("Who ran a youth council?");
        let result = change_request(describe("   "), 2)(&mut doc);
        assert!(
            matches!(result, Err(Rejection::Invalid(errors)) if errors[0].field == "description")
        );
    }

    #[test]
    fn a_practitioner_writes_messages_only_as_the_requester() {
        let mut doc = request_doc("Who ran a youth council?");
        let message = |author: &str, role| Message {
            id: "m1".into(),
            author: author.into(),
            role,
            body: "Thank you".into(),
            sent_at: 2,
        };
        assert_eq!(
            add_message(message("u2", MessageRole::Requester))(&mut doc),
            Err(Rejection::Forbidden)
        );
        assert_eq!(
            add_message(message("u1", MessageRole::Staff))(&mut doc),
            Err(Rejection::Forbidden)
        );
        add_message(message("u1", MessageRole::Requester))(&mut doc).expect("own message");
        assert_eq!(schema::read_request(&doc).expect("read").messages.len(), 1);
    }
}
