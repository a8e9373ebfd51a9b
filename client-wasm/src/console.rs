//! The staff console's part of [`HubClient`]: it follows only the requests staff open (never
//! every request the hub holds; lists come from the REST API's SQL projection), reads a
//! request's three documents as the device has them, and changes them through
//! `hubdesk_shared::commands`, the same rules the hub runs when the change arrives. What a role
//! may do and which statuses it may move to come from `shared` too, so the page decides nothing.

use automerge::Automerge;
use hubdesk_shared::access::{Action, Principal, may};
use hubdesk_shared::commands::{Command, Context, Target};
use hubdesk_shared::engine::Rejection;
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId, UserId};
use hubdesk_shared::library;
use hubdesk_shared::model::{
    Category, Channel, Country, Kind, Notes, Priority, Request, Role, Status, Triage,
};
use hubdesk_shared::money::Money;
use hubdesk_shared::schema;
use hubdesk_shared::validate::Rules;
use hubdesk_shared::workflow;
use js_sys::Promise;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::shell::{Discovery, Shell};
use crate::views::SyncState;
use crate::{HubClient, error, field_errors, now_ms, random, request_id, to_js};

#[wasm_bindgen(typescript_custom_section)]
const CONSOLE_TYPES: &'static str = r#"
/** Who is using the console, as the sign-in answered. */
export interface Me {
  user: string;
  role: "practitioner" | "agent" | "fund_manager" | "admin";
}

/** A request's three documents as this device has them. */
export interface StaffRequest {
  request: any;
  triage: any | null;
  notes: any | null;
  conflicts: { field: string; values: string[] }[];
  /** A fund application's stage (`draft`, `submitted`, ...), or null for other requests. */
  application_stage: string | null;
  /** Whether the hub has every change this device made to any of the three. */
  sync: SyncState;
}

/** What the signed-in person may do with a request of a given kind. */
export interface Permissions {
  triage: boolean;
  reply: boolean;
  edit: boolean;
  notes: boolean;
  manage_canned: boolean;
  reports: boolean;
  manage_users: boolean;
  manage_rounds: boolean;
  /** Publish events and mark attendance. */
  run_events: boolean;
  file_for: boolean;
  /** Hand anyone's request to a successor in its city. */
  hand_over: boolean;
  /** Refer a request of this kind to someone in the directory. */
  refer: boolean;
  decide_fund: boolean;
}

export interface ConsoleChoices {
  status: string[];
  priority: string[];
  kind: string[];
  category: string[];
  country: string[];
  queue: string[];
  sort: string[];
  channel: string[];
}
"#;

#[derive(Deserialize)]
struct Me {
    user: String,
    role: Role,
}

fn principal(me: JsValue) -> Result<Principal, JsValue> {
    let me: Me = serde_wasm_bindgen::from_value(me).map_err(|e| error(format!("not a Me: {e}")))?;
    let user = UserId::parse(&me.user).map_err(error)?;
    // Lists come from the hub already limited to the person's countries; the console only
    // opens what they list, so its own checks need no limit.
    Ok(Principal::new(user, me.role))
}

#[derive(Serialize)]
struct StaffRequest {
    request: Request,
    triage: Option<Triage>,
    notes: Option<Notes>,
    conflicts: Vec<Conflict>,
    application_stage: Option<&'static str>,
    sync: SyncState,
}

#[derive(Serialize)]
struct Conflict {
    field: String,
    values: Vec<String>,
}

#[derive(Serialize)]
struct Permissions {
    triage: bool,
    reply: bool,
    edit: bool,
    notes: bool,
    manage_canned: bool,
    reports: bool,
    manage_users: bool,
    manage_rounds: bool,
    decide_fund: bool,
    run_events: bool,
    /// File a request of this kind for a practitioner ([`hubdesk_shared::intake`]).
    file_for: bool,
    /// Hand anyone's request to a successor ([`hubdesk_shared::handover`]).
    hand_over: bool,
    /// Refer a request of this kind to someone in the directory ([`hubdesk_shared::referral`]).
    refer: bool,
}

#[derive(Serialize)]
struct ConsoleChoices {
    status: Vec<&'static str>,
    priority: Vec<&'static str>,
    kind: Vec<&'static str>,
    category: Vec<&'static str>,
    country: Vec<&'static str>,
    queue: Vec<&'static str>,
    sort: Vec<&'static str>,
    channel: Vec<&'static str>,
}

fn documents(id: RequestId) -> [DocumentId; 3] {
    [
        id.document(DocKind::Request),
        id.document(DocKind::Triage),
        id.document(DocKind::Notes),
    ]
}

async fn load(shell: &Shell, doc: DocumentId) -> Result<Option<Automerge>, JsValue> {
    let Some(chunks) = shell.store().load(doc).await.map_err(error)? else {
        return Ok(None);
    };
    schema::from_chunks(&chunks)
        .map(Some)
        .map_err(|e| error(format!("the stored chunks of {doc} are corrupt: {e}")))
}

fn currency_or_default(code: Option<&str>) -> hubdesk_shared::money::Currency {
    code.and_then(hubdesk_shared::money::Currency::parse)
        .unwrap_or(hubdesk_shared::money::Currency::DEFAULT)
}

#[wasm_bindgen]
impl HubClient {
    /// Keeps the console's connection to the hub up, following only the requests opened with
    /// `follow` (the field app's `start` follows everything its person may see).
    #[wasm_bindgen(js_name = startConsole)]
    pub fn start_console(
        &self,
        #[wasm_bindgen(js_name = baseUrl)] base_url: &str,
        token: &str,
    ) -> Result<(), JsValue> {
        self.shell
            .start(base_url, token, Discovery::Opened)
            .map_err(error)
    }

    /// Keeps request `id`'s documents (request, triage, internal notes) in sync from now on.
    pub fn follow(&self, id: String) -> Result<(), JsValue> {
        let id = request_id(&id)?;
        self.shell.follow(&documents(id));
        Ok(())
    }

    /// Request `id` as this device has it, or `null` until its documents have arrived.
    #[wasm_bindgen(js_name = staffRequest, unchecked_return_type = "Promise<StaffRequest | null>")]
    pub fn staff_request(&self, id: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            let [request_doc, triage_doc, notes_doc] = documents(id);
            let Some(doc) = load(&shell, request_doc).await? else {
                return Ok(JsValue::NULL);
            };
            let request = schema::read_request(&doc).map_err(error)?;
            let triage_doc_value = load(&shell, triage_doc).await?;
            let notes_doc_value = load(&shell, notes_doc).await?;
            let (acked, connected) = shell.sync_snapshot();
            let mut sync = SyncState::Hub;
            for (id, stored) in [
                (request_doc, Some(&doc)),
                (triage_doc, triage_doc_value.as_ref()),
                (notes_doc, notes_doc_value.as_ref()),
            ] {
                let Some(stored) = stored else { continue };
                let state = SyncState::of(
                    &stored.get_heads(),
                    acked.get(&id).map(Vec::as_slice),
                    connected,
                );
                if state != SyncState::Hub {
                    sync = state;
                }
            }
            let triage = triage_doc_value.and_then(|d| schema::read_triage(&d).ok());
            let application_stage = request.application.as_ref().map(|a| {
                hubdesk_shared::fund::application_stage(
                    a.submitted_at.is_some(),
                    triage.as_ref().and_then(|t| t.application_status),
                )
            });
            to_js(&StaffRequest {
                application_stage,
                conflicts: schema::conflicts(&doc)
                    .into_iter()
                    .map(|c| Conflict {
                        field: c.field,
                        values: c.values,
                    })
                    .collect(),
                request,
                triage,
                notes: notes_doc_value.and_then(|d| schema::read_notes(&d).ok()),
                sync,
            })
        })
    }

    /// Runs a command (`{type: "set_status", status: "triaged"}` and so on; see the REST API's
    /// commands) on request `id` as `me`. Resolves once the change is durable on this device,
    /// which then sends it to the hub; rejects with `FieldErrors` naming what was wrong, or with
    /// an error when `me` may not do it.
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn command(
        &self,
        id: String,
        #[wasm_bindgen(unchecked_param_type = "Me")] me: JsValue,
        command: JsValue,
    ) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            let by = principal(me)?;
            let command: Command = serde_wasm_bindgen::from_value(command)
                .map_err(|e| error(format!("not a command: {e}")))?;
            let target = match command.target() {
                Target::Request => DocKind::Request,
                Target::Triage => DocKind::Triage,
                Target::Notes => DocKind::Notes,
            };
            let ctx = Context {
                now_ms: now_ms(),
                fresh_id: uuid::Builder::from_random_bytes(random()?)
                    .into_uuid()
                    .to_string(),
                rules: Rules::default(),
                rounds: crate::fund::known_rounds(),
            };
            match shell
                .edit(id.document(target), command.into_edit(by, ctx))
                .await
            {
                Ok(_) => Ok(JsValue::UNDEFINED),
                Err(Rejection::Invalid(errors)) => Err(field_errors(&errors)),
                // A catalogue message the page shows (`said` in js/i18n.js).
                Err(Rejection::Forbidden) => Err(error("client-forbidden")),
                Err(Rejection::NotFound) => Err(error(
                    "this device does not have that request yet; wait for it to load",
                )),
                Err(other) => Err(error(format!("the change could not be stored: {other:?}"))),
            }
        })
    }

    /// What `me` may do with a request of `kind` (`help_desk` or `fund_query`).
    #[wasm_bindgen(unchecked_return_type = "Permissions")]
    pub fn permissions(
        #[wasm_bindgen(unchecked_param_type = "Me")] me: JsValue,
        kind: String,
    ) -> Result<JsValue, JsValue> {
        let role = principal(me)?.role;
        let kind: Kind = kind.parse().map_err(error)?;
        to_js(&Permissions {
            triage: may(role, Action::Triage(kind)),
            reply: may(role, Action::Reply(kind)),
            edit: may(role, Action::EditRequest(kind)),
            notes: may(role, Action::Notes),
            manage_canned: may(role, Action::ManageCanned),
            reports: may(role, Action::ViewReports),
            manage_users: may(role, Action::ManageUsers),
            manage_rounds: may(role, Action::ManageRounds),
            decide_fund: may(role, Action::DecideFund),
            run_events: may(role, Action::RunEvents),
            file_for: hubdesk_shared::intake::may_file_for(role, kind),
            hand_over: hubdesk_shared::handover::hands_over_any(role),
            refer: hubdesk_shared::referral::may_refer(role, kind),
        })
    }

    /// The statuses someone with `role` may move a request to from `from`, in workflow order.
    #[wasm_bindgen(js_name = nextStatuses, unchecked_return_type = "string[]")]
    pub fn next_statuses(role: String, from: String) -> Result<JsValue, JsValue> {
        let role: Role = role.parse().map_err(error)?;
        let from: Status = from.parse().map_err(error)?;
        let next: Vec<&str> = workflow::next_statuses(role, from)
            .iter()
            .map(|s| s.as_str())
            .collect();
        to_js(&next)
    }

    /// An amount as people read it, `USD 12,500.00` (shared's one money type); a currency
    /// that is not a code shows the fund's default.
    #[wasm_bindgen(js_name = formatMoney)]
    pub fn format_money(cents: f64, currency: Option<String>) -> String {
        Money::new(cents as i64, currency_or_default(currency.as_deref())).to_string()
    }

    /// An amount without its currency, `12,500.00`, for a field to edit it in.
    #[wasm_bindgen(js_name = amountText)]
    pub fn amount_text(cents: f64) -> String {
        hubdesk_shared::money::amount_text(cents as i64)
    }

    /// An amount typed in major units (`12,500` or `12500.50`) as minor units of `currency`, or
    /// an error whose message is the catalogue message saying what is wrong.
    #[wasm_bindgen(js_name = parseMoney)]
    pub fn parse_money(text: &str, currency: Option<String>) -> Result<f64, JsValue> {
        match Money::parse(text, currency_or_default(currency.as_deref())) {
            Some(money) if money.minor > 0 => Ok(money.minor as f64),
            Some(_) => Err(error("client-amount-not-positive")),
            None => Err(error("client-not-an-amount")),
        }
    }

    /// A budget line's total (quantity times unit cost, shared's rule), `None` if it overflows.
    #[wasm_bindgen(js_name = lineTotal)]
    pub fn line_total(quantity: f64, unit_cost_cents: f64) -> Option<f64> {
        let line = hubdesk_shared::validate::BudgetLineDraft {
            quantity: quantity as i64,
            unit_cost_cents: unit_cost_cents as i64,
            ..Default::default()
        };
        line.total_cents().map(|t| t as f64)
    }

    /// Items in several languages (canned responses): one entry per item, in the order items
    /// first appear, each with every version, the one in the first of `wanted` it has first
    /// (`shared::library::offer`).
    #[wasm_bindgen(js_name = offerVersions, unchecked_return_type = "Offer[]")]
    pub fn offer_versions(
        #[wasm_bindgen(unchecked_param_type = "VersionOf[]")] versions: JsValue,
        wanted: Vec<String>,
    ) -> Result<JsValue, JsValue> {
        #[derive(serde::Deserialize)]
        struct VersionOf {
            id: String,
            item: String,
            language: String,
        }
        let given: Vec<VersionOf> = serde_wasm_bindgen::from_value(versions)
            .map_err(|e| error(format!("versions: {e}")))?;
        let versions: Vec<library::Version> = given
            .iter()
            .map(|v| library::Version {
                id: &v.id,
                item: &v.item,
                language: &v.language,
            })
            .collect();
        let wanted: Vec<&str> = wanted.iter().map(String::as_str).collect();
        to_js(&library::offer(&versions, &wanted))
    }

    /// The currencies a fund round may be set up in, the fund's default first.
    #[wasm_bindgen(js_name = fundCurrencies)]
    pub fn fund_currencies() -> Vec<String> {
        hubdesk_shared::money::Currency::OFFERED
            .iter()
            .map(|c| c.to_string())
            .collect()
    }

    /// The values the console's filters and triage controls offer, in display order.
    #[wasm_bindgen(js_name = consoleChoices, unchecked_return_type = "ConsoleChoices")]
    pub fn console_choices() -> Result<JsValue, JsValue> {
        to_js(&ConsoleChoices {
            status: Status::ALL.iter().map(|s| s.as_str()).collect(),
            priority: Priority::ALL.iter().map(|p| p.as_str()).collect(),
            kind: Kind::ALL.iter().map(|k| k.as_str()).collect(),
            category: Category::ALL.iter().map(|c| c.as_str()).collect(),
            country: Country::ALL.iter().map(|c| c.as_str()).collect(),
            queue: vec![
                "new",
                "unassigned",
                "mine",
                "waiting",
                "overdue",
                "open",
                "all",
            ],
            sort: vec!["newest", "oldest", "updated", "due", "priority"],
            channel: Channel::ALL.iter().map(|c| c.as_str()).collect(),
        })
    }
}
