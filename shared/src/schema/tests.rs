//! Tests of the Automerge mapping.

use super::*;
use crate::model::{Category, Country, Kind, Message, MessageRole, SCHEMA_VERSION};
use automerge::transaction::Transactable;
use autosurgeon::Text;

fn request() -> Request {
    let id = RequestId::new(1_763_900_000_000, [3; 10]);
    Request {
        schema: SCHEMA_VERSION,
        id: id.to_string(),
        kind: Kind::HelpDesk,
        title: "Youth council peer exchange".into(),
        description: Text::with_value("Who ran a youth council?"),
        category: Category::YouthEngagement,
        country: Country::SriLanka,
        city: "Colombo".into(),
        requester: "u1".into(),
        created_at: 1_763_900_000_000,
        messages: vec![],
        application: None,
        team: None,
        attachments: Vec::new(),
        intake: None,
        handovers: Vec::new(),
        referrals: Vec::new(),
    }
}

#[test]
fn a_request_round_trips_through_its_document() {
    let doc = new_request_doc(&request(), ActorId::random()).expect("write");
    assert_eq!(read_request(&doc).expect("read"), request());
}

#[test]
fn genesis_documents_are_identical_wherever_they_are_made() {
    let id = RequestId::new(1_763_900_000_000, [3; 10]);
    let a = genesis(DocKind::Triage, id, 5, Kind::HelpDesk).expect("genesis");
    let b = genesis(DocKind::Triage, id, 5, Kind::HelpDesk).expect("genesis");
    assert_eq!(a.get_heads(), b.get_heads());
    assert_eq!(read_triage(&a).expect("read").status, Status::New);
}

#[test]
fn concurrent_messages_and_description_edits_merge() {
    let base = new_request_doc(&request(), ActorId::random()).expect("write");
    let mut a = base.fork();
    let mut b = base.fork();
    for (doc, who, text) in [(&mut a, "m-a", "Dhaka"), (&mut b, "m-b", "Male")] {
        let mut r = read_request(doc).expect("read");
        r.description.splice(0, 0, format!("[{text}] "));
        r.messages.push(Message {
            id: who.into(),
            author: "u1".into(),
            role: MessageRole::Requester,
            body: text.into(),
            sent_at: 1,
            canned: None,
        });
        write(doc, &r, 2).expect("write");
    }
    a.merge(&mut b).expect("merge");
    let merged = read_request(&a).expect("read");
    assert_eq!(merged.messages.len(), 2);
    assert!(merged.description.as_str().contains("[Dhaka] "));
    assert!(merged.description.as_str().contains("[Male] "));
    assert!(
        merged
            .description
            .as_str()
            .ends_with("Who ran a youth council?")
    );
}

#[test]
fn concurrent_categories_are_listed_and_can_be_settled() {
    let base = new_request_doc(&request(), ActorId::random()).expect("write");
    let mut a = base.fork();
    let mut b = base.fork();
    let mut ra = read_request(&a).expect("read");
    ra.category = Category::PeerLearning;
    write(&mut a, &ra, 2).expect("write");
    let mut rb = read_request(&b).expect("read");
    rb.category = Category::LocalVoices;
    write(&mut b, &rb, 2).expect("write");
    a.merge(&mut b).expect("merge");

    let found = conflicts(&a);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].field, "category");
    let mut values = found[0].values.clone();
    values.sort();
    assert_eq!(values, vec!["local_voices", "peer_learning"]);

    resolve_conflict(&mut a, "category", "local_voices", 3).expect("resolve");
    assert!(conflicts(&a).is_empty());
    assert_eq!(
        read_request(&a).expect("read").category,
        Category::LocalVoices
    );
}

#[test]
fn description_edits_in_bengali_merge_character_by_character() {
    let mut start = request();
    start.description = Text::with_value("ঢাকা শহর");
    let base = new_request_doc(&start, ActorId::random()).expect("write");
    let mut a = base.fork();
    let mut b = base.fork();
    let ra = read_request(&a).expect("read");
    write_request(&mut a, &ra, Some("নতুন ঢাকা শহর"), 2).expect("write a");
    let rb = read_request(&b).expect("read");
    write_request(&mut b, &rb, Some("ঢাকা শহর, বাংলাদেশ"), 2).expect("write b");
    a.merge(&mut b).expect("merge");
    assert_eq!(
        read_request(&a).expect("read").description.as_str(),
        "নতুন ঢাকা শহর, বাংলাদেশ"
    );
}

#[test]
fn settling_an_unknown_field_is_refused() {
    let mut doc = new_request_doc(&request(), ActorId::random()).expect("write");
    assert!(resolve_conflict(&mut doc, "requester", "someone", 1).is_err());
}

#[test]
fn a_document_that_is_not_a_request_says_so() {
    let mut doc = Automerge::new();
    doc.transact(|tx| tx.put(automerge::ROOT, "title", 5))
        .expect("write");
    assert!(matches!(read_request(&doc), Err(SchemaError::Shape { .. })));
}

#[test]
fn summaries_carry_the_filter_fields() {
    let doc = new_request_doc(&request(), ActorId::random()).expect("write");
    let Summary::Request(s) = summarize(DocKind::Request, &doc).expect("summary") else {
        panic!("expected a request summary");
    };
    assert_eq!(s.country, "LK");
    assert_eq!(s.category, "youth_engagement");
}
