//! How big a record and a sync message may grow. One table, read by validation, admission, the
//! engine and the server's websocket, so a client, the REST API and `/sync` refuse the same
//! thing with the same reason.
//!
//! The limits are generous for real work (a request with hundreds of messages fits easily) and
//! small enough that one hostile client cannot make the server hold, copy or apply megabytes on
//! every message. Attachments are not stored in documents, so nothing legitimate comes near them.

use automerge::{Automerge, ReadDoc};

use crate::ids::DocKind;
use crate::validate::{Problem, ValidationError, error};

/// The most messages one request's conversation may hold.
pub const MESSAGES_MAX: usize = 1_000;
/// The most internal notes one request may hold.
pub const NOTES_MAX: usize = 1_000;
/// The most bytes a document may occupy in storage (compressed automerge chunks, everything
/// since it was created). A new write that would take it past this is refused.
pub const DOCUMENT_MAX_BYTES: usize = 4 * 1024 * 1024;
/// The most bytes one sync message may carry. Checked before the message is even decoded.
pub const SYNC_MESSAGE_MAX_BYTES: usize = 1024 * 1024;
/// The most changes one sync message may bring into a document.
pub const SYNC_MESSAGE_MAX_CHANGES: usize = 5_000;
/// The largest websocket message `/sync` reads: a sync message at its limit plus the envelope.
/// Operations one sync message may bring, counted before it is applied ([`crate::measure`]):
/// far more than anyone types (a description of 20,000 characters is 20,000), far fewer than a
/// hostile string of millions that compresses to almost nothing.
pub const SYNC_MESSAGE_MAX_OPS: u64 = 100_000;
/// Bytes one sync message's changes may take once inflated.
pub const SYNC_MESSAGE_MAX_INFLATED_BYTES: u64 = 8 * 1024 * 1024;
pub const WS_MESSAGE_MAX_BYTES: usize = SYNC_MESSAGE_MAX_BYTES + 64 * 1024;

/// The most documents one session may have being loaded from storage at once; its messages for
/// further documents wait (in order) until one of those loads finishes.
pub const LOADS_PER_SESSION: usize = 64;
/// The most bytes of messages one session may have waiting for room among its loads; beyond
/// that the session is closed (a client that asks for everything at once can reconnect).
pub const DEFERRED_MAX_BYTES: usize = 8 * 1024 * 1024;
/// How many times one session may be told a document cannot be had before it is closed.
pub const MISSES_PER_SESSION: u32 = 1_000;
/// The most empty placeholders (documents asked for but never stored) kept in memory; beyond
/// that the oldest are dropped, so asking for missing ids never evicts stored documents.
pub const PLACEHOLDERS_MAX: usize = 1_000;

/// The keys a request document's root may hold: the fields of [`crate::model::Request`].
pub const REQUEST_KEYS: &[&str] = &[
    "schema",
    "id",
    "kind",
    "title",
    "description",
    "category",
    "country",
    "city",
    "requester",
    "created_at",
    "messages",
    "application",
    "team",
    "attachments",
    "intake",
    "handovers",
    "referrals",
];

/// Root keys of a request document that are not part of a request (anything else a client
/// wrote there would be stored and synced to everyone without ever being checked).
pub fn unknown_root_keys(kind: DocKind, doc: &Automerge) -> Vec<String> {
    if kind != DocKind::Request {
        return Vec::new();
    }
    doc.keys(automerge::ROOT)
        .filter(|key| !REQUEST_KEYS.contains(&key.as_str()))
        .collect()
}

/// The refusal for root keys a request may not have.
pub fn refuse_unknown_keys(keys: &[String]) -> Vec<ValidationError> {
    keys.iter()
        .map(|key| {
            let reason = "requests have no such field".into();
            error(key.as_str(), Problem::NotAllowed { reason })
        })
        .collect()
}

/// Whether a sync message of `message_bytes` may be applied to a document that occupies
/// `stored_bytes`; the refusal names the limit it would break.
pub fn check_sync_message(
    stored_bytes: usize,
    message_bytes: usize,
) -> Result<(), Vec<ValidationError>> {
    if message_bytes > SYNC_MESSAGE_MAX_BYTES {
        let max_bytes = SYNC_MESSAGE_MAX_BYTES;
        return Err(vec![error("sync_message", Problem::TooLarge { max_bytes })]);
    }
    if stored_bytes.saturating_add(message_bytes) > DOCUMENT_MAX_BYTES {
        let max_bytes = DOCUMENT_MAX_BYTES;
        return Err(vec![error("document", Problem::TooLarge { max_bytes })]);
    }
    Ok(())
}

/// Whether a sync message's changes (`message.changes`) may be applied at all: their operations
/// and inflated bytes are counted without applying them ([`crate::measure`]).
pub fn check_message_cost<'a>(
    chunks: impl IntoIterator<Item = &'a [u8]>,
) -> Result<(), Vec<ValidationError>> {
    let budget = crate::measure::Budget {
        ops: SYNC_MESSAGE_MAX_OPS,
        inflated_bytes: SYNC_MESSAGE_MAX_INFLATED_BYTES,
    };
    match crate::measure::measure(chunks, budget) {
        Ok(_) => Ok(()),
        Err(crate::measure::Over::Ops) => {
            let max = SYNC_MESSAGE_MAX_OPS as usize;
            Err(vec![error("operations", Problem::TooMany { max })])
        }
        Err(crate::measure::Over::Bytes) => {
            let max_bytes = SYNC_MESSAGE_MAX_INFLATED_BYTES as usize;
            Err(vec![error("sync_message", Problem::TooLarge { max_bytes })])
        }
    }
}

/// Whether one sync message may bring `changes` new changes.
pub fn check_change_count(changes: usize) -> Result<(), Vec<ValidationError>> {
    if changes > SYNC_MESSAGE_MAX_CHANGES {
        let max = SYNC_MESSAGE_MAX_CHANGES;
        return Err(vec![error("sync_message", Problem::TooMany { max })]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Application, Message, MessageRole};

    #[test]
    fn a_request_with_every_field_writes_only_the_keys_the_limits_know() {
        let id = crate::ids::RequestId::new(1_763_900_000_000, [4; 10]);
        let mut request = crate::model::Request {
            schema: crate::model::SCHEMA_VERSION,
            id: id.to_string(),
            kind: crate::model::Kind::FundQuery,
            title: "Budget".into(),
            description: autosurgeon::Text::with_value("text"),
            category: crate::model::Category::CapacityBuilding,
            country: crate::model::Country::India,
            city: "Pune".into(),
            requester: "asha".into(),
            created_at: 1_763_900_000_000,
            messages: Vec::new(),
            application: Some(Application::default()),
            team: None,
            attachments: Vec::new(),
            intake: None,
            handovers: Vec::new(),
            referrals: Vec::new(),
        };
        request.messages.push(Message {
            id: "m1".into(),
            author: "asha".into(),
            role: MessageRole::Requester,
            body: "hello".into(),
            sent_at: 1,
            canned: None,
        });
        let doc = crate::schema::new_request_doc(&request, automerge::ActorId::random())
            .expect("written");
        let keys: Vec<String> = doc.keys(automerge::ROOT).collect();
        assert_eq!(keys.len(), REQUEST_KEYS.len(), "{keys:?}");
        assert!(unknown_root_keys(DocKind::Request, &doc).is_empty());
    }

    #[test]
    fn an_extra_root_key_in_a_request_is_named() {
        use automerge::transaction::Transactable;
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, "title", "t").expect("put");
        tx.put(automerge::ROOT, "blob", "x").expect("put");
        tx.commit();
        assert_eq!(unknown_root_keys(DocKind::Request, &doc), vec!["blob"]);
        assert!(unknown_root_keys(DocKind::Notes, &doc).is_empty());
    }

    #[test]
    fn sync_messages_are_refused_beyond_their_size_or_the_documents() {
        assert!(check_sync_message(0, 1000).is_ok());
        let too_big = check_sync_message(0, SYNC_MESSAGE_MAX_BYTES + 1).expect_err("too big");
        assert_eq!(too_big[0].field, "sync_message");
        let full = check_sync_message(DOCUMENT_MAX_BYTES - 10, 11).expect_err("full");
        assert_eq!(full[0].field, "document");
        assert!(check_change_count(SYNC_MESSAGE_MAX_CHANGES).is_ok());
        assert!(check_change_count(SYNC_MESSAGE_MAX_CHANGES + 1).is_err());
    }
}
