//! The closed vocabularies of the model, each stored as a snake_case string.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}; expected one of: {expected}")]
pub struct ParseEnumError {
    pub what: &'static str,
    pub value: String,
    pub expected: String,
}

/// Declares an enum stored as a fixed set of strings, with parsing, display, serde and the
/// Automerge mapping, so each vocabulary is written down exactly once.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident as $what:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = ParseEnumError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(ParseEnumError {
                        what: $what,
                        value: s.chars().take(40).collect(),
                        expected: [$($text),+].join(", "),
                    }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl autosurgeon::Hydrate for $name {
            fn hydrate_string(s: &'_ str) -> Result<Self, autosurgeon::HydrateError> {
                s.parse().map_err(|e: ParseEnumError| {
                    autosurgeon::HydrateError::unexpected($what, e.value)
                })
            }

            fn hydrate_text<D: autosurgeon::ReadDoc>(
                doc: &D,
                obj: &automerge::ObjId,
            ) -> Result<Self, autosurgeon::HydrateError> {
                Self::hydrate_string(&doc.text(obj)?)
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($text),+]))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($name))
            }
        }

        impl autosurgeon::Reconcile for $name {
            type Key<'a> = autosurgeon::reconcile::NoKey;

            fn reconcile<R: autosurgeon::Reconciler>(&self, mut r: R) -> Result<(), R::Error> {
                r.str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// Whether a record is a help-desk request or a technical support fund query.
    Kind as "kind" { HelpDesk => "help_desk", FundQuery => "fund_query" }
);

string_enum!(
    /// The hub's pillars, plus local action planning, the fund, exchange visits (a visit to a
    /// peer city to learn from its work, arranged as any request is) and other.
    Category as "category" {
        PeerLearning => "peer_learning",
        CapacityBuilding => "capacity_building",
        Cooperation => "cooperation",
        LocalVoices => "local_voices",
        YouthEngagement => "youth_engagement",
        LocalActionPlanning => "local_action_planning",
        SupportFund => "support_fund",
        ExchangeVisit => "exchange_visit",
        Other => "other",
    }
);

string_enum!(
    /// The countries the hub serves.
    Country as "country" {
        Bangladesh => "BD",
        India => "IN",
        SriLanka => "LK",
        Maldives => "MV",
        Pakistan => "PK",
        Other => "other",
    }
);

string_enum!(
    /// Budget template categories for fund applications.
    BudgetCategory as "budget category" {
        Personnel => "personnel",
        ActivitiesAndEvents => "activities_events",
        Materials => "materials",
        Travel => "travel",
        MonitoringAndEvaluation => "monitoring_evaluation",
        Other => "other",
    }
);

string_enum!(
    /// Where a referral stands (see [`crate::referral`]).
    ReferralStatus as "referral status" {
        Offered => "offered",
        Accepted => "accepted",
        Declined => "declined",
        Closed => "closed",
    }
);

string_enum!(
    /// What a requester lets their city team do with a request they share with it.
    TeamShare as "team share" { Read => "read", Write => "write" }
);

string_enum!(
    /// How a request staff filed on a practitioner's behalf reached the hub (see
    /// [`crate::intake`]).
    Channel as "channel" {
        PhoneCall => "phone_call",
        Messaging => "messaging",
        Email => "email",
        Workshop => "workshop",
        InPerson => "in_person",
    }
);

string_enum!(
    /// Who wrote a conversation message.
    MessageRole as "message role" { Requester => "requester", Staff => "staff" }
);

string_enum!(
    /// Where the hub is with a request.
    Status as "status" {
        New => "new",
        Triaged => "triaged",
        InProgress => "in_progress",
        WaitingOnRequester => "waiting_on_requester",
        Resolved => "resolved",
        Closed => "closed",
    }
);

string_enum!(
    /// How urgently the hub should answer.
    Priority as "priority" { Low => "low", Normal => "normal", High => "high", Urgent => "urgent" }
);

string_enum!(
    /// What a user is to HubDesk.
    Role as "role" {
        Practitioner => "practitioner",
        Agent => "agent",
        FundManager => "fund_manager",
        Admin => "admin",
    }
);

string_enum!(
    /// Where a fund application stands with the hub.
    ApplicationStatus as "application status" {
        Submitted => "submitted",
        UnderReview => "under_review",
        ChangesRequested => "changes_requested",
        Approved => "approved",
        Declined => "declined",
    }
);

impl Role {
    /// Hub staff see every request and write triage and notes.
    pub fn is_staff(self) -> bool {
        !matches!(self, Role::Practitioner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_round_trips_through_its_text() {
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>(), Ok(*c));
        }
        for c in Country::ALL {
            assert_eq!(c.as_str().parse::<Country>(), Ok(*c));
        }
    }

    #[test]
    fn unknown_text_names_what_was_expected() {
        let err = "weather".parse::<Category>().expect_err("unknown");
        assert_eq!(err.what, "category");
        assert!(err.expected.contains("peer_learning"));
    }
}
