use super::*;
use crate::ids::UserId;
use crate::model::{Category, Country, Kind, Message, MessageRole, Role, SCHEMA_VERSION};

fn request(requester: &str) -> Request {
    Request {
        schema: SCHEMA_VERSION,
        id: "01890000-0000-7000-8000-000000000001".into(),
        kind: Kind::HelpDesk,
        title: "Flood plan".into(),
        description: autosurgeon::Text::with_value("Need help"),
        category: Category::Other,
        country: Country::SriLanka,
        city: "Galle".into(),
        requester: requester.into(),
        created_at: 1,
        messages: vec![Message {
            id: "m1".into(),
            author: "agent".into(),
            role: MessageRole::Staff,
            body: "Here is the template".into(),
            sent_at: 2,
            canned: None,
        }],
        application: None,
        team: None,
        attachments: Vec::new(),
        intake: None,
        handovers: Vec::new(),
        referrals: Vec::new(),
    }
}

fn person(id: &str, role: Role) -> Principal {
    Principal::new(UserId::parse(id).expect("valid"), role)
}

#[test]
fn a_file_is_what_its_bytes_say_and_must_agree_with_its_name() {
    let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];
    let found = file_type("letter.JPG", &jpeg).expect("a jpeg named .JPG");
    assert_eq!(found.media_type, "image/jpeg");
    assert!(found.is_photo());
    assert_eq!(
        file_type("report.pdf", b"%PDF-1.7\n").map(|t| t.media_type),
        Ok("application/pdf")
    );
    assert_eq!(
        file_type("budget.csv", "line,ক্ষেত্র\n1,2".as_bytes()).map(|t| t.extension),
        Ok("csv")
    );
    // A Windows program named like a photo is refused, saying what it really is.
    let refusal = file_type("photo.jpg", b"MZ\x90\x00\x03\x00\x00\x00").expect_err("a program");
    assert_eq!(
        refusal,
        FileRefusal::Mismatch {
            extension: "jpg".into(),
            found: Sniffed::Program
        }
    );
    assert_eq!(refusal.wording().message, "attachment-refused-mismatch");
    assert_eq!(
        file_type("setup.exe", b"MZ")
            .expect_err("not allowed")
            .code(),
        "type_not_allowed"
    );
    assert_eq!(
        file_type("notes.txt", &[b'a', 0, b'b'])
            .expect_err("binary")
            .code(),
        "type_mismatch"
    );
    assert_eq!(
        type_by_name("no-extension").expect_err("none").code(),
        "type_not_allowed"
    );
}

#[test]
fn text_cut_inside_a_character_is_still_text() {
    let text = "ধন্যবাদ".as_bytes();
    assert_eq!(sniff(&text[..text.len() - 1]), Sniffed::Text);
    assert_eq!(sniff(&[0xC3, 0x28, b'a']), Sniffed::Unknown);
}

#[test]
fn names_keep_their_last_segment_without_control_characters() {
    assert_eq!(tidy_name("C:\\Users\\x\\plan.pdf"), Ok("plan.pdf".into()));
    assert_eq!(tidy_name("a\u{0}b.txt"), Ok("ab.txt".into()));
    assert_eq!(tidy_name("  "), Err(FileRefusal::NoName));
    let long = format!("{}.pdf", "x".repeat(NAME_MAX_CHARS));
    assert_eq!(tidy_name(&long).expect_err("long").code(), "name_too_long");
}

#[test]
fn sizes_are_checked_against_the_file_the_record_and_the_quota() {
    let usage = Usage {
        user_quota: 10 * 1024 * 1024,
        ..Usage::default()
    };
    assert_eq!(check_size(1024, usage), Ok(()));
    assert_eq!(check_size(0, usage), Err(FileRefusal::Empty));
    assert!(
        check_size(FILE_MAX_BYTES + 1, usage)
            .expect_err("big")
            .is_size()
    );
    let nearly_full = Usage {
        user_bytes: 10 * 1024 * 1024 - 10,
        ..usage
    };
    assert_eq!(
        check_size(11, nearly_full).expect_err("quota").code(),
        "quota_exceeded"
    );
    let many = Usage {
        record_files: RECORD_MAX_FILES,
        ..usage
    };
    assert_eq!(check_size(1, many).expect_err("full").code(), "record_full");
    let heavy = Usage {
        record_bytes: RECORD_MAX_BYTES,
        user_quota: u64::MAX,
        ..usage
    };
    assert_eq!(
        check_size(1, heavy).expect_err("heavy").code(),
        "record_too_large"
    );
    assert_eq!(check_image(8000, 6000), Ok(()));
    assert!(check_image(100_000, 100_000).is_err());
}

#[test]
fn the_requester_attaches_to_the_request_and_authors_to_their_messages() {
    let request = request("alice");
    let alice = person("alice", Role::Practitioner);
    let agent = person("agent", Role::Agent);
    assert_eq!(may_attach(&alice, &request, &Place::Request, &[]), Ok(()));
    assert_eq!(
        may_attach(&agent, &request, &Place::Request, &[])
            .expect_err("not theirs")
            .code(),
        "not_yours"
    );
    let reply = Place::Message("m1".into());
    assert_eq!(may_attach(&agent, &request, &reply, &[]), Ok(()));
    assert_eq!(
        may_attach(&alice, &request, &reply, &[])
            .expect_err("x")
            .code(),
        "not_yours"
    );
    let missing = Place::Message("m9".into());
    assert_eq!(
        may_attach(&agent, &request, &missing, &[])
            .expect_err("x")
            .code(),
        "no_such_place"
    );
    let letter = Place::Requirement("Partner letter".into());
    assert_eq!(
        may_attach(&alice, &request, &letter, &["Partner letter".into()])
            .expect_err("no app")
            .code(),
        "no_such_place"
    );
    let mut fund = request.clone();
    fund.application = Some(crate::model::Application::default());
    assert_eq!(
        may_attach(&alice, &fund, &letter, &["Partner letter".into()]),
        Ok(())
    );
    assert!(may_attach(&alice, &fund, &letter, &["Budget".into()]).is_err());
    assert!(Place::from_parts(Some("m1"), Some("x"), None).is_err());
}

#[test]
fn the_hub_records_a_file_once_and_removes_it() {
    let mut doc =
        schema::new_request_doc(&request("alice"), automerge::ActorId::random()).expect("doc");
    let received = || Received {
        id: "a1".into(),
        sha256: "ab".repeat(32),
        name: "letter.pdf".into(),
        media_type: "application/pdf".into(),
        size: 10,
        by: "alice".into(),
        at: 5,
        place: Place::Report("r1".into()),
    };
    record(received())(&mut doc).expect("recorded");
    record(received())(&mut doc).expect("again");
    let read = schema::read_request(&doc).expect("read");
    assert_eq!(read.attachments.len(), 1);
    assert_eq!(
        read.attachments[0].report.as_ref().map(|r| r.as_str()),
        Some("r1")
    );
    assert_eq!(read.attachments[0].size, 10);
    remove(vec!["a1".into()], 6)(&mut doc).expect("removed");
    assert!(
        schema::read_request(&doc)
            .expect("read")
            .attachments
            .is_empty()
    );
}
