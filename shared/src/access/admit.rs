//! Admission: whether a document that would result from a write may replace what is stored.
//!
//! Every write passes here in the server, whoever sent it: a stock automerge-repo client over
//! `/sync`, the field app, the console, or a REST command. The checks:
//! - A request stays a valid request with the same id, requester, kind and creation time.
//! - Its conversation is append-only: every earlier message is still there, unchanged; message
//!   ids are unique; each new message is written by the person syncing it, as `requester` when
//!   they are a practitioner and as `staff` when they are hub staff allowed to answer.
//! - A triage record keeps its request and kind, is written only by staff allowed to triage that
//!   kind, stays valid ([`crate::workflow::validate_triage`]) and reaches its status through moves
//!   that person may make ([`crate::workflow::check_reachable`]).
//! - Internal notes are append-only in the same way, each new note written as its author.
//! - A staff member limited to countries writes only requests within them (a request moved to
//!   another country by them is refused).
//! - A write never brings a second history into a document (a copy of a document the hub has
//!   replaced, see [`crate::retention`], cannot sync its old history back).
//! - Only the requester shares a request with their city team or stops sharing it; a team member
//!   it is shared with for writing changes neither its place nor its fund application
//!   ([`super::team`]).

use automerge::Automerge;

use super::{Principal, invalid_shape, refuse};
use crate::fund::{self, RoundBook};
use crate::ids::{DocKind, UserId};
use crate::model::{Message, MessageRole, Note, Request};
use crate::schema;
use crate::validate::{self, Rules, ValidationError};
use crate::workflow;

/// Decides whether `after` may replace `before` (or be created, when `before` is `None`) when
/// written by `principal`. On success returns the document's owner.
pub fn admit(
    principal: &Principal,
    kind: DocKind,
    expected_request_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
    rules: &Rules,
    rounds: &RoundBook,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    if before.is_some_and(|before| brings_another_history(before, after)) {
        return Err(refuse(
            "document",
            "holds an earlier version of this record, which the hub has since replaced (see \
             shared::retention); drop it and fetch the record again",
        ));
    }
    match kind {
        DocKind::Request => {
            admit_request(principal, expected_request_id, before, after, rules, rounds)
        }
        DocKind::Triage => admit_triage(principal, expected_request_id, before, after),
        DocKind::Notes => admit_notes(principal, expected_request_id, before, after),
        DocKind::Guidance => {
            let guidance = schema::read_guidance(after).map_err(invalid_shape)?;
            validate::validate_guidance(&guidance)?;
            if guidance.id != expected_request_id {
                return Err(refuse("id", "must match the document id"));
            }
            Ok(None)
        }
    }
}

/// Whether `after` holds a change that starts a history of its own (one without dependencies)
/// that `before` does not: a document's history has one beginning, and the only way to bring a
/// second is from a copy made before the hub replaced the document.
fn brings_another_history(before: &Automerge, after: &Automerge) -> bool {
    if before.get_heads().is_empty() {
        return false;
    }
    after
        .get_changes_meta(&before.get_heads())
        .iter()
        .any(|change| change.deps.is_empty())
}

fn admit_request(
    principal: &Principal,
    expected_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
    rules: &Rules,
    rounds: &RoundBook,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    let unknown = crate::limits::unknown_root_keys(DocKind::Request, after);
    if !unknown.is_empty() {
        return Err(crate::limits::refuse_unknown_keys(&unknown));
    }
    let request = schema::read_request(after).map_err(invalid_shape)?;
    validate::validate_request(&request, rules)?;
    if !principal.covers(Some(request.country)) {
        // A staff member limited to countries files, and moves requests, only within them.
        return Err(refuse(
            "country",
            "is outside the countries you handle at the hub",
        ));
    }
    if request.id != expected_id {
        return Err(refuse("id", "must equal the document id"));
    }
    let owner = UserId::parse(request.requester.as_str())
        .map_err(|_| refuse("requester", "must be a user id"))?;
    let staff = principal.role.is_staff();
    let by_requester = owner == principal.user;
    let old = match before {
        Some(doc) => Some(schema::read_request(doc).map_err(invalid_shape)?),
        None => None,
    };
    match &old {
        None if !staff && !by_requester => {
            return Err(refuse(
                "requester",
                "a practitioner files requests as themselves",
            ));
        }
        None if request.team.is_some() && !by_requester => {
            return Err(refuse("team", ONLY_THE_REQUESTER_SHARES));
        }
        Some(old) => {
            if old.team != request.team && !by_requester {
                return Err(refuse("team", ONLY_THE_REQUESTER_SHARES));
            }
            if !staff && !by_requester {
                check_team_write(old, &request)?;
            }
            if old.requester != request.requester {
                return Err(refuse(
                    "requester",
                    "cannot change who a request belongs to",
                ));
            }
            if old.kind != request.kind {
                return Err(refuse("kind", "cannot change once filed"));
            }
            if old.created_at != request.created_at {
                return Err(refuse("created_at", "cannot change once filed"));
            }
            let submitted = old
                .application
                .as_ref()
                .is_some_and(|a| a.submitted_at.is_some());
            if submitted && !staff {
                check_reports_only(old.application.as_ref(), request.application.as_ref())?;
            }
        }
        None => {}
    }
    if let Some(application) = &request.application {
        let previous = old.as_ref().and_then(|o| o.application.as_ref());
        fund::check_against_round(previous, application, rounds)?;
    }
    let earlier = old.as_ref().map(|o| o.messages.as_slice()).unwrap_or(&[]);
    check_conversation(principal, earlier, &request)?;
    Ok(Some(owner))
}

const ONLY_THE_REQUESTER_SHARES: &str = "only the requester shares a request with their city team";

/// What a city team member a request is shared with for writing may not change: where the
/// request is (which decides its team) and its fund application.
fn check_team_write(before: &Request, after: &Request) -> Result<(), Vec<ValidationError>> {
    let moved = "only the requester moves a request to another place";
    if before.country != after.country {
        return Err(refuse("country", moved));
    }
    if before.city != after.city {
        return Err(refuse("city", moved));
    }
    if before.application != after.application {
        return Err(refuse(
            "application",
            "only the requester changes a fund application",
        ));
    }
    Ok(())
}

/// A submitted application changes only when the hub asks for changes; its requester may only
/// add progress reports, and earlier reports stay as they were.
fn check_reports_only(
    before: Option<&crate::model::Application>,
    after: Option<&crate::model::Application>,
) -> Result<(), Vec<ValidationError>> {
    let locked = || {
        refuse(
            "application",
            "a submitted application changes only when the hub asks for changes",
        )
    };
    let (Some(before), Some(after)) = (before, after) else {
        return Err(locked());
    };
    let without_reports = |a: &crate::model::Application| {
        let mut a = a.clone();
        a.reports.clear();
        a
    };
    if without_reports(before) != without_reports(after) {
        return Err(locked());
    }
    for old in &before.reports {
        if !after.reports.iter().any(|r| r == old) {
            return Err(refuse(
                "application.reports",
                "a progress report cannot be changed once filed",
            ));
        }
    }
    Ok(())
}

/// The conversation is append-only and every new message is written as its sender.
fn check_conversation(
    principal: &Principal,
    earlier: &[Message],
    request: &Request,
) -> Result<(), Vec<ValidationError>> {
    let messages = &request.messages;
    for (i, message) in messages.iter().enumerate() {
        if messages[..i].iter().any(|m| m.id == message.id) {
            return Err(refuse(
                &format!("messages[{i}].id"),
                "message ids are unique",
            ));
        }
    }
    for old in earlier {
        match messages.iter().position(|m| m.id == old.id) {
            None => {
                return Err(refuse(
                    "messages",
                    "messages cannot be removed from a conversation",
                ));
            }
            Some(i) if messages[i] != *old => {
                return Err(refuse(
                    &format!("messages[{i}]"),
                    "a message cannot be changed once sent",
                ));
            }
            Some(_) => {}
        }
    }
    let role = if principal.role.is_staff() {
        MessageRole::Staff
    } else {
        MessageRole::Requester
    };
    for (i, message) in messages.iter().enumerate() {
        if earlier.iter().any(|m| m.id == message.id) {
            continue;
        }
        if message.author.as_str() != principal.user.as_str() || message.role != role {
            return Err(refuse(
                &format!("messages[{i}]"),
                format!("new messages are written as their sender, with the {role} role"),
            ));
        }
        if message.canned.is_some() && role != MessageRole::Staff {
            return Err(refuse(
                &format!("messages[{i}].canned"),
                "only hub replies start from a canned response",
            ));
        }
    }
    Ok(())
}

fn admit_triage(
    principal: &Principal,
    expected_request_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    let triage = schema::read_triage(after).map_err(invalid_shape)?;
    if triage.request_id != expected_request_id {
        return Err(refuse("request_id", "does not match the document id"));
    }
    let Some(before) = before else {
        return Err(refuse(
            "document",
            "triage records come only from their request",
        ));
    };
    let old = schema::read_triage(before).map_err(invalid_shape)?;
    if old.kind != triage.kind || old.request_id != triage.request_id {
        return Err(refuse("kind", "cannot change once filed"));
    }
    if !workflow::may_triage(principal.role, &old) {
        return Err(refuse(
            "document",
            format!(
                "a {} does not triage {} requests",
                principal.role,
                old.request_kind()
            ),
        ));
    }
    if old.application_status != triage.application_status
        || old.approved_cents != triage.approved_cents
        || old.decision_note != triage.decision_note
    {
        return Err(refuse(
            "application_status",
            "set only by the hub, from its ledger and the submissions it receives",
        ));
    }
    workflow::validate_triage(&triage)?;
    workflow::check_reachable(principal.role, old.status, &triage).map_err(|e| vec![e])?;
    Ok(None)
}

fn admit_notes(
    principal: &Principal,
    expected_request_id: &str,
    before: Option<&Automerge>,
    after: &Automerge,
) -> Result<Option<UserId>, Vec<ValidationError>> {
    let notes = schema::read_notes(after).map_err(invalid_shape)?;
    if notes.request_id != expected_request_id {
        return Err(refuse("request_id", "does not match the document id"));
    }
    if notes.notes.len() > crate::limits::NOTES_MAX {
        let max = crate::limits::NOTES_MAX;
        return Err(vec![validate::error(
            "notes",
            validate::Problem::TooMany { max },
        )]);
    }
    let earlier: Vec<Note> = match before {
        Some(doc) => schema::read_notes(doc).map_err(invalid_shape)?.notes,
        None => Vec::new(),
    };
    for (i, note) in notes.notes.iter().enumerate() {
        if notes.notes[..i].iter().any(|n| n.id == note.id) {
            return Err(refuse(&format!("notes[{i}].id"), "note ids are unique"));
        }
        match earlier.iter().find(|n| n.id == note.id) {
            Some(old) if old != note => {
                return Err(refuse(
                    &format!("notes[{i}]"),
                    "a note cannot be changed once written",
                ));
            }
            Some(_) => {}
            None => {
                if note.author.as_str() != principal.user.as_str() {
                    return Err(refuse(
                        &format!("notes[{i}].author"),
                        "new notes are written as their author",
                    ));
                }
                validate::validate_note_body(note.body.as_str()).map_err(|mut e| {
                    e.field = format!("notes[{i}].body");
                    vec![e]
                })?;
            }
        }
    }
    if earlier
        .iter()
        .any(|old| !notes.notes.iter().any(|n| n.id == old.id))
    {
        return Err(refuse("notes", "notes cannot be removed"));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
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
        let request = Request {
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
        };
        schema::new_request_doc(&request, ActorId::random()).expect("doc")
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
            &Rules::default(),
            &RoundBook::default(),
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
            &Rules::default(),
            &RoundBook::default(),
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
            &Rules::default(),
            &RoundBook::default(),
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
                &rules,
                &book
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
            &rules,
            &book,
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
            &rules,
            &book,
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
}
