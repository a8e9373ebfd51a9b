use super::*;

fn expert() -> Profile {
    ProfileDraft {
        name: Some("  Dr. Farah Khan ".into()),
        kind: Some("expert".into()),
        organisation: Some("Urban Resilience Lab".into()),
        about: Some("Heat action plans for mid-sized cities.".into()),
        topics: Some(vec![
            "local_action_planning".into(),
            "youth_engagement".into(),
        ]),
        languages: Some(vec!["ur".into(), "EN".into(), "ur".into()]),
        cities: Some(vec!["Lahore".into(), " Karachi ".into()]),
        email: Some("farah@example.org".into()),
        phone: Some("+92 300 000 0000".into()),
        ..Default::default()
    }
    .apply(None, Editor::Staff)
    .expect("valid")
}

#[test]
fn a_new_profile_is_tidied_and_keeps_contact_details_for_the_hub() {
    let p = expert();
    assert_eq!(p.name, "Dr. Farah Khan");
    assert_eq!(p.languages, ["ur", "en"]);
    assert_eq!(p.cities, ["Lahore", "Karachi"]);
    assert_eq!(p.shown, Field::SHOWN_AT_FIRST.to_vec());
    assert!(!p.shown.contains(&Field::Email) && !p.shown.contains(&Field::Phone));
    assert!(p.listed);
}

#[test]
fn every_field_at_fault_is_named_at_once() {
    let errors = ProfileDraft {
        name: Some(" ".into()),
        kind: Some("guru".into()),
        topics: Some(vec!["astrology".into()]),
        languages: Some(vec!["english!".into()]),
        email: Some("not-an-address".into()),
        phone: Some("call me".into()),
        ..Default::default()
    }
    .apply(None, Editor::Staff)
    .expect_err("refused");
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "name",
            "kind",
            "email",
            "phone",
            "topics[0]",
            "languages[0]"
        ]
    );
}

#[test]
fn only_the_person_chooses_what_others_see() {
    let kept = expert();
    let by_staff = ProfileDraft {
        shown: Some(vec![Field::Email]),
        ..Default::default()
    }
    .apply(Some(&kept), Editor::Staff)
    .expect_err("staff may not choose");
    assert_eq!(by_staff[0].field, "shown");
    let mine = ProfileDraft {
        shown: Some(vec![Field::Email, Field::Topics, Field::Email]),
        ..Default::default()
    }
    .apply(Some(&kept), Editor::Owner)
    .expect("the person may");
    assert_eq!(mine.shown, [Field::Topics, Field::Email]);
    assert_eq!(mine.name, kept.name, "fields left out keep what they were");
    let staff_edit = ProfileDraft {
        about: Some("".into()),
        ..Default::default()
    }
    .apply(Some(&mine), Editor::Staff)
    .expect("staff edit the rest");
    assert_eq!(staff_edit.about, None);
    assert_eq!(
        staff_edit.shown, mine.shown,
        "staff keep the person's choice"
    );
}

#[test]
fn members_see_only_what_the_person_shows_and_unlisted_profiles_not_at_all() {
    let mut p = expert();
    let member = card(&p, Reader::Member).expect("listed");
    assert_eq!(member.email, None);
    assert_eq!(member.phone, None);
    assert_eq!(member.shown, None);
    assert!(member.topics.is_some());
    let json = serde_json::to_string(&member).expect("json");
    assert!(
        !json.contains("farah@example.org") && !json.contains("email"),
        "{json}"
    );
    for reader in [Reader::Owner, Reader::Manager] {
        let all = card(&p, reader).expect("theirs");
        assert_eq!(all.email.as_deref(), Some("farah@example.org"));
        assert_eq!(all.listed, Some(true));
    }
    p.shown = vec![Field::Email];
    let member = card(&p, Reader::Member).expect("listed");
    assert_eq!(member.topics, None);
    assert_eq!(member.email.as_deref(), Some("farah@example.org"));
    p.listed = false;
    assert_eq!(card(&p, Reader::Member), None);
    assert!(card(&p, Reader::Manager).is_some());
}

#[test]
fn staff_manage_only_their_countries_and_practitioners_read() {
    let india = [Country::India];
    assert_eq!(
        reader(Role::Agent, Some(&india), false, Some(Country::India)),
        Reader::Manager
    );
    assert_eq!(
        reader(Role::Agent, Some(&india), false, Some(Country::Pakistan)),
        Reader::Member
    );
    assert_eq!(reader(Role::Admin, None, false, None), Reader::Manager);
    assert_eq!(
        reader(Role::FundManager, None, false, Some(Country::India)),
        Reader::Member
    );
    assert_eq!(
        reader(Role::Practitioner, None, true, Some(Country::India)),
        Reader::Owner
    );
    assert_eq!(
        reader(Role::Practitioner, None, false, Some(Country::India)),
        Reader::Member
    );
}

#[test]
fn a_search_matches_every_word_in_the_readers_words_too() {
    let p = expert();
    let member = card(&p, Reader::Member).expect("listed");
    let words = |what: &str, code: &str| match (what, code) {
        ("topic", "youth_engagement") => Some("যুব সম্পৃক্ততা".to_string()),
        ("language", "ur") => Some("Urdu".to_string()),
        _ => None,
    };
    let place = ["PK", "Lahore"];
    assert!(matches(&member, &place, "", &words));
    assert!(matches(&member, &place, "farah URDU", &words));
    assert!(matches(&member, &place, "যুব", &words));
    assert!(matches(&member, &place, "karachi heat", &words));
    assert!(!matches(&member, &place, "farah tamil", &words));
    let hidden = card(&Profile { shown: vec![], ..p }, Reader::Member).expect("listed");
    assert!(
        !matches(&hidden, &place, "heat", &words),
        "hidden fields are not searched"
    );
}

#[test]
fn a_member_city_needs_a_known_country_a_city_and_a_status() {
    let ok = CityDraft {
        country: "LK".into(),
        city: " Galle ".into(),
        status: "member".into(),
        since: Some("2024-02-29".into()),
        focal_points: vec!["nimal".into(), "nimal".into(), " ".into()],
    }
    .check()
    .expect("valid");
    assert_eq!(ok.city, "Galle");
    assert_eq!(ok.focal_points, ["nimal"]);
    let errors = CityDraft {
        country: "XX".into(),
        city: "".into(),
        status: "vip".into(),
        since: Some("2023-02-29".into()),
        focal_points: vec![],
    }
    .check()
    .expect_err("refused");
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["country", "city", "status", "since"]);
    assert!(is_date("2000-02-29") && !is_date("1900-02-29") && !is_date("2024-13-01"));
}

#[test]
fn a_city_is_found_by_its_name_country_status_or_focal_points_in_the_readers_words() {
    let said = |what: &str, code: &str| match (what, code) {
        ("country", "LK") => Some("ශ්‍රී ලංකාව".to_string()),
        ("membership", "member") => Some("Member city".to_string()),
        _ => None,
    };
    let focal = ["Nimal Perera"];
    let found = |q: &str| city_matches("Galle", "LK", "member", &focal, q, &said);
    assert!(found("galle"));
    assert!(found("ලංකාව"));
    assert!(found("member city perera"));
    assert!(!found("galle former"));
}
