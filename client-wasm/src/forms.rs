//! The page's forms as typed, turned into shared drafts; and shared's validation errors, each
//! given the catalogue message that words it for a practitioner.
//!
//! What a valid request is stays in `hubdesk_shared::validate`. This module only reads what a
//! person typed (amounts in dollars with separators, quantities as text) into the cents and
//! numbers a [`RequestDraft`] holds, and picks for each error the message (and its arguments) the
//! page shows the person who has to fix it, in their language.

use std::collections::BTreeMap;

use hubdesk_shared::money::Money;
use hubdesk_shared::validate::{
    self, ApplicationDraft, Arg, BudgetLineDraft, Problem, RequestDraft, Rules, ValidationError,
};
use serde::{Deserialize, Serialize};

/// A new-request form as the page holds it: every value is the text in its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RequestForm {
    /// Made when the form is first saved as a draft, so submitting twice (or again after a crash
    /// between storing the request and clearing the draft) can never file two requests.
    pub id: Option<String>,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub country: String,
    pub city: String,
    pub application: Option<ApplicationForm>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApplicationForm {
    /// The requested amount in US dollars, as typed.
    pub requested: String,
    pub lead_organisation: String,
    pub local_government_partner: String,
    pub objectives: String,
    pub timeline: String,
    pub lines: Vec<LineForm>,
    /// The fund round applied to, by id.
    pub round_id: Option<String>,
    pub risk_assessment: String,
    pub mitigation: String,
    pub partners_resources: String,
    pub milestones: Vec<MilestoneForm>,
}

/// A milestone as typed: its name and due date (`YYYY-MM-DD`, as a date input gives it).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MilestoneForm {
    pub name: String,
    pub due: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LineForm {
    pub category: String,
    pub description: String,
    pub quantity: String,
    /// US dollars, as typed.
    pub unit_cost: String,
}

/// One problem, placed next to its field: `field` is the path shared uses
/// (`title`, `application.lines[2].quantity`); `message` is the catalogue message that words it
/// for the person (`locales/*/problems.ftl`, chosen by `shared::validate::wording`), and `args`
/// its arguments: counts as numbers, amounts as `{minor, currency}` for the page to write in
/// the person's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: &'static str,
    pub args: BTreeMap<&'static str, Arg>,
}

impl FieldError {
    fn new(field: impl Into<String>, code: &'static str, message: &'static str) -> Self {
        Self {
            field: field.into(),
            code,
            message,
            args: BTreeMap::new(),
        }
    }
}

/// What a form's budget adds up to, for the live total and the cap check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetCheck {
    /// Each line's total, or `None` while its quantity or cost is not a number.
    pub line_totals: Vec<Option<String>>,
    pub lines_total_cents: Option<i64>,
    pub lines_total_text: Option<String>,
    pub requested_cents: Option<i64>,
    pub requested_text: Option<String>,
    pub cap_cents: i64,
    pub cap_text: String,
    /// Whether the requested amount is over the fund's cap (shared says so).
    pub over_cap: bool,
    /// Whether the lines add up to the requested amount (shared finds no mismatch).
    pub balanced: bool,
}

/// Everything the page shows about a form while it is being filled in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftCheck {
    pub errors: Vec<FieldError>,
    pub budget: Option<BudgetCheck>,
}

/// Reads a whole number such as a quantity; an empty field is zero.
fn parse_count(text: &str) -> Option<i64> {
    let text = text.trim();
    if text.is_empty() {
        return Some(0);
    }
    text.parse().ok().filter(|n: &i64| *n >= 0)
}

impl RequestForm {
    /// The shared draft this form stands for, and the fields whose text is not a number.
    pub fn into_draft(self) -> (RequestDraft, Vec<FieldError>) {
        let mut unreadable = Vec::new();
        let application = self.application.map(|app| {
            let (draft, problems) = app.into_draft();
            unreadable.extend(problems);
            draft
        });
        let draft = RequestDraft {
            id: self.id.filter(|id| !id.is_empty()),
            kind: self.kind,
            title: self.title,
            description: self.description,
            category: self.category,
            country: self.country,
            city: self.city,
            application,
            requester: None,
            channel: None,
        };
        (draft, unreadable)
    }
}

impl ApplicationForm {
    /// The shared draft this application form stands for, and the fields whose text is not a
    /// number.
    pub fn into_draft(self) -> (ApplicationDraft, Vec<FieldError>) {
        let app = self;
        let currency = crate::fund::currency_for(app.round_id.as_deref());
        let amount = |text: &str| Money::parse(text, currency).map(|m| m.minor);
        let mut unreadable = Vec::new();
        let requested_cents = amount(&app.requested).unwrap_or_else(|| {
            unreadable.push(not_an_amount("application.requested_cents"));
            0
        });
        let lines = app
            .lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                let quantity = parse_count(&line.quantity).unwrap_or_else(|| {
                    unreadable.push(FieldError::new(
                        format!("application.lines[{i}].quantity"),
                        "not_a_number",
                        "problem-not-a-whole-number",
                    ));
                    0
                });
                let unit_cost_cents = amount(&line.unit_cost).unwrap_or_else(|| {
                    unreadable.push(not_an_amount(&format!(
                        "application.lines[{i}].unit_cost_cents"
                    )));
                    0
                });
                BudgetLineDraft {
                    category: line.category,
                    description: line.description,
                    quantity,
                    unit_cost_cents,
                }
            })
            .collect();
        let application = ApplicationDraft {
            requested_cents,
            lines,
            lead_organisation: app.lead_organisation,
            local_government_partner: app.local_government_partner,
            objectives: app.objectives,
            timeline: app.timeline,
            round_id: app.round_id,
            risk_assessment: app.risk_assessment,
            mitigation: app.mitigation,
            partners_resources: app.partners_resources,
            milestones: app
                .milestones
                .into_iter()
                .map(|m| hubdesk_shared::validate::MilestoneDraft {
                    name: m.name,
                    due: m.due,
                })
                .collect(),
        };
        (application, unreadable)
    }
}

fn not_an_amount(field: &str) -> FieldError {
    FieldError::new(field, "not_a_number", "problem-not-an-amount")
}

/// Checks a form as it stands, without creating anything: every problem shared finds, worded
/// for the person, and the budget's totals against the cap.
pub fn check(form: RequestForm, rules: &Rules) -> DraftCheck {
    let (draft, unreadable) = form.into_draft();
    let problems = draft.problems(rules);
    let budget = draft
        .application
        .as_ref()
        .map(|app| budget(app, rules, &problems));
    let mut errors = unreadable.clone();
    for problem in &problems {
        // A field whose text is not a number already says so; what validation makes of the zero
        // read in its place would only confuse. The same goes for a total compared with it.
        let hidden = unreadable.iter().any(|u| {
            u.field == problem.field
                || (problem.field == "application.lines"
                    && matches!(problem.problem, Problem::BudgetMismatch { .. }))
        });
        if !hidden {
            errors.push(field_error(problem));
        }
    }
    DraftCheck { errors, budget }
}

fn budget(app: &ApplicationDraft, rules: &Rules, problems: &[ValidationError]) -> BudgetCheck {
    let lines_total = app.lines_total_cents();
    let requested = app.requested_cents;
    let money = |minor: i64| Money::new(minor, rules.fund_currency).to_string();
    let any = |wanted: fn(&Problem) -> bool| problems.iter().any(|p| wanted(&p.problem));
    BudgetCheck {
        line_totals: app
            .lines
            .iter()
            .map(|l| l.total_cents().map(money))
            .collect(),
        lines_total_cents: lines_total,
        lines_total_text: lines_total.map(money),
        requested_cents: Some(requested),
        requested_text: Some(money(requested)),
        cap_cents: rules.fund_cap_cents,
        cap_text: money(rules.fund_cap_cents),
        over_cap: any(|p| matches!(p, Problem::OverCap { .. })),
        balanced: !any(|p| matches!(p, Problem::BudgetMismatch { .. })),
    }
}

/// A shared validation error, with the message that words it for the person who has to fix it.
pub fn field_error(error: &ValidationError) -> FieldError {
    let wording = validate::wording(error);
    FieldError {
        field: error.field.clone(),
        code: error.problem.code(),
        message: wording.message,
        args: wording.args.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hubdesk_shared::money::Currency;

    fn fund_form(requested: &str, lines: &[(&str, &str)]) -> RequestForm {
        RequestForm {
            kind: "fund_query".into(),
            title: "Youth council grant".into(),
            description: "Sessions with ward youth.".into(),
            category: "support_fund".into(),
            country: "BD".into(),
            city: "Dhaka".into(),
            application: Some(ApplicationForm {
                requested: requested.into(),
                lines: lines
                    .iter()
                    .map(|(q, c)| LineForm {
                        category: "activities_events".into(),
                        description: "Sessions".into(),
                        quantity: (*q).into(),
                        unit_cost: (*c).into(),
                    })
                    .collect(),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    fn fields(check: &DraftCheck) -> Vec<&str> {
        check.errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn amounts_are_read_and_shown_in_the_rounds_currency_against_its_own_cap() {
        let taka = hubdesk_shared::money::Currency::parse("BDT").expect("a code");
        let mut book = hubdesk_shared::fund::RoundBook::default();
        book.insert(
            "dhaka-2027",
            hubdesk_shared::fund::RoundFacts {
                cap_cents: 200_000_000,
                opens_at: 0,
                closes_at: i64::MAX,
                currency: taka,
            },
        );
        crate::fund::remember(book);
        let mut form = fund_form("৳ 1,500,000", &[("1", "1500000")]);
        if let Some(app) = form.application.as_mut() {
            app.round_id = Some("dhaka-2027".into());
        }
        let rules = crate::fund::rules_for(Some("dhaka-2027"));
        let check = check(form, &rules);
        assert!(check.errors.is_empty(), "{:?}", check.errors);
        let budget = check.budget.expect("budget");
        assert_eq!(budget.requested_text.as_deref(), Some("BDT 1,500,000.00"));
        assert_eq!(budget.cap_text, "BDT 2,000,000.00");
        crate::fund::remember(Default::default());
    }

    #[test]
    fn a_balanced_budget_under_the_cap_has_no_errors() {
        let check = check(
            fund_form("4,500", &[("3", "1000"), ("1", "1500")]),
            &Rules::default(),
        );
        assert!(check.errors.is_empty(), "{:?}", check.errors);
        let budget = check.budget.expect("budget");
        // Amounts are shown with their currency, the fund's default with no round named.
        assert_eq!(budget.lines_total_text.as_deref(), Some("USD 4,500.00"));
        assert_eq!(budget.line_totals[0].as_deref(), Some("USD 3,000.00"));
        assert!(budget.balanced);
        assert!(!budget.over_cap);
        assert_eq!(budget.cap_text, "USD 12,500.00");
    }

    #[test]
    fn an_amount_over_the_cap_says_what_the_cap_is() {
        let check = check(fund_form("13,000", &[("1", "13000")]), &Rules::default());
        let error = check
            .errors
            .iter()
            .find(|e| e.field == "application.requested_cents")
            .expect("over the cap");
        assert_eq!(error.code, "over_cap");
        assert_eq!(error.message, "problem-over-cap");
        assert_eq!(
            error.args.get("cap"),
            Some(&Arg::Money(Money::new(1_250_000, Currency::DEFAULT)))
        );
        assert!(check.budget.expect("budget").over_cap);
    }

    #[test]
    fn lines_that_do_not_add_up_are_explained_with_both_amounts() {
        let check = check(fund_form("5000", &[("1", "4500")]), &Rules::default());
        let error = check
            .errors
            .iter()
            .find(|e| e.field == "application.lines")
            .expect("mismatch");
        assert_eq!(error.message, "problem-budget-mismatch");
        let amount = |name| match error.args.get(name) {
            Some(Arg::Money(money)) => Some(money.minor),
            _ => None,
        };
        assert_eq!(amount("total"), Some(450_000));
        assert_eq!(amount("requested"), Some(500_000));
    }

    #[test]
    fn text_that_is_not_an_amount_is_named_once() {
        let check = check(fund_form("lots", &[("two", "100")]), &Rules::default());
        assert_eq!(
            fields(&check),
            [
                "application.requested_cents",
                "application.lines[0].quantity"
            ]
        );
        assert!(check.errors.iter().all(|e| e.code == "not_a_number"));
    }

    #[test]
    fn the_cap_and_an_empty_title_are_reported_before_every_choice_is_made() {
        let mut form = fund_form("13,000", &[("1", "13000")]);
        form.title = String::new();
        if let Some(app) = &mut form.application {
            app.lines[0].category = String::new();
        }
        let check = check(form, &Rules::default());
        let found = fields(&check);
        for field in [
            "application.lines[0].category",
            "title",
            "application.requested_cents",
        ] {
            assert!(found.contains(&field), "{field} in {found:?}");
        }
        assert!(check.budget.expect("budget").over_cap);
    }

    #[test]
    fn empty_fields_are_worded_for_the_field() {
        let check = check(RequestForm::default(), &Rules::default());
        let title = check
            .errors
            .iter()
            .find(|e| e.field == "title")
            .expect("title");
        assert_eq!(title.message, "problem-empty-title");
        assert!(fields(&check).contains(&"city"));
    }
}
