//! The records HubDesk keeps, as plain Rust types.
//!
//! A request, its triage and its internal notes are three separate documents so that who may
//! write each is enforced per document (see [`crate::access`]). How they map onto Automerge is in
//! [`crate::schema`]; what makes them valid is in [`crate::validate`].

mod enums;

use autosurgeon::{Hydrate, Reconcile, Text};
use serde::Serialize;

pub use enums::{
    ApplicationStatus, BudgetCategory, Category, Country, Kind, MessageRole, ParseEnumError,
    Priority, Role, Status, TeamShare,
};
pub use enums::{Channel, ReferralStatus};

/// The version of the document layout written by this code.
pub const SCHEMA_VERSION: i64 = 1;

/// The technical support fund's default cap per application, in US cents (USD 12,500).
pub const DEFAULT_FUND_CAP_CENTS: i64 = 1_250_000;

/// A help-desk request or technical support fund query, as its requester wrote it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Request {
    pub schema: i64,
    /// The request's UUID v7 as text; equal to its document id.
    pub id: String,
    pub kind: Kind,
    pub title: PlainString,
    /// Collaborative text: concurrent edits merge character by character.
    #[serde(serialize_with = "serialize_text")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub description: Text,
    pub category: Category,
    pub country: Country,
    pub city: PlainString,
    /// The user id of the practitioner who asked.
    pub requester: PlainString,
    /// Milliseconds since the Unix epoch, from the device that created the request.
    pub created_at: i64,
    /// The conversation between the field and the hub, oldest first.
    #[autosurgeon(missing = "Vec::new")]
    pub messages: Vec<Message>,
    /// For fund queries that grow into an application.
    #[autosurgeon(missing = "Option::default")]
    pub application: Option<Application>,
    /// Whether the requester shares the request with their city team, and how (see
    /// [`crate::access::team`]); only the requester sets it.
    #[autosurgeon(missing = "Option::default")]
    pub team: Option<TeamShare>,
    /// The files attached to the request, its messages, its application's required
    /// attachments and its progress reports: metadata only, written by the hub once it holds
    /// every byte (see [`crate::attachments`]).
    #[autosurgeon(missing = "Vec::new")]
    pub attachments: Vec<Attachment>,
    /// Set when hub staff filed the request on the requester's behalf (see [`crate::intake`]);
    /// absent when the requester filed it. Never changes once filed.
    #[autosurgeon(missing = "Option::default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intake: Option<Intake>,
    /// Each time the request was handed to a successor (see [`crate::handover`]), oldest
    /// first; written by the hub alone.
    #[autosurgeon(missing = "Vec::new")]
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub handovers: Vec<Handover>,
    /// The people the hub referred the requester to (see [`crate::referral`]), oldest first;
    /// written by the hub alone.
    #[autosurgeon(missing = "Vec::new")]
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub referrals: Vec<Referral>,
}

/// The hub connecting a request's requester with an expert or a peer city's focal point, who,
/// once they accept, reads the request and joins its conversation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Reconcile, Hydrate, Serialize)]
pub struct Referral {
    pub id: PlainString,
    /// The user id of the person referred to.
    pub to: PlainString,
    /// Their name as the directory gave it when they were referred.
    pub to_name: PlainString,
    /// The user id of the member of staff who referred.
    pub by: PlainString,
    pub at: i64,
    /// Why, in the referring agent's words.
    pub note: Option<PlainString>,
    pub status: ReferralStatus,
    /// When the person referred accepted or declined.
    pub answered_at: Option<i64>,
    /// What came of it, as the hub recorded it when closing the referral.
    pub outcome: Option<PlainString>,
}

/// A request handed from one requester to their successor in the same city.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Reconcile, Hydrate, Serialize)]
pub struct Handover {
    /// The user id of the requester before.
    pub from: PlainString,
    /// The user id of the successor, the requester since.
    pub to: PlainString,
    /// The user id of who handed it over (the requester before, or an admin).
    pub by: PlainString,
    /// When, by the hub's clock, in ms since the Unix epoch.
    pub at: i64,
}

/// Who at the hub filed a request for its requester, and how the request reached them.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Reconcile, Hydrate, Serialize)]
pub struct Intake {
    /// The user id of the staff member who filed it.
    pub by: PlainString,
    pub channel: Channel,
}

/// What a record holds of an attached file: never its bytes, which the hub keeps in its file
/// storage under their SHA-256.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Attachment {
    /// A UUID made by the device that attached the file, so a retried upload is one attachment.
    #[key]
    pub id: PlainString,
    /// The SHA-256 of the file's bytes, in lowercase hex.
    pub sha256: PlainString,
    /// The file's name as its sender had it.
    pub name: PlainString,
    /// The media type the hub decided from the file's bytes.
    #[serde(rename = "type")]
    pub media_type: PlainString,
    pub size: i64,
    /// The user id of whoever attached it.
    pub by: PlainString,
    /// When the hub received its last byte, ms since the Unix epoch.
    pub at: i64,
    /// What in the request it belongs to; absent for the request itself.
    #[autosurgeon(missing = "Option::default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<PlainString>,
    /// The fund round's required attachment it supplies, by its name in the round.
    #[autosurgeon(missing = "Option::default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirement: Option<PlainString>,
    /// The progress report it is evidence for, by the report's id.
    #[autosurgeon(missing = "Option::default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<PlainString>,
}

/// One message in a request's conversation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Message {
    #[key]
    pub id: PlainString,
    pub author: PlainString,
    pub role: MessageRole,
    pub body: PlainString,
    /// Milliseconds since the Unix epoch on the writer's clock (the hub records its own time of
    /// receipt in the request's history).
    pub sent_at: i64,
    /// The canned response this reply started from, if any (staff replies only).
    #[autosurgeon(missing = "Option::default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canned: Option<PlainString>,
}

/// A draft application to the technical support fund.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Default, Reconcile, Hydrate, Serialize)]
pub struct Application {
    /// The amount asked for, in integer US cents.
    pub requested_cents: i64,
    #[autosurgeon(missing = "Vec::new")]
    pub lines: Vec<BudgetLine>,
    #[autosurgeon(missing = "PlainString::default")]
    pub lead_organisation: PlainString,
    #[autosurgeon(missing = "PlainString::default")]
    pub local_government_partner: PlainString,
    #[autosurgeon(missing = "PlainString::default")]
    pub objectives: PlainString,
    #[autosurgeon(missing = "PlainString::default")]
    pub timeline: PlainString,
    /// How the initiative follows from the city's local action plan: the risks it assessed,
    /// the mitigation it chose, and the partners and resources it relies on.
    #[autosurgeon(missing = "PlainString::default")]
    pub risk_assessment: PlainString,
    #[autosurgeon(missing = "PlainString::default")]
    pub mitigation: PlainString,
    #[autosurgeon(missing = "PlainString::default")]
    pub partners_resources: PlainString,
    /// The timeline's milestones, in order; progress reports are filed against them.
    #[autosurgeon(missing = "Vec::new")]
    pub milestones: Vec<Milestone>,
    /// The fund round applied to, by its id.
    #[autosurgeon(missing = "Option::default")]
    pub round_id: Option<PlainString>,
    /// When the requester submitted it (device time); `None` while a draft, and again once the
    /// hub asks for changes. While set, only the hub changes the application (the requester
    /// may still add progress reports).
    #[autosurgeon(missing = "Option::default")]
    pub submitted_at: Option<i64>,
    /// Progress reports the grantee files from the field; tranches are released against them,
    /// and the final one closes the grant.
    #[autosurgeon(missing = "Vec::new")]
    pub reports: Vec<ProgressReport>,
}

/// A milestone of an application's timeline.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Milestone {
    pub name: PlainString,
    /// When it is due, as `YYYY-MM-DD`.
    pub due: PlainString,
}

/// A grantee's report on progress against a milestone of the application's timeline.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct ProgressReport {
    #[key]
    pub id: PlainString,
    pub milestone: PlainString,
    pub body: PlainString,
    /// The last report: the grant closes with it.
    pub is_final: bool,
    pub sent_at: i64,
}

/// One line of an application's budget.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct BudgetLine {
    pub category: BudgetCategory,
    pub description: PlainString,
    pub quantity: i64,
    pub unit_cost_cents: i64,
}

impl BudgetLine {
    /// The line's total, or `None` if it overflows.
    pub fn total_cents(&self) -> Option<i64> {
        self.quantity.checked_mul(self.unit_cost_cents)
    }
}

/// How the hub is handling a request. Written by staff only.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Triage {
    pub request_id: String,
    pub status: Status,
    pub priority: Priority,
    #[autosurgeon(missing = "Option::default")]
    pub assignee: Option<PlainString>,
    #[autosurgeon(missing = "Vec::new")]
    pub tags: Vec<PlainString>,
    /// When the hub should have answered, ms since the Unix epoch.
    #[autosurgeon(missing = "Option::default")]
    pub due_at: Option<i64>,
    /// The request's kind, copied at genesis so rules about who may triage it need only this
    /// document. Absent in triage documents made before it was added (read as a help-desk one).
    #[autosurgeon(missing = "Option::default")]
    pub kind: Option<Kind>,
    /// How the request was resolved; closing needs one.
    #[autosurgeon(missing = "Option::default")]
    pub resolution: Option<PlainString>,
    /// The request this one duplicates, as a request UUID; set when merged into it.
    #[autosurgeon(missing = "Option::default")]
    pub duplicate_of: Option<PlainString>,
    /// Where a fund application stands. Set only by the hub itself, from its ledger and the
    /// submissions it receives; no person writes it directly.
    #[autosurgeon(missing = "Option::default")]
    pub application_status: Option<ApplicationStatus>,
    /// The amount approved, in minor units of the round's currency.
    #[autosurgeon(missing = "Option::default")]
    pub approved_cents: Option<i64>,
    /// Why the application was declined, or what to change.
    #[autosurgeon(missing = "Option::default")]
    pub decision_note: Option<PlainString>,
}

impl Triage {
    /// The kind of the request, with documents made before the kind was recorded read as
    /// help-desk requests (the stricter reading for fund managers).
    pub fn request_kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::HelpDesk)
    }
}

/// Internal notes on a request: only hub staff ever see them.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Notes {
    pub request_id: String,
    #[autosurgeon(missing = "Vec::new")]
    pub notes: Vec<Note>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Note {
    #[key]
    pub id: PlainString,
    pub author: PlainString,
    pub body: PlainString,
    pub created_at: i64,
}

/// A piece of guidance the hub publishes (how to write a local action plan, the grant application
/// guidance, the budget template, good practices from other cities). Staff write it; everyone
/// signed in may read it, offline too.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize)]
pub struct Guidance {
    pub schema: i64,
    /// A UUID v7; the document id is derived from it (see [`crate::ids::DocKind::Guidance`]).
    pub id: String,
    pub title: PlainString,
    /// One or two sentences shown in the library list.
    pub summary: PlainString,
    #[serde(serialize_with = "serialize_text")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub body: Text,
    pub topic: Category,
    /// A BCP 47 language tag such as `en`, `bn`, `ur`.
    pub language: PlainString,
    pub published_at: i64,
    pub author: PlainString,
    /// When this is the item in another language: the id of the item's first version (see
    /// [`crate::library`]). Absent on a first version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_of: Option<PlainString>,
    /// When staff retired this version from the library: devices stop offering it, and the
    /// hub stops listing it to anyone but staff. Staff may restore it.
    #[autosurgeon(missing = "Option::default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired_at: Option<i64>,
    /// For a practice a member shared (see [`crate::practice`]): who wrote it and their city.
    #[autosurgeon(missing = "Option::default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<Credit>,
}

/// Who wrote a shared practice, and the city it comes from, as the library credits them.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Reconcile, Hydrate, Serialize)]
pub struct Credit {
    pub name: PlainString,
    pub city: PlainString,
    pub country: Country,
}

impl Guidance {
    /// The item this is a version of: its first version's id (its own, for a first version).
    pub fn item(&self) -> &str {
        self.version_of
            .as_ref()
            .map_or(self.id.as_str(), |v| v.0.as_str())
    }
}

/// A string stored as a single value (last writer wins), not as collaborative text.
///
/// Clients such as automerge-repo's JavaScript library store every string as collaborative text
/// unless told otherwise, so reading accepts both forms; writing always stores a plain value.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(transparent)]
pub struct PlainString(pub String);

impl PlainString {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for PlainString {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}

impl From<String> for PlainString {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl std::fmt::Display for PlainString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Hydrate for PlainString {
    fn hydrate_string(s: &'_ str) -> Result<Self, autosurgeon::HydrateError> {
        Ok(Self(s.to_string()))
    }

    fn hydrate_text<D: autosurgeon::ReadDoc>(
        doc: &D,
        obj: &automerge::ObjId,
    ) -> Result<Self, autosurgeon::HydrateError> {
        Ok(Self(doc.text(obj)?))
    }
}

impl Reconcile for PlainString {
    type Key<'a> = autosurgeon::reconcile::NoKey;

    fn reconcile<R: autosurgeon::Reconciler>(&self, mut reconciler: R) -> Result<(), R::Error> {
        reconciler.str(&self.0)
    }
}

fn serialize_text<S: serde::Serializer>(text: &Text, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(text.as_str())
}
