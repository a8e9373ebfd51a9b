//! Tests of admission.

use super::*;
use crate::ids::RequestId;
use crate::model::{Category, Country, Kind, Role, SCHEMA_VERSION, Status};
use automerge::ActorId;

fn who(user: &str, role: Role) -> Principal {
    Principal::new(UserId::parse(user).expect("valid"), role)
}

fn id() -> RequestId {
    RequestId::new(1_763_900_000_000, [4; 10])
}

fn message(id: &str, author: &str, role: MessageRole, body: &str) -> Message {
    Message {
        id: id.into(),
        author: author.into(),
        role,
        body: body.into(),
        sent_at: 5,
        canned: None,
    }
}

fn request_doc(messages: Vec<Message>) -> Automerge {
    schema::new_request_doc(&request(messages), ActorId::random()).expect("doc")
}

fn request(messages: Vec<Message>) -> Request {
    Request {
        schema: SCHEMA_VERSION,
        id: id().to_string(),
        kind: Kind::HelpDesk,
        title: "Ward officer training".into(),
        description: autosurgeon::Text::with_value("Can the hub train our ward officers?"),
        category: Category::CapacityBuilding,
        country: Country::India,
        city: "Mumbai".into(),
        requester: "asha".into(),
        created_at: 1_763_900_000_000,
        messages,
        application: None,
        team: None,
        attachments: Vec::new(),
        intake: None,
        handovers: Vec::new(),
        referrals: Vec::new(),
    }
}

fn with_messages(doc: &Automerge, messages: Vec<Message>) -> Automerge {
    let mut next = doc.fork();
    let mut request = schema::read_request(&next).expect("read");
    request.messages = messages;
    schema::write(&mut next, &request, 9).expect("write");
    next
}

fn admit_req(by: &Principal, before: &Automerge, after: &Automerge) -> Result<(), String> {
    admit(
        by,
        DocKind::Request,
        &id().to_string(),
        Some(before),
        after,
        Checks {
            rules: &Rules::default(),
            rounds: &RoundBook::default(),
            arrived_at: None,
        },
    )
    .map(|_| ())
    .map_err(|e| e[0].field.clone())
}

fn conversation() -> (Automerge, Message, Message) {
    let hub = message("m1", "ravi", MessageRole::Staff, "We can run it in May.");
    let mine = message("m2", "asha", MessageRole::Requester, "Thank you!");
    (request_doc(vec![hub.clone(), mine.clone()]), hub, mine)
}

#[test]
fn a_practitioner_cannot_rewrite_a_hub_reply() {
    let (before, mut hub, mine) = conversation();
    hub.body = "The hub refuses to help.".into();
    let after = with_messages(&before, vec![hub, mine]);
    let asha = who("asha", Role::Practitioner);
    assert_eq!(admit_req(&asha, &before, &after), Err("messages[0]".into()));
}

#[test]
fn a_practitioner_cannot_delete_a_hub_reply() {
    let (before, _, mine) = conversation();
    let after = with_messages(&before, vec![mine]);
    let asha = who("asha", Role::Practitioner);
    assert_eq!(admit_req(&asha, &before, &after), Err("messages".into()));
}

#[test]
fn a_practitioner_cannot_turn_their_message_into_a_staff_reply() {
    let (before, hub, mut mine) = conversation();
    mine.role = MessageRole::Staff;
    let after = with_messages(&before, vec![hub, mine]);
    let asha = who("asha", Role::Practitioner);
    assert_eq!(admit_req(&asha, &before, &after), Err("messages[1]".into()));
}

#[test]
fn message_ids_are_unique() {
    let (before, hub, mine) = conversation();
    let copy = message("m2", "asha", MessageRole::Requester, "again");
    let after = with_messages(&before, vec![hub, mine, copy]);
    let asha = who("asha", Role::Practitioner);
    assert_eq!(
        admit_req(&asha, &before, &after),
        Err("messages[2].id".into())
    );
}

#[test]
fn staff_reply_as_staff_and_as_themselves() {
    let (before, hub, mine) = conversation();
    let ravi = who("ravi", Role::Agent);
    let as_other = message("m3", "meena", MessageRole::Staff, "hi");
    let after = with_messages(&before, vec![hub.clone(), mine.clone(), as_other]);
    assert!(admit_req(&ravi, &before, &after).is_err());
    let fine = message("m3", "ravi", MessageRole::Staff, "Dates attached.");
    let after = with_messages(&before, vec![hub, mine, fine]);
    admit_req(&ravi, &before, &after).expect("own staff reply");
}

fn triage_docs(status_after: Status, resolution: Option<&str>) -> (Automerge, Automerge) {
    let before = schema::genesis(DocKind::Triage, id(), 1, Kind::HelpDesk).expect("genesis");
    let mut after = before.fork();
    let mut t = schema::read_triage(&after).expect("read");
    t.status = status_after;
    t.resolution = resolution.map(Into::into);
    schema::write(&mut after, &t, 2).expect("write");
    (before, after)
}

fn admit_tri(by: &Principal, docs: &(Automerge, Automerge)) -> Result<(), String> {
    admit(
        by,
        DocKind::Triage,
        &id().to_string(),
        Some(&docs.0),
        &docs.1,
        Checks {
            rules: &Rules::default(),
            rounds: &RoundBook::default(),
            arrived_at: None,
        },
    )
    .map(|_| ())
    .map_err(|e| e[0].field.clone())
}

#[test]
fn a_triage_record_that_closes_without_a_note_is_refused() {
    let agent = who("ravi", Role::Agent);
    let docs = triage_docs(Status::Closed, None);
    assert_eq!(admit_tri(&agent, &docs), Err("resolution".into()));
    let docs = triage_docs(Status::Closed, Some("Trained 40 officers"));
    admit_tri(&agent, &docs).expect("closed with a note");
}

#[test]
fn a_fund_manager_cannot_triage_a_help_desk_request() {
    let fm = who("farah", Role::FundManager);
    let docs = triage_docs(Status::Triaged, None);
    assert_eq!(admit_tri(&fm, &docs), Err("document".into()));
}

#[test]
fn no_person_writes_the_hubs_record_of_an_application() {
    let fm = who("farah", Role::FundManager);
    let before = schema::genesis(DocKind::Triage, id(), 1, Kind::FundQuery).expect("genesis");
    let mut after = before.fork();
    let mut t = schema::read_triage(&after).expect("read");
    t.application_status = Some(crate::model::ApplicationStatus::Approved);
    t.approved_cents = Some(1_000_000);
    schema::write(&mut after, &t, 2).expect("write");
    let result = admit(
        &fm,
        DocKind::Triage,
        &id().to_string(),
        Some(&before),
        &after,
        Checks {
            rules: &Rules::default(),
            rounds: &RoundBook::default(),
            arrived_at: None,
        },
    );
    assert_eq!(result.expect_err("refused")[0].field, "application_status");
}

#[test]
fn notes_are_append_only_and_written_as_their_author() {
    let before = schema::genesis(DocKind::Notes, id(), 1, Kind::HelpDesk).expect("genesis");
    let mut first = before.fork();
    let mut notes = schema::read_notes(&first).expect("read");
    notes.notes.push(Note {
        id: "n1".into(),
        author: "ravi".into(),
        body: "Check with the Colombo team".into(),
        created_at: 3,
    });
    schema::write(&mut first, &notes, 3).expect("write");
    let rid = id().to_string();
    let rules = Rules::default();
    let book = RoundBook::default();
    let meena = who("meena", Role::Agent);
    assert!(
        admit(
            &meena,
            DocKind::Notes,
            &rid,
            Some(&before),
            &first,
            Checks {
                rules: &rules,
                rounds: &book,
                arrived_at: None,
            },
        )
        .is_err()
    );
    let ravi = who("ravi", Role::Agent);
    admit(
        &ravi,
        DocKind::Notes,
        &rid,
        Some(&before),
        &first,
        Checks {
            rules: &rules,
            rounds: &book,
            arrived_at: None,
        },
    )
    .expect("own note");

    let mut edited = first.fork();
    notes.notes[0].body = "rewritten".into();
    schema::write(&mut edited, &notes, 4).expect("write");
    let err = admit(
        &ravi,
        DocKind::Notes,
        &rid,
        Some(&first),
        &edited,
        Checks {
            rules: &rules,
            rounds: &book,
            arrived_at: None,
        },
    );
    assert_eq!(err.expect_err("rewrite")[0].field, "notes[0]");
}

fn changed(doc: &Automerge, change: impl FnOnce(&mut Request)) -> Automerge {
    let mut next = doc.fork();
    let mut request = schema::read_request(&next).expect("read");
    change(&mut request);
    schema::write(&mut next, &request, 9).expect("write");
    next
}

#[test]
fn only_the_requester_shares_with_the_city_team_and_a_team_writer_keeps_the_place() {
    use crate::model::TeamShare;
    let asha = who("asha", Role::Practitioner);
    let mut neighbour = who("nina", Role::Practitioner);
    neighbour.place = super::super::place_key(Country::India, "mumbai");
    let agent = who("ravi", Role::Agent);
    let doc = request_doc(Vec::new());
    let shared = changed(&doc, |r| r.team = Some(TeamShare::Write));
    assert_eq!(admit_req(&asha, &doc, &shared), Ok(()));
    assert_eq!(admit_req(&neighbour, &doc, &shared), Err("team".into()));
    assert_eq!(admit_req(&agent, &doc, &shared), Err("team".into()));
    let unshared = changed(&shared, |r| r.team = None);
    assert_eq!(
        admit_req(&neighbour, &shared, &unshared),
        Err("team".into())
    );
    assert_eq!(admit_req(&asha, &shared, &unshared), Ok(()));

    let retitled = changed(&shared, |r| r.title = "Ward officer training, June".into());
    assert_eq!(admit_req(&neighbour, &shared, &retitled), Ok(()));
    let moved = changed(&shared, |r| r.city = "Pune".into());
    assert_eq!(admit_req(&neighbour, &shared, &moved), Err("city".into()));
    assert_eq!(admit_req(&asha, &shared, &moved), Ok(()));
    let own_voice = changed(&shared, |r| {
        r.messages.push(message(
            "m9",
            "nina",
            MessageRole::Requester,
            "We need it too.",
        ))
    });
    assert_eq!(admit_req(&neighbour, &shared, &own_voice), Ok(()));
    let as_asha = changed(&shared, |r| {
        r.messages.push(message(
            "m9",
            "asha",
            MessageRole::Requester,
            "Signed, Asha",
        ))
    });
    assert_eq!(
        admit_req(&neighbour, &shared, &as_asha),
        Err("messages[0]".into())
    );
}

#[test]
fn a_copy_from_before_the_hub_replaced_a_document_cannot_sync_back() {
    let asha = who("asha", Role::Practitioner);
    let old = request_doc(Vec::new());
    // The hub's replacement: the same record, with a history of its own.
    let replaced = request_doc(Vec::new());
    let mut merged = replaced.fork();
    merged.merge(&mut old.fork()).expect("merge");
    assert_eq!(admit_req(&asha, &replaced, &merged), Err("document".into()));
    let answered = with_messages(
        &replaced,
        vec![message("m1", "asha", MessageRole::Requester, "Still here")],
    );
    assert_eq!(admit_req(&asha, &replaced, &answered), Ok(()));
}

fn fund_request(application: crate::model::Application) -> Request {
    Request {
        schema: SCHEMA_VERSION,
        id: id().to_string(),
        kind: Kind::FundQuery,
        title: "Ward youth forum".into(),
        description: autosurgeon::Text::with_value("Monthly forum with ward officers."),
        category: Category::SupportFund,
        country: Country::India,
        city: "Mumbai".into(),
        requester: "asha".into(),
        created_at: 1_763_900_000_000,
        messages: Vec::new(),
        application: Some(application),
        team: None,
        attachments: Vec::new(),
        intake: None,
        handovers: Vec::new(),
        referrals: Vec::new(),
    }
}

/// A round with a cap of USD 20,000, above the fund's default, open from 100 to 200.
fn generous_round() -> RoundBook {
    let mut book = RoundBook::default();
    book.insert(
        "r1",
        crate::fund::RoundFacts {
            cap_cents: 2_000_000,
            opens_at: 100,
            closes_at: 200,
            currency: crate::money::Currency::DEFAULT,
        },
    );
    book
}

fn admit_fund(
    by: &Principal,
    before: Option<&Automerge>,
    after: &Automerge,
    arrived_at: Option<i64>,
) -> Result<(), String> {
    admit(
        by,
        DocKind::Request,
        &id().to_string(),
        before,
        after,
        Checks {
            rules: &Rules::default(),
            rounds: &generous_round(),
            arrived_at,
        },
    )
    .map(|_| ())
    .map_err(|e| e[0].field.clone())
}

fn application(requested: i64, submitted_at: Option<i64>) -> crate::model::Application {
    crate::model::Application {
        requested_cents: requested,
        round_id: Some("r1".into()),
        lead_organisation: "Ward 12 Youth Forum".into(),
        submitted_at,
        ..Default::default()
    }
}

#[test]
fn a_rounds_own_cap_is_the_only_cap_at_the_hub() {
    let asha = who("asha", Role::Practitioner);
    // USD 15,000: over the fund's default, within the round's own cap.
    let doc = schema::new_request_doc(
        &fund_request(application(1_500_000, None)),
        ActorId::random(),
    )
    .expect("doc");
    assert_eq!(admit_fund(&asha, None, &doc, Some(150)), Ok(()));
    let over = schema::new_request_doc(
        &fund_request(application(2_000_001, None)),
        ActorId::random(),
    )
    .expect("doc");
    assert_eq!(
        admit_fund(&asha, None, &over, Some(150)),
        Err("application.requested_cents".into())
    );
}

#[test]
fn a_submitted_budget_is_frozen_for_staff_too_who_may_only_send_it_back() {
    let asha = who("asha", Role::Practitioner);
    let farah = who("farah", Role::FundManager);
    let draft = schema::new_request_doc(
        &fund_request(application(1_000_000, None)),
        ActorId::random(),
    )
    .expect("doc");
    let submitted = changed(&draft, |r| {
        if let Some(a) = r.application.as_mut() {
            a.submitted_at = Some(150);
        }
    });
    // Only the requester submits.
    assert_eq!(
        admit_fund(&farah, Some(&draft), &submitted, Some(150)),
        Err("application.submitted_at".into())
    );
    assert_eq!(
        admit_fund(&asha, Some(&draft), &submitted, Some(150)),
        Ok(())
    );
    // Staff over /sync cannot change a submitted budget...
    let inflated = changed(&submitted, |r| {
        if let Some(a) = r.application.as_mut() {
            a.requested_cents = 1_900_000;
        }
    });
    assert_eq!(
        admit_fund(&farah, Some(&submitted), &inflated, Some(160)),
        Err("application".into())
    );
    // ...but may send it back for changes, touching nothing else.
    let sent_back = changed(&submitted, |r| {
        if let Some(a) = r.application.as_mut() {
            a.submitted_at = None;
        }
    });
    assert_eq!(
        admit_fund(&farah, Some(&submitted), &sent_back, Some(160)),
        Ok(())
    );
}

#[test]
fn a_submission_counts_when_it_reaches_the_hub_not_when_the_device_says() {
    let asha = who("asha", Role::Practitioner);
    let draft = schema::new_request_doc(
        &fund_request(application(1_000_000, None)),
        ActorId::random(),
    )
    .expect("doc");
    // Submitted offline while the round was open (150), arriving after it closed (250).
    let submitted = changed(&draft, |r| {
        if let Some(a) = r.application.as_mut() {
            a.submitted_at = Some(150);
        }
    });
    assert_eq!(
        admit_fund(&asha, Some(&draft), &submitted, Some(250)),
        Err("application.submitted_at".into())
    );
    assert_eq!(
        admit_fund(&asha, Some(&draft), &submitted, Some(199)),
        Ok(())
    );
    // A device that does not know the hub's clock checks its own time.
    assert_eq!(admit_fund(&asha, Some(&draft), &submitted, None), Ok(()));
}

#[test]
fn nobody_but_the_hub_writes_a_request_s_attachments() {
    let asha = who("asha", Role::Practitioner);
    let before = request_doc(Vec::new());
    let mut after = before.fork();
    let mut request = schema::read_request(&after).expect("read");
    request.attachments.push(crate::model::Attachment {
        id: "a1".into(),
        sha256: "00".repeat(32).into(),
        name: "claims.pdf".into(),
        media_type: "application/pdf".into(),
        size: 1,
        by: "asha".into(),
        at: 1,
        message: None,
        requirement: None,
        report: None,
    });
    schema::write(&mut after, &request, 2).expect("write");
    assert_eq!(admit_req(&asha, &before, &after), Err("attachments".into()));
    // What the hub recorded stays as it is through a practitioner's later edit.
    let mut edited = after.fork();
    let mut request = schema::read_request(&edited).expect("read");
    request.title = "Ward officer training, May".into();
    schema::write(&mut edited, &request, 3).expect("write");
    assert_eq!(admit_req(&asha, &after, &edited), Ok(()));
}

fn create(by: &Principal, intake: Option<crate::model::Intake>) -> Result<(), String> {
    let request = Request {
        intake,
        ..request(Vec::new())
    };
    let doc = schema::new_request_doc(&request, ActorId::random()).expect("doc");
    admit(
        by,
        DocKind::Request,
        &id().to_string(),
        None,
        &doc,
        Checks {
            rules: &Rules::default(),
            rounds: &RoundBook::default(),
            arrived_at: None,
        },
    )
    .map(|_| ())
    .map_err(|e| e[0].field.clone())
}

#[test]
fn a_request_filed_for_someone_records_who_filed_it_and_keeps_it() {
    use crate::model::{Channel, Intake};
    let by = |user: &str| {
        Some(Intake {
            by: user.into(),
            channel: Channel::PhoneCall,
        })
    };
    let meena = who("meena", Role::Agent);
    let asha = who("asha", Role::Practitioner);
    assert_eq!(create(&meena, by("meena")), Ok(()));
    // Without saying so, or as if someone else had filed it.
    assert_eq!(create(&meena, None), Err("requester".into()));
    assert_eq!(create(&meena, by("ravi")), Err("requester".into()));
    // A fund manager does not file help-desk requests for anyone.
    assert_eq!(
        create(&who("farah", Role::FundManager), by("farah")),
        Err("requester".into())
    );
    // The requester filing for themselves records no intake.
    assert_eq!(create(&asha, None), Ok(()));
    assert_eq!(create(&asha, by("asha")), Err("intake".into()));

    // Once filed, nobody changes it.
    let before = request_doc(Vec::new());
    let mut filed = before.fork();
    let mut request = schema::read_request(&filed).expect("read");
    request.intake = by("meena");
    schema::write(&mut filed, &request, 3).expect("write");
    for person in [&asha, &meena] {
        assert_eq!(admit_req(person, &before, &filed), Err("intake".into()));
    }
}
