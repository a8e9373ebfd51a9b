//! The field app's part of [`HubClient`] for attachments: checking a file before any data is
//! spent on it (`shared::attachments`, the rules the hub applies to the same bytes), keeping it
//! sealed on the device with the rest of the unsent work until it is sent, and reading it back
//! a piece at a time for the upload. The upload itself (tus) is the page's (`js/uploads.js`).

use hubdesk_shared::attachments::{self as rules, FileRefusal, Usage};
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::forms::FieldError;
use crate::{HubClient, error, to_js};

/// A refusal as the page shows any problem: a catalogue message and its arguments.
fn refusal(refused: &FileRefusal) -> FieldError {
    let wording = refused.wording();
    FieldError {
        field: "file".into(),
        code: refused.code(),
        message: wording.message,
        args: wording.args.into_iter().collect(),
    }
}

/// What the page learns of a file it may attach.
#[derive(serde::Serialize)]
struct Accepted {
    name: String,
    #[serde(rename = "type")]
    media_type: &'static str,
    /// Whether it is a photo the page may reduce before sending.
    photo: bool,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum Checked {
    Accepted(Accepted),
    Refused { refused: FieldError },
}

/// Checks a file named `name` of `size` bytes whose first bytes are `head`.
fn check(name: &str, head: &[u8], size: u64) -> Checked {
    let checked = rules::tidy_name(name).and_then(|name| {
        let kind = rules::file_type(&name, head)?;
        // The request's and the person's totals are the hub's to check; a file's own size is
        // known here.
        let alone = Usage {
            user_quota: u64::MAX,
            ..Usage::default()
        };
        rules::check_size(size, alone)?;
        Ok(Accepted {
            name,
            media_type: kind.media_type,
            photo: kind.is_photo(),
        })
    });
    match checked {
        Ok(accepted) => Checked::Accepted(accepted),
        Err(refused) => Checked::Refused {
            refused: refusal(&refused),
        },
    }
}

#[wasm_bindgen]
impl HubClient {
    /// Whether a file may be attached, before any data is spent on it: `{name, type, photo}`
    /// (the name tidied, the type decided from `head`, its first bytes), or `{refused}` with the
    /// catalogue message saying why.
    #[wasm_bindgen(js_name = checkFile)]
    pub fn check_file(name: &str, head: &[u8], size: f64) -> Result<JsValue, JsValue> {
        to_js(&check(name, head, size.max(0.0) as u64))
    }

    /// The most bytes one upload request carries: what the device keeps a file in.
    #[wasm_bindgen(js_name = filePieceBytes)]
    pub fn file_piece_bytes() -> usize {
        crate::store::PIECE_BYTES
    }

    /// Keeps file `record.id` (its record: request, place, name, type, size, SHA-256, upload
    /// state) and its bytes on the device, sealed; resolves once durable. Refused, with the
    /// reason, if the bytes are not a file the hub accepts.
    #[wasm_bindgen(js_name = keepFile, unchecked_return_type = "Promise<void>")]
    pub fn keep_file(&self, record: JsValue, bytes: Uint8Array) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let id = js_sys::Reflect::get(&record, &"id".into())
                .ok()
                .and_then(|v| v.as_string())
                .ok_or_else(|| error("a kept file needs an id"))?;
            let name = js_sys::Reflect::get(&record, &"name".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let bytes = bytes.to_vec();
            let head = &bytes[..bytes.len().min(rules::SNIFF_BYTES)];
            if let Checked::Refused { refused } = check(&name, head, bytes.len() as u64) {
                return Err(to_js(&refused)?);
            }
            shell
                .store()
                .keep_file(&id, &record, &bytes)
                .await
                .map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// The records of the files kept on the device, waiting to be sent.
    #[wasm_bindgen(js_name = keptFiles, unchecked_return_type = "Promise<any[]>")]
    pub fn kept_files(&self) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let files = shell.store().files().await.map_err(error)?;
            Ok(files.into_iter().collect::<js_sys::Array>().into())
        })
    }

    /// Replaces a kept file's record (how far its upload got); resolves once durable.
    #[wasm_bindgen(js_name = updateFile, unchecked_return_type = "Promise<void>")]
    pub fn update_file(&self, id: String, record: JsValue) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            shell
                .store()
                .update_file(&id, &record)
                .await
                .map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// `length` bytes of kept file `id` from `offset`.
    #[wasm_bindgen(js_name = fileBytes, unchecked_return_type = "Promise<Uint8Array>")]
    pub fn file_bytes(&self, id: String, offset: f64, length: f64) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            let bytes = shell
                .store()
                .file_bytes(&id, offset.max(0.0) as usize, length.max(0.0) as usize)
                .await
                .map_err(error)?;
            Ok(Uint8Array::from(bytes.as_slice()).into())
        })
    }

    /// Deletes kept file `id` (sent, or given up on); resolves once durable.
    #[wasm_bindgen(js_name = dropFile, unchecked_return_type = "Promise<void>")]
    pub fn drop_file(&self, id: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            shell.store().drop_file(&id).await.map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }
}
