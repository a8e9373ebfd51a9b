//! The device's storage: one IndexedDB database per signed-in user, with three object stores.
//!
//! - `chunks`: Automerge chunks. Each record is keyed by the document id (bs58check text) and
//!   holds an array of chunks (`Uint8Array`s) in the order they were written: a save or a
//!   snapshot first, then incremental change sets. A snapshot replaces every earlier chunk of its
//!   document, so a document never grows without bound.
//! - `meta`: per document id, the heads the hub has acknowledged (an array of 32-byte
//!   `Uint8Array`s), so the device knows what is "with the hub" while offline and after a reload.
//! - `drafts`: unfinished forms, keyed by a name the page chooses, as `{value, saved_at}`.
//!
//! Writes use strict durability and count as done only when their transaction completes: the
//! engine acknowledges changes to the hub only after that, and the page says "saved" only then.

use automerge::ChangeHash;
use hubdesk_shared::engine::{Batch, DocWrite};
use hubdesk_shared::ids::DocumentId;
use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbFactory, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction,
};

/// The object store that holds every document's chunks.
const CHUNKS: &str = "chunks";
/// The object store of what the hub has acknowledged, per document.
const META: &str = "meta";
/// The object store of unfinished forms.
const DRAFTS: &str = "drafts";
/// The schema version of the database: bump it, and handle the old version in `create_schema`,
/// when the layout changes. Version 1 had `chunks` only; 2 added `meta` and `drafts`.
const DB_VERSION: u32 = 2;

#[wasm_bindgen]
extern "C" {
    /// `IDBDatabase` seen through the one method web-sys offers only behind its unstable-API
    /// flag: `transaction(store, mode, options)`, which we need to ask for strict durability.
    #[wasm_bindgen(extends = IdbDatabase, js_name = IDBDatabase)]
    type Database;

    #[wasm_bindgen(method, catch, js_name = transaction)]
    fn transaction_with_options(
        this: &Database,
        store: &str,
        mode: &str,
        options: &JsValue,
    ) -> Result<IdbTransaction, JsValue>;
}

/// What storage failed at, in words fit for a log line or an error shown to a developer.
pub type StoreError = String;

/// An open IndexedDB database.
pub struct Store {
    name: String,
    db: IdbDatabase,
    // Closes the database when another tab deletes or upgrades it (signing out there), so that
    // tab is not blocked; lives as long as the database is open.
    _on_version_change: Closure<dyn FnMut()>,
}

impl Store {
    /// Opens (creating on first use) the database called `name`.
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let factory = indexed_db()?;
        let request = factory
            .open_with_u32(name, DB_VERSION)
            .map_err(|e| describe("open the database", &e))?;
        // The upgrade handler runs before `success` fires, so it must live until then; holding
        // it in this frame across the await does that.
        let upgrade = {
            let request = request.clone();
            Closure::<dyn FnMut()>::new(move || {
                if let Err(e) = create_schema(&request) {
                    web_sys::console::error_1(&e.into());
                }
            })
        };
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = settle(&request).await;
        request.set_onupgradeneeded(None);
        drop(upgrade);
        let db = opened
            .map_err(|e| format!("could not open the database {name:?}: {e}"))?
            .dyn_into::<IdbDatabase>()
            .map_err(|_| "opening the database returned something that is not a database")?;
        let on_version_change = {
            let db = db.clone();
            Closure::<dyn FnMut()>::new(move || db.close())
        };
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        Ok(Self {
            name: name.to_string(),
            db,
            _on_version_change: on_version_change,
        })
    }

    /// Closes the database and deletes it with everything in it. Resolves once it is gone.
    pub async fn delete(&self) -> Result<(), StoreError> {
        self.db.set_onversionchange(None);
        self.db.close();
        let request = indexed_db()?
            .delete_database(&self.name)
            .map_err(|e| describe("delete the database", &e))?;
        settle(&request).await.map(|_| ())
    }

    /// Every chunk stored for `doc`, or `None` if the device has never stored it.
    pub async fn load(&self, doc: DocumentId) -> Result<Option<Vec<Vec<u8>>>, StoreError> {
        let (_transaction, chunks) = self.transaction(CHUNKS, "readonly")?;
        let request = chunks
            .get(&doc.to_string().into())
            .map_err(|e| describe("read a document", &e))?;
        let value = settle(&request).await?;
        if value.is_undefined() {
            return Ok(None);
        }
        chunk_list(&value).map(Some)
    }

    /// Every stored document with its chunks.
    pub async fn all(&self) -> Result<Vec<(DocumentId, Vec<Vec<u8>>)>, StoreError> {
        let mut docs = Vec::new();
        for (key, value) in self.entries(CHUNKS).await? {
            let Ok(id) = key.parse::<DocumentId>() else {
                // Not a key this module writes; leave it alone rather than fail every listing.
                continue;
            };
            docs.push((id, chunk_list(&value)?));
        }
        Ok(docs)
    }

    /// Every record of `store` with its key, for stores keyed by text.
    async fn entries(&self, store: &str) -> Result<Vec<(String, JsValue)>, StoreError> {
        let (_transaction, records) = self.transaction(store, "readonly")?;
        let keys = records
            .get_all_keys()
            .map_err(|e| describe("list records", &e))?;
        let values = records
            .get_all()
            .map_err(|e| describe("read records", &e))?;
        // Both requests run in one transaction, in order, so the two arrays line up.
        let keys = Array::from(&settle(&keys).await?);
        let values = Array::from(&settle(&values).await?);
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(key, value)| Some((key.as_string()?, value)))
            .collect())
    }

    /// The ids of every stored document.
    pub async fn ids(&self) -> Result<Vec<DocumentId>, StoreError> {
        let (_transaction, chunks) = self.transaction(CHUNKS, "readonly")?;
        let request = chunks
            .get_all_keys()
            .map_err(|e| describe("list documents", &e))?;
        let keys = Array::from(&settle(&request).await?);
        Ok(keys
            .iter()
            .filter_map(|k| k.as_string()?.parse().ok())
            .collect())
    }

    /// Makes a batch of writes durable together: one transaction, done when it completes.
    pub async fn write(&self, batch: &Batch) -> Result<(), StoreError> {
        let (transaction, chunks) = self.strict_write(CHUNKS)?;
        let done = completion(&transaction);
        for write in &batch.docs {
            if let Err(e) = append(&chunks, write).await {
                // Abort so that no part of the batch is kept; the engine drops what it holds.
                // Awaiting the (now rejected) completion keeps it from surfacing as an
                // unhandled rejection.
                let _ = transaction.abort();
                let _ = JsFuture::from(done).await;
                return Err(e);
            }
        }
        JsFuture::from(done)
            .await
            .map(|_| ())
            .map_err(|_| failure("write documents", transaction.error()))
    }

    /// The heads the hub acknowledged, for every document it has acknowledged.
    pub async fn acknowledged(&self) -> Result<Vec<(DocumentId, Vec<ChangeHash>)>, StoreError> {
        let mut acked = Vec::new();
        for (key, value) in self.entries(META).await? {
            let Ok(id) = key.parse::<DocumentId>() else {
                continue;
            };
            let Some(list) = value.dyn_ref::<Array>() else {
                continue;
            };
            let heads = list
                .iter()
                .filter_map(|h| {
                    ChangeHash::try_from(h.dyn_into::<Uint8Array>().ok()?.to_vec().as_slice()).ok()
                })
                .collect();
            acked.push((id, heads));
        }
        Ok(acked)
    }

    /// Records that the hub has every change up to `heads` of `doc`.
    pub async fn set_acknowledged(
        &self,
        doc: DocumentId,
        heads: &[ChangeHash],
    ) -> Result<(), StoreError> {
        let list: Array = heads
            .iter()
            .map(|h| JsValue::from(Uint8Array::from(h.0.as_slice())))
            .collect();
        self.put(META, &doc.to_string(), &list).await
    }

    /// Keeps an unfinished form under `key`, replacing what was kept before.
    pub async fn put_draft(
        &self,
        key: &str,
        value: &JsValue,
        now_ms: f64,
    ) -> Result<(), StoreError> {
        let record = js_sys::Object::new();
        Reflect::set(&record, &"value".into(), value)
            .and_then(|_| Reflect::set(&record, &"saved_at".into(), &now_ms.into()))
            .map_err(|e| describe("prepare a draft", &e))?;
        self.put(DRAFTS, key, &record).await
    }

    /// The form kept under `key`, or `undefined`.
    pub async fn draft(&self, key: &str) -> Result<JsValue, StoreError> {
        let (_transaction, drafts) = self.transaction(DRAFTS, "readonly")?;
        let request = drafts
            .get(&key.into())
            .map_err(|e| describe("read a draft", &e))?;
        let record = settle(&request).await?;
        if record.is_undefined() {
            return Ok(record);
        }
        Reflect::get(&record, &"value".into()).map_err(|e| describe("read a draft", &e))
    }

    /// Every kept form as `(key, {value, saved_at})`.
    pub async fn drafts(&self) -> Result<Vec<(String, JsValue)>, StoreError> {
        self.entries(DRAFTS).await
    }

    pub async fn delete_draft(&self, key: &str) -> Result<(), StoreError> {
        let (transaction, drafts) = self.strict_write(DRAFTS)?;
        let done = completion(&transaction);
        drafts
            .delete(&key.into())
            .map_err(|e| describe("delete a draft", &e))?;
        JsFuture::from(done)
            .await
            .map(|_| ())
            .map_err(|_| failure("delete a draft", transaction.error()))
    }

    /// Writes one record and resolves once it is durable.
    async fn put(&self, store: &str, key: &str, value: &JsValue) -> Result<(), StoreError> {
        let (transaction, records) = self.strict_write(store)?;
        let done = completion(&transaction);
        records
            .put_with_key(value, &key.into())
            .map_err(|e| describe("write a record", &e))?;
        JsFuture::from(done)
            .await
            .map(|_| ())
            .map_err(|_| failure("write a record", transaction.error()))
    }

    /// A read-write transaction on `store` that completes only once its data is on disk.
    fn strict_write(&self, store: &str) -> Result<(IdbTransaction, IdbObjectStore), StoreError> {
        let options = js_sys::Object::new();
        Reflect::set(&options, &"durability".into(), &"strict".into())
            .map_err(|e| describe("prepare a write", &e))?;
        let transaction = self
            .db
            .unchecked_ref::<Database>()
            .transaction_with_options(store, "readwrite", &options)
            .map_err(|e| describe("start a write", &e))?;
        let records = transaction
            .object_store(store)
            .map_err(|e| describe("start a write", &e))?;
        Ok((transaction, records))
    }

    fn transaction(
        &self,
        store: &str,
        mode: &str,
    ) -> Result<(IdbTransaction, IdbObjectStore), StoreError> {
        let transaction = self
            .db
            .unchecked_ref::<Database>()
            .transaction_with_options(store, mode, &JsValue::UNDEFINED)
            .map_err(|e| describe("start a transaction", &e))?;
        let records = transaction
            .object_store(store)
            .map_err(|e| describe("start a transaction", &e))?;
        Ok((transaction, records))
    }
}

/// Adds one document's write to its record, inside the caller's transaction.
async fn append(chunks: &IdbObjectStore, write: &DocWrite) -> Result<(), StoreError> {
    let key: JsValue = write.doc.to_string().into();
    let list = match &write.snapshot {
        Some(snapshot) => Array::of1(&Uint8Array::from(snapshot.as_slice())),
        None => {
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
                    .map_err(|_| format!("stored document {} is not a list of chunks", write.doc))?
            };
            list.push(&Uint8Array::from(write.changes.as_slice()));
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
fn create_schema(request: &IdbOpenDbRequest) -> Result<(), StoreError> {
    let db = request
        .result()
        .map_err(|e| describe("upgrade the database", &e))?
        .dyn_into::<IdbDatabase>()
        .map_err(|_| "upgrading the database found no database")?;
    for store in [CHUNKS, META, DRAFTS] {
        if !db.object_store_names().contains(store) {
            db.create_object_store(store)
                .map_err(|e| describe(&format!("create the {store} store"), &e))?;
        }
    }
    Ok(())
}

/// The browser's IndexedDB factory, from the window or a worker alike.
fn indexed_db() -> Result<IdbFactory, StoreError> {
    Reflect::get(&js_sys::global(), &"indexedDB".into())
        .ok()
        .and_then(|f| f.dyn_into::<IdbFactory>().ok())
        .ok_or_else(|| {
            "this browser offers no IndexedDB, so nothing can be kept on the device".into()
        })
}

/// Waits for an IndexedDB request and returns its result.
async fn settle(request: &IdbRequest) -> Result<JsValue, StoreError> {
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
fn completion(transaction: &IdbTransaction) -> Promise {
    Promise::new(&mut |resolve: Function, reject: Function| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    })
}

/// Reads a stored record back as chunks.
fn chunk_list(value: &JsValue) -> Result<Vec<Vec<u8>>, StoreError> {
    let list = value
        .dyn_ref::<Array>()
        .ok_or("a stored document is not a list of chunks")?;
    list.iter()
        .map(|chunk| {
            chunk
                .dyn_into::<Uint8Array>()
                .map(|bytes| bytes.to_vec())
                .map_err(|_| "a stored chunk is not a byte array".to_string())
        })
        .collect()
}

fn failure(what: &str, error: Option<web_sys::DomException>) -> StoreError {
    match error {
        Some(e) => format!("IndexedDB could not {what}: {} ({})", e.message(), e.name()),
        None => format!("IndexedDB could not {what}"),
    }
}

fn describe(what: &str, error: &JsValue) -> StoreError {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        return failure(what, Some(e.clone()));
    }
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("IndexedDB could not {what}: {}", String::from(e.message())),
        None => format!("IndexedDB could not {what}: {error:?}"),
    }
}
