//! The field app's part of [`HubClient`] for the technical support fund: the rounds the device
//! knows (kept by the page from the last time it was online, so checks work offline), the
//! rules a form is checked by (its round's own cap), and editing, submitting and reporting on
//! an application through `shared` commands run as the requester.

use std::cell::RefCell;

use hubdesk_shared::commands::Command;
use hubdesk_shared::fund::{RoundBook, RoundFacts, check_against_round};
use hubdesk_shared::money::Currency;
use hubdesk_shared::schema;
use hubdesk_shared::validate::Rules;
use js_sys::Promise;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::edits;
use crate::forms::ApplicationForm;
use crate::{HubClient, edit, error, errors_value, now_ms, random, request_id};

thread_local! {
    /// The rounds this device knows. The page is single-threaded, and so is this.
    static ROUNDS: RefCell<RoundBook> = RefCell::new(RoundBook::default());
}

/// The rules a form naming `round` is checked by (shared's `RoundBook::rules_for`, over the
/// rounds this device knows).
pub fn rules_for(round: Option<&str>) -> Rules {
    ROUNDS.with(|r| r.borrow().rules_for(&Rules::default(), round))
}

/// The currency of an application naming `round`, as this device knows the round.
pub fn currency_for(round: Option<&str>) -> Currency {
    ROUNDS.with(|r| r.borrow().currency_of(round))
}

/// Keeps `book` as the rounds this device knows.
pub(crate) fn remember(book: RoundBook) {
    ROUNDS.with(|r| *r.borrow_mut() = book);
}

/// The rounds this device knows, for commands to check applications against.
pub fn known_rounds() -> RoundBook {
    ROUNDS.with(|r| r.borrow().clone())
}

/// The rounds as the page hands them (from `GET /api/fund/rounds`).
#[derive(Deserialize)]
struct RoundInput {
    id: String,
    cap_cents: i64,
    opens_at: i64,
    closes_at: i64,
    /// Rounds saved by an earlier version have none: the fund's default.
    #[serde(default)]
    currency: Option<String>,
}

fn check_round(
    doc: &automerge::Automerge,
    before: Option<&automerge::Automerge>,
) -> Result<(), hubdesk_shared::engine::Rejection> {
    let read = |d: &automerge::Automerge| schema::read_request(d).ok().and_then(|r| r.application);
    let Some(after) = read(doc) else {
        return Ok(());
    };
    let previous = before.and_then(read);
    ROUNDS
        .with(|r| check_against_round(previous.as_ref(), &after, &r.borrow(), None))
        .map_err(hubdesk_shared::engine::Rejection::Invalid)
}

/// Runs a command on the request as its requester, then checks the application against its
/// round as the device knows it.
fn with_round_check(command: Command, now: i64, fresh_id: String) -> hubdesk_shared::engine::Edit {
    let run = edits::as_requester(command, now, fresh_id);
    Box::new(move |doc| {
        let before = doc.fork();
        run(doc)?;
        check_round(doc, Some(&before))
    })
}

#[wasm_bindgen]
impl HubClient {
    /// Keeps the fund rounds (`[{id, cap_cents, opens_at, closes_at}]`) the device checks
    /// applications against; the page saves them to check offline after a reload.
    #[wasm_bindgen(js_name = setRounds)]
    pub fn set_rounds(rounds: JsValue) -> Result<(), JsValue> {
        let rounds: Vec<RoundInput> = serde_wasm_bindgen::from_value(rounds)
            .map_err(|e| error(format!("not a list of rounds: {e}")))?;
        let mut book = RoundBook::default();
        for r in rounds {
            book.insert(
                r.id,
                RoundFacts {
                    cap_cents: r.cap_cents,
                    opens_at: r.opens_at,
                    closes_at: r.closes_at,
                    currency: r
                        .currency
                        .as_deref()
                        .and_then(Currency::parse)
                        .unwrap_or(Currency::DEFAULT),
                },
            );
        }
        remember(book);
        Ok(())
    }

    /// Changes a filed application (every part, budget lines included) while it is a draft or
    /// sent back for changes. Resolves once stored on the device; rejects with `FieldErrors`.
    #[wasm_bindgen(js_name = editApplication, unchecked_return_type = "Promise<void>")]
    pub fn edit_application(
        &self,
        id: String,
        #[wasm_bindgen(unchecked_param_type = "ApplicationForm")] form: JsValue,
    ) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            let form: ApplicationForm = serde_wasm_bindgen::from_value(form)
                .map_err(|e| error(format!("not an application form: {e}")))?;
            let (application, unreadable) = form.into_draft();
            if !unreadable.is_empty() {
                return Err(errors_value(unreadable));
            }
            let fresh = uuid::Builder::from_random_bytes(random()?)
                .into_uuid()
                .to_string();
            let change =
                with_round_check(Command::EditApplication { application }, now_ms(), fresh);
            edit(&shell, id, change).await
        })
    }

    /// Submits a fund application. It takes effect when it reaches the hub, which records it.
    #[wasm_bindgen(js_name = submitApplication, unchecked_return_type = "Promise<void>")]
    pub fn submit_application(&self, id: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            let fresh = uuid::Builder::from_random_bytes(random()?)
                .into_uuid()
                .to_string();
            edit(
                &shell,
                id,
                with_round_check(Command::Submit {}, now_ms(), fresh),
            )
            .await
        })
    }

    /// Files a progress report on a submitted application, against a milestone; the final
    /// one closes the grant once the hub pays against it.
    #[wasm_bindgen(js_name = fileReport, unchecked_return_type = "Promise<void>")]
    pub fn file_report(
        &self,
        id: String,
        milestone: String,
        body: String,
        final_report: bool,
    ) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = request_id(&id)?;
            let fresh = uuid::Builder::from_random_bytes(random()?)
                .into_uuid()
                .to_string();
            let command = Command::FileReport {
                id: Some(fresh.clone()),
                milestone,
                body,
                is_final: final_report,
            };
            edit(&shell, id, edits::as_requester(command, now_ms(), fresh)).await
        })
    }
}
