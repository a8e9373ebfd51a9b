//! The shapes handed to JavaScript, built from shared records and what the hub has acknowledged.
//!
//! Each struct here has a TypeScript twin in the custom section of `lib.rs`; change both together.

use std::collections::HashSet;

use automerge::{Automerge, ChangeHash};
use hubdesk_shared::model::{Guidance, Request, Triage};
use hubdesk_shared::money::Money;
use hubdesk_shared::schema;
use serde::Serialize;

/// Where a record's changes are: only on this device, on their way, or stored by the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// Some changes are only here and there is no connection to send them on.
    Device,
    /// Some changes are only here and the connection to the hub is up.
    Sending,
    /// The hub has acknowledged every change this device has.
    Hub,
}

impl SyncState {
    /// `acked` is what the hub last acknowledged of the document, if anything.
    pub fn of(heads: &[ChangeHash], acked: Option<&[ChangeHash]>, connected: bool) -> Self {
        let with_hub = acked.is_some_and(|acked| heads.iter().all(|h| acked.contains(h)));
        match (with_hub, connected) {
            (true, _) => SyncState::Hub,
            (false, true) => SyncState::Sending,
            (false, false) => SyncState::Device,
        }
    }
}

/// A request in the list.
#[derive(Debug, Serialize)]
pub struct RequestSummary {
    pub id: String,
    pub kind: &'static str,
    pub title: String,
    pub category: &'static str,
    pub country: &'static str,
    pub city: String,
    /// Who filed it: this person, or a colleague who shares it with their city team.
    pub requester: String,
    pub created_at: i64,
    pub sync: SyncState,
    /// The hub's status (`new`, `in_progress`, ...) once this device has the triage record.
    pub status: Option<&'static str>,
    pub message_count: usize,
    pub last_message_at: Option<i64>,
    /// Whether the newest message is from the hub.
    pub hub_replied_last: bool,
    /// The newest message on one line, cut between letters to fit a list row.
    pub last_message_preview: Option<String>,
    pub requested_text: Option<String>,
    pub conflict_count: usize,
    /// The people the hub referred its requester to who accepted (user ids).
    pub referred: Vec<String>,
}

/// How much of the newest message a list row shows, in user-perceived characters.
const PREVIEW_CHARS: usize = 90;

impl RequestSummary {
    pub fn new(
        request: &Request,
        triage: Option<&Triage>,
        sync: SyncState,
        conflicts: usize,
    ) -> Self {
        let last = request.messages.iter().max_by_key(|m| m.sent_at);
        Self {
            id: request.id.clone(),
            kind: request.kind.as_str(),
            title: request.title.0.clone(),
            category: request.category.as_str(),
            country: request.country.as_str(),
            city: request.city.0.clone(),
            requester: request.requester.0.clone(),
            created_at: request.created_at,
            sync,
            status: triage.map(|t| t.status.as_str()),
            message_count: request.messages.len(),
            last_message_at: last.map(|m| m.sent_at),
            hub_replied_last: last
                .is_some_and(|m| m.role == hubdesk_shared::model::MessageRole::Staff),
            last_message_preview: last
                .map(|m| hubdesk_shared::text::preview(m.body.as_str(), PREVIEW_CHARS)),
            requested_text: request
                .application
                .as_ref()
                .map(|a| money_of(a, a.requested_cents)),
            conflict_count: conflicts,
            referred: hubdesk_shared::referral::reaching(&request.referrals),
        }
    }
}

/// A request with everything the detail screen shows.
#[derive(Debug, Serialize)]
pub struct RequestDetail {
    #[serde(flatten)]
    pub summary: RequestSummary,
    pub description: String,
    pub priority: Option<&'static str>,
    pub messages: Vec<MessageView>,
    pub application: Option<ApplicationView>,
    pub conflicts: Vec<ConflictView>,
    /// When the hub merged this request into another as a duplicate: that request's id.
    pub duplicate_of: Option<String>,
    /// How the hub resolved the request, once it has.
    pub resolution: Option<String>,
    /// Whether the requester shares it with their city team, and how.
    pub team: Option<&'static str>,
    /// How the request reached the hub when hub staff filed it for the requester (a phone
    /// call, a message, ...); `None` when the requester filed it.
    pub channel: Option<&'static str>,
    /// When the request was last handed to a successor (its requester now), if ever.
    pub handed_over_at: Option<i64>,
    /// Whom the hub referred its requester to, and where each referral stands.
    pub referrals: Vec<ReferralView>,
    /// For a fund query with an application: where it stands, and its values as a form.
    pub fund: Option<FundView>,
    /// The files the hub holds for it (metadata only; the bytes are fetched on demand).
    pub attachments: Vec<hubdesk_shared::model::Attachment>,
}

/// A fund application as its requester follows and edits it.
#[derive(Debug, Serialize)]
pub struct FundView {
    /// `draft` until submitted; then the hub's record: `submitted`, `under_review`,
    /// `changes_requested`, `approved`, `declined`. A submission not yet with the hub is
    /// `submitted` too.
    pub status: &'static str,
    pub submitted: bool,
    pub round_id: Option<String>,
    pub approved_text: Option<String>,
    pub decision_note: Option<String>,
    /// The application as the edit form takes it.
    pub form: crate::forms::ApplicationForm,
    pub reports: Vec<ReportView>,
}

#[derive(Debug, Serialize)]
pub struct ReportView {
    /// What a file attached as its evidence names.
    pub id: String,
    pub milestone: String,
    pub body: String,
    pub is_final: bool,
    pub sent_at: i64,
}

#[derive(Debug, Serialize)]
pub struct MessageView {
    pub id: String,
    pub author: String,
    /// `requester` or `staff`.
    pub role: &'static str,
    pub body: String,
    pub sent_at: i64,
    pub sync: SyncState,
}

#[derive(Debug, Serialize)]
pub struct ApplicationView {
    pub requested_text: String,
    pub lines: Vec<LineView>,
    pub lines_total_text: Option<String>,
    pub lead_organisation: String,
    pub local_government_partner: String,
    pub objectives: String,
    pub timeline: String,
    pub risk_assessment: String,
    pub mitigation: String,
    pub partners_resources: String,
    /// `name (due YYYY-MM-DD)`, in order.
    pub milestones: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LineView {
    pub category: &'static str,
    pub description: String,
    pub quantity: i64,
    pub unit_cost_text: String,
    pub total_text: Option<String>,
}

/// A field two devices set to different values while apart.
#[derive(Debug, Serialize)]
pub struct ConflictView {
    pub field: String,
    /// The stored values, the one currently shown first; pass one back to settle the conflict.
    pub values: Vec<String>,
    /// The same values as a person reads them (amounts in dollars); codes stay codes.
    pub shown: Vec<String>,
}

/// A guidance item in the library list.
#[derive(Debug, Serialize)]
pub struct GuidanceSummary {
    pub id: String,
    /// The item it is a version of (its first version's id).
    pub item: String,
    /// Every version of the item, this one first, to say which languages it exists in.
    pub versions: Vec<hubdesk_shared::library::VersionRef>,
    pub title: String,
    pub summary: String,
    pub topic: &'static str,
    pub language: String,
    pub published_at: i64,
    /// For a practice a member shared: who wrote it and their city.
    pub credit: Option<hubdesk_shared::model::Credit>,
}

/// A guidance item to read.
#[derive(Debug, Serialize)]
pub struct GuidanceItem {
    #[serde(flatten)]
    pub summary: GuidanceSummary,
    pub body: String,
}

impl From<&Guidance> for GuidanceSummary {
    fn from(g: &Guidance) -> Self {
        Self {
            id: g.id.clone(),
            item: g.item().to_string(),
            versions: Vec::new(),
            title: g.title.0.clone(),
            summary: g.summary.0.clone(),
            topic: g.topic.as_str(),
            language: g.language.0.clone(),
            published_at: g.published_at,
            credit: g.credit.clone(),
        }
    }
}

/// Builds the detail view of a request document.
/// A referral as the phone shows it: to whom, where it stands, what came of it.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralView {
    pub to: String,
    pub to_name: String,
    pub status: &'static str,
    pub outcome: Option<String>,
}

pub fn detail(
    doc: &Automerge,
    request: Request,
    triage: Option<&Triage>,
    acked: Option<&[ChangeHash]>,
    connected: bool,
) -> RequestDetail {
    let heads = doc.get_heads();
    let sync = SyncState::of(&heads, acked, connected);
    let conflicts: Vec<ConflictView> = schema::conflicts(doc)
        .into_iter()
        .map(|c| ConflictView {
            shown: c
                .values
                .iter()
                .map(|v| match (c.field.as_str(), v.parse::<i64>()) {
                    ("application.requested_cents", Ok(cents)) => {
                        let round = request.application.as_ref().and_then(round_of);
                        Money::new(cents, crate::fund::currency_for(round)).to_string()
                    }
                    _ => v.clone(),
                })
                .collect(),
            field: c.field,
            values: c.values,
        })
        .collect();
    // Messages the hub had when it last acknowledged the document are with the hub; the others
    // are only here until the next acknowledgement.
    let unsent_state = if connected {
        SyncState::Sending
    } else {
        SyncState::Device
    };
    let acked_messages: Option<HashSet<String>> = match (sync, acked) {
        (SyncState::Hub, _) | (_, None) => None,
        (_, Some(acked)) => doc
            .fork_at(acked)
            .ok()
            .and_then(|old| schema::read_request(&old).ok())
            .map(|old| old.messages.into_iter().map(|m| m.id.0).collect()),
    };
    let messages = request
        .messages
        .iter()
        .map(|m| MessageView {
            id: m.id.0.clone(),
            author: m.author.0.clone(),
            role: m.role.as_str(),
            body: m.body.0.clone(),
            sent_at: m.sent_at,
            sync: match (sync, &acked_messages) {
                (SyncState::Hub, _) => SyncState::Hub,
                (_, Some(known)) if known.contains(m.id.as_str()) => SyncState::Hub,
                _ => unsent_state,
            },
        })
        .collect();
    let application = request.application.as_ref().map(|a| {
        let total = a
            .lines
            .iter()
            .try_fold(0i64, |sum, l| sum.checked_add(l.total_cents()?));
        ApplicationView {
            requested_text: money_of(a, a.requested_cents),
            lines: a
                .lines
                .iter()
                .map(|l| LineView {
                    category: l.category.as_str(),
                    description: l.description.0.clone(),
                    quantity: l.quantity,
                    unit_cost_text: money_of(a, l.unit_cost_cents),
                    total_text: l.total_cents().map(|t| money_of(a, t)),
                })
                .collect(),
            lines_total_text: total.map(|t| money_of(a, t)),
            lead_organisation: a.lead_organisation.0.clone(),
            local_government_partner: a.local_government_partner.0.clone(),
            objectives: a.objectives.0.clone(),
            timeline: a.timeline.0.clone(),
            risk_assessment: a.risk_assessment.0.clone(),
            mitigation: a.mitigation.0.clone(),
            partners_resources: a.partners_resources.0.clone(),
            milestones: a
                .milestones
                .iter()
                .map(|m| format!("{} (due {})", m.name, m.due))
                .collect(),
        }
    });
    let fund = request.application.as_ref().map(|a| fund_view(a, triage));
    RequestDetail {
        fund,
        summary: RequestSummary::new(&request, triage, sync, conflicts.len()),
        description: request.description.as_str().to_string(),
        priority: triage.map(|t| t.priority.as_str()),
        duplicate_of: triage.and_then(|t| t.duplicate_of.as_ref().map(|d| d.0.clone())),
        resolution: triage.and_then(|t| t.resolution.as_ref().map(|r| r.0.clone())),
        team: request.team.map(|t| t.as_str()),
        channel: request.intake.as_ref().map(|i| i.channel.as_str()),
        handed_over_at: request.handovers.last().map(|h| h.at),
        referrals: request
            .referrals
            .iter()
            .map(|r| ReferralView {
                to: r.to.as_str().to_string(),
                to_name: r.to_name.as_str().to_string(),
                status: r.status.as_str(),
                outcome: r.outcome.as_ref().map(|o| o.as_str().to_string()),
            })
            .collect(),
        attachments: request.attachments.clone(),
        messages,
        application,
        conflicts,
    }
}

/// The round an application names, if any.
fn round_of(a: &hubdesk_shared::model::Application) -> Option<&str> {
    a.round_id.as_ref().map(|r| r.as_str())
}

/// An amount of `a`'s, in its round's currency as this device knows the round.
fn money_of(a: &hubdesk_shared::model::Application, minor: i64) -> String {
    Money::new(minor, crate::fund::currency_for(round_of(a))).to_string()
}

fn fund_view(a: &hubdesk_shared::model::Application, triage: Option<&Triage>) -> FundView {
    let submitted = a.submitted_at.is_some();
    let status = hubdesk_shared::fund::application_stage(
        submitted,
        triage.and_then(|t| t.application_status),
    );
    FundView {
        status,
        submitted,
        round_id: a.round_id.as_ref().map(|r| r.0.clone()),
        approved_text: triage
            .and_then(|t| t.approved_cents)
            .map(|c| money_of(a, c)),
        decision_note: triage.and_then(|t| t.decision_note.as_ref().map(|n| n.0.clone())),
        form: crate::forms::ApplicationForm {
            requested: hubdesk_shared::money::amount_text(a.requested_cents),
            lead_organisation: a.lead_organisation.0.clone(),
            local_government_partner: a.local_government_partner.0.clone(),
            objectives: a.objectives.0.clone(),
            timeline: a.timeline.0.clone(),
            lines: a
                .lines
                .iter()
                .map(|l| crate::forms::LineForm {
                    category: l.category.as_str().into(),
                    description: l.description.0.clone(),
                    quantity: l.quantity.to_string(),
                    unit_cost: hubdesk_shared::money::amount_text(l.unit_cost_cents),
                })
                .collect(),
            round_id: a.round_id.as_ref().map(|r| r.0.clone()),
            risk_assessment: a.risk_assessment.0.clone(),
            mitigation: a.mitigation.0.clone(),
            partners_resources: a.partners_resources.0.clone(),
            milestones: a
                .milestones
                .iter()
                .map(|m| crate::forms::MilestoneForm {
                    name: m.name.0.clone(),
                    due: m.due.0.clone(),
                })
                .collect(),
        },
        reports: a
            .reports
            .iter()
            .map(|r| ReportView {
                id: r.id.0.clone(),
                milestone: r.milestone.0.clone(),
                body: r.body.0.clone(),
                is_final: r.is_final,
                sent_at: r.sent_at,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(n: u8) -> ChangeHash {
        ChangeHash([n; 32])
    }

    #[test]
    fn a_record_is_with_the_hub_only_when_every_head_was_acknowledged() {
        let acked = [hash(1), hash(2)];
        assert_eq!(
            SyncState::of(&[hash(1)], Some(&acked), false),
            SyncState::Hub
        );
        assert_eq!(
            SyncState::of(&[hash(3)], Some(&acked), true),
            SyncState::Sending
        );
        assert_eq!(SyncState::of(&[hash(1)], None, false), SyncState::Device);
    }
}
