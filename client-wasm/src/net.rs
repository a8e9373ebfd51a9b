//! The websocket to the hub, as a thin wrapper that hands frames and lifecycle events to
//! callbacks. It knows nothing of the sync protocol: the shell decides what the events mean.

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{BinaryType, CloseEvent, MessageEvent, WebSocket};

/// The close code for a close we chose: the only one, besides 3000-4999, a page may send.
const NORMAL_CLOSURE: u16 = 1000;
/// The longest close reason the websocket API accepts, in UTF-8 bytes.
const MAX_REASON_BYTES: usize = 123;

/// What the socket reports. Each callback runs from the browser's event loop, never from inside a
/// call into this module.
pub struct Events {
    pub opened: Box<dyn FnMut()>,
    pub received: Box<dyn FnMut(Vec<u8>)>,
    /// The socket is closed (by either side, or because it never opened), with a reason to log.
    pub closed: Box<dyn FnMut(String)>,
}

/// An open or opening websocket. Dropping it detaches the callbacks and closes the socket.
pub struct Socket {
    ws: WebSocket,
    // The browser calls these until they are detached in `drop`, so they live as long as we do.
    _on_open: Closure<dyn FnMut()>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
}

impl Socket {
    /// Starts connecting to `url`; `events.opened` runs once the socket is open.
    pub fn open(url: &str, events: Events) -> Result<Self, String> {
        let ws = WebSocket::new(url).map_err(|e| {
            // The query carries the session token, which must not end up in logs.
            let without_query = url.split('?').next().unwrap_or_default();
            format!(
                "cannot open a websocket to {without_query:?}: {}",
                message(&e)
            )
        })?;
        // Array buffers arrive as bytes we can copy at once; blobs would need another await.
        ws.set_binary_type(BinaryType::Arraybuffer);
        let Events {
            opened,
            mut received,
            mut closed,
        } = events;
        let on_open = Closure::<dyn FnMut()>::new(opened);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            match event.data().dyn_into::<ArrayBuffer>() {
                Ok(buffer) => received(Uint8Array::new(&buffer).to_vec()),
                // The protocol is binary CBOR only; a text frame is not ours to interpret.
                Err(_) => web_sys::console::warn_1(
                    &"hubdesk: ignored a non-binary websocket frame".into(),
                ),
            }
        });
        let on_close = Closure::<dyn FnMut(CloseEvent)>::new(move |event: CloseEvent| {
            let reason = event.reason();
            let reason = if reason.is_empty() {
                format!("closed with code {}", event.code())
            } else {
                format!("closed with code {}: {reason}", event.code())
            };
            closed(reason);
        });
        ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // A failed connection fires `error` and then `close`; `close` alone is enough to act on.
        ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        Ok(Self {
            ws,
            _on_open: on_open,
            _on_message: on_message,
            _on_close: on_close,
        })
    }

    pub fn send(&self, bytes: &[u8]) -> Result<(), String> {
        self.ws
            .send_with_u8_array(bytes)
            .map_err(|e| format!("could not send on the websocket: {}", message(&e)))
    }

    /// Closes the socket; `closed` still runs when the browser has closed it.
    pub fn close(&self, reason: &str) {
        let _ = self
            .ws
            .close_with_code_and_reason(NORMAL_CLOSURE, truncate(reason, MAX_REASON_BYTES));
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        // Detach first, so the browser never calls a callback that no longer exists.
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        let _ = self.ws.close();
    }
}

/// The longest prefix of `text` that fits in `max` bytes without splitting a character.
fn truncate(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn message(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => e.message().into(),
        None => format!("{error:?}"),
    }
}
