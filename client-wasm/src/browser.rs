//! The few browser services the shell needs besides storage and the socket: timers, the
//! `online`/`offline` events, `navigator.onLine`, and `fetch` for the REST calls.
//!
//! Each timer and listener is a guard: dropping it cancels the timer or removes the listener, so
//! the browser never calls into a closure that no longer exists. Callbacks only schedule work
//! (through `spawn_local`), so the code they run may drop the very guard that called it.

use js_sys::Function;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestCache, RequestInit, Response, Window};

fn window() -> Result<Window, String> {
    web_sys::window().ok_or_else(|| "HubDesk runs only in a browser window".to_string())
}

/// Whether the browser believes it has a network. `false` is reliable; `true` only means some
/// network interface is up, not that the hub can be reached.
pub fn on_line() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// A `setTimeout` or `setInterval`, cancelled when dropped.
pub struct Timer {
    id: i32,
    repeats: bool,
    _callback: Closure<dyn FnMut()>,
}

impl Timer {
    /// Calls `callback` once, after `ms`.
    pub fn once(ms: u32, callback: impl FnMut() + 'static) -> Result<Self, String> {
        Self::start(ms, false, callback)
    }

    /// Calls `callback` every `ms`.
    pub fn every(ms: u32, callback: impl FnMut() + 'static) -> Result<Self, String> {
        Self::start(ms, true, callback)
    }

    fn start(ms: u32, repeats: bool, callback: impl FnMut() + 'static) -> Result<Self, String> {
        let callback = Closure::<dyn FnMut()>::new(callback);
        let window = window()?;
        let function = callback.as_ref().unchecked_ref();
        let ms = ms.min(i32::MAX as u32) as i32;
        let id = if repeats {
            window.set_interval_with_callback_and_timeout_and_arguments_0(function, ms)
        } else {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(function, ms)
        }
        .map_err(|_| "the browser refused a timer".to_string())?;
        Ok(Self {
            id,
            repeats,
            _callback: callback,
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if self.repeats {
            window.clear_interval_with_handle(self.id);
        } else {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

/// A listener for an event on `window`, removed when dropped.
pub struct WindowListener {
    event: &'static str,
    callback: Closure<dyn FnMut()>,
}

impl WindowListener {
    pub fn new(event: &'static str, callback: impl FnMut() + 'static) -> Result<Self, String> {
        let callback = Closure::<dyn FnMut()>::new(callback);
        window()?
            .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
            .map_err(|_| format!("could not listen for {event:?}"))?;
        Ok(Self { event, callback })
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let function: &Function = self.callback.as_ref().unchecked_ref();
            let _ = w.remove_event_listener_with_callback(self.event, function);
        }
    }
}

/// Why a REST call gave nothing.
#[derive(Debug)]
pub enum FetchError {
    /// The hub no longer accepts this session's token.
    Unauthorized,
    /// This device was revoked (from another device, or by an admin): it must wipe itself.
    Revoked,
    /// The network, the hub or the body failed; the text says how, without the token.
    Failed(String),
}

/// The hub's error body, as far as telling a revoked device apart needs.
#[derive(serde::Deserialize)]
struct ErrorReply {
    error: ErrorCode,
}

#[derive(serde::Deserialize)]
struct ErrorCode {
    code: String,
}

/// `GET {url}` with the session's bearer token, read as JSON into `T`. The HTTP cache is
/// bypassed: these answers describe what the hub holds now.
pub async fn get_json<T: DeserializeOwned>(url: &str, token: &str) -> Result<T, FetchError> {
    let failed = |what: &str, e: JsValue| FetchError::Failed(format!("{what}: {e:?}"));
    let headers = Headers::new().map_err(|e| failed("headers", e))?;
    headers
        .set("authorization", &format!("Bearer {token}"))
        .map_err(|e| failed("headers", e))?;
    headers
        .set("accept", "application/json")
        .map_err(|e| failed("headers", e))?;
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_headers(&headers);
    init.set_cache(RequestCache::NoStore);
    let request =
        Request::new_with_str_and_init(url, &init).map_err(|e| failed("the request", e))?;
    let window = window().map_err(FetchError::Failed)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| FetchError::Failed("the hub cannot be reached".into()))?
        .dyn_into()
        .map_err(|_| FetchError::Failed("fetch gave no response".into()))?;
    if response.status() == 401 {
        // The error's code tells a revoked device from an expired or unknown token.
        let code = match response.json() {
            Ok(body) => JsFuture::from(body)
                .await
                .ok()
                .and_then(|b| serde_wasm_bindgen::from_value::<ErrorReply>(b).ok())
                .map(|e| e.error.code),
            Err(_) => None,
        };
        return Err(if code.as_deref() == Some("device_revoked") {
            FetchError::Revoked
        } else {
            FetchError::Unauthorized
        });
    }
    if !response.ok() {
        return Err(FetchError::Failed(format!(
            "the hub answered HTTP {}",
            response.status()
        )));
    }
    let body = JsFuture::from(response.json().map_err(|e| failed("the body", e))?)
        .await
        .map_err(|e| failed("the body", e))?;
    serde_wasm_bindgen::from_value(body)
        .map_err(|e| FetchError::Failed(format!("unexpected answer: {e}")))
}
