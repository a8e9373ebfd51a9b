//! The IndexedDB plumbing under [`super::Store`]: opening and upgrading the schema, turning
//! requests and transactions into futures, appending sealed chunks, and errors that say what
//! failed.

use hubdesk_shared::ids::DocumentId;
use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbFactory, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction,
};

use super::{CHUNKS, DRAFTS, META, StoreError};

/// One document's write, sealed: a snapshot replaces the document's chunks, changes add one.
pub(super) enum Sealed {
    Snapshot(Vec<u8>),
    Changes(Vec<u8>),
}

/// `{durability: "strict"}`: a write's transaction completes only once its data is on disk.
pub(super) fn strict() -> JsValue {
    let options = js_sys::Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&options, &"durability".into(), &"strict".into());
    options.into()
}

/// Where a value is kept, as the sealing's additional data: `store/key`.
pub(super) fn label(store: &str, key: &str) -> String {
    format!("{store}/{key}")
}

/// Adds one document's sealed write to its record, inside the caller's transaction.
pub(super) async fn append(
    chunks: &IdbObjectStore,
    doc: DocumentId,
    write: &Sealed,
) -> Result<(), StoreError> {
    let key: JsValue = doc.to_string().into();
    let list = match write {
        Sealed::Snapshot(snapshot) => Array::of1(&Uint8Array::from(snapshot.as_slice())),
        Sealed::Changes(changes) => {
            // Awaiting inside a transaction is safe: the read's success event and the promise
            // jobs it triggers run before the transaction may commit, and the put below keeps it
            // alive.
            let request = chunks
                .get(&key)
                .map_err(|e| describe("read a document", &e))?;
            let existing = settle(&request).await?;
            let list = if existing.is_undefined() {
                Array::new()
            } else {
                existing
                    .dyn_into::<Array>()
                    .map_err(|_| format!("stored document {doc} is not a list of chunks"))?
            };
            list.push(&Uint8Array::from(changes.as_slice()));
            list
        }
    };
    chunks
        .put_with_key(&list, &key)
        .map_err(|e| describe("write a document", &e))?;
    Ok(())
}

/// Creates whichever object stores are missing: all of them on first use, `meta` and `drafts`
/// when a version 1 database is upgraded. Existing records are kept.
pub(super) fn create_schema(request: &IdbOpenDbRequest) -> Result<(), StoreError> {
    let db = request
        .result()
        .map_err(|e| describe("upgrade the database", &e))?
        .dyn_into::<IdbDatabase>()
        .map_err(|_| "upgrading the database found no database")?;
    for store in [CHUNKS, META, DRAFTS, super::files::FILES] {
        if !db.object_store_names().contains(store) {
            db.create_object_store(store)
                .map_err(|e| describe(&format!("create the {store} store"), &e))?;
        }
    }
    Ok(())
}

/// The browser's IndexedDB factory, from the window or a worker alike.
pub(super) fn indexed_db() -> Result<IdbFactory, StoreError> {
    Reflect::get(&js_sys::global(), &"indexedDB".into())
        .ok()
        .and_then(|f| f.dyn_into::<IdbFactory>().ok())
        .ok_or_else(|| {
            "this browser offers no IndexedDB, so nothing can be kept on the device".into()
        })
}

/// Waits for an IndexedDB request and returns its result.
pub(super) async fn settle(request: &IdbRequest) -> Result<JsValue, StoreError> {
    // The promise's own resolve and reject functions serve as the event handlers, so no Rust
    // closure has to outlive this call.
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result().map_err(|e| describe("read a result", &e)),
        Err(_) => Err(failure(
            "complete a request",
            request.error().ok().flatten(),
        )),
    }
}

/// A promise that resolves when the transaction commits and rejects if it fails or aborts.
pub(super) fn completion(transaction: &IdbTransaction) -> Promise {
    Promise::new(&mut |resolve: Function, reject: Function| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    })
}

/// A stored document's sealed chunks, each with the label it was sealed for.
pub(super) fn sealed_chunks(
    value: &JsValue,
    doc: DocumentId,
) -> Result<Vec<(Vec<u8>, String)>, StoreError> {
    let list = value
        .dyn_ref::<Array>()
        .ok_or("a stored document is not a list of chunks")?;
    let place = label(CHUNKS, &doc.to_string());
    Ok(plain_chunks(list)?
        .into_iter()
        .map(|chunk| (chunk, place.clone()))
        .collect())
}

/// The byte arrays of a stored chunk list, as they are stored.
pub(super) fn plain_chunks(list: &Array) -> Result<Vec<Vec<u8>>, StoreError> {
    list.iter()
        .map(|chunk| {
            chunk
                .dyn_into::<Uint8Array>()
                .map(|bytes| bytes.to_vec())
                .map_err(|_| "a stored chunk is not a byte array".to_string())
        })
        .collect()
}

pub(super) fn failure(what: &str, error: Option<web_sys::DomException>) -> StoreError {
    match error {
        Some(e) => format!("IndexedDB could not {what}: {} ({})", e.message(), e.name()),
        None => format!("IndexedDB could not {what}"),
    }
}

pub(super) fn describe(what: &str, error: &JsValue) -> StoreError {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        return failure(what, Some(e.clone()));
    }
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("IndexedDB could not {what}: {}", String::from(e.message())),
        None => format!("IndexedDB could not {what}: {error:?}"),
    }
}
