//! The device's storage: one IndexedDB database per signed-in user, with four object stores.
//! Every value in them is sealed (AES-GCM, [`crate::vault`]) under the store key; only the keys
//! (document ids, form names) are in the clear.
//!
//! - `chunks`: Automerge chunks. Each record is keyed by the document id (bs58check text) and
//!   holds an array of sealed chunks (`Uint8Array`s) in the order they were written: a save or a
//!   snapshot first, then incremental change sets. A snapshot replaces every earlier chunk of its
//!   document, so a document never grows without bound.
//! - `meta`: per document id, the heads the hub has acknowledged (32-byte hashes, one after the
//!   other, sealed), so the device knows what is "with the hub" while offline and after a
//!   reload; and under [`KEY_CHECK`], a sealed known value that tells a wrong key at once.
//! - `drafts`: unfinished forms, keyed by a name the page chooses, as sealed JSON
//!   `{value, saved_at}`.
//! - `files`: attached files not yet all at the hub, in sealed pieces ([`files`]).
//!
//! A database written by a version that did not encrypt is sealed in place when first opened
//! with a key, in one transaction.
//!
//! Writes use strict durability and count as done only when their transaction completes: the
//! engine acknowledges changes to the hub only after that, and the page says "saved" only then.
//! Sealing happens before a write's transaction starts, because awaiting WebCrypto inside one
//! would let IndexedDB commit it early.

use automerge::ChangeHash;
use hubdesk_shared::engine::Batch;
use hubdesk_shared::ids::DocumentId;
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbTransaction};

use crate::vault::{Cipher, RescueKey, is_sealed};

mod files;
mod idb;

pub use files::PIECE_BYTES;

use idb::*;

/// The object store that holds every document's chunks.
const CHUNKS: &str = "chunks";
/// The object store of what the hub has acknowledged, per document.
const META: &str = "meta";
/// The object store of unfinished forms.
const DRAFTS: &str = "drafts";
/// The schema version of the database: bump it, and handle the old version in `create_schema`,
/// when the layout changes. Version 1 had `chunks` only; 2 added `meta` and `drafts`; 3 added
/// `files`.
const DB_VERSION: u32 = 3;
/// The `meta` record whose sealed value shows the store opens with the key it was given.
const KEY_CHECK: &str = "~key-check";
const KEY_CHECK_VALUE: &[u8] = b"hubdesk store key";
/// The `meta` record holding the [`RescueKey`], sealed.
const RESCUE_KEY: &str = "~rescue-key";
/// The start of the `meta` keys of values the app keeps by name (see [`Store::put_kept`]).
const KEPT_PREFIX: &str = "~kept:";

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

    /// The same over several stores at once.
    #[wasm_bindgen(method, catch, js_name = transaction)]
    fn transaction_with_stores(
        this: &Database,
        stores: &Array,
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
    cipher: Cipher,
    rescue: RescueKey,
    // Closes the database when another tab deletes or upgrades it (signing out there), so that
    // tab is not blocked; lives as long as the database is open.
    _on_version_change: Closure<dyn FnMut()>,
}

impl Store {
    /// Opens (creating on first use) the database called `name`, whose values `cipher` seals.
    /// Refused if the database was sealed under another key.
    pub async fn open(name: &str, cipher: Cipher) -> Result<Self, StoreError> {
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
        let mut store = Self {
            name: name.to_string(),
            db,
            cipher,
            rescue: RescueKey::new([0; 32]),
            _on_version_change: on_version_change,
        };
        store.check_key().await?;
        store.rescue = store.rescue_key().await?;
        Ok(store)
    }

    /// The key for drafts rescued while a page unloads.
    pub fn rescue(&self) -> &RescueKey {
        &self.rescue
    }

    /// The stored rescue key, made and stored on first use.
    async fn rescue_key(&self) -> Result<RescueKey, StoreError> {
        let place = label(META, RESCUE_KEY);
        let found = self.get(META, RESCUE_KEY, "read the rescue key").await?;
        if let Some(sealed) = found.dyn_ref::<Uint8Array>() {
            let bytes = self.cipher.open(&sealed.to_vec(), &place).await?;
            let key: [u8; 32] = bytes
                .try_into()
                .map_err(|_| "the stored rescue key is damaged")?;
            return Ok(RescueKey::new(key));
        }
        let key = RescueKey::new(crate::random().map_err(|_| "the browser gave no random bytes")?);
        let sealed = self.cipher.seal(key.bytes(), &place).await?;
        self.put(META, RESCUE_KEY, &Uint8Array::from(sealed.as_slice()))
            .await?;
        Ok(key)
    }

    /// Deletes the database called `name` without opening it (its key is lost, or it is a
    /// session's copy). Resolves once it is gone.
    pub async fn discard(name: &str) -> Result<(), StoreError> {
        let request = indexed_db()?
            .delete_database(name)
            .map_err(|e| describe("delete the database", &e))?;
        settle(&request).await.map(|_| ())
    }

    /// Checks the key against [`KEY_CHECK`]; with none yet, seals what an older version kept in
    /// the clear and writes the check.
    async fn check_key(&self) -> Result<(), StoreError> {
        let found = self.get(META, KEY_CHECK, "read the key check").await?;
        if let Some(sealed) = found.dyn_ref::<Uint8Array>() {
            let opened = self
                .cipher
                .open(&sealed.to_vec(), &label(META, KEY_CHECK))
                .await;
            return match opened {
                Ok(value) if value == KEY_CHECK_VALUE => Ok(()),
                _ => Err("this device's store was locked with another key".into()),
            };
        }
        let mut puts = self.unsealed_records().await?;
        let check = self
            .cipher
            .seal(KEY_CHECK_VALUE, &label(META, KEY_CHECK))
            .await?;
        puts.push((
            META,
            KEY_CHECK.to_string(),
            Uint8Array::from(&check[..]).into(),
        ));
        self.put_all(&puts).await
    }

    /// Every record an older version kept unsealed, sealed, as `(store, key, value)` to put.
    async fn unsealed_records(&self) -> Result<Vec<(&'static str, String, JsValue)>, StoreError> {
        let mut puts = Vec::new();
        for (key, value) in self.entries(CHUNKS).await? {
            let Some(list) = value.dyn_ref::<Array>() else {
                continue;
            };
            let chunks = plain_chunks(list)?;
            if chunks.iter().all(|c| is_sealed(c)) {
                continue;
            }
            let place = label(CHUNKS, &key);
            let sealed = Array::new();
            for chunk in chunks {
                let chunk = match is_sealed(&chunk) {
                    true => chunk,
                    false => self.cipher.seal(&chunk, &place).await?,
                };
                sealed.push(&Uint8Array::from(chunk.as_slice()));
            }
            puts.push((CHUNKS, key, sealed.into()));
        }
        for (key, value) in self.entries(META).await? {
            if let Some(list) = value.dyn_ref::<Array>() {
                let heads: Vec<u8> = list
                    .iter()
                    .filter_map(|h| h.dyn_into::<Uint8Array>().ok())
                    .flat_map(|h| h.to_vec())
                    .collect();
                let sealed = self.cipher.seal(&heads, &label(META, &key)).await?;
                puts.push((META, key, Uint8Array::from(&sealed[..]).into()));
            }
        }
        for (key, value) in self.entries(DRAFTS).await? {
            if value.is_instance_of::<Uint8Array>() {
                continue;
            }
            let sealed = self.seal_json(&value, &label(DRAFTS, &key)).await?;
            puts.push((DRAFTS, key, sealed));
        }
        Ok(puts)
    }

    /// Writes `(store, key, value)` records in one durable transaction.
    async fn put_all(&self, puts: &[(&str, String, JsValue)]) -> Result<(), StoreError> {
        let names: Array = [CHUNKS, META, DRAFTS, files::FILES]
            .iter()
            .map(|n| JsValue::from(*n))
            .collect();
        let options = strict();
        let transaction = self
            .db
            .unchecked_ref::<Database>()
            .transaction_with_stores(&names, "readwrite", &options)
            .map_err(|e| describe("start a write", &e))?;
        let done = completion(&transaction);
        for (store, key, value) in puts {
            transaction
                .object_store(store)
                .and_then(|s| s.put_with_key(value, &key.into()))
                .map_err(|e| describe("seal a record", &e))?;
        }
        JsFuture::from(done)
            .await
            .map(|_| ())
            .map_err(|_| failure("seal the stored records", transaction.error()))
    }

    async fn seal_json(&self, value: &JsValue, place: &str) -> Result<JsValue, StoreError> {
        let text = js_sys::JSON::stringify(value)
            .map_err(|e| describe("prepare a draft", &e))?
            .as_string()
            .unwrap_or_default();
        let sealed = self.cipher.seal(text.as_bytes(), place).await?;
        Ok(Uint8Array::from(sealed.as_slice()).into())
    }

    async fn open_json(&self, value: &JsValue, place: &str) -> Result<JsValue, StoreError> {
        let sealed = value
            .dyn_ref::<Uint8Array>()
            .ok_or_else(|| format!("{place} is not sealed"))?
            .to_vec();
        let plain = self.cipher.open(&sealed, place).await?;
        let text = String::from_utf8(plain).map_err(|_| format!("{place} is not text"))?;
        js_sys::JSON::parse(&text).map_err(|e| describe("read a draft", &e))
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
        let value = self
            .get(CHUNKS, &doc.to_string(), "read a document")
            .await?;
        if value.is_undefined() {
            return Ok(None);
        }
        let sealed = sealed_chunks(&value, doc)?;
        self.cipher.open_all(&sealed).await.map(Some)
    }

    /// Every stored document with its chunks.
    pub async fn all(&self) -> Result<Vec<(DocumentId, Vec<Vec<u8>>)>, StoreError> {
        let mut docs = Vec::new();
        let mut sealed = Vec::new();
        for (key, value) in self.entries(CHUNKS).await? {
            let Ok(id) = key.parse::<DocumentId>() else {
                // Not a key this module writes; leave it alone rather than fail every listing.
                continue;
            };
            let chunks = sealed_chunks(&value, id)?;
            docs.push((id, chunks.len()));
            sealed.extend(chunks);
        }
        // One batch for every chunk of every document, so they are decrypted side by side.
        let mut opened = self.cipher.open_all(&sealed).await?.into_iter();
        Ok(docs
            .into_iter()
            .map(|(id, count)| (id, opened.by_ref().take(count).collect()))
            .collect())
    }

    /// The record of `store` under `key` as stored, or `undefined`; `what` names the read in an
    /// error.
    async fn get(&self, store: &str, key: &str, what: &str) -> Result<JsValue, StoreError> {
        let (_transaction, records) = self.transaction(store, "readonly")?;
        let request = records.get(&key.into()).map_err(|e| describe(what, &e))?;
        settle(&request).await
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
        let mut sealed = Vec::with_capacity(batch.docs.len());
        for write in &batch.docs {
            let place = label(CHUNKS, &write.doc.to_string());
            sealed.push(match &write.snapshot {
                Some(snapshot) => Sealed::Snapshot(self.cipher.seal(snapshot, &place).await?),
                None => Sealed::Changes(self.cipher.seal(&write.changes, &place).await?),
            });
        }
        let (transaction, chunks) = self.strict_write(CHUNKS)?;
        let done = completion(&transaction);
        for (write, chunk) in batch.docs.iter().zip(&sealed) {
            if let Err(e) = append(&chunks, write.doc, chunk).await {
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

    /// Deletes everything stored of `doc`: its chunks and what the hub acknowledged of it.
    pub async fn forget(&self, doc: DocumentId) -> Result<(), StoreError> {
        let key = JsValue::from(doc.to_string());
        for store in [CHUNKS, META] {
            let (transaction, records) = self.strict_write(store)?;
            let done = completion(&transaction);
            records
                .delete(&key)
                .map_err(|e| describe("delete a document", &e))?;
            JsFuture::from(done)
                .await
                .map_err(|_| failure("delete a document", transaction.error()))?;
        }
        Ok(())
    }

    /// The heads the hub acknowledged, for every document it has acknowledged.
    pub async fn acknowledged(&self) -> Result<Vec<(DocumentId, Vec<ChangeHash>)>, StoreError> {
        let mut acked = Vec::new();
        for (key, value) in self.entries(META).await? {
            let Ok(id) = key.parse::<DocumentId>() else {
                continue;
            };
            let Some(sealed) = value.dyn_ref::<Uint8Array>() else {
                continue;
            };
            let plain = self
                .cipher
                .open(&sealed.to_vec(), &label(META, &key))
                .await?;
            let heads = plain
                .chunks_exact(32)
                .filter_map(|h| ChangeHash::try_from(h).ok())
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
        let key = doc.to_string();
        let plain: Vec<u8> = heads.iter().flat_map(|h| h.0).collect();
        let sealed = self.cipher.seal(&plain, &label(META, &key)).await?;
        self.put(META, &key, &Uint8Array::from(sealed.as_slice()))
            .await
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
        let sealed = self.seal_json(&record, &label(DRAFTS, key)).await?;
        self.put(DRAFTS, key, &sealed).await
    }

    /// The form kept under `key`, or `undefined`.
    pub async fn draft(&self, key: &str) -> Result<JsValue, StoreError> {
        let sealed = self.get(DRAFTS, key, "read a draft").await?;
        if sealed.is_undefined() {
            return Ok(sealed);
        }
        let record = self.open_json(&sealed, &label(DRAFTS, key)).await?;
        Reflect::get(&record, &"value".into()).map_err(|e| describe("read a draft", &e))
    }

    /// Every kept form as `(key, {value, saved_at})`.
    pub async fn drafts(&self) -> Result<Vec<(String, JsValue)>, StoreError> {
        let mut drafts = Vec::new();
        for (key, sealed) in self.entries(DRAFTS).await? {
            let record = self.open_json(&sealed, &label(DRAFTS, &key)).await?;
            drafts.push((key, record));
        }
        Ok(drafts)
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

    /// Keeps a small value the page reads offline (the last list of notifications, say) under
    /// `name`, sealed like everything else, replacing what was kept before.
    pub async fn put_kept(&self, name: &str, value: &JsValue) -> Result<(), StoreError> {
        let key = format!("{KEPT_PREFIX}{name}");
        let sealed = self.seal_json(value, &label(META, &key)).await?;
        self.put(META, &key, &sealed).await
    }

    /// The value kept under `name`, or `undefined`.
    pub async fn kept(&self, name: &str) -> Result<JsValue, StoreError> {
        let key = format!("{KEPT_PREFIX}{name}");
        let sealed = self.get(META, &key, "read a kept value").await?;
        if sealed.is_undefined() {
            return Ok(sealed);
        }
        self.open_json(&sealed, &label(META, &key)).await
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
        let options = strict();
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
