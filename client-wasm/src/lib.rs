//! HubDesk's browser client: the shared sync engine running on the device, with IndexedDB for
//! storage and a websocket to the hub, offered to the web app as one JavaScript class.
//!
//! Map of the crate:
//! - this file: [`HubClient`], the `#[wasm_bindgen]` facade. It turns JavaScript values into
//!   shared types and back, and nothing else.
//! - [`shell`]: the IO shell that feeds the engine and carries out its effects.
//! - [`store`]: IndexedDB, one object store of Automerge chunks keyed by document id.
//! - [`net`]: the websocket, as callbacks for open, binary frames and close.
//!
//! Invariants:
//! - Every rule about what a valid request is comes from `hubdesk_shared::validate`; the page
//!   shows the errors this crate hands back and checks nothing itself.
//! - A created request is durable in IndexedDB before `createRequest` resolves, and the engine
//!   acknowledges changes to the hub only after they are durable.
//! - Nothing a page, the network or storage hands us is unwrapped: failures become rejected
//!   promises or thrown errors with a message that says what failed.

mod net;
mod shell;
mod store;

use std::rc::Rc;

use automerge::ActorId;
use hubdesk_shared::engine::Rejection;
use hubdesk_shared::ids::{DocKind, RequestId, UserId};
use hubdesk_shared::model::{Category, Country, Kind};
use hubdesk_shared::schema;
use hubdesk_shared::validate::{Origin, RequestDraft, Rules, ValidationError};
use js_sys::Promise;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use shell::{Listed, Shell};
use store::Store;

/// One device's view of the hub: its stored documents and its connection.
#[wasm_bindgen]
pub struct HubClient {
    shell: Rc<Shell>,
}

#[wasm_bindgen]
impl HubClient {
    /// Opens the IndexedDB database called `name` (one per signed-in user, so two people
    /// sharing a phone never see each other's drafts). Nothing is loaded until it is needed.
    pub async fn open(name: String) -> Result<HubClient, JsValue> {
        let store = Store::open(&name).await.map_err(error)?;
        let peer_id = format!(
            "browser-{}",
            uuid::Builder::from_random_bytes(random()?)
                .into_uuid()
                .simple()
        );
        Ok(HubClient {
            shell: Shell::new(store, peer_id),
        })
    }

    /// Creates a request from a form's draft for the user `requesterId` and starts syncing it.
    /// Resolves with the request id (a UUID) once the request is stored on the device; rejects
    /// with `{errors: [{field, code, message}]}` when the draft is not valid.
    #[wasm_bindgen(js_name = createRequest, unchecked_return_type = "Promise<string>")]
    pub fn create_request(
        &self,
        #[wasm_bindgen(js_name = requesterId)] requester_id: String,
        #[wasm_bindgen(js_name = draftJson)] draft: JsValue,
    ) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let requester = UserId::parse(&requester_id)
                .map_err(|e| error(format!("requester id {requester_id:?} is not valid: {e}")))?;
            let draft: RequestDraft = serde_wasm_bindgen::from_value(draft)
                .map_err(|e| error(format!("the draft is not a request draft: {e}")))?;
            let now = js_sys::Date::now();
            let origin = Origin {
                requester,
                fresh_id: RequestId::new(now as u64, random()?),
                now_ms: now as i64,
            };
            let request = draft
                .into_request(origin, &Rules::default())
                .map_err(|errors| field_errors(&errors))?;
            let id = RequestId::parse(&request.id).map_err(error)?;
            let doc = schema::new_request_doc(&request, ActorId::random()).map_err(error)?;
            match shell.create(id.document(DocKind::Request), doc).await {
                Ok(_) => Ok(JsValue::from_str(&request.id)),
                Err(Rejection::Invalid(errors)) => Err(field_errors(&errors)),
                Err(rejection) => Err(error(format!(
                    "the request could not be stored: {}",
                    describe(&rejection)
                ))),
            }
        })
    }

    /// The requests stored on this device, newest first, as
    /// `{id, title, kind, category, country, city, created_at, synced}`; `synced` says whether
    /// the hub has every change this device has.
    #[wasm_bindgen(js_name = listRequests, unchecked_return_type = "Promise<Array<any>>")]
    pub fn list_requests(&self) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let mut listed: Vec<RequestView> = shell
                .requests()
                .await
                .map_err(error)?
                .into_iter()
                .map(RequestView::from)
                .collect();
            listed.sort_by_key(|r| std::cmp::Reverse(r.created_at));
            to_js(&listed)
        })
    }

    /// Connects to the hub at `url` (`ws://host/sync?token=...`), replacing any earlier
    /// connection, and syncs every stored document once the socket is open.
    pub fn connect(&self, url: &str) -> Result<(), JsValue> {
        self.shell.connect(url).map_err(error)
    }

    /// Drops the connection to the hub; work on the device goes on.
    pub fn disconnect(&self) {
        self.shell.disconnect();
    }

    /// Whether the hub has answered our handshake on the current connection.
    #[wasm_bindgen(js_name = isConnected)]
    pub fn is_connected(&self) -> bool {
        self.shell.is_connected()
    }

    /// Calls `listener()` whenever what the page shows may have changed: the connection came or
    /// went, a message arrived, a write finished. Pass `null` to stop.
    #[wasm_bindgen(js_name = onChange)]
    pub fn on_change(&self, listener: Option<js_sys::Function>) {
        self.shell.set_listener(listener);
    }

    /// The values a draft's `kind`, `category` and `country` may take, in display order, so
    /// forms offer exactly what validation accepts.
    pub fn choices() -> Result<JsValue, JsValue> {
        to_js(&Choices {
            kind: Kind::ALL.iter().map(|k| k.as_str()).collect(),
            category: Category::ALL.iter().map(|c| c.as_str()).collect(),
            country: Country::ALL.iter().map(|c| c.as_str()).collect(),
        })
    }
}

/// A request as the page lists it.
#[derive(Serialize)]
struct RequestView {
    id: String,
    title: String,
    kind: &'static str,
    category: &'static str,
    country: &'static str,
    city: String,
    created_at: i64,
    synced: bool,
}

impl From<Listed> for RequestView {
    fn from(Listed { request, synced }: Listed) -> Self {
        Self {
            id: request.id,
            title: request.title.0,
            kind: request.kind.as_str(),
            category: request.category.as_str(),
            country: request.country.as_str(),
            city: request.city.0,
            created_at: request.created_at,
            synced,
        }
    }
}

/// One validation error as the page shows it next to its field.
#[derive(Serialize)]
struct FieldError {
    field: String,
    code: &'static str,
    message: String,
}

#[derive(Serialize)]
struct FieldErrors {
    errors: Vec<FieldError>,
}

#[derive(Serialize)]
struct Choices {
    kind: Vec<&'static str>,
    category: Vec<&'static str>,
    country: Vec<&'static str>,
}

fn field_errors(errors: &[ValidationError]) -> JsValue {
    let errors = errors
        .iter()
        .map(|e| FieldError {
            field: e.field.clone(),
            code: e.problem.code(),
            message: e.to_string(),
        })
        .collect();
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
