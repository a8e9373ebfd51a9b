//! Every change a person makes to a request, as a typed command that checks the rules and
//! writes the document.
//!
//! The REST API, the staff console and the field app (through the wasm client), the demo seed
//! and the tests all change records through here, so no shell restates a rule. Each command
//! targets one document ([`Command::target`]): the request itself, its triage record or its
//! internal notes. A command checks who may do it ([`crate::access::may`]), makes one workflow
//! move at a time ([`crate::workflow::check_move`]) and validates the record it leaves. On the
//! server the engine then runs [`crate::access::admit`] on the result, the same check a write
//! synced by any automerge-repo client meets.
//!
//! Ids and time are handed in ([`Context`]): this crate reads no clock and no random source.

use automerge::{ActorId, Automerge};
use serde::{Deserialize, Serialize};

use crate::access::{self, Action, Principal, Standing, may};
use crate::engine::{Edit, Rejection};
use crate::fund::RoundBook;
use crate::ids::{RequestId, UserId};
use crate::model::{
    ApplicationStatus, Category, Country, Message, MessageRole, Note, ParseEnumError, PlainString,
    Priority, Request, Status, TeamShare, Triage,
};
use crate::schema;
use crate::validate::{self, Origin, Problem, RequestDraft, Rules, ValidationError};
use crate::workflow;

/// What a command is handed by its caller: the time and a fresh id for anything it adds.
#[derive(Debug, Clone)]
pub struct Context {
    /// Milliseconds since the Unix epoch on the caller's clock.
    pub now_ms: i64,
    /// An id for a message or note the command adds, unless the command carries its own.
    pub fresh_id: String,
    pub rules: Rules,
    /// The fund rounds the caller knows: an application is checked against its own round's
    /// cap ([`RoundBook::rules_for`]).
    pub rounds: RoundBook,
}

impl Context {
    /// Checks `request` by the rules, its application by its own round's cap.
    fn validate(&self, request: &Request) -> Result<(), Rejection> {
        let rules = self.rounds.rules_for_request(&self.rules, request);
        validate::validate_request(request, &rules).map_err(Rejection::Invalid)
    }
}

/// Which of a request's documents a command writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Request,
    Triage,
    Notes,
}

/// A change to a request, as sent by the console, the field app or a REST client.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Command {
    /// Changes the request's own fields; absent fields stay as they are.
    Edit {
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        description: Option<String>,
        #[serde(default)]
        category: Option<String>,
        #[serde(default)]
        country: Option<String>,
        #[serde(default)]
        city: Option<String>,
    },
    /// Adds a message: staff answer as the hub, the requester as themselves. A client that
    /// retries sends the same `id`, and the message is added once.
    Reply {
        #[serde(default)]
        id: Option<String>,
        body: String,
        /// The canned response the reply started from, if any.
        #[serde(default)]
        canned: Option<String>,
    },
    /// Adds an internal note, which only staff ever see.
    AddNote {
        #[serde(default)]
        id: Option<String>,
        body: String,
    },
    SetStatus {
        status: String,
        /// Required when closing; kept as the request's resolution note.
        #[serde(default)]
        resolution: Option<String>,
    },
    SetPriority {
        priority: String,
    },
    /// Assigns the request to a member of staff, or unassigns it with `null`.
    Assign {
        assignee: Option<String>,
    },
    SetTags {
        tags: Vec<String>,
    },
    /// Sets or clears when the hub means to have answered (ms since the Unix epoch).
    SetDue {
        due_at: Option<i64>,
    },
    /// Marks the request as a duplicate of another and closes it.
    MarkDuplicate {
        of: String,
        #[serde(default)]
        resolution: Option<String>,
    },
    /// Shares the request with its requester's city team (`read` or `write`), or stops sharing
    /// it (`null`); the requester alone does this ([`crate::access::team`]).
    ShareWithTeam {
        team: Option<String>,
    },
    /// Settles a field that devices set to different values while apart.
    SettleConflict {
        field: String,
        value: String,
    },
    /// Changes a fund query's application (every part, budget lines included) while it is a
    /// draft or sent back for changes. The fields written are the application's new state;
    /// only what differs is written, so edits made apart to different parts merge.
    EditApplication {
        application: crate::validate::ApplicationDraft,
    },
    /// Submits a fund application to the hub (its requester). Takes effect when it reaches the
    /// hub; from then on only the hub changes the application, until it asks for changes.
    Submit {},
    /// Sends a submitted application back to its requester for changes (fund managers), with a
    /// note that reaches them as a reply.
    RequestChanges {
        note: String,
    },
    /// Files a progress report on a submitted application (its requester), against a
    /// milestone; the final one closes the grant once the hub pays against it.
    FileReport {
        #[serde(default)]
        id: Option<String>,
        milestone: String,
        body: String,
        #[serde(default)]
        is_final: bool,
    },
}

fn invalid(field: &str, problem: Problem) -> Rejection {
    Rejection::Invalid(vec![ValidationError {
        field: field.into(),
        problem,
    }])
}

fn not_allowed(field: &str, reason: &str) -> Rejection {
    Rejection::Invalid(crate::access::refuse(field, reason))
}

fn unknown(field: &str, e: ParseEnumError) -> Rejection {
    invalid(
        field,
        Problem::Unknown {
            value: e.value,
            expected: e.expected,
        },
    )
}

fn unreadable(e: schema::SchemaError) -> Rejection {
    Rejection::Conflict(e.to_string())
}

fn forbidden_unless(allowed: bool) -> Result<(), Rejection> {
    if allowed {
        Ok(())
    } else {
        Err(Rejection::Forbidden)
    }
}

impl Command {
    pub fn target(&self) -> Target {
        match self {
            Command::Edit { .. }
            | Command::Reply { .. }
            | Command::SettleConflict { .. }
            | Command::ShareWithTeam { .. }
            | Command::Submit { .. }
            | Command::EditApplication { .. }
            | Command::RequestChanges { .. }
            | Command::FileReport { .. } => Target::Request,
            Command::AddNote { .. } => Target::Notes,
            Command::SetStatus { .. }
            | Command::SetPriority { .. }
            | Command::Assign { .. }
            | Command::SetTags { .. }
            | Command::SetDue { .. }
            | Command::MarkDuplicate { .. } => Target::Triage,
        }
    }

    /// The request this command points at besides its own, which the caller must check exists.
    pub fn other_request(&self) -> Option<&str> {
        match self {
            Command::MarkDuplicate { of, .. } => Some(of),
            _ => None,
        }
    }

    /// Checks the rules for `by` and writes the command into `doc`, the document of its
    /// [`Command::target`].
    pub fn apply(
        self,
        by: &Principal,
        ctx: &Context,
        doc: &mut Automerge,
    ) -> Result<(), Rejection> {
        match self.target() {
            Target::Request => {
                let request = schema::read_request(doc).map_err(unreadable)?;
                self.apply_to_request(by, ctx, doc, request)
            }
            Target::Triage => {
                let triage = schema::read_triage(doc).map_err(unreadable)?;
                forbidden_unless(workflow::may_triage(by.role, &triage))?;
                let from = triage.status;
                let next = self.change_triage(triage)?;
                workflow::check_move(by.role, from, &next)
                    .map_err(|e| Rejection::Invalid(vec![e]))?;
                workflow::validate_triage(&next).map_err(Rejection::Invalid)?;
                schema::write(doc, &next, ctx.now_ms).map_err(unreadable)
            }
            Target::Notes => {
                forbidden_unless(may(by.role, Action::Notes))?;
                let Command::AddNote { id, body } = self else {
                    return Err(Rejection::Conflict("not a notes command".into()));
                };
                let mut notes = schema::read_notes(doc).map_err(unreadable)?;
                let id = id.unwrap_or_else(|| ctx.fresh_id.clone());
                if notes.notes.iter().any(|n| n.id.as_str() == id) {
                    return Ok(());
                }
                let body = body.trim();
                validate::validate_note_body(body).map_err(|e| Rejection::Invalid(vec![e]))?;
                notes.notes.push(Note {
                    id: id.into(),
                    author: by.user.as_str().into(),
                    body: body.into(),
                    created_at: ctx.now_ms,
                });
                schema::write(doc, &notes, ctx.now_ms).map_err(unreadable)
            }
        }
    }

    /// Wraps the command as an engine edit, for the engine's local operations.
    pub fn into_edit(self, by: Principal, ctx: Context) -> Edit {
        Box::new(move |doc: &mut Automerge| self.apply(&by, &ctx, doc))
    }

    fn apply_to_request(
        self,
        by: &Principal,
        ctx: &Context,
        doc: &mut Automerge,
        mut request: Request,
    ) -> Result<(), Rejection> {
        let owner = crate::ids::UserId::parse(request.requester.as_str()).ok();
        let standing = access::standing(by, owner.as_ref(), &access::Reach::of(&request));
        let own = standing == Standing::Requester;
        // A city team member the request is shared with for writing speaks for the field too.
        let team_writes = standing == Standing::Team(TeamShare::Write);
        match self {
            Command::Reply { id, body, canned } => {
                let role = if by.role.is_staff() {
                    forbidden_unless(may(by.role, Action::Reply(request.kind)))?;
                    MessageRole::Staff
                } else {
                    forbidden_unless(own || team_writes || standing == Standing::Referred)?;
                    MessageRole::Requester
                };
                if canned.is_some() && role != MessageRole::Staff {
                    return Err(not_allowed(
                        "canned",
                        "only hub replies start from a canned response",
                    ));
                }
                let id = id.unwrap_or_else(|| ctx.fresh_id.clone());
                if request.messages.iter().any(|m| m.id.as_str() == id) {
                    // A retry of a message already added: nothing to do.
                    return Ok(());
                }
                let body = body.trim();
                validate::validate_message_body(body).map_err(|e| Rejection::Invalid(vec![e]))?;
                request.messages.push(Message {
                    id: id.into(),
                    author: by.user.as_str().into(),
                    role,
                    body: body.into(),
                    sent_at: ctx.now_ms,
                    canned: canned.map(PlainString::from),
                });
                ctx.validate(&request)?;
                schema::write_application_and_messages(doc, &request, ctx.now_ms)
                    .map_err(unreadable)
            }
            Command::Edit {
                title,
                description,
                category,
                country,
                city,
            } => {
                let staff_edits = may(by.role, Action::EditRequest(request.kind));
                forbidden_unless(own || team_writes || staff_edits)?;
                let place = (request.country, request.city.clone());
                if let Some(title) = &title {
                    request.title = title.trim().into();
                }
                if let Some(city) = &city {
                    request.city = city.trim().into();
                }
                if let Some(category) = &category {
                    request.category = category
                        .parse::<Category>()
                        .map_err(|e| unknown("category", e))?;
                }
                if let Some(country) = &country {
                    request.country = country
                        .parse::<Country>()
                        .map_err(|e| unknown("country", e))?;
                }
                if !(own || staff_edits) && place != (request.country, request.city.clone()) {
                    let field = if place.0 != request.country {
                        "country"
                    } else {
                        "city"
                    };
                    return Err(not_allowed(
                        field,
                        "only the requester moves a request to another place",
                    ));
                }
                let description = description.as_deref().map(str::trim);
                // Validate what the request will be, description included, before writing.
                let mut candidate = request.clone();
                if let Some(text) = description {
                    candidate.description = autosurgeon::Text::with_value(text);
                }
                ctx.validate(&candidate)?;
                schema::write_request(doc, &request, description, ctx.now_ms).map_err(unreadable)
            }
            Command::ShareWithTeam { team } => {
                forbidden_unless(own)?;
                request.team = match team.as_deref() {
                    None => None,
                    Some(text) => Some(text.parse().map_err(|e| unknown("team", e))?),
                };
                schema::write_request(doc, &request, None, ctx.now_ms).map_err(unreadable)
            }
            Command::SettleConflict { field, value } => {
                forbidden_unless(own || may(by.role, Action::EditRequest(request.kind)))?;
                schema::resolve_conflict(doc, &field, &value, ctx.now_ms).map_err(unreadable)?;
                let settled = schema::read_request(doc).map_err(unreadable)?;
                ctx.validate(&settled)
            }
            Command::EditApplication { application } => {
                forbidden_unless(own || may(by.role, Action::EditRequest(request.kind)))?;
                if request.kind != crate::model::Kind::FundQuery {
                    return Err(not_allowed(
                        "application",
                        "only fund queries carry an application",
                    ));
                }
                let (submitted_at, reports) = match &request.application {
                    Some(old) => (old.submitted_at, old.reports.clone()),
                    None => (None, Vec::new()),
                };
                if submitted_at.is_some() {
                    return Err(not_allowed(
                        "application",
                        "a submitted application changes only when the hub asks for changes",
                    ));
                }
                let mut errors = validate::Errors::default();
                let mut next = application.into_application(&mut errors);
                errors.finish().map_err(Rejection::Invalid)?;
                next.submitted_at = submitted_at;
                next.reports = reports;
                request.application = Some(next);
                ctx.validate(&request)?;
                schema::write_application_and_messages(doc, &request, ctx.now_ms)
                    .map_err(unreadable)
            }
            Command::Submit {} => {
                forbidden_unless(own)?;
                let Some(application) = request.application.as_mut() else {
                    return Err(invalid("application", Problem::Empty));
                };
                if application.submitted_at.is_some() {
                    // Already on its way or with the hub: a retry changes nothing.
                    return Ok(());
                }
                if application.round_id.is_none() {
                    return Err(invalid("application.round_id", Problem::Empty));
                }
                application.submitted_at = Some(ctx.now_ms);
                ctx.validate(&request)?;
                schema::write_application_and_messages(doc, &request, ctx.now_ms)
                    .map_err(unreadable)
            }
            Command::RequestChanges { note } => {
                forbidden_unless(may(by.role, Action::DecideFund))?;
                let Some(application) = request.application.as_mut() else {
                    return Err(invalid("application", Problem::Empty));
                };
                if application.submitted_at.is_none() {
                    return Err(not_allowed(
                        "application",
                        "only a submitted application can be sent back",
                    ));
                }
                let note = note.trim();
                validate::validate_message_body(note).map_err(|mut e| {
                    e.field = "note".into();
                    Rejection::Invalid(vec![e])
                })?;
                application.submitted_at = None;
                request.messages.push(Message {
                    id: ctx.fresh_id.clone().into(),
                    author: by.user.as_str().into(),
                    role: MessageRole::Staff,
                    body: note.into(),
                    sent_at: ctx.now_ms,
                    canned: None,
                });
                ctx.validate(&request)?;
                schema::write_application_and_messages(doc, &request, ctx.now_ms)
                    .map_err(unreadable)
            }
            Command::FileReport {
                id,
                milestone,
                body,
                is_final,
            } => {
                forbidden_unless(own)?;
                let Some(application) = request.application.as_mut() else {
                    return Err(invalid("application", Problem::Empty));
                };
                if application.submitted_at.is_none() {
                    return Err(not_allowed(
                        "application",
                        "reports follow a submitted application",
                    ));
                }
                let id = id.unwrap_or_else(|| ctx.fresh_id.clone());
                if application.reports.iter().any(|r| r.id.as_str() == id) {
                    return Ok(());
                }
                let mut errors = validate::Errors::default();
                errors.text(
                    "milestone",
                    milestone.trim(),
                    true,
                    validate::TITLE_MAX_CHARS,
                );
                errors.text("body", body.trim(), true, validate::MESSAGE_MAX_CHARS);
                errors.finish().map_err(Rejection::Invalid)?;
                application.reports.push(crate::model::ProgressReport {
                    id: id.into(),
                    milestone: milestone.trim().into(),
                    body: body.trim().into(),
                    is_final,
                    sent_at: ctx.now_ms,
                });
                ctx.validate(&request)?;
                schema::write(doc, &request, ctx.now_ms).map_err(unreadable)
            }
            _ => Err(Rejection::Conflict("not a request command".into())),
        }
    }

    fn change_triage(self, mut triage: Triage) -> Result<Triage, Rejection> {
        match self {
            Command::SetStatus { status, resolution } => {
                triage.status = status.parse::<Status>().map_err(|e| unknown("status", e))?;
                if let Some(text) = resolution {
                    triage.resolution = Some(text.trim().into());
                }
            }
            Command::SetPriority { priority } => {
                triage.priority = priority
                    .parse::<Priority>()
                    .map_err(|e| unknown("priority", e))?;
            }
            Command::Assign { assignee } => {
                triage.assignee = match assignee.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(user) => Some(
                        UserId::parse(user)
                            .map_err(|e| {
                                invalid(
                                    "assignee",
                                    Problem::Invalid {
                                        reason: e.to_string(),
                                    },
                                )
                            })?
                            .as_str()
                            .into(),
                    ),
                };
            }
            Command::SetTags { tags } => {
                let mut tidy: Vec<PlainString> = Vec::new();
                for tag in tags.iter().map(|t| workflow::normalize_tag(t)) {
                    if !tag.is_empty() && !tidy.iter().any(|t| t.as_str() == tag) {
                        tidy.push(tag.into());
                    }
                }
                triage.tags = tidy;
            }
            Command::SetDue { due_at } => triage.due_at = due_at,
            Command::MarkDuplicate { of, resolution } => {
                let of = RequestId::parse(of.trim()).map_err(|e| {
                    invalid(
                        "of",
                        Problem::Invalid {
                            reason: e.to_string(),
                        },
                    )
                })?;
                let note = resolution
                    .map(|r| r.trim().to_string())
                    .filter(|r| !r.is_empty())
                    .unwrap_or_else(|| format!("Duplicate of {of}"));
                triage.duplicate_of = Some(of.to_string().into());
                triage.status = Status::Closed;
                triage.resolution = Some(note.into());
            }
            _ => return Err(Rejection::Conflict("not a triage command".into())),
        }
        Ok(triage)
    }
}

/// Files a new request from a draft on behalf of `by`: the one way a request document is made.
/// Staff may file on someone's behalf by naming them in `origin.requester`.
pub fn new_request(
    draft: RequestDraft,
    origin: Origin,
    rules: &Rules,
    actor: ActorId,
) -> Result<(RequestId, Automerge), Rejection> {
    let request = draft
        .into_request(origin, rules)
        .map_err(Rejection::Invalid)?;
    let id = RequestId::parse(&request.id).map_err(|e| Rejection::Conflict(e.to_string()))?;
    let doc = schema::new_request_doc(&request, actor).map_err(unreadable)?;
    Ok((id, doc))
}

/// The hub's own record of where a fund application stands, written from what it received (a
/// submission, a request for changes) or decided (from its ledger). Run by the server, never
/// by a person: admission refuses these fields from anyone else.
pub fn application_status(
    status: ApplicationStatus,
    approved_cents: Option<i64>,
    note: Option<String>,
    now_ms: i64,
) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let mut triage = schema::read_triage(doc).map_err(unreadable)?;
        // A decision is final: a late submission event never overwrites it.
        if matches!(
            triage.application_status,
            Some(ApplicationStatus::Approved | ApplicationStatus::Declined)
        ) && !matches!(
            status,
            ApplicationStatus::Approved | ApplicationStatus::Declined
        ) {
            return Ok(());
        }
        triage.application_status = Some(status);
        triage.approved_cents = approved_cents;
        triage.decision_note = note.map(PlainString::from);
        schema::write(doc, &triage, now_ms).map_err(unreadable)
    })
}

/// The hub's own reaction to a requester's new message: a resolved request reopens and waiting
/// on the requester ends ([`workflow::on_requester_message`]). Run by the server, not a person.
pub fn requester_replied(now_ms: i64) -> Edit {
    Box::new(move |doc: &mut Automerge| {
        let mut triage = schema::read_triage(doc).map_err(unreadable)?;
        let Some(next) = workflow::on_requester_message(triage.status) else {
            return Ok(());
        };
        triage.status = next;
        schema::write(doc, &triage, now_ms).map_err(unreadable)
    })
}

#[cfg(test)]
mod tests;
