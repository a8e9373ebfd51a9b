//! Notifications: which events tell whom, what each person chose to be told, quiet hours, and
//! what a push message carries (the kind of event and a reference, nothing a person wrote).
//!
//! The server's writer asks [`for_event`] inside the transaction that stores the event, so a
//! notification exists exactly when its cause does; the apps word each kind from their own
//! catalogues, in the reader's language.

use serde::{Deserialize, Serialize};

use crate::access::{self, Action, Principal};
use crate::history::{Event, Recorded};
use crate::model::{ApplicationStatus, Country, Kind, MessageRole, Priority, Role, Status};

/// What a person is told about. The first six are a practitioner's, the rest staff's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// The hub replied in the conversation of one of their requests.
    HubReplied,
    /// The hub is waiting for their answer.
    QuestionWaiting,
    /// One of their requests was resolved.
    Resolved,
    /// Their fund application was approved or declined.
    FundDecision,
    /// The hub sent their application back for changes.
    ChangesRequested,
    /// A tranche of their grant was paid.
    TranchePaid,
    /// Hub staff filed a request for them (it came by phone, message, ...; see
    /// [`crate::intake`]).
    FiledForYou,
    /// A new request in the staff member's countries.
    NewRequest,
    /// A new urgent request there: sent at once, and chosen apart from other new requests.
    UrgentRequest,
    /// The requester replied on a request assigned to them.
    FieldReplied,
    /// A request was assigned to them.
    Assigned,
    /// A request's service level is about to be breached.
    SlaBreaching,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 12] = [
        NotificationKind::HubReplied,
        NotificationKind::QuestionWaiting,
        NotificationKind::Resolved,
        NotificationKind::FundDecision,
        NotificationKind::ChangesRequested,
        NotificationKind::TranchePaid,
        NotificationKind::FiledForYou,
        NotificationKind::NewRequest,
        NotificationKind::UrgentRequest,
        NotificationKind::FieldReplied,
        NotificationKind::Assigned,
        NotificationKind::SlaBreaching,
    ];

    /// The kind as stored, sent and looked up in the apps' catalogues.
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::HubReplied => "hub_replied",
            NotificationKind::QuestionWaiting => "question_waiting",
            NotificationKind::Resolved => "resolved",
            NotificationKind::FundDecision => "fund_decision",
            NotificationKind::ChangesRequested => "changes_requested",
            NotificationKind::TranchePaid => "tranche_paid",
            NotificationKind::FiledForYou => "filed_for_you",
            NotificationKind::NewRequest => "new_request",
            NotificationKind::UrgentRequest => "urgent_request",
            NotificationKind::FieldReplied => "field_replied",
            NotificationKind::Assigned => "assigned",
            NotificationKind::SlaBreaching => "sla_breaching",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Whether it is a staff member's kind (else a practitioner's).
    pub fn for_staff(self) -> bool {
        matches!(
            self,
            NotificationKind::NewRequest
                | NotificationKind::UrgentRequest
                | NotificationKind::FieldReplied
                | NotificationKind::Assigned
                | NotificationKind::SlaBreaching
        )
    }

    /// The kinds someone with `role` may be told about.
    pub fn of_role(role: Role) -> impl Iterator<Item = NotificationKind> {
        Self::ALL
            .into_iter()
            .filter(move |k| k.for_staff() == role.is_staff())
    }

    /// How long a push service should keep the message for a device that is off, in seconds:
    /// staff's news is stale within a day; a phone in the field may be without signal for days.
    pub fn ttl_secs(self) -> u32 {
        if self.for_staff() {
            24 * 3600
        } else {
            4 * 24 * 3600
        }
    }

    /// Whether its pushes are gathered: new requests that are not urgent reach a member of
    /// staff's device at most once per window ([`gathered_until`]), as one push telling how
    /// many; urgent ones go at once.
    pub fn gathered(self) -> bool {
        matches!(self, NotificationKind::NewRequest)
    }

    /// Whether the push service should wake a device for it at once (RFC 8030 `Urgency`).
    pub fn urgency(self) -> &'static str {
        match self {
            NotificationKind::UrgentRequest | NotificationKind::SlaBreaching => "high",
            NotificationKind::NewRequest => "low",
            _ => "normal",
        }
    }
}

/// How long before a request's service level is breached its assignee (or, unassigned, its
/// handlers) is told.
pub const SLA_WARNING_MS: i64 = 60 * 60 * 1000;

/// Who is to be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// One person, by user id.
    Person(String),
    /// Every member of staff who handles the request (its country, its kind): which of them is
    /// [`handles`]'s rule.
    Handlers,
}

/// What an event's request is, as the writer knows it once the event is stored.
#[derive(Debug, Clone)]
pub struct RequestFacts<'a> {
    pub requester: &'a str,
    pub assignee: Option<&'a str>,
    pub kind: Kind,
    pub country: Option<Country>,
    pub priority: Priority,
}

/// Whom `recorded` tells what. Nobody is told of what they did themselves.
pub fn for_event(
    recorded: &Recorded,
    facts: &RequestFacts<'_>,
) -> Vec<(Audience, NotificationKind)> {
    let to_requester = |kind| vec![(Audience::Person(facts.requester.to_string()), kind)];
    let told = match &recorded.event {
        Event::Created => {
            let kind = match facts.priority {
                Priority::Urgent => NotificationKind::UrgentRequest,
                _ => NotificationKind::NewRequest,
            };
            let mut told = vec![(Audience::Handlers, kind)];
            // Filed at the hub for them: their phone tells them it is there.
            if recorded
                .actor
                .as_ref()
                .is_some_and(|actor| actor.as_str() != facts.requester)
            {
                told.extend(to_requester(NotificationKind::FiledForYou));
            }
            told
        }
        Event::Priority {
            to: Priority::Urgent,
            ..
        } => vec![(Audience::Handlers, NotificationKind::UrgentRequest)],
        Event::Message {
            role: MessageRole::Staff,
            ..
        } => to_requester(NotificationKind::HubReplied),
        Event::Message {
            role: MessageRole::Requester,
            ..
        } => match facts.assignee {
            Some(assignee) => vec![(
                Audience::Person(assignee.to_string()),
                NotificationKind::FieldReplied,
            )],
            None => Vec::new(),
        },
        Event::Status {
            to: Status::WaitingOnRequester,
            ..
        } => to_requester(NotificationKind::QuestionWaiting),
        Event::Status {
            to: Status::Resolved,
            ..
        } => to_requester(NotificationKind::Resolved),
        Event::Assignee { to: Some(to), .. } => {
            vec![(Audience::Person(to.clone()), NotificationKind::Assigned)]
        }
        Event::ChangesRequested => to_requester(NotificationKind::ChangesRequested),
        Event::Application {
            status: Some(ApplicationStatus::Approved | ApplicationStatus::Declined),
            ..
        } => to_requester(NotificationKind::FundDecision),
        _ => Vec::new(),
    };
    let actor = recorded.actor.as_ref().map(|a| a.as_str());
    told.into_iter()
        .filter(|(audience, _)| match audience {
            Audience::Person(person) => Some(person.as_str()) != actor,
            Audience::Handlers => true,
        })
        .collect()
}

/// Whether `staff` handles a request of `kind` from `country`: they may triage it and it is in
/// their countries.
pub fn handles(staff: &Principal, kind: Kind, country: Option<Country>) -> bool {
    staff.role.is_staff() && access::may(staff.role, Action::Triage(kind)) && staff.covers(country)
}

/// How often a member of staff with an email address is sent a digest of what waits for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Digest {
    #[default]
    Off,
    Hourly,
    Daily,
}

impl Digest {
    /// How long between two digests, in milliseconds (none when off).
    pub fn every_ms(self) -> Option<i64> {
        match self {
            Digest::Off => None,
            Digest::Hourly => Some(3_600_000),
            Digest::Daily => Some(86_400_000),
        }
    }
}

/// Hours in which no push is sent: what falls in them waits for their end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quiet {
    /// Minute of the day they start, in the person's local time (0 to 1439).
    pub from: u16,
    /// Minute of the day they end (0 to 1439); before `from` when they run past midnight.
    pub to: u16,
    /// The person's offset from UTC in minutes (east positive), as their device reported it.
    pub utc_offset: i16,
}

/// What a person chose to be told about, and when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Preferences {
    /// The kinds they turned off; everything else of their role is on.
    #[serde(default)]
    pub off: Vec<NotificationKind>,
    #[serde(default)]
    pub quiet: Option<Quiet>,
    /// Staff only, and only where the hub can send email.
    #[serde(default)]
    pub digest: Digest,
}

/// Why preferences were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PreferenceError {
    /// A kind that is not someone with this role's to choose.
    KindNotOfRole(NotificationKind),
    /// A minute of the day outside 0 to 1439, or quiet hours starting when they end.
    QuietHours,
    /// An offset from UTC outside -12:00 to +14:00.
    UtcOffset,
    /// A digest for someone who is not staff.
    Digest,
    /// More kinds turned off than there are.
    TooMany,
}

impl PreferenceError {
    /// The field that was wrong, as the REST answer names it.
    pub fn field(&self) -> &'static str {
        match self {
            PreferenceError::KindNotOfRole(_) => "off",
            PreferenceError::QuietHours => "quiet",
            PreferenceError::UtcOffset => "quiet.utc_offset",
            PreferenceError::Digest => "digest",
            PreferenceError::TooMany => "off",
        }
    }
}

impl Preferences {
    /// Checks them for someone with `role`.
    pub fn check(&self, role: Role) -> Result<(), PreferenceError> {
        if self.off.len() > NotificationKind::ALL.len() {
            return Err(PreferenceError::TooMany);
        }
        if let Some(kind) = self.off.iter().find(|k| k.for_staff() != role.is_staff()) {
            return Err(PreferenceError::KindNotOfRole(*kind));
        }
        if let Some(quiet) = self.quiet {
            if quiet.from >= MINUTES_A_DAY || quiet.to >= MINUTES_A_DAY || quiet.from == quiet.to {
                return Err(PreferenceError::QuietHours);
            }
            if !(-720..=840).contains(&quiet.utc_offset) {
                return Err(PreferenceError::UtcOffset);
            }
        }
        if self.digest != Digest::Off && !role.is_staff() {
            return Err(PreferenceError::Digest);
        }
        Ok(())
    }

    /// Whether they want to be told about `kind`.
    pub fn wants(&self, kind: NotificationKind) -> bool {
        !self.off.contains(&kind)
    }

    /// When a push made at `now` (ms since the epoch) may be sent: at once, or at the end of
    /// the quiet hours it falls in.
    pub fn push_at(&self, now: i64) -> i64 {
        let Some(quiet) = self.quiet else {
            return now;
        };
        let minute_ms = 60_000i64;
        let local = now + i64::from(quiet.utc_offset) * minute_ms;
        let minute = local.rem_euclid(i64::from(MINUTES_A_DAY) * minute_ms) / minute_ms;
        let (from, to) = (i64::from(quiet.from), i64::from(quiet.to));
        let quiet_now = if from < to {
            (from..to).contains(&minute)
        } else {
            minute >= from || minute < to
        };
        if !quiet_now {
            return now;
        }
        let wait = (to - minute).rem_euclid(i64::from(MINUTES_A_DAY));
        // To the start of the minute quiet hours end in.
        let into_minute = local.rem_euclid(minute_ms);
        now + wait * minute_ms - into_minute
    }
}

const MINUTES_A_DAY: u16 = 24 * 60;

/// When a push of `kind` due at `due` goes: at once, or for a [`NotificationKind::gathered`]
/// kind at the end of the window of `gather_ms` it falls in. Windows end at multiples of
/// `gather_ms` since the epoch, so pushes due within one go together, and a push due exactly
/// at a window's end goes then.
pub fn gathered_until(kind: NotificationKind, due: i64, gather_ms: i64) -> i64 {
    if !kind.gathered() || gather_ms <= 0 {
        return due;
    }
    (due + gather_ms - 1).div_euclid(gather_ms) * gather_ms
}

/// What a push message carries, as JSON: the kind of event and the request it concerns (an id,
/// which names nobody). The device words it from its own catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushPayload {
    pub kind: NotificationKind,
    /// The request's id.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The notification's id, so the app can mark it read.
    pub id: String,
    /// How many notifications of this kind the push stands for, when it gathers several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

#[cfg(test)]
mod tests;
