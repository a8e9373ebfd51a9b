//! The technical support fund's rules: rounds, money, and decisions on applications.
//!
//! Amounts are [`crate::money::Money`]: integer minor units of the round's currency. The pool of a round is authoritative in SQL
//! (the server's ledger), not in documents: whether an approval fits the pool is decided in one
//! database transaction. What is decided here is everything that does not need the ledger: a
//! valid round, who may decide, and whether a decision fits the application and the round's cap.

use serde::{Deserialize, Serialize};

use crate::access::{Action, may};
use crate::model::{Application, ApplicationStatus, Role};
use crate::money::Currency;
use crate::validate::{Errors, FIELD_MAX_CHARS, Problem, Rules, TITLE_MAX_CHARS, ValidationError};

/// A currency code: three capital letters (ISO 4217), such as `USD`.
fn check_currency(errors: &mut Errors, field: &str, code: &str) {
    if Currency::parse(code).is_none() {
        errors.push(
            field,
            Problem::Invalid {
                reason: "must be a three-letter currency code such as USD".into(),
            },
        );
    }
}

/// A fund round as fund managers set it up (REST and the console).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RoundDraft {
    pub name: String,
    /// The pool, in minor units of `currency`.
    pub pool_cents: i64,
    #[serde(default = "usd")]
    pub currency: String,
    /// The most one grant may be, in minor units; USD 12,500 when absent.
    #[serde(default = "default_cap")]
    pub cap_cents: i64,
    /// When applications open and close, ms since the Unix epoch.
    pub opens_at: i64,
    pub closes_at: i64,
    /// What an application must show to be eligible.
    #[serde(default)]
    pub eligibility: Vec<String>,
    /// Attachments an application must carry.
    #[serde(default)]
    pub required_attachments: Vec<String>,
    /// What reviewers score applications against.
    #[serde(default)]
    pub criteria: Vec<String>,
}

fn usd() -> String {
    Currency::DEFAULT.to_string()
}

fn default_cap() -> i64 {
    crate::model::DEFAULT_FUND_CAP_CENTS
}

/// A checked round, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub name: String,
    pub pool_cents: i64,
    pub currency: String,
    pub cap_cents: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub eligibility: Vec<String>,
    pub required_attachments: Vec<String>,
    pub criteria: Vec<String>,
}

const LIST_MAX: usize = 30;

fn tidy_list(errors: &mut Errors, field: &str, items: Vec<String>) -> Vec<String> {
    let items: Vec<String> = items
        .into_iter()
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .collect();
    if items.len() > LIST_MAX {
        errors.push(field, Problem::TooMany { max: LIST_MAX });
    }
    for (i, item) in items.iter().enumerate() {
        errors.text(&format!("{field}[{i}]"), item, true, FIELD_MAX_CHARS);
    }
    items
}

impl RoundDraft {
    pub fn check(self) -> Result<Round, Vec<ValidationError>> {
        let mut errors = Errors::default();
        let name = self.name.trim().to_string();
        errors.text("name", &name, true, TITLE_MAX_CHARS);
        let currency = self.currency.trim().to_string();
        check_currency(&mut errors, "currency", &currency);
        if self.pool_cents <= 0 {
            errors.push("pool_cents", Problem::NotPositive);
        }
        if self.cap_cents <= 0 {
            errors.push("cap_cents", Problem::NotPositive);
        } else if self.cap_cents > self.pool_cents && self.pool_cents > 0 {
            errors.push(
                "cap_cents",
                Problem::Invalid {
                    reason: "a grant cannot be larger than the pool".into(),
                },
            );
        }
        if self.opens_at <= 0 {
            errors.push("opens_at", Problem::NotPositive);
        }
        if self.closes_at <= self.opens_at {
            errors.push(
                "closes_at",
                Problem::Invalid {
                    reason: "must be after opens_at".into(),
                },
            );
        }
        let eligibility = tidy_list(&mut errors, "eligibility", self.eligibility);
        let required_attachments = tidy_list(
            &mut errors,
            "required_attachments",
            self.required_attachments,
        );
        let criteria = tidy_list(&mut errors, "criteria", self.criteria);
        errors.finish()?;
        Ok(Round {
            name,
            pool_cents: self.pool_cents,
            currency,
            cap_cents: self.cap_cents,
            opens_at: self.opens_at,
            closes_at: self.closes_at,
            eligibility,
            required_attachments,
            criteria,
        })
    }
}

/// A fund manager's decision as sent: `{"decision":"approve","amount_cents":N}` or
/// `{"decision":"decline","reason":"..."}`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "decision", rename_all = "snake_case", deny_unknown_fields)]
pub enum Decision {
    Approve { amount_cents: i64 },
    Decline { reason: String },
}

/// Why a decision cannot be made, before the ledger is asked.
#[derive(Debug, Clone, PartialEq)]
pub enum DecisionRefusal {
    /// The role may not decide fund applications.
    Forbidden,
    /// The application has not been submitted (or the hub asked for changes since).
    NotSubmitted,
    /// The application was approved or declined already.
    AlreadyDecided,
    Invalid(Vec<ValidationError>),
}

/// The round facts a decision is checked against.
#[derive(Debug, Clone, Copy)]
pub struct RoundLimits {
    pub cap_cents: i64,
    pub currency: Currency,
}

/// Checks a decision on `application` (whose current status is `status`) by someone with
/// `role`, against the round's cap. Whether the pool can cover it is the ledger's to say.
pub fn check_decision(
    role: Role,
    application: &Application,
    status: Option<ApplicationStatus>,
    decision: &Decision,
    round: RoundLimits,
) -> Result<(), DecisionRefusal> {
    if !may(role, Action::DecideFund) {
        return Err(DecisionRefusal::Forbidden);
    }
    if matches!(
        status,
        Some(ApplicationStatus::Approved | ApplicationStatus::Declined)
    ) {
        return Err(DecisionRefusal::AlreadyDecided);
    }
    if application.submitted_at.is_none() {
        return Err(DecisionRefusal::NotSubmitted);
    }
    let mut errors = Errors::default();
    match decision {
        Decision::Approve { amount_cents } => {
            if *amount_cents <= 0 {
                errors.push("amount_cents", Problem::NotPositive);
            } else if *amount_cents > application.requested_cents {
                errors.push(
                    "amount_cents",
                    Problem::Invalid {
                        reason: "cannot be more than the application asks for".into(),
                    },
                );
            } else if *amount_cents > round.cap_cents {
                errors.push(
                    "amount_cents",
                    Problem::OverCap {
                        cap_cents: round.cap_cents,
                        currency: round.currency,
                    },
                );
            }
        }
        Decision::Decline { reason } => {
            errors.text("reason", reason.trim(), true, FIELD_MAX_CHARS);
        }
    }
    errors.finish().map_err(DecisionRefusal::Invalid)
}

/// What applications are checked against of a round: its cap and its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundFacts {
    pub cap_cents: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    /// What its applications' amounts are in.
    pub currency: Currency,
}

/// The rounds a checker knows, by id: handed to the engine by the server (from SQL), and kept
/// on devices (from the last time they were online).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoundBook(std::collections::BTreeMap<String, RoundFacts>);

impl RoundBook {
    pub fn insert(&mut self, id: impl Into<String>, facts: RoundFacts) {
        self.0.insert(id.into(), facts);
    }

    pub fn get(&self, id: &str) -> Option<&RoundFacts> {
        self.0.get(id)
    }

    /// The rules an application naming `round` is checked by: a round's own cap is its only
    /// cap; the fund's default (`base`) applies to an application that names no round, or one
    /// this checker does not know (a device that has not fetched it yet; the hub knows every
    /// round and checks again on arrival).
    pub fn rules_for(&self, base: &Rules, round: Option<&str>) -> Rules {
        match round.and_then(|id| self.get(id)) {
            Some(facts) => Rules {
                fund_cap_cents: facts.cap_cents,
                fund_currency: facts.currency,
                ..*base
            },
            None => *base,
        }
    }

    /// The currency of an application naming `round`: the round's, or the fund's default when
    /// it names none this checker knows.
    pub fn currency_of(&self, round: Option<&str>) -> Currency {
        round
            .and_then(|id| self.get(id))
            .map_or(Currency::DEFAULT, |facts| facts.currency)
    }

    /// The rules `request` is checked by ([`RoundBook::rules_for`] its application's round).
    pub fn rules_for_request(&self, base: &Rules, request: &crate::model::Request) -> Rules {
        let round = request
            .application
            .as_ref()
            .and_then(|a| a.round_id.as_ref())
            .map(|r| r.as_str());
        self.rules_for(base, round)
    }
}

/// Checks an application against its round: the round's own cap, and, when it is being
/// submitted, that the round is open then: at `arrived_at`, the hub's clock when the submission
/// reaches it (the device's own time is kept in the application beside it), or on a device at
/// the submission's own time. An application whose round the checker does not know is left to
/// whoever knows it (the server decides from SQL).
pub fn check_against_round(
    before: Option<&Application>,
    after: &Application,
    rounds: &RoundBook,
    arrived_at: Option<i64>,
) -> Result<(), Vec<ValidationError>> {
    let Some(round) = after
        .round_id
        .as_ref()
        .and_then(|id| rounds.get(id.as_str()))
    else {
        return Ok(());
    };
    let mut errors = Errors::default();
    if after.requested_cents > round.cap_cents {
        errors.push(
            "application.requested_cents",
            Problem::OverCap {
                cap_cents: round.cap_cents,
                currency: round.currency,
            },
        );
    }
    let newly_submitted =
        after.submitted_at.is_some() && before.and_then(|b| b.submitted_at).is_none();
    if let (true, Some(at)) = (newly_submitted, arrived_at.or(after.submitted_at))
        && !(round.opens_at..=round.closes_at).contains(&at)
    {
        errors.push(
            "application.submitted_at",
            Problem::NotAllowed {
                reason: if at < round.opens_at {
                    "the round is not open yet".into()
                } else {
                    "the round has closed".into()
                },
            },
        );
    }
    errors.finish()
}

/// Where an application stands as people are shown it: `draft` until submitted; then the hub's
/// record, except that a resubmission after "changes requested" shows as `submitted` before the
/// hub has recorded it (it takes effect when it arrives).
pub fn application_stage(submitted: bool, recorded: Option<ApplicationStatus>) -> &'static str {
    match (recorded, submitted) {
        (Some(ApplicationStatus::ChangesRequested), true) | (None, true) => "submitted",
        (Some(status), _) => status.as_str(),
        (None, false) => "draft",
    }
}

/// The highest score a criterion can get.
pub const SCORE_MAX: i64 = 5;

/// A reviewer's review as sent: eligibility items checked, in the round's order, and a score
/// per criterion, in the round's order.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewDraft {
    #[serde(default)]
    pub eligibility: Vec<bool>,
    #[serde(default)]
    pub scores: Vec<i64>,
}

impl ReviewDraft {
    /// Checks the review against the round's eligibility checklist and criteria.
    pub fn check(
        &self,
        eligibility_items: usize,
        criteria: usize,
    ) -> Result<(), Vec<ValidationError>> {
        let mut errors = Errors::default();
        if self.eligibility.len() != eligibility_items {
            errors.push(
                "eligibility",
                Problem::Invalid {
                    reason: format!("the round has {eligibility_items} eligibility items"),
                },
            );
        }
        if self.scores.len() != criteria {
            errors.push(
                "scores",
                Problem::Invalid {
                    reason: format!("the round has {criteria} criteria"),
                },
            );
        }
        for (i, score) in self.scores.iter().enumerate() {
            if !(0..=SCORE_MAX).contains(score) {
                errors.push(
                    format!("scores[{i}]"),
                    Problem::Invalid {
                        reason: format!("scores run from 0 to {SCORE_MAX}"),
                    },
                );
            }
        }
        errors.finish()
    }
}

/// Checks the reason given for a conflict of interest (kept for the record, shown to other
/// fund managers); returns it trimmed.
pub fn conflict_reason(reason: &str) -> Result<&str, Vec<ValidationError>> {
    let reason = reason.trim();
    let mut errors = Errors::default();
    errors.text("reason", reason, true, FIELD_MAX_CHARS);
    errors.finish().map(|()| reason)
}

/// Whether someone may see an application's reviews, internal comments and scores, and decide
/// it: fund managers and admins, unless they declared a conflict of interest on it.
pub fn may_review(role: Role, conflicted: bool) -> bool {
    may(role, Action::DecideFund) && !conflicted
}

/// Why a tranche cannot be released.
#[derive(Debug, Clone, PartialEq)]
pub enum DisbursementRefusal {
    Forbidden,
    /// Only an approved grant pays out.
    NotApproved,
    /// The grant's final report closed it.
    Closed,
    Invalid(Vec<ValidationError>),
}

/// Checks a tranche of `amount` against an approved grant of `approved` of which `disbursed`
/// is paid, released against report `report` of the application.
pub fn check_disbursement(
    role: Role,
    approved: Option<i64>,
    disbursed: i64,
    closed: bool,
    amount: i64,
    report: Option<&crate::model::ProgressReport>,
) -> Result<(), DisbursementRefusal> {
    if !may(role, Action::DecideFund) {
        return Err(DisbursementRefusal::Forbidden);
    }
    let Some(approved) = approved else {
        return Err(DisbursementRefusal::NotApproved);
    };
    if closed {
        return Err(DisbursementRefusal::Closed);
    }
    let mut errors = Errors::default();
    if report.is_none() {
        errors.push(
            "report_id",
            Problem::Invalid {
                reason: "a tranche is released against a progress report of this grant".into(),
            },
        );
    }
    if amount <= 0 {
        errors.push("amount_cents", Problem::NotPositive);
    } else if amount > approved - disbursed {
        errors.push(
            "amount_cents",
            Problem::Invalid {
                reason: format!(
                    "only {} of the grant is left to pay",
                    crate::money::amount_text(approved - disbursed)
                ),
            },
        );
    }
    errors.finish().map_err(DisbursementRefusal::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round() -> RoundDraft {
        RoundDraft {
            name: "Round 3: youth inclusion".into(),
            pool_cents: 2_500_000,
            currency: "USD".into(),
            cap_cents: 1_250_000,
            opens_at: 1_763_900_000_000,
            closes_at: 1_766_500_000_000,
            ..Default::default()
        }
    }

    fn application(requested: i64, submitted: bool) -> Application {
        Application {
            requested_cents: requested,
            submitted_at: submitted.then_some(5),
            ..Default::default()
        }
    }

    #[test]
    fn a_round_needs_a_name_a_pool_a_cap_within_it_and_dates_in_order() {
        round().check().expect("valid");
        let errors = RoundDraft {
            name: " ".into(),
            pool_cents: 100,
            cap_cents: 200,
            currency: "usd".into(),
            opens_at: 10,
            closes_at: 5,
            ..Default::default()
        }
        .check()
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["name", "currency", "cap_cents", "closes_at"]);
    }

    #[test]
    fn only_fund_managers_and_admins_decide_and_only_submitted_applications() {
        let limits = RoundLimits {
            cap_cents: 1_250_000,
            currency: Currency::DEFAULT,
        };
        let approve = Decision::Approve {
            amount_cents: 500_000,
        };
        let app = application(600_000, true);
        assert_eq!(
            check_decision(Role::Agent, &app, None, &approve, limits),
            Err(DecisionRefusal::Forbidden)
        );
        check_decision(Role::FundManager, &app, None, &approve, limits).expect("allowed");
        check_decision(Role::Admin, &app, None, &approve, limits).expect("allowed");
        assert_eq!(
            check_decision(
                Role::FundManager,
                &application(600_000, false),
                None,
                &approve,
                limits
            ),
            Err(DecisionRefusal::NotSubmitted)
        );
        assert_eq!(
            check_decision(
                Role::FundManager,
                &app,
                Some(ApplicationStatus::Declined),
                &approve,
                limits
            ),
            Err(DecisionRefusal::AlreadyDecided)
        );
    }

    #[test]
    fn an_approval_is_at_most_the_request_and_the_cap() {
        let limits = RoundLimits {
            cap_cents: 500_000,
            currency: Currency::DEFAULT,
        };
        let more = Decision::Approve {
            amount_cents: 700_000,
        };
        let over_request = check_decision(
            Role::FundManager,
            &application(600_000, true),
            None,
            &more,
            limits,
        );
        assert!(
            matches!(over_request, Err(DecisionRefusal::Invalid(e)) if e[0].field == "amount_cents")
        );
        let over_cap = check_decision(
            Role::FundManager,
            &application(900_000, true),
            None,
            &more,
            limits,
        );
        assert!(
            matches!(over_cap, Err(DecisionRefusal::Invalid(e)) if matches!(e[0].problem, Problem::OverCap { .. }))
        );
        let no_reason = Decision::Decline {
            reason: "  ".into(),
        };
        let declined = check_decision(
            Role::FundManager,
            &application(900_000, true),
            None,
            &no_reason,
            limits,
        );
        assert!(matches!(declined, Err(DecisionRefusal::Invalid(e)) if e[0].field == "reason"));
    }

    #[test]
    fn a_review_matches_the_rounds_checklist_and_criteria() {
        let review = ReviewDraft {
            eligibility: vec![true, false],
            scores: vec![4, 6],
        };
        let errors = review.check(3, 2).expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["eligibility", "scores[1]"]);
        ReviewDraft {
            eligibility: vec![true, true, false],
            scores: vec![4, 5],
        }
        .check(3, 2)
        .expect("valid");
    }

    #[test]
    fn a_conflicted_manager_neither_reviews_nor_decides() {
        assert!(may_review(Role::FundManager, false));
        assert!(!may_review(Role::FundManager, true));
        assert!(!may_review(Role::Agent, false));
    }

    #[test]
    fn tranches_are_paid_against_a_report_up_to_the_grant() {
        let report = crate::model::ProgressReport {
            id: "r1".into(),
            milestone: "First three sessions".into(),
            body: "Done".into(),
            is_final: false,
            sent_at: 1,
        };
        let fm = Role::FundManager;
        check_disbursement(fm, Some(500), 200, false, 300, Some(&report)).expect("fits");
        assert!(matches!(
            check_disbursement(fm, Some(500), 200, false, 301, Some(&report)),
            Err(DisbursementRefusal::Invalid(e)) if e[0].field == "amount_cents"
        ));
        assert!(matches!(
            check_disbursement(fm, Some(500), 0, false, 100, None),
            Err(DisbursementRefusal::Invalid(e)) if e[0].field == "report_id"
        ));
        assert_eq!(
            check_disbursement(fm, None, 0, false, 100, Some(&report)),
            Err(DisbursementRefusal::NotApproved)
        );
        assert_eq!(
            check_disbursement(fm, Some(500), 0, true, 100, Some(&report)),
            Err(DisbursementRefusal::Closed)
        );
        assert_eq!(
            check_disbursement(Role::Agent, Some(500), 0, false, 100, Some(&report)),
            Err(DisbursementRefusal::Forbidden)
        );
    }

    #[test]
    fn an_application_is_checked_against_its_own_rounds_cap_and_dates() {
        let mut book = RoundBook::default();
        book.insert(
            "r3",
            RoundFacts {
                cap_cents: 500_000,
                opens_at: 100,
                closes_at: 200,
                currency: Currency::DEFAULT,
            },
        );
        let app = |requested: i64, submitted: Option<i64>| Application {
            requested_cents: requested,
            round_id: Some("r3".into()),
            submitted_at: submitted,
            ..Default::default()
        };
        check_against_round(None, &app(500_000, None), &book, None).expect("at the cap");
        let over = check_against_round(None, &app(500_001, None), &book, None).expect_err("over");
        assert_eq!(over[0].field, "application.requested_cents");
        let late = check_against_round(Some(&app(1, None)), &app(1, Some(201)), &book, None);
        assert_eq!(
            late.expect_err("closed")[0].field,
            "application.submitted_at"
        );
        check_against_round(Some(&app(1, None)), &app(1, Some(150)), &book, None).expect("open");
        let unknown = Application {
            requested_cents: 9_999_999,
            round_id: Some("elsewhere".into()),
            ..Default::default()
        };
        check_against_round(None, &unknown, &book, None).expect("left to whoever knows the round");
    }

    #[test]
    fn a_resubmission_shows_as_submitted_before_the_hub_records_it() {
        use ApplicationStatus::*;
        assert_eq!(application_stage(false, None), "draft");
        assert_eq!(application_stage(true, None), "submitted");
        assert_eq!(
            application_stage(false, Some(ChangesRequested)),
            "changes_requested"
        );
        assert_eq!(application_stage(true, Some(ChangesRequested)), "submitted");
        assert_eq!(application_stage(true, Some(Approved)), "approved");
    }

    #[test]
    fn decisions_read_as_json() {
        let d: Decision =
            serde_json::from_str(r#"{"decision":"approve","amount_cents":5}"#).expect("json");
        assert_eq!(d, Decision::Approve { amount_cents: 5 });
        let d: Decision =
            serde_json::from_str(r#"{"decision":"decline","reason":"late"}"#).expect("json");
        assert_eq!(
            d,
            Decision::Decline {
                reason: "late".into()
            }
        );
    }
}
