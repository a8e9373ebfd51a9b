//! Files attached on the device and not yet all at the hub, in the `files` object store, with
//! the rest of the unsent work and sealed like it: under `r:<id>` a sealed JSON record (what
//! the file is, where it goes, how far its upload got), under `p:<id>:<n>` its n-th piece of
//! [`PIECE_BYTES`], sealed with its place as additional data. Only ids are in the clear.
//!
//! A file is written whole in one durable transaction before the promise that kept it
//! resolves, so it survives reloads and restarts; it is read back a piece at a time as it is
//! sent, and deleted once the hub holds it.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::IdbKeyRange;

use super::idb::*;
use super::{Store, StoreError};

/// The object store of files waiting to be sent.
pub(super) const FILES: &str = "files";
/// The size of the pieces a file is kept in: what one upload request sends at most, so a cut
/// link loses little.
pub const PIECE_BYTES: usize = 64 * 1024;

fn record_key(id: &str) -> String {
    format!("r:{id}")
}

fn piece_key(id: &str, n: usize) -> String {
    format!("p:{id}:{n:06}")
}

fn range(prefix: &str) -> Result<IdbKeyRange, StoreError> {
    IdbKeyRange::bound(&prefix.into(), &format!("{prefix}\u{ffff}").into())
        .map_err(|e| describe("choose records", &e))
}

impl Store {
    /// Keeps file `id`: its `record` and its `bytes`, sealed, in one durable transaction.
    pub async fn keep_file(
        &self,
        id: &str,
        record: &JsValue,
        bytes: &[u8],
    ) -> Result<(), StoreError> {
        let mut puts = Vec::new();
        let key = record_key(id);
        let sealed = self.seal_json(record, &label(FILES, &key)).await?;
        puts.push((FILES, key, sealed));
        for (n, piece) in bytes.chunks(PIECE_BYTES).enumerate() {
            let key = piece_key(id, n);
            let sealed = self.cipher.seal(piece, &label(FILES, &key)).await?;
            puts.push((FILES, key, Uint8Array::from(sealed.as_slice()).into()));
        }
        self.put_all(&puts).await
    }

    /// Replaces file `id`'s record (how far its upload got, where it goes).
    pub async fn update_file(&self, id: &str, record: &JsValue) -> Result<(), StoreError> {
        let key = record_key(id);
        let sealed = self.seal_json(record, &label(FILES, &key)).await?;
        self.put(FILES, &key, &sealed).await
    }

    /// The records of every file kept, without their bytes.
    pub async fn files(&self) -> Result<Vec<JsValue>, StoreError> {
        let (_transaction, records) = self.transaction(FILES, "readonly")?;
        let wanted = range("r:")?;
        let keys = records
            .get_all_keys_with_key(&wanted)
            .map_err(|e| describe("list files", &e))?;
        let values = records
            .get_all_with_key(&wanted)
            .map_err(|e| describe("read files", &e))?;
        let keys = Array::from(&settle(&keys).await?);
        let values = Array::from(&settle(&values).await?);
        let mut out = Vec::new();
        for (key, value) in keys.iter().zip(values.iter()) {
            let Some(key) = key.as_string() else { continue };
            out.push(self.open_json(&value, &label(FILES, &key)).await?);
        }
        Ok(out)
    }

    /// `length` bytes of file `id` from `offset` (fewer at its end).
    pub async fn file_bytes(
        &self,
        id: &str,
        offset: usize,
        length: usize,
    ) -> Result<Vec<u8>, StoreError> {
        let first = offset / PIECE_BYTES;
        let last = (offset + length.max(1) - 1) / PIECE_BYTES;
        let mut sealed = Vec::new();
        for n in first..=last {
            let key = piece_key(id, n);
            let found = self.get(FILES, &key, "read a file").await?;
            let Some(bytes) = found.dyn_ref::<Uint8Array>() else {
                break;
            };
            sealed.push((bytes.to_vec(), label(FILES, &key)));
        }
        let pieces = self.cipher.open_all(&sealed).await?;
        let joined: Vec<u8> = pieces.concat();
        let start = offset - first * PIECE_BYTES;
        let end = (start + length).min(joined.len());
        Ok(joined.get(start..end).unwrap_or_default().to_vec())
    }

    /// Deletes file `id`, its record and its pieces, durably.
    pub async fn drop_file(&self, id: &str) -> Result<(), StoreError> {
        let (transaction, records) = self.strict_write(FILES)?;
        let done = completion(&transaction);
        records
            .delete(&record_key(id).into())
            .and_then(|_| records.delete(&range(&format!("p:{id}:"))?.into()))
            .map_err(|e| describe("delete a file", &e))?;
        JsFuture::from(done)
            .await
            .map(|_| ())
            .map_err(|_| failure("delete a file", transaction.error()))
    }
}
