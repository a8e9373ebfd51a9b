//! Requests: the whole-record check and the draft that becomes one. Their fund applications
//! are in `application.rs`.

use autosurgeon::Text;
use serde::{Deserialize, Serialize};

use super::application::{ApplicationDraft, check_application};
use super::{
    CITY_MAX_CHARS, DESCRIPTION_MAX_CHARS, Errors, MESSAGE_MAX_CHARS, Problem, Rules,
    TITLE_MAX_CHARS, ValidationError,
};
use crate::ids::{RequestId, UserId};
use crate::model::{Category, Country, Kind, Message, Request, SCHEMA_VERSION};

/// Checks a whole request as stored in its document.
pub fn validate_request(request: &Request, rules: &Rules) -> Result<(), Vec<ValidationError>> {
    let mut errors = Errors::default();
    if request.schema != SCHEMA_VERSION {
        errors.push(
            "schema",
            Problem::Invalid {
                reason: format!("unsupported schema version {}", request.schema),
            },
        );
    }
    errors.uuid_v7("id", &request.id);
    errors.text("title", request.title.as_str(), true, TITLE_MAX_CHARS);
    errors.text(
        "description",
        request.description.as_str(),
        true,
        DESCRIPTION_MAX_CHARS,
    );
    errors.text("city", request.city.as_str(), true, CITY_MAX_CHARS);
    if UserId::parse(request.requester.as_str()).is_err() {
        errors.push(
            "requester",
            Problem::Invalid {
                reason: "must be a user id".into(),
            },
        );
    }
    if request.created_at <= 0 {
        errors.push("created_at", Problem::NotPositive);
    }
    if request.messages.len() > crate::limits::MESSAGES_MAX {
        errors.push(
            "messages",
            Problem::TooMany {
                max: crate::limits::MESSAGES_MAX,
            },
        );
    }
    for (i, message) in request.messages.iter().enumerate() {
        check_message(&mut errors, i, message);
    }
    match (&request.kind, &request.application) {
        (Kind::HelpDesk, Some(_)) => errors.push(
            "application",
            Problem::NotAllowed {
                reason: "only fund queries carry an application".into(),
            },
        ),
        (Kind::FundQuery, Some(application)) => check_application(&mut errors, application, rules),
        _ => {}
    }
    errors.finish()
}

fn check_message(errors: &mut Errors, index: usize, message: &Message) {
    let field = |name: &str| format!("messages[{index}].{name}");
    errors.text(&field("id"), message.id.as_str(), true, 64);
    errors.text(
        &field("body"),
        message.body.as_str(),
        true,
        MESSAGE_MAX_CHARS,
    );
    if UserId::parse(message.author.as_str()).is_err() {
        errors.push(
            field("author"),
            Problem::Invalid {
                reason: "must be a user id".into(),
            },
        );
    }
}

/// A new request as typed into a form or posted to the REST API: loose strings that have not
/// been checked yet. [`RequestDraft::into_request`] is the only way from here to a [`Request`].
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RequestDraft {
    /// A UUID v7 made on the device; clients that retry send the same id so a retry can never
    /// make a second request.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub application: Option<ApplicationDraft>,
    /// Hub staff filing for a practitioner name them here by user id (see
    /// [`crate::intake`]); blank or absent for the person filing.
    #[serde(default)]
    pub requester: Option<String>,
    /// How a request filed for someone reached the hub: `phone_call`, `messaging`, `email`,
    /// `workshop` or `in_person`.
    #[serde(default)]
    pub channel: Option<String>,
}

/// Who is creating a request and when, handed in by the caller.
#[derive(Debug, Clone)]
pub struct Origin {
    pub requester: UserId,
    /// Used when the draft carries no id of its own.
    pub fresh_id: RequestId,
    pub now_ms: i64,
    /// Set when hub staff file for the requester ([`crate::intake::filing`]).
    pub intake: Option<crate::model::Intake>,
}

pub(super) fn parse_enum<T: std::str::FromStr<Err = crate::model::ParseEnumError>>(
    errors: &mut Errors,
    field: &str,
    value: &str,
) -> Option<T> {
    if value.trim().is_empty() {
        errors.push(field, Problem::Empty);
        return None;
    }
    match value.parse() {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            errors.push(
                field,
                Problem::Unknown {
                    value: e.value,
                    expected: e.expected,
                },
            );
            None
        }
    }
}

impl RequestDraft {
    /// Turns a draft into a request, or lists everything wrong with it: all at once, so a form
    /// can show every problem together.
    pub fn into_request(
        self,
        origin: Origin,
        rules: &Rules,
    ) -> Result<Request, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let id = match &self.id {
            None => origin.fresh_id,
            Some(text) => RequestId::parse(text).unwrap_or_else(|_| {
                errors.push(
                    "id",
                    Problem::Invalid {
                        reason: "must be a UUID v7".into(),
                    },
                );
                origin.fresh_id
            }),
        };
        // A missing or unknown choice is reported here; a stand-in takes its place so that
        // every other rule can still be checked.
        let kind =
            parse_enum::<Kind>(&mut errors, "kind", &self.kind).unwrap_or(match self.application {
                Some(_) => Kind::FundQuery,
                None => Kind::HelpDesk,
            });
        let category = parse_enum::<Category>(&mut errors, "category", &self.category)
            .unwrap_or(Category::Other);
        let country =
            parse_enum::<Country>(&mut errors, "country", &self.country).unwrap_or(Country::Other);
        let application = self
            .application
            .map(|app| app.into_application(&mut errors));
        let request = Request {
            schema: SCHEMA_VERSION,
            id: id.to_string(),
            kind,
            title: self.title.trim().into(),
            description: Text::with_value(self.description.trim()),
            category,
            country,
            city: self.city.trim().into(),
            requester: origin.requester.as_str().into(),
            created_at: origin.now_ms,
            messages: Vec::new(),
            application,
            team: None,
            attachments: Vec::new(),
            intake: origin.intake,
            handovers: Vec::new(),
            referrals: Vec::new(),
        };
        if let Err(more) = validate_request(&request, rules) {
            for e in more {
                if !errors.0.iter().any(|known| known.field == e.field) {
                    errors.0.push(e);
                }
            }
        }
        errors.finish()?;
        Ok(request)
    }
}

impl RequestDraft {
    /// Every problem with the draft as it stands, for showing inline while the person types.
    /// Nothing is created; the id and requester are placeholders that always pass.
    pub fn problems(&self, rules: &Rules) -> Vec<ValidationError> {
        let Ok(requester) = UserId::parse("draft") else {
            return Vec::new();
        };
        let origin = Origin {
            requester,
            fresh_id: RequestId::new(1, [0; 10]),
            now_ms: 1,
            intake: None,
        };
        match self.clone().into_request(origin, rules) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{BudgetLineDraft, MilestoneDraft};

    fn origin() -> Origin {
        Origin {
            requester: UserId::parse("u1").expect("valid"),
            fresh_id: RequestId::new(1_763_900_000_000, [1; 10]),
            now_ms: 1_763_900_000_000,
            intake: None,
        }
    }

    fn draft() -> RequestDraft {
        RequestDraft {
            kind: "help_desk".into(),
            title: "Support drafting our local action plan".into(),
            description: "We need a review of the risk assessment section.".into(),
            category: "local_action_planning".into(),
            country: "BD".into(),
            city: "Dhaka".into(),
            ..Default::default()
        }
    }

    fn fund_draft(requested: i64, lines: &[(i64, i64)]) -> RequestDraft {
        RequestDraft {
            kind: "fund_query".into(),
            category: "support_fund".into(),
            application: Some(ApplicationDraft {
                requested_cents: requested,
                lines: lines
                    .iter()
                    .map(|(q, c)| BudgetLineDraft {
                        category: "activities_events".into(),
                        description: "Youth council sessions".into(),
                        quantity: *q,
                        unit_cost_cents: *c,
                    })
                    .collect(),
                ..Default::default()
            }),
            ..draft()
        }
    }

    fn fields(result: Result<Request, Vec<ValidationError>>) -> Vec<String> {
        result
            .expect_err("should be invalid")
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn a_complete_draft_becomes_a_request() {
        let request = draft()
            .into_request(origin(), &Rules::default())
            .expect("valid");
        assert_eq!(request.requester.as_str(), "u1");
        assert_eq!(request.kind, Kind::HelpDesk);
        assert_eq!(request.id, origin().fresh_id.to_string());
    }

    #[test]
    fn an_empty_title_is_named() {
        let draft = RequestDraft {
            title: "   ".into(),
            ..draft()
        };
        assert_eq!(
            fields(draft.into_request(origin(), &Rules::default())),
            ["title"]
        );
    }

    #[test]
    fn a_title_over_200_characters_is_too_long() {
        let draft = RequestDraft {
            title: "অ".repeat(201),
            ..draft()
        };
        let errors = draft
            .into_request(origin(), &Rules::default())
            .expect_err("too long");
        assert_eq!(errors[0].problem, Problem::TooLong { max_chars: 200 });
        assert_eq!(
            errors[0].to_string(),
            "title must be at most 200 characters"
        );
    }

    #[test]
    fn a_title_of_exactly_200_characters_in_bengali_is_fine() {
        let draft = RequestDraft {
            title: "অ".repeat(200),
            ..draft()
        };
        assert!(draft.into_request(origin(), &Rules::default()).is_ok());
    }

    #[test]
    fn an_unknown_category_is_named_with_the_choices() {
        let draft = RequestDraft {
            category: "weather".into(),
            ..draft()
        };
        let errors = draft
            .into_request(origin(), &Rules::default())
            .expect_err("unknown");
        assert_eq!(errors[0].field, "category");
        assert!(errors[0].to_string().contains("peer_learning"));
    }

    #[test]
    fn an_amount_over_the_cap_is_refused() {
        let draft = fund_draft(1_250_001, &[(1, 1_250_001)]);
        let errors = draft
            .into_request(origin(), &Rules::default())
            .expect_err("over cap");
        assert_eq!(errors[0].field, "application.requested_cents");
        assert_eq!(
            errors[0].problem,
            Problem::OverCap {
                cap_cents: 1_250_000,
                currency: crate::money::Currency::DEFAULT,
            }
        );
        assert!(errors[0].to_string().contains("USD 12,500.00"));
    }

    #[test]
    fn budget_lines_must_add_up_to_the_requested_amount() {
        let draft = fund_draft(500_000, &[(2, 100_000), (1, 250_000)]);
        let errors = draft
            .into_request(origin(), &Rules::default())
            .expect_err("mismatch");
        assert_eq!(
            errors[0].problem,
            Problem::BudgetMismatch {
                lines_total_cents: 450_000,
                requested_cents: 500_000,
                currency: crate::money::Currency::DEFAULT,
            }
        );
    }

    #[test]
    fn milestones_need_a_name_and_a_date() {
        let mut draft = fund_draft(450_000, &[(2, 100_000), (1, 250_000)]);
        if let Some(app) = draft.application.as_mut() {
            app.risk_assessment = "Youth exclusion".into();
            app.milestones = vec![
                MilestoneDraft {
                    name: "First sessions".into(),
                    due: "2027-02-28".into(),
                },
                MilestoneDraft {
                    name: "".into(),
                    due: "next spring".into(),
                },
            ];
        }
        let fields = fields(draft.into_request(origin(), &Rules::default()));
        assert_eq!(
            fields,
            vec![
                "application.milestones[1].name",
                "application.milestones[1].due"
            ]
        );
    }

    #[test]
    fn budget_lines_that_add_up_are_accepted() {
        let draft = fund_draft(450_000, &[(2, 100_000), (1, 250_000)]);
        assert!(draft.into_request(origin(), &Rules::default()).is_ok());
    }

    #[test]
    fn overflowing_budget_lines_are_refused_not_wrapped() {
        let draft = fund_draft(1_000, &[(i64::MAX, 2)]);
        let errors = draft
            .into_request(origin(), &Rules::default())
            .expect_err("overflow");
        assert!(errors.iter().any(|e| e.problem == Problem::Overflow));
    }

    #[test]
    fn a_help_desk_request_cannot_carry_an_application() {
        let draft = RequestDraft {
            kind: "help_desk".into(),
            ..fund_draft(1000, &[(1, 1000)])
        };
        assert_eq!(
            fields(draft.into_request(origin(), &Rules::default())),
            ["application"]
        );
    }

    #[test]
    fn a_draft_id_that_is_not_uuid_v7_is_refused() {
        let draft = RequestDraft {
            id: Some("8d6f1f3e-2b1c-4c1e-9a7d-3c2b1a0f9e8d".into()),
            ..draft()
        };
        assert_eq!(
            fields(draft.into_request(origin(), &Rules::default())),
            ["id"]
        );
    }

    #[test]
    fn several_problems_are_reported_together() {
        let draft = RequestDraft {
            title: String::new(),
            country: "FR".into(),
            city: String::new(),
            ..draft()
        };
        let got = fields(draft.into_request(origin(), &Rules::default()));
        assert!(got.contains(&"title".to_string()));
        assert!(got.contains(&"country".to_string()));
        assert!(got.contains(&"city".to_string()));
    }

    #[test]
    fn a_draft_reports_its_problems_without_creating_anything() {
        let draft = RequestDraft {
            title: String::new(),
            ..fund_draft(500_000, &[(1, 100_000)])
        };
        let fields: Vec<String> = draft
            .problems(&Rules::default())
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert!(fields.contains(&"title".to_string()));
        assert!(fields.contains(&"application.lines".to_string()));
        assert!(draft_ok().problems(&Rules::default()).is_empty());
    }

    fn draft_ok() -> RequestDraft {
        draft()
    }

    #[test]
    fn missing_choices_do_not_hide_other_problems() {
        let draft = RequestDraft {
            title: String::new(),
            category: String::new(),
            country: String::new(),
            ..fund_draft(1_300_000, &[(1, 1_300_000)])
        };
        let fields: Vec<String> = draft
            .problems(&Rules::default())
            .into_iter()
            .map(|e| e.field)
            .collect();
        for field in [
            "title",
            "category",
            "country",
            "application.requested_cents",
        ] {
            assert!(fields.contains(&field.to_string()), "{field} in {fields:?}");
        }
    }

    #[test]
    fn budget_lines_total_is_computed_without_overflow() {
        let app = fund_draft(0, &[(2, 100), (3, 5)]).application.expect("app");
        assert_eq!(app.lines_total_cents(), Some(215));
        let huge = fund_draft(0, &[(i64::MAX, 2)]).application.expect("app");
        assert_eq!(huge.lines_total_cents(), None);
    }
}
