//! What makes a request valid, with typed errors that name the field at fault.
//!
//! The same functions run on the device (to show errors inline next to the field) and on the
//! server (to refuse what a client should never have sent), so the two can never disagree.

use std::fmt;

use autosurgeon::Text;
use serde::{Deserialize, Serialize};

use crate::ids::{RequestId, UserId};
use crate::model::{
    Application, BudgetCategory, BudgetLine, Category, Country, Guidance, Kind, Message, Request,
    SCHEMA_VERSION,
};

pub const TITLE_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 20_000;
pub const CITY_MAX_CHARS: usize = 100;
pub const MESSAGE_MAX_CHARS: usize = 10_000;
pub const FIELD_MAX_CHARS: usize = 2_000;
pub const BUDGET_LINES_MAX: usize = 100;

/// Limits that are configuration rather than law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// The most a single fund application may ask for, in US cents.
    pub fund_cap_cents: i64,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            fund_cap_cents: crate::model::DEFAULT_FUND_CAP_CENTS,
        }
    }
}

/// One thing wrong with a record, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationError {
    /// A path to the field, such as `title` or `application.lines[2].quantity`.
    pub field: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Problem {
    Empty,
    TooLong {
        max_chars: usize,
    },
    TooMany {
        max: usize,
    },
    Unknown {
        value: String,
        expected: String,
    },
    NotPositive,
    Negative,
    OverCap {
        cap_cents: i64,
    },
    BudgetMismatch {
        lines_total_cents: i64,
        requested_cents: i64,
    },
    Overflow,
    NotAllowed {
        reason: String,
    },
    Invalid {
        reason: String,
    },
}

impl Problem {
    /// A short machine-readable code for the problem.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::TooLong { .. } => "too_long",
            Problem::TooMany { .. } => "too_many",
            Problem::Unknown { .. } => "unknown_value",
            Problem::NotPositive => "not_positive",
            Problem::Negative => "negative",
            Problem::OverCap { .. } => "over_cap",
            Problem::BudgetMismatch { .. } => "budget_mismatch",
            Problem::Overflow => "overflow",
            Problem::NotAllowed { .. } => "not_allowed",
            Problem::Invalid { .. } => "invalid",
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = &self.field;
        match &self.problem {
            Problem::Empty => write!(f, "{field} must not be empty"),
            Problem::TooLong { max_chars } => {
                write!(f, "{field} must be at most {max_chars} characters")
            }
            Problem::TooMany { max } => write!(f, "{field} may have at most {max} entries"),
            Problem::Unknown { value, expected } => {
                write!(
                    f,
                    "{field} {value:?} is not known; expected one of: {expected}"
                )
            }
            Problem::NotPositive => write!(f, "{field} must be greater than zero"),
            Problem::Negative => write!(f, "{field} must not be negative"),
            Problem::OverCap { cap_cents } => write!(
                f,
                "{field} is over the fund's cap of USD {}",
                format_usd(*cap_cents)
            ),
            Problem::BudgetMismatch {
                lines_total_cents,
                requested_cents,
            } => write!(
                f,
                "budget lines add up to USD {} but the requested amount is USD {}",
                format_usd(*lines_total_cents),
                format_usd(*requested_cents)
            ),
            Problem::Overflow => write!(f, "{field} is too large"),
            Problem::NotAllowed { reason } | Problem::Invalid { reason } => {
                write!(f, "{field}: {reason}")
            }
        }
    }
}

impl std::error::Error for ValidationError {}

/// Formats US cents as dollars with two decimals and thousands separators: `12,500.00`.
pub fn format_usd(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let dollars = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in dollars.chars().enumerate() {
        if i > 0 && (dollars.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped}.{:02}", abs % 100)
}

fn error(field: impl Into<String>, problem: Problem) -> ValidationError {
    ValidationError {
        field: field.into(),
        problem,
    }
}

/// Collects errors so a form can show every problem at once.
#[derive(Default)]
struct Errors(Vec<ValidationError>);

impl Errors {
    fn push(&mut self, field: impl Into<String>, problem: Problem) {
        self.0.push(error(field, problem));
    }

    fn text(&mut self, field: &str, value: &str, required: bool, max_chars: usize) {
        if required && value.trim().is_empty() {
            self.push(field, Problem::Empty);
        } else if value.chars().count() > max_chars {
            self.push(field, Problem::TooLong { max_chars });
        }
    }

    fn finish(self) -> Result<(), Vec<ValidationError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

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
    if RequestId::parse(&request.id).is_err() {
        errors.push(
            "id",
            Problem::Invalid {
                reason: "must be a UUID v7".into(),
            },
        );
    }
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

/// Checks a fund application: positive amount under the cap, lines that add up to it.
pub fn validate_application(
    application: &Application,
    rules: &Rules,
) -> Result<(), Vec<ValidationError>> {
    let mut errors = Errors::default();
    check_application(&mut errors, application, rules);
    errors.finish()
}

fn check_application(errors: &mut Errors, application: &Application, rules: &Rules) {
    let requested = application.requested_cents;
    if requested <= 0 {
        errors.push("application.requested_cents", Problem::NotPositive);
    } else if requested > rules.fund_cap_cents {
        errors.push(
            "application.requested_cents",
            Problem::OverCap {
                cap_cents: rules.fund_cap_cents,
            },
        );
    }
    for (name, value) in [
        ("lead_organisation", &application.lead_organisation),
        (
            "local_government_partner",
            &application.local_government_partner,
        ),
        ("objectives", &application.objectives),
        ("timeline", &application.timeline),
    ] {
        errors.text(
            &format!("application.{name}"),
            value.as_str(),
            false,
            FIELD_MAX_CHARS,
        );
    }
    if application.lines.len() > BUDGET_LINES_MAX {
        errors.push(
            "application.lines",
            Problem::TooMany {
                max: BUDGET_LINES_MAX,
            },
        );
        return;
    }
    let mut total: Option<i64> = Some(0);
    for (i, line) in application.lines.iter().enumerate() {
        let field = |name: &str| format!("application.lines[{i}].{name}");
        errors.text(&field("description"), line.description.as_str(), true, 500);
        if line.quantity <= 0 {
            errors.push(field("quantity"), Problem::NotPositive);
        }
        if line.unit_cost_cents < 0 {
            errors.push(field("unit_cost_cents"), Problem::Negative);
        }
        match line.total_cents() {
            Some(line_total) => total = total.and_then(|t| t.checked_add(line_total)),
            None => errors.push(field("unit_cost_cents"), Problem::Overflow),
        }
    }
    match total {
        None => errors.push("application.lines", Problem::Overflow),
        Some(total) if !application.lines.is_empty() && total != requested => errors.push(
            "application.lines",
            Problem::BudgetMismatch {
                lines_total_cents: total,
                requested_cents: requested,
            },
        ),
        Some(_) => {}
    }
}

/// A new request as typed into a form or posted to the REST API: loose strings that have not
/// been checked yet. [`RequestDraft::into_request`] is the only way from here to a [`Request`].
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
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationDraft {
    #[serde(default)]
    pub requested_cents: i64,
    #[serde(default)]
    pub lines: Vec<BudgetLineDraft>,
    #[serde(default)]
    pub lead_organisation: String,
    #[serde(default)]
    pub local_government_partner: String,
    #[serde(default)]
    pub objectives: String,
    #[serde(default)]
    pub timeline: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLineDraft {
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub quantity: i64,
    #[serde(default)]
    pub unit_cost_cents: i64,
}

/// Who is creating a request and when, handed in by the caller.
#[derive(Debug, Clone)]
pub struct Origin {
    pub requester: UserId,
    /// Used when the draft carries no id of its own.
    pub fresh_id: RequestId,
    pub now_ms: i64,
}

fn parse_enum<T: std::str::FromStr<Err = crate::model::ParseEnumError>>(
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
        let application = self.application.map(|app| {
            let lines = app
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| BudgetLine {
                    category: parse_enum::<BudgetCategory>(
                        &mut errors,
                        &format!("application.lines[{i}].category"),
                        &line.category,
                    )
                    .unwrap_or(BudgetCategory::Other),
                    description: line.description.trim().into(),
                    quantity: line.quantity,
                    unit_cost_cents: line.unit_cost_cents,
                })
                .collect();
            Application {
                requested_cents: app.requested_cents,
                lines,
                lead_organisation: app.lead_organisation.trim().into(),
                local_government_partner: app.local_government_partner.trim().into(),
                objectives: app.objectives.trim().into(),
                timeline: app.timeline.trim().into(),
            }
        });
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
        };
        match self.clone().into_request(origin, rules) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        }
    }
}

impl ApplicationDraft {
    /// The sum of the budget lines, or `None` if it overflows.
    pub fn lines_total_cents(&self) -> Option<i64> {
        self.lines.iter().try_fold(0i64, |total, line| {
            total.checked_add(line.quantity.checked_mul(line.unit_cost_cents)?)
        })
    }
}

pub const GUIDANCE_SUMMARY_MAX_CHARS: usize = 500;
pub const GUIDANCE_BODY_MAX_CHARS: usize = 100_000;

/// Checks a guidance item as stored in its document.
pub fn validate_guidance(guidance: &Guidance) -> Result<(), Vec<ValidationError>> {
    let mut errors = Errors::default();
    if RequestId::parse(&guidance.id).is_err() {
        errors.push(
            "id",
            Problem::Invalid {
                reason: "must be a UUID v7".into(),
            },
        );
    }
    errors.text("title", guidance.title.as_str(), true, TITLE_MAX_CHARS);
    errors.text(
        "summary",
        guidance.summary.as_str(),
        true,
        GUIDANCE_SUMMARY_MAX_CHARS,
    );
    errors.text(
        "body",
        guidance.body.as_str(),
        true,
        GUIDANCE_BODY_MAX_CHARS,
    );
    let language = guidance.language.as_str();
    let language_ok = (2..=12).contains(&language.len())
        && language
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !language_ok {
        errors.push(
            "language",
            Problem::Invalid {
                reason: "must be a language tag such as en, bn or ur".into(),
            },
        );
    }
    errors.finish()
}

/// A guidance item as staff type it into the publishing form or post it to the REST API.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceDraft {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub language: String,
}

impl GuidanceDraft {
    /// Turns a draft into a guidance item by `origin.requester` (the author).
    pub fn into_guidance(self, origin: Origin) -> Result<Guidance, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let topic = parse_enum::<Category>(&mut errors, "topic", &self.topic);
        let language = if self.language.trim().is_empty() {
            "en".to_string()
        } else {
            self.language.trim().to_string()
        };
        let guidance = Guidance {
            schema: SCHEMA_VERSION,
            id: origin.fresh_id.to_string(),
            title: self.title.trim().into(),
            summary: self.summary.trim().into(),
            body: Text::with_value(self.body.trim()),
            topic: topic.unwrap_or(Category::Other),
            language: language.into(),
            published_at: origin.now_ms,
            author: origin.requester.as_str().into(),
        };
        if let Err(more) = validate_guidance(&guidance) {
            errors.0.extend(more);
        }
        errors.finish()?;
        Ok(guidance)
    }
}

/// Checks that a conversation message is fit to send, before it is added to a request.
pub fn validate_message_body(body: &str) -> Result<(), ValidationError> {
    let mut errors = Errors::default();
    errors.text("body", body, true, MESSAGE_MAX_CHARS);
    match errors.0.pop() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            requester: UserId::parse("u1").expect("valid"),
            fresh_id: RequestId::new(1_763_900_000_000, [1; 10]),
            now_ms: 1_763_900_000_000,
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
                cap_cents: 1_250_000
            }
        );
        assert!(errors[0].to_string().contains("12,500.00"));
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
                requested_cents: 500_000
            }
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

    #[test]
    fn guidance_needs_a_title_summary_body_and_known_topic() {
        let origin = origin();
        let errors = GuidanceDraft {
            topic: "weather".into(),
            ..Default::default()
        }
        .into_guidance(origin.clone())
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        for field in ["topic", "title", "summary", "body"] {
            assert!(fields.contains(&field), "{field} in {fields:?}");
        }
        let ok = GuidanceDraft {
            title: "How to write a local action plan".into(),
            summary: "Steps from risk assessment to partners and resources.".into(),
            body: "1. Assess risks.".into(),
            topic: "local_action_planning".into(),
            language: "".into(),
        }
        .into_guidance(origin)
        .expect("valid");
        assert_eq!(ok.language.as_str(), "en");
    }

    #[test]
    fn usd_is_formatted_with_separators() {
        assert_eq!(format_usd(1_250_000), "12,500.00");
        assert_eq!(format_usd(5), "0.05");
        assert_eq!(format_usd(123_456_789), "1,234,567.89");
    }
}
