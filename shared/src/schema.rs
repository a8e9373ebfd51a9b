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
use crate::model::{Guidance, Kind, Notes, Priority, Request, Status, Triage};

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

pub fn read_guidance(doc: &Automerge) -> Result<Guidance, SchemaError> {
    hydrate(doc).map_err(shape("guidance item"))
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

/// Writes a request's own single-value fields (title, topic, country, city, team sharing) as one
/// change, leaving its conversation and application alone. When `description` is given, the
/// collaborative description becomes that text through the smallest character edit
/// (automerge's `update_text`), so edits made concurrently elsewhere survive the merge.
/// (autosurgeon's `Text::update` splices at byte offsets where automerge counts characters,
/// which fails on Bengali or Urdu text; and reconciling a description read earlier is refused
/// as stale once other devices' changes have merged in.)
pub fn write_request(
    doc: &mut Automerge,
    request: &Request,
    description: Option<&str>,
    time_ms: i64,
) -> Result<(), SchemaError> {
    use automerge::transaction::Transactable;
    let text_obj = match description {
        None => None,
        Some(_) => match doc.get(automerge::ROOT, "description") {
            Ok(Some((automerge::Value::Object(automerge::ObjType::Text), id))) => Some(id),
            _ => {
                return Err(SchemaError::Write(
                    "the description is not collaborative text".into(),
                ));
            }
        },
    };
    doc.transact_with(
        |_| CommitOptions::default().with_time(time_ms),
        |tx| {
            let root = automerge::ROOT;
            let fail = |e: autosurgeon::ReconcileError| e.to_string();
            autosurgeon::reconcile_prop(&mut *tx, root.clone(), "title", &request.title)
                .map_err(fail)?;
            autosurgeon::reconcile_prop(&mut *tx, root.clone(), "category", request.category)
                .map_err(fail)?;
            autosurgeon::reconcile_prop(&mut *tx, root.clone(), "country", request.country)
                .map_err(fail)?;
            autosurgeon::reconcile_prop(&mut *tx, root.clone(), "city", &request.city)
                .map_err(fail)?;
            autosurgeon::reconcile_prop(&mut *tx, root, "team", request.team).map_err(fail)?;
            if let (Some(obj), Some(text)) = (&text_obj, description) {
                tx.update_text(obj, text).map_err(|e| e.to_string())?;
            }
            Ok::<_, String>(())
        },
    )
    .map(|_| ())
    .map_err(|failure| SchemaError::Write(failure.error))
}

/// Writes only a request's application and conversation as one change, leaving its text
/// fields alone (so nothing read from them can be stale when other devices' changes merged in
/// meanwhile).
pub fn write_application_and_messages(
    doc: &mut Automerge,
    request: &Request,
    time_ms: i64,
) -> Result<(), SchemaError> {
    doc.transact_with(
        |_| CommitOptions::default().with_time(time_ms),
        |tx| {
            autosurgeon::reconcile_prop(tx, automerge::ROOT, "application", &request.application)?;
            autosurgeon::reconcile_prop(tx, automerge::ROOT, "messages", &request.messages)
        },
    )
    .map(|_| ())
    .map_err(|failure| SchemaError::Write(failure.error.to_string()))
}

/// Writes only a request's list of attachments as one change (the hub's record of files it
/// received, see [`crate::attachments`]).
pub fn write_attachments(
    doc: &mut Automerge,
    attachments: &[crate::model::Attachment],
    time_ms: i64,
) -> Result<(), SchemaError> {
    doc.transact_with(
        |_| CommitOptions::default().with_time(time_ms),
        |tx| autosurgeon::reconcile_prop(tx, automerge::ROOT, "attachments", attachments),
    )
    .map(|_| ())
    .map_err(|failure| SchemaError::Write(failure.error.to_string()))
}

/// The hub's record of a handover: the request's new requester and its list of handovers, in
/// one change made at `time_ms`.
pub fn write_handover(
    doc: &mut Automerge,
    requester: &str,
    handovers: &[crate::model::Handover],
    time_ms: i64,
) -> Result<(), SchemaError> {
    doc.transact_with(
        |_| CommitOptions::default().with_time(time_ms),
        |tx| {
            autosurgeon::reconcile_prop(tx, automerge::ROOT, "requester", requester)?;
            autosurgeon::reconcile_prop(tx, automerge::ROOT, "handovers", handovers)
        },
    )
    .map(|_| ())
    .map_err(|failure| SchemaError::Write(failure.error.to_string()))
}

/// The hub's record of a request's referrals, in one change made at `time_ms`.
pub fn write_referrals(
    doc: &mut Automerge,
    referrals: &[crate::model::Referral],
    time_ms: i64,
) -> Result<(), SchemaError> {
    doc.transact_with(
        |_| CommitOptions::default().with_time(time_ms),
        |tx| autosurgeon::reconcile_prop(tx, automerge::ROOT, "referrals", referrals),
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
    request_kind: Kind,
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
                kind: Some(request_kind),
                resolution: None,
                duplicate_of: None,
                application_status: None,
                approved_cents: None,
                decision_note: None,
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

/// A single-value field that devices set to different values while apart. Automerge keeps every
/// value and picks one deterministically; the person should pick instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The field's path, such as `category` or `application.requested_cents`.
    pub field: String,
    /// Every value written concurrently, the one currently shown first.
    pub values: Vec<String>,
}

/// The request fields whose concurrent values are worth showing to a person.
pub const CONFLICT_FIELDS: &[&str] = &["title", "category", "country", "city"];

fn scalar_text(value: &automerge::Value<'_>, doc: &Automerge, id: &automerge::ObjId) -> String {
    match value {
        automerge::Value::Scalar(s) => match s.as_ref() {
            automerge::ScalarValue::Str(text) => text.to_string(),
            automerge::ScalarValue::Int(n) => n.to_string(),
            automerge::ScalarValue::Uint(n) => n.to_string(),
            other => other.to_string(),
        },
        automerge::Value::Object(automerge::ObjType::Text) => doc.text(id).unwrap_or_default(),
        automerge::Value::Object(_) => String::new(),
    }
}

fn conflict_at(
    doc: &Automerge,
    obj: &automerge::ObjId,
    key: &str,
    field: String,
) -> Option<Conflict> {
    let all = doc.get_all(obj, key).ok()?;
    if all.len() < 2 {
        return None;
    }
    // get_all lists values in op order; the shown value is the one `get` returns.
    let shown = doc
        .get(obj, key)
        .ok()
        .flatten()
        .map(|(v, id)| scalar_text(&v, doc, &id));
    let mut values: Vec<String> = all.iter().map(|(v, id)| scalar_text(v, doc, id)).collect();
    values.dedup();
    if let Some(shown) = shown {
        values.retain(|v| v != &shown);
        values.insert(0, shown);
    }
    (values.len() > 1).then_some(Conflict { field, values })
}

/// The single-value fields of a request that have concurrent values.
pub fn conflicts(doc: &Automerge) -> Vec<Conflict> {
    let mut found: Vec<Conflict> = CONFLICT_FIELDS
        .iter()
        .filter_map(|field| conflict_at(doc, &automerge::ROOT, field, field.to_string()))
        .collect();
    if let Ok(Some((automerge::Value::Object(automerge::ObjType::Map), app))) =
        doc.get(automerge::ROOT, "application")
        && let Some(c) = conflict_at(
            doc,
            &app,
            "requested_cents",
            "application.requested_cents".into(),
        )
    {
        found.push(c);
    }
    found
}

/// Settles a conflict by writing the chosen value over every concurrent one.
pub fn resolve_conflict(
    doc: &mut Automerge,
    field: &str,
    value: &str,
    time_ms: i64,
) -> Result<(), SchemaError> {
    use automerge::transaction::Transactable;
    let bad = |reason: String| SchemaError::Write(reason);
    if let Some(key) = CONFLICT_FIELDS.iter().find(|f| **f == field) {
        return doc
            .transact_with(
                |_| CommitOptions::default().with_time(time_ms),
                |tx| tx.put(automerge::ROOT, *key, value),
            )
            .map(|_| ())
            .map_err(|f| bad(f.error.to_string()));
    }
    if field == "application.requested_cents" {
        let cents: i64 = value
            .parse()
            .map_err(|_| bad(format!("{value:?} is not a whole number of cents")))?;
        let Ok(Some((_, app))) = doc.get(automerge::ROOT, "application") else {
            return Err(bad("the request has no application".into()));
        };
        return doc
            .transact_with(
                |_| CommitOptions::default().with_time(time_ms),
                |tx| tx.put(&app, "requested_cents", cents),
            )
            .map(|_| ())
            .map_err(|f| bad(f.error.to_string()));
    }
    Err(bad(format!(
        "{field} is not a field whose conflicts can be settled"
    )))
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
    /// How the requester shares it with their city team (`read`, `write`), if they do.
    pub team: Option<String>,
    /// The city team it is shared with ([`crate::access::place_key`]), if it is.
    pub team_place: Option<String>,
    /// The people referred to it who accepted, as `,id,id,` (none: `None`), so a list finds
    /// a person's with one `LIKE` ([`crate::referral::reaching`]).
    pub referred: Option<String>,
    /// The people a referral on it is offered to, not yet answered, as `,id,id,`.
    pub offered: Option<String>,
    /// What full-text search indexes: title, description and every message (never notes).
    pub search_text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TriageSummary {
    pub status: String,
    pub priority: String,
    pub assignee: Option<String>,
    pub due_at: Option<i64>,
    pub tags: Vec<String>,
    pub duplicate_of: Option<String>,
}

/// The fields of a guidance item shown in the library list.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidanceSummary {
    pub id: String,
    /// The item it is a version of (its first version's id).
    pub item: String,
    pub title: String,
    pub summary: String,
    pub topic: String,
    pub language: String,
    pub published_at: i64,
    /// When staff retired it from the library.
    pub retired_at: Option<i64>,
}

/// What a stored document contributes to the projection table.
#[derive(Debug, Clone, PartialEq)]
pub enum Summary {
    Request(RequestSummary),
    Triage(TriageSummary),
    Guidance(GuidanceSummary),
    /// Notes are not projected.
    None,
}

pub fn summarize(kind: DocKind, doc: &Automerge) -> Result<Summary, SchemaError> {
    Ok(match kind {
        DocKind::Request => {
            let r = read_request(doc)?;
            let reach = crate::access::Reach::of(&r);
            let team = reach.team;
            let listed = |ids: &[String]| (!ids.is_empty()).then(|| format!(",{},", ids.join(",")));
            let referred = listed(&reach.referred);
            let offered = listed(&reach.offered);
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
                team: team.as_ref().map(|t| t.share.as_str().to_string()),
                team_place: team.map(|t| t.place),
                referred,
                offered,
                search_text: search_text(&r),
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
                duplicate_of: t.duplicate_of.map(|d| d.0),
            })
        }
        DocKind::Guidance => {
            let g = read_guidance(doc)?;
            Summary::Guidance(GuidanceSummary {
                item: g.item().to_string(),
                id: g.id,
                title: g.title.0,
                summary: g.summary.0,
                topic: g.topic.as_str().into(),
                language: g.language.0,
                published_at: g.published_at,
                retired_at: g.retired_at,
            })
        }
        DocKind::Notes => Summary::None,
    })
}

fn search_text(r: &Request) -> String {
    let mut text = format!("{}\n{}", r.title, r.description.as_str());
    for m in &r.messages {
        text.push('\n');
        text.push_str(m.body.as_str());
    }
    text
}

/// Rebuilds a document from the chunks storage holds (saves and incremental change sets, in
/// any order: automerge waits for missing dependencies on its own).
pub fn from_chunks(chunks: &[Vec<u8>]) -> Result<Automerge, automerge::AutomergeError> {
    let mut doc = Automerge::new();
    for chunk in chunks {
        doc.load_incremental(chunk)?;
    }
    Ok(doc)
}

/// What a compacting write stores in place of every earlier chunk: one save holding all of
/// `stored` and `written` (the write's snapshot, or its changes).
pub fn compact(stored: &[Vec<u8>], written: &[u8]) -> Result<Vec<u8>, automerge::AutomergeError> {
    let mut doc = from_chunks(stored)?;
    doc.load_incremental(written)?;
    Ok(doc.save())
}

/// The kind of request a request or triage document belongs to, read without hydrating the
/// whole record; `None` for other documents or when it is not recorded.
pub fn request_kind(kind: DocKind, doc: &Automerge) -> Option<Kind> {
    if !matches!(kind, DocKind::Request | DocKind::Triage) {
        return None;
    }
    root_word(doc, "kind")
}

/// Where a request document is and whom it is shared with, read without hydrating the whole
/// record (the city only when the request is shared).
pub fn request_reach(doc: &Automerge) -> crate::access::Reach {
    let country = root_word(doc, "country");
    let share = root_word(doc, "team");
    let city = share.and_then(|_| root_text(doc, "city"));
    let referrals: Vec<crate::model::Referral> =
        autosurgeon::hydrate_prop(doc, automerge::ROOT, "referrals").unwrap_or_default();
    crate::access::Reach::from_parts(country, share, city.as_deref()).with_referrals(&referrals)
}

/// A request document's requester, read without hydrating the whole record.
pub fn request_requester(doc: &Automerge) -> Option<crate::ids::UserId> {
    root_text(doc, "requester").and_then(|r| crate::ids::UserId::parse(&r).ok())
}

/// A root field holding a string or a text.
fn root_text(doc: &Automerge, key: &str) -> Option<String> {
    match doc.get(automerge::ROOT, key).ok()?? {
        (automerge::Value::Scalar(s), _) => match s.as_ref() {
            automerge::ScalarValue::Str(text) => Some(text.to_string()),
            _ => None,
        },
        (automerge::Value::Object(automerge::ObjType::Text), id) => doc.text(&id).ok(),
        _ => None,
    }
}

/// A root field holding one word (a string or a text), parsed.
fn root_word<T: std::str::FromStr>(doc: &Automerge, key: &str) -> Option<T> {
    root_text(doc, key)?.parse().ok()
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
mod tests;
