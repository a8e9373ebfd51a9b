//! Small values the page keeps on the device beside the records, sealed under the same key, so
//! it can show them offline and nobody without the PIN can read them: the last list of
//! notifications and the reads not yet told to the hub, say.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::{HubClient, error};

#[wasm_bindgen]
impl HubClient {
    /// Keeps `value` (anything `JSON.stringify` takes) under `name`, replacing what was kept
    /// there. Resolves once it is stored on the device.
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn keep(&self, name: String, value: JsValue) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move {
            shell.store().put_kept(&name, &value).await.map_err(error)?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// What is kept under `name`, or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Promise<any>")]
    pub fn kept(&self, name: String) -> Promise {
        let shell = self.shell.clone();
        future_to_promise(async move { shell.store().kept(&name).await.map_err(error) })
    }
}
