//! How records map onto Automerge documents, through autosurgeon.
//!
//! Documents are written only through these functions, so every device and the server lay
//! records out the same way. The triage and notes documents start from a deterministic genesis
//! change (fixed actor, time and content derived from the request), so when two nodes or devices
//! create one independently they create the very same change and nothing conflicts.

use automerge::transaction::CommitOptions;
use automerge::{ActorId, Automerge, ReadDoc};
use autosurgeon::{hydrate, reconcile};

use crate::ids::{DocKind, RequestId};
use crate::model::{Notes, Priority, Request, Status, Triage};

#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("the document does not have the shape of a {expected}: {detail}")]
    Shape {
        expected: &'static str,
        detail: String,
    },
    #[error("could not write the document: {0}")]
    Write(String),
}

fn shape(expected: &'static str) -> impl Fn(autosurgeon::HydrateError) -> SchemaError {
    move |e| SchemaError::Shape {
        expected,
        detail: e.to_string(),
    }
}

pub fn read_request(doc: &Automerge) -> Result<Request, SchemaError> {
    hydrate(doc).map_err(shape("request"))
}

pub fn read_triage(doc: &Automerge) -> Result<Triage, SchemaError> {
    hydrate(doc).map_err(shape("triage record"))
}

pub fn read_notes(doc: &Automerge) -> Result<Notes, SchemaError> {
    hydrate(doc).map_err(shape("notes record"))
}

/// Writes `value` into `doc` as one change, touching only what differs.
pub fn write<T: autosurgeon::Reconcile>(
    doc: &mut Automerge,
    value: &T,
    time_ms: i64,
) -> Result<(), SchemaError> {
    doc.transact_with(
        |_| CommitOptions::default().with_time(time_ms),
        |tx| reconcile(tx, value),
    )
    .map(|_| ())
    .map_err(|failure| SchemaError::Write(failure.error.to_string()))
}

/// A new request document written by the actor of the device that made it.
pub fn new_request_doc(request: &Request, actor: ActorId) -> Result<Automerge, SchemaError> {
    let mut doc = Automerge::new().with_actor(actor);
    write(&mut doc, request, request.created_at)?;
    Ok(doc)
}

/// The genesis of a request's triage or notes document: the same bytes wherever it is made.
pub fn genesis(
    kind: DocKind,
    request: RequestId,
    created_at: i64,
) -> Result<Automerge, SchemaError> {
    let mut actor = b"hubdesk-genesis-".to_vec();
    actor.extend_from_slice(request.document(kind).as_bytes());
    let mut doc = Automerge::new().with_actor(ActorId::from(actor));
    let request_id = request.to_string();
    match kind {
        DocKind::Triage => write(
            &mut doc,
            &Triage {
                request_id,
                status: Status::New,
                priority: Priority::Normal,
                assignee: None,
                tags: Vec::new(),
                due_at: None,
            },
            created_at,
        )?,
        DocKind::Notes => write(
            &mut doc,
            &Notes {
                request_id,
                notes: Vec::new(),
            },
            created_at,
        )?,
        DocKind::Request | DocKind::Guidance => {
            return Err(SchemaError::Write(format!(
                "{} documents have no genesis",
                kind.as_str()
            )));
        }
    }
    Ok(doc)
}

/// The fields of a request that staff filter and sort on, for the projection table.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestSummary {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub category: String,
    pub country: String,
    pub city: String,
    pub requester: String,
    pub created_at: i64,
    pub message_count: i64,
    pub last_message_at: Option<i64>,
    pub requested_cents: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TriageSummary {
    pub status: String,
    pub priority: String,
    pub assignee: Option<String>,
    pub due_at: Option<i64>,
    pub tags: Vec<String>,
}

/// What a stored document contributes to the projection table.
#[derive(Debug, Clone, PartialEq)]
pub enum Summary {
    Request(RequestSummary),
    Triage(TriageSummary),
    /// Notes and guidance are not projected.
    None,
}

pub fn summarize(kind: DocKind, doc: &Automerge) -> Result<Summary, SchemaError> {
    Ok(match kind {
        DocKind::Request => {
            let r = read_request(doc)?;
            Summary::Request(RequestSummary {
                id: r.id.clone(),
                kind: r.kind.as_str().into(),
                title: r.title.0.clone(),
                category: r.category.as_str().into(),
                country: r.country.as_str().into(),
                city: r.city.0.clone(),
                requester: r.requester.0.clone(),
                created_at: r.created_at,
                message_count: r.messages.len() as i64,
                last_message_at: r.messages.iter().map(|m| m.sent_at).max(),
                requested_cents: r.application.as_ref().map(|a| a.requested_cents),
            })
        }
        DocKind::Triage => {
            let t = read_triage(doc)?;
            Summary::Triage(TriageSummary {
                status: t.status.as_str().into(),
                priority: t.priority.as_str().into(),
                assignee: t.assignee.map(|a| a.0),
                due_at: t.due_at,
                tags: t.tags.into_iter().map(|t| t.0).collect(),
            })
        }
        DocKind::Notes | DocKind::Guidance => Summary::None,
    })
}

/// Whether a document holds anything at all yet.
pub fn is_empty(doc: &Automerge) -> bool {
    doc.get_heads().is_empty()
}

/// The text of a request's description, read without hydrating the whole record.
pub fn description_text(doc: &Automerge) -> Option<String> {
    let (_, obj) = doc.get(automerge::ROOT, "description").ok()??;
    doc.text(&obj).ok()
}

#[cfg(test)]
mod tests {
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
        let a = genesis(DocKind::Triage, id, 5).expect("genesis");
        let b = genesis(DocKind::Triage, id, 5).expect("genesis");
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
}
