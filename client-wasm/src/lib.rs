//! HubDesk's browser client: the shared sync engine running on the device, with IndexedDB for
//! storage and a websocket to the hub, offered to the web app as one JavaScript class.
//!
//! Map of the crate:
//! - this file: [`HubClient`], the `#[wasm_bindgen]` facade, and the TypeScript shapes of what
//!   it hands out. It turns JavaScript values into shared types and back, and nothing else.
//! - [`shell`]: the IO shell that feeds the engine, carries out its effects, keeps the connection
//!   up (with [`backoff`]) and remembers what the hub acknowledged.
//! - [`store`]: IndexedDB: Automerge chunks, acknowledged heads, drafts, every value sealed.
//! - [`vault`]: the encryption: the store key, wrapped under a key derived from the PIN; the
//!   lock's rules for the page.
//! - [`net`]: the websocket, as callbacks for open, binary frames and close.
//! - [`browser`]: timers, window events and `fetch`.
//! - [`records`]: reading stored requests and guidance for the page, as the shapes in [`views`].
//! - [`forms`]: forms as typed (dollars, text) to shared drafts; errors worded for people.
//! - [`edits`]: the changes a practitioner makes to a filed request, as engine edits.
//! - [`fund`]: the fund rounds the device knows, and editing, submitting and reporting on an
//!   application.
//! - [`console`]: the staff console's part of the facade: opened requests only, commands.
//! - [`kept`]: small values the page keeps sealed by name, to show offline (notifications).
//! - [`attachments`]: files checked before any data is spent on them, and kept sealed on the
//!   device until sent.
//! - `types`: the TypeScript shapes of what the facade hands out.
//!
//! Invariants:
//! - Every rule about what a valid request is comes from `hubdesk_shared::validate`; the page
//!   shows the errors this crate hands back and checks nothing itself.
//! - A created request, an edit, a message and a draft are durable in IndexedDB before the
//!   promise that made them resolves, and the engine acknowledges changes to the hub only after
//!   they are durable.
//! - A record is "with the hub" only when the hub has acknowledged every change this device has
//!   of it; that knowledge is stored, so it holds offline and across reloads.
//! - Nothing a page, the network or storage hands us is unwrapped: failures become rejected
//!   promises or thrown errors with a message that says what failed.

mod attachments;
mod backoff;
mod browser;
mod console;
mod edits;
mod forms;
mod fund;
mod kept;
mod net;
mod network;
mod records;
mod shell;
mod store;
mod types;
mod vault;
mod views;

use std::rc::Rc;

use automerge::ActorId;
use hubdesk_shared::access::{self, Principal};
use hubdesk_shared::commands;
use hubdesk_shared::engine::Rejection;
use hubdesk_shared::ids::{DocKind, RequestId, UserId};
use hubdesk_shared::model::{BudgetCategory, Category, Country, Kind, Role};
use hubdesk_shared::money::Money;
use hubdesk_shared::validate::{self, Origin, Rules, ValidationError};
use js_sys::Promise;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use edits::RequestChanges;
use forms::{FieldError, RequestForm};
use shell::{Discovery, Shell};
use store::Store;

/// One device's view of the hub: its stored documents and its connection.
#[wasm_bindgen]
pub struct HubClient {
    shell: Rc<Shell>,
    /// Who edits on this device, once the page has said (`actAs`).
    person: std::cell::RefCell<Option<Principal>>,
}

#[wasm_bindgen]
impl HubClient {
    /// Opens the IndexedDB database called `name` (one per signed-in user, so two people
    /// sharing a phone never see each other's drafts), whose every value is sealed under `key`
    /// (from `unlockVault`, `createVault` or `sessionKey`). Refused if the database was sealed
    /// under another key. Nothing is synced until `start`.
    pub async fn open(name: String, key: web_sys::CryptoKey) -> Result<HubClient, JsValue> {
        let store = Store::open(&name, vault::Cipher::new(key))
            .await
            .map_err(error)?;
        let acked = store.acknowledged().await.map_err(error)?;
        let peer_id = format!(
            "browser-{}",
            uuid::Builder::from_random_bytes(random()?)
                .into_uuid()
                .simple()
        );
        Ok(HubClient {
            shell: Shell::new(store, peer_id, acked),
            person: Default::default(),
        })
    }

    /// Says who edits on this device: the signed-in practitioner `userId` and their place, so a
    /// request their city team shares with them is written as them. Until it is called, edits
    /// run as each request's requester.
    #[wasm_bindgen(js_name = actAs)]
    pub fn act_as(
        &self,
        #[wasm_bindgen(js_name = userId)] user_id: String,
        country: Option<String>,
        city: Option<String>,
    ) -> Result<(), JsValue> {
        let user = UserId::parse(&user_id)
            .map_err(|e| error(format!("user id {user_id:?} is not valid: {e}")))?;
        let mut person = Principal::new(user, Role::Practitioner);
        let country = country.and_then(|c| c.parse::<Country>().ok());
        person.place = country
            .zip(city)
            .and_then(|(c, city)| access::place_key(c, &city));
        *self.person.borrow_mut() = Some(person);
        Ok(())
    }

    /// Keeps the device in sync with the hub at `baseUrl` (such as `location.origin`) from now
    /// on: reconnects by itself after failures, at once when the network comes back.
    pub fn start(
        &self,
        #[wasm_bindgen(js_name = baseUrl)] base_url: &str,
        token: &str,
    ) -> Result<(), JsValue> {
        self.shell
            .start(base_url, token, Discovery::Listed)
            .map_err(error)
    }

    /// Drops the connection to the hub and stops reconnecting; work on the device goes on.
    pub fn stop(&self) {
        self.shell.stop();
    }

    /// The network and the connection, for the sync indicator.
    #[wasm_bindgen(unchecked_return_type = "SyncStatus")]
    pub fn status(&self) -> Result<JsValue, JsValue> {
        to_js(&self.shell.status())
    }

    /// Asks the hub again which requests and guidance items this person has, now: the page was
    /// told of something new (a request the hub filed for them, say). Does nothing on the
    /// console, which follows only what it opens.
    #[wasm_bindgen(js_name = lookAgain)]
    pub fn look_again(&self) {
        self.shell.look_again();
    }

    /// Calls `listener()` whenever what the page shows may have changed: the connection came or
    /// went, a message arrived, a write finished. Pass `null` to stop.
    #[wasm_bindgen(js_name = onChange)]
    pub fn on_change(&self, listener: Option<js_sys::Function>) {
        self.shell.set_listener(listener);
    }

    /// The values a form's `kind`, `category`, `country` and budget line `category` may take, in
    /// display order, so forms offer exactly what validation accepts; and the roles and audit
    /// actions, for the console's user and audit pages.
    #[wasm_bindgen(unchecked_return_type = "Choices")]
    pub fn choices() -> Result<JsValue, JsValue> {
        to_js(&Choices {
            kind: Kind::ALL.iter().map(|k| k.as_str()).collect(),
            category: Category::ALL.iter().map(|c| c.as_str()).collect(),
            country: Country::ALL.iter().map(|c| c.as_str()).collect(),
            budget_category: BudgetCategory::ALL.iter().map(|c| c.as_str()).collect(),
            role: Role::ALL.iter().map(|r| r.as_str()).collect(),
            audit_action: hubdesk_shared::audit::AuditAction::ALL
                .iter()
                .map(|a| a.as_str())
                .collect(),
        })
    }

    /// The limits forms show up front: the fund's cap, the longest title and so on.
    #[wasm_bindgen(unchecked_return_type = "Limits")]
    pub fn limits() -> Result<JsValue, JsValue> {
        let rules = Rules::default();
        to_js(&Limits {
            fund_cap_cents: rules.fund_cap_cents,
            fund_cap_text: Money::new(rules.fund_cap_cents, rules.fund_currency).to_string(),
            fund_currency: rules.fund_currency.to_string(),
            title_max_chars: validate::TITLE_MAX_CHARS,
            description_max_chars: validate::DESCRIPTION_MAX_CHARS,
            message_max_chars: validate::MESSAGE_MAX_CHARS,
        })
    }

    /// A fresh request id, to keep in a new form's draft so it is filed at most once.
    #[wasm_bindgen(js_name = newRequestId)]
    pub fn new_request_id() -> Result<String, JsValue> {
        Ok(RequestId::new(now_ms() as u64, random()?).to_string())
    }

    /// Every problem with a form as it stands, worded for the person, and its budget's totals
    /// against the cap. Creates nothing.
    #[wasm_bindgen(js_name = checkDraft, unchecked_return_type = "DraftCheck")]
    pub fn check_draft(
        #[wasm_bindgen(unchecked_param_type = "RequestForm")] form: JsValue,
    ) -> Result<JsValue, JsValue> {
        let form = read_form(form)?;
        let rules = fund::rules_for(
            form.application
                .as_ref()
                .and_then(|a| a.round_id.as_deref()),
        );
        to_js(&forms::check(form, &rules))
    }

    /// The problems with a message about to be sent (none when it is fine).
    #[wasm_bindgen(js_name = checkMessage, unchecked_return_type = "FieldError[]")]
    pub fn check_message(body: &str) -> Result<JsValue, JsValue> {
        let errors: Vec<FieldError> = validate::validate_message_body(body)
            .err()
            .iter()
            .map(forms::field_error)
            .collect();
        to_js(&errors)
    }

    /// Files a request from a form for the user `requesterId` and starts syncing it. Resolves with
    /// the request id once the request is stored on the device; rejects with `FieldErrors` when
    /// the form is not valid. Filing a form whose `id` is already on the device resolves with
    /// that id and files nothing.
    #[wasm_bindgen(js_name = createRequest, unchecked_return_type = "Promise<string>")]
    pub fn create_request(
        &self,
        #[wasm_bindgen(js_name = requesterId)] requester_id: String,
        #[wasm_bindgen(unchecked_param_type = "RequestForm")] form: JsValue,
    ) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let requester = UserId::parse(&requester_id)
                .map_err(|e| error(format!("requester id {requester_id:?} is not valid: {e}")))?;
            let form = read_form(form)?;
            let rules = fund::rules_for(
                form.application
                    .as_ref()
                    .and_then(|a| a.round_id.as_deref()),
            );
            let (draft, unreadable) = form.into_draft();
            if !unreadable.is_empty() {
                return Err(errors_value(unreadable));
            }
            let now = now_ms();
            let origin = Origin {
                requester,
                fresh_id: RequestId::new(now as u64, random()?),
                now_ms: now,
                intake: None,
            };
            // The same command that files a request everywhere else (REST, the demo seed).
            let (id, doc) = commands::new_request(draft, origin, &rules, ActorId::random())
                .map_err(|rejection| match rejection {
                    Rejection::Invalid(errors) => field_errors(&errors),
                    other => error(describe(&other)),
                })?;
            if records::has_request(&shell, id).await.map_err(error)? {
                return Ok(JsValue::from_str(&id.to_string()));
            }
            match shell.create(id.document(DocKind::Request), doc).await {
                Ok(_) => Ok(JsValue::from_str(&id.to_string())),
                Err(Rejection::Invalid(errors)) => Err(field_errors(&errors)),
                // Filed a moment ago by a second press of the button.
                Err(Rejection::Conflict(_))
                    if records::has_request(&shell, id).await.unwrap_or(false) =>
                {
                    Ok(JsValue::from_str(&id.to_string()))
                }
                Err(rejection) => Err(error(format!(
                    "the request could not be stored: {}",
                    describe(&rejection)
                ))),
            }
        })
    }

    /// The requests on this device, newest first.
    #[wasm_bindgen(js_name = listRequests, unchecked_return_type = "Promise<RequestSummary[]>")]
    pub fn list_requests(&self) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move { to_js(&records::requests(&shell).await.map_err(error)?) })
    }

    /// The requests whose changes the hub does not have yet.
    #[wasm_bindgen(unchecked_return_type = "Promise<RequestSummary[]>")]
    pub fn unsent(&self) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move { to_js(&records::unsent(&shell).await.map_err(error)?) })
    }

    /// One request with its conversation, or `null` if this device does not have it.
    #[wasm_bindgen(unchecked_return_type = "Promise<RequestDetail | null>")]
    pub fn request(&self, id: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            match records::request(&shell, id).await.map_err(error)? {
                Some(detail) => to_js(&detail),
                None => Ok(JsValue::NULL),
            }
        })
    }

    /// Adds a message from `authorId` (the requester) to a request's conversation. Resolves with
    /// the message's id (what files attached to it name) once it is stored on the device;
    /// rejects with `FieldErrors` when the body is not valid.
    #[wasm_bindgen(js_name = sendMessage, unchecked_return_type = "Promise<string>")]
    pub fn send_message(
        &self,
        #[wasm_bindgen(js_name = requestId)] request_id_text: String,
        #[wasm_bindgen(js_name = authorId)] author_id: String,
        body: String,
    ) -> Promise {
        let shell = self.shell.clone();
        let person = self.person.borrow().clone();
        future_to_promise(async move {
            let id = request_id(&request_id_text)?;
            let author = UserId::parse(&author_id)
                .map_err(|e| error(format!("author id {author_id:?} is not valid: {e}")))?;
            let by = match person {
                Some(person) if person.user == author => person,
                _ => Principal::new(author, Role::Practitioner),
            };
            validate::validate_message_body(&body).map_err(|e| field_errors(&[e]))?;
            let now = now_ms();
            let message_id = RequestId::new(now as u64, random()?).to_string();
            edit(
                &shell,
                id,
                edits::add_message(by, message_id.clone(), body, now),
            )
            .await?;
            Ok(JsValue::from(message_id))
        })
    }

    /// Changes fields of a filed request. Resolves once the change is stored on the device;
    /// rejects with `FieldErrors` when the result would not be valid.
    #[wasm_bindgen(js_name = editRequest, unchecked_return_type = "Promise<void>")]
    pub fn edit_request(
        &self,
        id: String,
        #[wasm_bindgen(unchecked_param_type = "RequestChanges")] changes: JsValue,
    ) -> Promise {
        let shell = self.shell.clone();
        let by = self.person.borrow().clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            let changes: RequestChanges = serde_wasm_bindgen::from_value(changes)
                .map_err(|e| error(format!("not a set of request changes: {e}")))?;
            edit(&shell, id, edits::change_request(by, changes, now_ms())).await
        })
    }

    /// Shares a request with the requester's city team, to `"read"` or `"write"`, or stops
    /// sharing it with `null`. Only the requester may. Resolves once stored on the device.
    #[wasm_bindgen(js_name = shareWithTeam, unchecked_return_type = "Promise<void>")]
    pub fn share_with_team(
        &self,
        id: String,
        #[wasm_bindgen(unchecked_param_type = "\"read\" | \"write\" | null")] team: Option<String>,
    ) -> Promise {
        let shell = self.shell.clone();
        let by = self.person.borrow().clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            edit(&shell, id, edits::share_with_team(by, team, now_ms())).await
        })
    }

    /// Settles a conflict on `field` by choosing `value`, one of the values the conflict lists.
    #[wasm_bindgen(js_name = resolveConflict, unchecked_return_type = "Promise<void>")]
    pub fn resolve_conflict(&self, id: String, field: String, value: String) -> Promise {
        let shell = self.shell.clone();
        let by = self.person.borrow().clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            edit(
                &shell,
                id,
                edits::settle_conflict(by, field, value, now_ms()),
            )
            .await
        })
    }

    /// The guidance library on this device, newest first: one entry per item, in the first of
    /// `languages` (the reader's, most wanted first) it exists in, with its other versions.
    #[wasm_bindgen(js_name = listGuidance, unchecked_return_type = "Promise<GuidanceSummary[]>")]
    pub fn list_guidance(&self, languages: Vec<String>) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            to_js(
                &records::guidance_list(&shell, &languages)
                    .await
                    .map_err(error)?,
            )
        })
    }

    /// One guidance version, with the item's other versions, or `null` if this device does not
    /// have it.
    #[wasm_bindgen(unchecked_return_type = "Promise<GuidanceItem | null>")]
    pub fn guidance(&self, id: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            match records::guidance(&shell, id).await.map_err(error)? {
                Some(item) => to_js(&item),
                None => Ok(JsValue::NULL),
            }
        })
    }

    /// Keeps an unfinished form under `key` (any structured-clonable value). Resolves once it is
    /// stored on the device.
    #[wasm_bindgen(js_name = saveDraft, unchecked_return_type = "Promise<void>")]
    pub fn save_draft(&self, key: String, value: JsValue) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            shell
                .store()
                .put_draft(&key, &value, js_sys::Date::now())
                .await
                .map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// The form kept under `key`, or `undefined`.
    #[wasm_bindgen(js_name = loadDraft, unchecked_return_type = "Promise<any>")]
    pub fn load_draft(&self, key: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move { shell.store().draft(&key).await.map_err(error) })
    }

    #[wasm_bindgen(js_name = deleteDraft, unchecked_return_type = "Promise<void>")]
    pub fn delete_draft(&self, key: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            shell.store().delete_draft(&key).await.map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Every kept form's key and when it was saved.
    #[wasm_bindgen(js_name = listDrafts, unchecked_return_type = "Promise<DraftInfo[]>")]
    pub fn list_drafts(&self) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let drafts = shell.store().drafts().await.map_err(error)?;
            let infos: Vec<DraftInfo> = drafts
                .into_iter()
                .map(|(key, record)| DraftInfo {
                    key,
                    saved_at: js_sys::Reflect::get(&record, &"saved_at".into())
                        .ok()
                        .and_then(|v| v.as_f64())
                        .unwrap_or(0.0),
                })
                .collect();
            to_js(&infos)
        })
    }

    /// Deletes the database called `name` without opening it: its key is lost (a forgotten
    /// PIN), or it is a console tab's copy that no key opens any more.
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn discard(name: String) -> Promise {
        future_to_promise(async move {
            Store::discard(&name).await.map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Stops syncing and deletes everything this client stored on the device: requests,
    /// guidance, drafts. The client cannot be used afterwards.
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn wipe(&self) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            shell.set_listener(None);
            shell.stop();
            shell.store().delete().await.map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }
}

#[derive(Serialize)]
struct Choices {
    kind: Vec<&'static str>,
    category: Vec<&'static str>,
    country: Vec<&'static str>,
    budget_category: Vec<&'static str>,
    role: Vec<&'static str>,
    audit_action: Vec<&'static str>,
}

#[derive(Serialize)]
struct Limits {
    fund_cap_cents: i64,
    fund_cap_text: String,
    fund_currency: String,
    title_max_chars: usize,
    description_max_chars: usize,
    message_max_chars: usize,
}

#[derive(Serialize)]
struct DraftInfo {
    key: String,
    saved_at: f64,
}

#[derive(Serialize)]
struct FieldErrors {
    errors: Vec<FieldError>,
}

/// Runs `edit` on request `id`'s document; resolves once it is durable on the device.
async fn edit(
    shell: &Rc<Shell>,
    id: RequestId,
    edit: hubdesk_shared::engine::Edit,
) -> Result<JsValue, JsValue> {
    match shell.edit(id.document(DocKind::Request), edit).await {
        Ok(_) => Ok(JsValue::UNDEFINED),
        Err(Rejection::Invalid(errors)) => Err(field_errors(&errors)),
        Err(Rejection::NotFound) => Err(error("client-not-on-device")),
        Err(rejection) => Err(error(format!(
            "the change could not be stored: {}",
            describe(&rejection)
        ))),
    }
}

fn read_form(form: JsValue) -> Result<RequestForm, JsValue> {
    serde_wasm_bindgen::from_value(form).map_err(|e| error(format!("not a request form: {e}")))
}

fn request_id(text: &str) -> Result<RequestId, JsValue> {
    RequestId::parse(text).map_err(error)
}

fn field_errors(errors: &[ValidationError]) -> JsValue {
    errors_value(errors.iter().map(forms::field_error).collect())
}

fn errors_value(errors: Vec<FieldError>) -> JsValue {
    to_js(&FieldErrors { errors }).unwrap_or_else(|e| e)
}

fn describe(rejection: &Rejection) -> String {
    match rejection {
        Rejection::Invalid(errors) => errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
        Rejection::NotFound => "no such document".into(),
        Rejection::Forbidden => "not allowed".into(),
        Rejection::Conflict(reason) | Rejection::Storage(reason) => reason.clone(),
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // Plain objects rather than `Map`s, so the page can read fields with a dot.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| error(format!("could not hand a value to JavaScript: {e}")))
}

/// A JavaScript `Error` carrying `message`.
fn error(message: impl ToString) -> JsValue {
    js_sys::Error::new(&message.to_string()).into()
}

/// Random bytes from the browser's `crypto.getRandomValues`.
fn random<const N: usize>() -> Result<[u8; N], JsValue> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| error(format!("the browser gave no random bytes: {e}")))?;
    Ok(bytes)
}

/// Milliseconds since the Unix epoch, from the browser's clock.
fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}
