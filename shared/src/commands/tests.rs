//! Commands per role: who may do what, the workflow one move at a time, and retries.

use super::*;
use crate::ids::DocKind;
use crate::model::{Kind, Role};

const NOW: i64 = 1_763_900_000_000;

fn who(user: &str, role: Role) -> Principal {
    Principal::new(UserId::parse(user).expect("valid"), role)
}

fn ctx(id: &str) -> Context {
    Context {
        now_ms: NOW + 1_000,
        fresh_id: id.into(),
        rules: Rules::default(),
        rounds: Default::default(),
    }
}

fn filed(kind: Kind) -> (RequestId, Automerge) {
    let draft = RequestDraft {
        kind: kind.as_str().into(),
        title: "Budget template question".into(),
        description: "Does monitoring go under its own line?".into(),
        category: "support_fund".into(),
        country: "LK".into(),
        city: "Moratuwa".into(),
        ..Default::default()
    };
    let origin = Origin {
        requester: UserId::parse("asha").expect("valid"),
        fresh_id: RequestId::new(NOW as u64, [9; 10]),
        now_ms: NOW,
        intake: None,
    };
    new_request(draft, origin, &Rules::default(), ActorId::random()).expect("filed")
}

fn triage_of(id: RequestId, kind: Kind) -> Automerge {
    schema::genesis(DocKind::Triage, id, NOW, kind).expect("genesis")
}

fn run(cmd: Command, by: &Principal, doc: &mut Automerge) -> Result<(), Rejection> {
    cmd.apply(by, &ctx("x1"), doc)
}

fn status(s: &str) -> Command {
    Command::SetStatus {
        status: s.into(),
        resolution: None,
    }
}

#[test]
fn an_agent_walks_a_request_through_the_workflow() {
    let (id, _) = filed(Kind::HelpDesk);
    let mut triage = triage_of(id, Kind::HelpDesk);
    let ravi = who("ravi", Role::Agent);
    for s in ["triaged", "in_progress", "waiting_on_requester", "resolved"] {
        run(status(s), &ravi, &mut triage).expect(s);
    }
    let closing = run(status("closed"), &ravi, &mut triage);
    assert!(matches!(closing, Err(Rejection::Invalid(e)) if e[0].field == "resolution"));
    let close = Command::SetStatus {
        status: "closed".into(),
        resolution: Some("Trained 40 ward officers".into()),
    };
    run(close, &ravi, &mut triage).expect("closed with a note");
    assert_eq!(
        schema::read_triage(&triage).expect("read").status,
        Status::Closed
    );
}

#[test]
fn skipping_from_new_to_closed_is_refused() {
    let (id, _) = filed(Kind::HelpDesk);
    let mut triage = triage_of(id, Kind::HelpDesk);
    let close = Command::SetStatus {
        status: "closed".into(),
        resolution: Some("done".into()),
    };
    let result = run(close, &who("ravi", Role::Agent), &mut triage);
    assert!(matches!(result, Err(Rejection::Invalid(e)) if e[0].field == "status"));
}

#[test]
fn a_practitioner_cannot_triage_or_write_notes() {
    let (id, _) = filed(Kind::HelpDesk);
    let asha = who("asha", Role::Practitioner);
    let mut triage = triage_of(id, Kind::HelpDesk);
    assert_eq!(
        run(status("triaged"), &asha, &mut triage),
        Err(Rejection::Forbidden)
    );
    let mut notes = schema::genesis(DocKind::Notes, id, NOW, Kind::HelpDesk).expect("genesis");
    let note = Command::AddNote {
        id: None,
        body: "peek".into(),
    };
    assert_eq!(run(note, &asha, &mut notes), Err(Rejection::Forbidden));
}

#[test]
fn a_fund_manager_reads_help_desk_requests_but_handles_fund_queries() {
    let farah = who("farah", Role::FundManager);
    let (help, mut help_doc) = filed(Kind::HelpDesk);
    let reply = || Command::Reply {
        id: None,
        body: "We will look at it".into(),
        canned: None,
    };
    assert_eq!(
        run(reply(), &farah, &mut help_doc),
        Err(Rejection::Forbidden)
    );
    let mut help_triage = triage_of(help, Kind::HelpDesk);
    assert_eq!(
        run(status("triaged"), &farah, &mut help_triage),
        Err(Rejection::Forbidden)
    );
    let (fund, mut fund_doc) = filed(Kind::FundQuery);
    run(reply(), &farah, &mut fund_doc).expect("answers a fund query");
    let mut fund_triage = triage_of(fund, Kind::FundQuery);
    run(status("triaged"), &farah, &mut fund_triage).expect("triages a fund query");
    let mut notes = schema::genesis(DocKind::Notes, help, NOW, Kind::HelpDesk).expect("genesis");
    let note = Command::AddNote {
        id: None,
        body: "Could become a fund application".into(),
    };
    run(note, &farah, &mut notes).expect("notes on any request");
}

#[test]
fn replies_are_written_as_their_sender_and_a_retry_adds_nothing() {
    let (_, mut doc) = filed(Kind::HelpDesk);
    let ravi = who("ravi", Role::Agent);
    let reply = Command::Reply {
        id: Some("m-1".into()),
        body: "  Yes: monitoring has its own line.  ".into(),
        canned: Some("budget-lines".into()),
    };
    run(reply.clone(), &ravi, &mut doc).expect("reply");
    run(reply, &ravi, &mut doc).expect("retry");
    let request = schema::read_request(&doc).expect("read");
    assert_eq!(request.messages.len(), 1);
    let m = &request.messages[0];
    assert_eq!(
        (m.author.as_str(), m.role, m.body.as_str()),
        (
            "ravi",
            MessageRole::Staff,
            "Yes: monitoring has its own line."
        )
    );

    let asha = who("asha", Role::Practitioner);
    let canned = Command::Reply {
        id: None,
        body: "Thanks".into(),
        canned: Some("x".into()),
    };
    assert!(
        matches!(run(canned, &asha, &mut doc), Err(Rejection::Invalid(e)) if e[0].field == "canned")
    );
    let someone = who("bilal", Role::Practitioner);
    let theirs = Command::Reply {
        id: None,
        body: "Not mine".into(),
        canned: None,
    };
    assert_eq!(run(theirs, &someone, &mut doc), Err(Rejection::Forbidden));
}

#[test]
fn tags_are_tidied_and_deduplicated() {
    let (id, _) = filed(Kind::HelpDesk);
    let mut triage = triage_of(id, Kind::HelpDesk);
    let tags = Command::SetTags {
        tags: vec!["Youth Council".into(), "youth council".into(), " ".into()],
    };
    run(tags, &who("ravi", Role::Agent), &mut triage).expect("tags");
    let t = schema::read_triage(&triage).expect("read");
    assert_eq!(t.tags, vec![PlainString::from("youth-council")]);
}

#[test]
fn merging_a_duplicate_closes_it_with_a_link() {
    let (id, _) = filed(Kind::HelpDesk);
    let mut triage = triage_of(id, Kind::HelpDesk);
    let other = RequestId::new(NOW as u64 + 5, [1; 10]);
    let merge = Command::MarkDuplicate {
        of: other.to_string(),
        resolution: None,
    };
    assert_eq!(merge.other_request(), Some(other.to_string().as_str()));
    run(merge, &who("ravi", Role::Agent), &mut triage).expect("merged");
    let t = schema::read_triage(&triage).expect("read");
    assert_eq!(t.status, Status::Closed);
    assert_eq!(t.duplicate_of, Some(other.to_string().into()));
    assert!(t.resolution.is_some());
    let itself = Command::MarkDuplicate {
        of: id.to_string(),
        resolution: None,
    };
    let mut fresh = triage_of(id, Kind::HelpDesk);
    assert!(run(itself, &who("ravi", Role::Agent), &mut fresh).is_err());
}

#[test]
fn the_hub_reopens_a_resolved_request_when_the_requester_writes() {
    let (id, _) = filed(Kind::HelpDesk);
    let mut triage = triage_of(id, Kind::HelpDesk);
    let ravi = who("ravi", Role::Agent);
    run(status("resolved"), &ravi, &mut triage).expect("resolved");
    requester_replied(NOW + 5)(&mut triage).expect("reopened");
    assert_eq!(
        schema::read_triage(&triage).expect("read").status,
        Status::InProgress
    );
}

#[test]
fn commands_read_as_json_with_a_type() {
    let cmd: Command =
        serde_json::from_str(r#"{"type":"assign","assignee":"ravi"}"#).expect("json");
    assert_eq!(
        cmd,
        Command::Assign {
            assignee: Some("ravi".into())
        }
    );
    assert!(serde_json::from_str::<Command>(r#"{"type":"assign","who":"ravi"}"#).is_err());
}

fn fund_application(round: Option<&str>) -> (RequestId, Automerge) {
    let draft = RequestDraft {
        kind: "fund_query".into(),
        title: "Youth dialogue series".into(),
        description: "Sessions between young people and the council.".into(),
        category: "support_fund".into(),
        country: "MV".into(),
        city: "Male".into(),
        application: Some(crate::validate::ApplicationDraft {
            requested_cents: 600_000,
            round_id: round.map(String::from),
            ..Default::default()
        }),
        ..Default::default()
    };
    let origin = Origin {
        requester: UserId::parse("asha").expect("valid"),
        fresh_id: RequestId::new(NOW as u64, [8; 10]),
        now_ms: NOW,
        intake: None,
    };
    new_request(draft, origin, &Rules::default(), ActorId::random()).expect("filed")
}

#[test]
fn a_requester_submits_an_application_that_names_its_round_and_a_fund_manager_sends_it_back() {
    let asha = who("asha", Role::Practitioner);
    let (_, mut unnamed) = fund_application(None);
    let refused = run(Command::Submit {}, &asha, &mut unnamed);
    assert!(matches!(refused, Err(Rejection::Invalid(e)) if e[0].field == "application.round_id"));

    let (_, mut doc) = fund_application(Some("round-3"));
    run(Command::Submit {}, &asha, &mut doc).expect("submitted");
    let submitted = schema::read_request(&doc).expect("read");
    assert!(submitted.application.and_then(|a| a.submitted_at).is_some());

    let back = Command::RequestChanges {
        note: "Please split travel from materials.".into(),
    };
    assert_eq!(
        run(back.clone(), &who("ravi", Role::Agent), &mut doc),
        Err(Rejection::Forbidden)
    );
    run(back, &who("farah", Role::FundManager), &mut doc).expect("sent back");
    let returned = schema::read_request(&doc).expect("read");
    assert!(returned.application.and_then(|a| a.submitted_at).is_none());
    assert_eq!(returned.messages[0].role, MessageRole::Staff);
}

#[test]
fn the_hub_records_a_decision_that_a_late_submission_does_not_undo() {
    let (id, _) = fund_application(Some("round-3"));
    let mut triage = triage_of(id, Kind::FundQuery);
    application_status(ApplicationStatus::Approved, Some(500_000), None, NOW)(&mut triage)
        .expect("approved");
    application_status(ApplicationStatus::Submitted, None, None, NOW + 1)(&mut triage)
        .expect("ignored");
    let t = schema::read_triage(&triage).expect("read");
    assert_eq!(t.application_status, Some(ApplicationStatus::Approved));
    assert_eq!(t.approved_cents, Some(500_000));
}

#[test]
fn an_application_with_concurrent_history_can_be_edited() {
    let (_, base) = fund_application(Some("round-3"));
    let mut a = base.fork();
    let mut b = base.fork();
    let asha = who("asha", Role::Practitioner);
    run(Command::Submit {}, &asha, &mut a).expect("submitted");
    let reply = Command::Reply {
        id: Some("m-b".into()),
        body: "Question".into(),
        canned: None,
    };
    run(reply, &asha, &mut b).expect("reply");
    a.merge(&mut b).expect("merge");
    assert_eq!(a.get_heads().len(), 2);
    let back = Command::RequestChanges {
        note: "Change it".into(),
    };
    run(back, &who("farah", Role::FundManager), &mut a).expect("sent back");
    let mut c = a.fork();
    let mut d = a.fork();
    run(
        Command::Reply {
            id: Some("m-c".into()),
            body: "ok".into(),
            canned: None,
        },
        &asha,
        &mut c,
    )
    .expect("reply c");
    run(
        Command::Reply {
            id: Some("m-d".into()),
            body: "ok".into(),
            canned: None,
        },
        &asha,
        &mut d,
    )
    .expect("reply d");
    c.merge(&mut d).expect("merge");
    let edit = Command::EditApplication {
        application: crate::validate::ApplicationDraft {
            requested_cents: 600_000,
            objectives: "Changed".into(),
            round_id: Some("round-3".into()),
            ..Default::default()
        },
    };
    run(edit, &asha, &mut c).expect("edited with two heads");
}

#[test]
fn a_requester_shares_with_their_city_team_who_then_write_but_never_move_it() {
    let (_, mut doc) = filed(Kind::HelpDesk);
    let asha = who("asha", Role::Practitioner);
    let mut nimal = who("nimal", Role::Practitioner);
    nimal.place = access::place_key(crate::model::Country::SriLanka, "moratuwa");
    let reply = |body: &str| Command::Reply {
        id: None,
        body: body.into(),
        canned: None,
    };
    let share = |team: Option<&str>| Command::ShareWithTeam {
        team: team.map(str::to_string),
    };
    assert_eq!(
        run(reply("Our ward has the same question."), &nimal, &mut doc),
        Err(Rejection::Forbidden)
    );
    assert_eq!(
        run(share(Some("read")), &nimal, &mut doc),
        Err(Rejection::Forbidden)
    );
    assert!(matches!(
        run(share(Some("everyone")), &asha, &mut doc),
        Err(Rejection::Invalid(e)) if e[0].field == "team"
    ));
    run(share(Some("read")), &asha, &mut doc).expect("shared to read");
    assert_eq!(
        run(reply("Our ward has the same question."), &nimal, &mut doc),
        Err(Rejection::Forbidden)
    );
    run(share(Some("write")), &asha, &mut doc).expect("shared to write");
    run(reply("Our ward has the same question."), &nimal, &mut doc).expect("team reply");
    let request = schema::read_request(&doc).expect("read");
    let last = request.messages.last().expect("a message");
    assert_eq!(
        (last.author.as_str(), last.role),
        ("nimal", MessageRole::Requester)
    );
    let retitle = Command::Edit {
        title: Some("Budget template: monitoring line".into()),
        description: None,
        category: None,
        country: None,
        city: Some("Moratuwa".into()),
    };
    run(retitle, &nimal, &mut doc).expect("team edit keeping the place");
    let mv = Command::Edit {
        title: None,
        description: None,
        category: None,
        country: None,
        city: Some("Galle".into()),
    };
    assert!(matches!(
        run(mv, &nimal, &mut doc),
        Err(Rejection::Invalid(e)) if e[0].field == "city"
    ));
    run(share(None), &asha, &mut doc).expect("unshared");
    assert_eq!(schema::read_request(&doc).expect("read").team, None);
}
