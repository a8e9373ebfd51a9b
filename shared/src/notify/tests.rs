use super::*;
use crate::ids::UserId;

fn user(n: u8) -> UserId {
    UserId::parse(&format!("user-{n}")).expect("user id")
}

fn recorded(actor: Option<UserId>, event: Event) -> Recorded {
    Recorded {
        actor,
        role: None,
        server_at: 0,
        device_at: None,
        event,
    }
}

fn facts<'a>(requester: &'a str, assignee: Option<&'a str>) -> RequestFacts<'a> {
    RequestFacts {
        requester,
        assignee,
        kind: Kind::HelpDesk,
        country: Some(Country::India),
        priority: Priority::Normal,
    }
}

#[test]
fn each_event_tells_the_person_it_concerns_never_its_author() {
    let (requester, agent) = (user(1), user(2));
    let f = facts(requester.as_str(), Some(agent.as_str()));
    let reply = Event::Message {
        id: "m".into(),
        role: MessageRole::Staff,
        canned: None,
    };
    assert_eq!(
        for_event(&recorded(Some(agent.clone()), reply), &f),
        vec![(
            Audience::Person(requester.to_string()),
            NotificationKind::HubReplied
        )]
    );
    let answer = Event::Message {
        id: "m2".into(),
        role: MessageRole::Requester,
        canned: None,
    };
    assert_eq!(
        for_event(&recorded(Some(requester.clone()), answer.clone()), &f),
        vec![(
            Audience::Person(agent.to_string()),
            NotificationKind::FieldReplied
        )]
    );
    // Unassigned, nobody in particular is told of the requester's answer.
    assert!(
        for_event(
            &recorded(Some(requester.clone()), answer),
            &facts(requester.as_str(), None)
        )
        .is_empty()
    );
    // Assigning oneself tells nobody.
    let assigned = Event::Assignee {
        from: None,
        to: Some(agent.to_string()),
    };
    assert!(for_event(&recorded(Some(agent.clone()), assigned.clone()), &f).is_empty());
    assert_eq!(
        for_event(&recorded(Some(user(3)), assigned), &f),
        vec![(
            Audience::Person(agent.to_string()),
            NotificationKind::Assigned
        )]
    );
    let waiting = Event::Status {
        from: Status::InProgress,
        to: Status::WaitingOnRequester,
    };
    assert_eq!(
        for_event(&recorded(Some(agent.clone()), waiting), &f)[0].1,
        NotificationKind::QuestionWaiting
    );
    let closed = Event::Status {
        from: Status::Resolved,
        to: Status::Closed,
    };
    assert!(for_event(&recorded(Some(agent.clone()), closed), &f).is_empty());
    let approved = Event::Application {
        status: Some(ApplicationStatus::Approved),
        approved_cents: Some(100),
    };
    assert_eq!(
        for_event(&recorded(Some(user(3)), approved), &f)[0].1,
        NotificationKind::FundDecision
    );
}

#[test]
fn a_new_request_tells_its_handlers_and_an_urgent_one_is_its_own_kind() {
    let requester = user(1);
    let mut f = facts(requester.as_str(), None);
    let created = recorded(Some(requester.clone()), Event::Created);
    assert_eq!(
        for_event(&created, &f),
        vec![(Audience::Handlers, NotificationKind::NewRequest)]
    );
    f.priority = Priority::Urgent;
    assert_eq!(
        for_event(&created, &f),
        vec![(Audience::Handlers, NotificationKind::UrgentRequest)]
    );
    // Filed at the hub for them, the requester is told too.
    let filed = recorded(Some(user(2)), Event::Created);
    assert_eq!(
        for_event(&filed, &f),
        vec![
            (Audience::Handlers, NotificationKind::UrgentRequest),
            (
                Audience::Person(requester.to_string()),
                NotificationKind::FiledForYou
            )
        ]
    );

    let mut agent = Principal::new(user(2), Role::Agent);
    agent.countries = vec![Country::India];
    assert!(handles(&agent, Kind::HelpDesk, Some(Country::India)));
    assert!(!handles(&agent, Kind::HelpDesk, Some(Country::Pakistan)));
    let fund_manager = Principal::new(user(3), Role::FundManager);
    assert!(handles(
        &fund_manager,
        Kind::FundQuery,
        Some(Country::India)
    ));
    assert!(!handles(
        &fund_manager,
        Kind::HelpDesk,
        Some(Country::India)
    ));
    assert!(!handles(
        &Principal::new(user(4), Role::Practitioner),
        Kind::HelpDesk,
        Some(Country::India)
    ));
}

#[test]
fn preferences_are_checked_against_the_role() {
    let mut prefs = Preferences {
        off: vec![NotificationKind::NewRequest],
        ..Default::default()
    };
    assert_eq!(prefs.check(Role::Agent), Ok(()));
    assert_eq!(
        prefs.check(Role::Practitioner),
        Err(PreferenceError::KindNotOfRole(NotificationKind::NewRequest))
    );
    assert!(!prefs.wants(NotificationKind::NewRequest));
    assert!(prefs.wants(NotificationKind::UrgentRequest));
    prefs.quiet = Some(Quiet {
        from: 1440,
        to: 60,
        utc_offset: 0,
    });
    assert_eq!(prefs.check(Role::Agent), Err(PreferenceError::QuietHours));
    prefs.quiet = Some(Quiet {
        from: 60,
        to: 60,
        utc_offset: 0,
    });
    assert_eq!(prefs.check(Role::Agent), Err(PreferenceError::QuietHours));
    prefs.quiet = Some(Quiet {
        from: 60,
        to: 120,
        utc_offset: 900,
    });
    assert_eq!(prefs.check(Role::Agent), Err(PreferenceError::UtcOffset));
    let digest = Preferences {
        digest: Digest::Daily,
        ..Default::default()
    };
    assert_eq!(
        digest.check(Role::Practitioner),
        Err(PreferenceError::Digest)
    );
    assert_eq!(digest.check(Role::FundManager), Ok(()));
    assert_eq!(
        NotificationKind::of_role(Role::Practitioner).count()
            + NotificationKind::of_role(Role::Agent).count(),
        NotificationKind::ALL.len()
    );
    for kind in NotificationKind::ALL {
        assert_eq!(NotificationKind::parse(kind.as_str()), Some(kind));
    }
}

#[test]
fn a_push_in_quiet_hours_waits_for_their_end_in_the_persons_time() {
    const MIN: i64 = 60_000;
    let day = 1_000 * 86_400 * 20_000; // a midnight, UTC
    // 22:00 to 07:00 in Dhaka (UTC+6).
    let prefs = Preferences {
        quiet: Some(Quiet {
            from: 22 * 60,
            to: 7 * 60,
            utc_offset: 360,
        }),
        ..Default::default()
    };
    // 12:00 UTC is 18:00 in Dhaka: at once.
    let noon = day + 12 * 60 * MIN;
    assert_eq!(prefs.push_at(noon), noon);
    // 17:30 UTC is 23:30 in Dhaka: until 07:00 there, 01:00 UTC the next day.
    let late = day + (17 * 60 + 30) * MIN + 1_234;
    assert_eq!(prefs.push_at(late), day + 25 * 60 * MIN);
    // 00:30 UTC is 06:30 in Dhaka: half an hour.
    let early = day + 30 * MIN;
    assert_eq!(prefs.push_at(early), day + 60 * MIN);
    // 01:00 UTC is 07:00 there: the quiet hours are over.
    assert_eq!(prefs.push_at(day + 60 * MIN), day + 60 * MIN);
    // Within the same day: 13:00 to 14:00 UTC.
    let lunch = Preferences {
        quiet: Some(Quiet {
            from: 13 * 60,
            to: 14 * 60,
            utc_offset: 0,
        }),
        ..Default::default()
    };
    assert_eq!(lunch.push_at(day + 13 * 60 * MIN + 5), day + 14 * 60 * MIN);
    assert_eq!(lunch.push_at(day + 14 * 60 * MIN), day + 14 * 60 * MIN);
}

#[test]
fn a_push_payload_holds_a_kind_and_ids_only() {
    let payload = PushPayload {
        kind: NotificationKind::HubReplied,
        reference: "0190e0b5-0000-7000-8000-000000000000".into(),
        id: "n1".into(),
        count: None,
    };
    let json = serde_json::to_value(&payload).expect("json");
    let keys: Vec<&String> = json.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["id", "kind", "ref"]);
    assert_eq!(json["kind"], "hub_replied");
}

#[test]
fn new_requests_are_gathered_into_windows_and_urgent_ones_go_at_once() {
    let window = 600_000;
    let now = 1_800_000_000_123;
    let at = gathered_until(NotificationKind::NewRequest, now, window);
    assert!(at > now && at - now <= window && at % window == 0, "{at}");
    assert_eq!(
        gathered_until(NotificationKind::NewRequest, now + 1_000, window),
        at,
        "a second new request within the window goes with the first"
    );
    assert_eq!(
        gathered_until(NotificationKind::NewRequest, at, window),
        at,
        "held to the window's end, it goes then"
    );
    assert_eq!(
        gathered_until(NotificationKind::UrgentRequest, now, window),
        now
    );
    assert_eq!(gathered_until(NotificationKind::NewRequest, now, 0), now);
    let gathered = PushPayload {
        kind: NotificationKind::NewRequest,
        reference: "r".into(),
        id: "n".into(),
        count: Some(3),
    };
    assert_eq!(serde_json::to_value(&gathered).expect("json")["count"], 3);
}
