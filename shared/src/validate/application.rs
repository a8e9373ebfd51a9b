//! Fund applications: what makes one valid (amount, cap, budget lines that add up, what the
//! local action plan says, dated milestones) and the drafts that become one.

use serde::{Deserialize, Serialize};

use super::request::parse_enum;
use super::{
    BUDGET_LINES_MAX, Errors, FIELD_MAX_CHARS, MESSAGE_MAX_CHARS, Problem, Rules, TITLE_MAX_CHARS,
    ValidationError,
};
use crate::model::{Application, BudgetCategory, BudgetLine};

/// The most milestones an application's timeline may have.
pub const MILESTONES_MAX: usize = 24;

/// Whether `text` is a calendar date written `YYYY-MM-DD`.
fn is_day(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let number = |s: &str, len: usize| s.len() == len && s.chars().all(|c| c.is_ascii_digit());
    if !(number(y, 4) && number(m, 2) && number(d, 2)) {
        return false;
    }
    let (m, d): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    (1..=12).contains(&m) && (1..=31).contains(&d)
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

pub(super) fn check_application(errors: &mut Errors, application: &Application, rules: &Rules) {
    let requested = application.requested_cents;
    if requested <= 0 {
        errors.push("application.requested_cents", Problem::NotPositive);
    } else if requested > rules.fund_cap_cents {
        errors.push(
            "application.requested_cents",
            Problem::OverCap {
                cap_cents: rules.fund_cap_cents,
                currency: rules.fund_currency,
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
        ("risk_assessment", &application.risk_assessment),
        ("mitigation", &application.mitigation),
        ("partners_resources", &application.partners_resources),
    ] {
        errors.text(
            &format!("application.{name}"),
            value.as_str(),
            false,
            FIELD_MAX_CHARS,
        );
    }
    if application.milestones.len() > MILESTONES_MAX {
        errors.push(
            "application.milestones",
            Problem::TooMany {
                max: MILESTONES_MAX,
            },
        );
    }
    for (i, milestone) in application.milestones.iter().enumerate() {
        let field = |name: &str| format!("application.milestones[{i}].{name}");
        errors.text(
            &field("name"),
            milestone.name.as_str(),
            true,
            TITLE_MAX_CHARS,
        );
        if !is_day(milestone.due.as_str()) {
            errors.push(
                field("due"),
                Problem::Invalid {
                    reason: "must be a date as YYYY-MM-DD".into(),
                },
            );
        }
    }
    if let Some(round) = &application.round_id {
        errors.text("application.round_id", round.as_str(), true, 64);
    }
    for (i, report) in application.reports.iter().enumerate() {
        let field = |name: &str| format!("application.reports[{i}].{name}");
        errors.text(&field("id"), report.id.as_str(), true, 64);
        errors.text(
            &field("milestone"),
            report.milestone.as_str(),
            true,
            TITLE_MAX_CHARS,
        );
        errors.text(
            &field("body"),
            report.body.as_str(),
            true,
            MESSAGE_MAX_CHARS,
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
                currency: rules.fund_currency,
            },
        ),
        Some(_) => {}
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
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
    /// The fund round applied to.
    #[serde(default)]
    pub round_id: Option<String>,
    /// How the initiative follows from the local action plan.
    #[serde(default)]
    pub risk_assessment: String,
    #[serde(default)]
    pub mitigation: String,
    #[serde(default)]
    pub partners_resources: String,
    #[serde(default)]
    pub milestones: Vec<MilestoneDraft>,
}

/// A milestone as typed: a name and its due date as `YYYY-MM-DD`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneDraft {
    pub name: String,
    pub due: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
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

impl ApplicationDraft {
    /// The application as stored, with unknown budget categories reported in `errors`. A new
    /// application is a draft (not submitted) with no reports.
    pub(crate) fn into_application(self, errors: &mut Errors) -> Application {
        let lines = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| BudgetLine {
                category: parse_enum::<BudgetCategory>(
                    errors,
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
            requested_cents: self.requested_cents,
            lines,
            lead_organisation: self.lead_organisation.trim().into(),
            local_government_partner: self.local_government_partner.trim().into(),
            objectives: self.objectives.trim().into(),
            timeline: self.timeline.trim().into(),
            round_id: self
                .round_id
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(Into::into),
            risk_assessment: self.risk_assessment.trim().into(),
            mitigation: self.mitigation.trim().into(),
            partners_resources: self.partners_resources.trim().into(),
            milestones: self
                .milestones
                .iter()
                .filter(|m| !m.name.trim().is_empty() || !m.due.trim().is_empty())
                .map(|m| crate::model::Milestone {
                    name: m.name.trim().into(),
                    due: m.due.trim().into(),
                })
                .collect(),
            submitted_at: None,
            reports: Vec::new(),
        }
    }

    /// The sum of the budget lines, or `None` if it overflows.
    pub fn lines_total_cents(&self) -> Option<i64> {
        self.lines
            .iter()
            .try_fold(0i64, |total, line| total.checked_add(line.total_cents()?))
    }
}

impl BudgetLineDraft {
    /// Quantity times unit cost, or `None` if it overflows.
    pub fn total_cents(&self) -> Option<i64> {
        self.quantity.checked_mul(self.unit_cost_cents)
    }
}
