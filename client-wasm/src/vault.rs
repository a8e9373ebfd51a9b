//! The device's encryption, through the browser's WebCrypto: every value the store writes is
//! sealed with AES-GCM under one random store key, and that key is kept only wrapped, by a key
//! derived from the practitioner's PIN (PBKDF2 with SHA-256), so what IndexedDB holds is
//! unreadable without the PIN.
//!
//! - The store key never leaves WebCrypto unwrapped: it is generated, wrapped at once, and then
//!   unwrapped as a non-extractable key, the only copy the client uses.
//! - A sealed value is `[1, iv (12 bytes), ciphertext with its tag]`, and its additional data is
//!   the label of the place it is kept (such as `chunks/<document id>`), so a sealed value moved
//!   to another record no longer opens.
//! - A wrong PIN is told apart from other failures by the error's `name`, `WrongPin`, so the page
//!   can count wrong tries (the rules are in `hubdesk_shared::lock`).
//!
//! The staff console uses a session key instead: random, never stored, so its IndexedDB copy is
//! unreadable once the tab is gone, and started afresh each time.

use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use hubdesk_shared::lock;
use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};
use web_sys::{CryptoKey, SubtleCrypto};

use crate::{HubClient, error, random, to_js};

/// PBKDF2 rounds for the PIN: the count current guidance asks of PBKDF2-HMAC-SHA-256, which
/// costs about a third of a second on a mid-range phone, once per unlock.
const PIN_ITERATIONS: u32 = 600_000;
/// The first byte of every sealed value: the layout's version.
const SEALED: u8 = 1;
const IV_LEN: usize = 12;

#[wasm_bindgen(typescript_custom_section)]
const VAULT_TYPES: &'static str = r#"
/** What the phone keeps to find its store key again: the key, wrapped under the PIN. */
export interface Vault {
  v: number;
  salt: number[];
  iterations: number;
  iv: number[];
  wrapped: number[];
}

/** A new vault and the store key it wraps. */
export interface NewVault {
  vault: Vault;
  key: CryptoKey;
}

/** The lock's rules, for the page to show. */
export interface LockRules {
  pin_min: number;
  pin_max: number;
  max_wrong_pins: number;
  idle_lock_ms: number;
  default_offline_lock_days: number;
}
"#;

/// What the phone keeps (in plain storage) to find its store key again.
#[derive(Serialize, Deserialize)]
struct Vault {
    v: u8,
    salt: Vec<u8>,
    iterations: u32,
    iv: Vec<u8>,
    wrapped: Vec<u8>,
}

#[derive(Serialize)]
struct LockRules {
    pin_min: usize,
    pin_max: usize,
    max_wrong_pins: u32,
    idle_lock_ms: u64,
    default_offline_lock_days: u32,
}

/// The key that seals and opens what the store keeps.
#[derive(Clone)]
pub struct Cipher {
    key: CryptoKey,
}

impl Cipher {
    pub fn new(key: CryptoKey) -> Self {
        Self { key }
    }

    /// `plain`, sealed for the place called `label`.
    pub async fn seal(&self, plain: &[u8], label: &str) -> Result<Vec<u8>, String> {
        let iv: [u8; IV_LEN] = random().map_err(|_| "the browser gave no random bytes")?;
        let promise = subtle()?
            .encrypt_with_object_and_u8_array(&gcm(&iv, label), &self.key, plain)
            .map_err(|e| crypto_error("encrypt", &e))?;
        let sealed = bytes(promise)
            .await
            .map_err(|e| crypto_error("encrypt", &e))?;
        Ok(frame(&iv, &sealed))
    }

    /// What `seal(…, label)` sealed; refused if it was sealed under another key or label, or
    /// changed since.
    pub async fn open(&self, sealed: &[u8], label: &str) -> Result<Vec<u8>, String> {
        let promise = self.start_open(sealed, label)?;
        finish_open(promise, label).await
    }

    /// Opens many sealed values, `(sealed, label)`, all at once: WebCrypto works on them side
    /// by side while the first is awaited.
    pub async fn open_all(&self, sealed: &[(Vec<u8>, String)]) -> Result<Vec<Vec<u8>>, String> {
        let started = sealed
            .iter()
            .map(|(value, label)| self.start_open(value, label))
            .collect::<Result<Vec<_>, _>>()?;
        let mut opened = Vec::with_capacity(started.len());
        for (promise, (_, label)) in started.into_iter().zip(sealed) {
            opened.push(finish_open(promise, label).await?);
        }
        Ok(opened)
    }

    fn start_open(&self, sealed: &[u8], label: &str) -> Result<Promise, String> {
        let (iv, data) = unframe(sealed)
            .ok_or_else(|| format!("{label} is not sealed in a form this app knows"))?;
        subtle()?
            .decrypt_with_object_and_u8_array(&gcm(iv, label), &self.key, data)
            .map_err(|e| crypto_error("decrypt", &e))
    }
}

async fn finish_open(promise: Promise, label: &str) -> Result<Vec<u8>, String> {
    bytes(promise)
        .await
        .map_err(|_| format!("{label} does not open with this device's key"))
}

/// The key drafts are sealed with while a page unloads, when only synchronous code runs: raw
/// bytes in wasm memory (like the decrypted records themselves while the app is unlocked), kept
/// on the device only sealed under the store key.
#[derive(Clone)]
pub struct RescueKey([u8; 32]);

impl RescueKey {
    pub fn new(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// `plain`, sealed in the same layout as [`Cipher::seal`] (with its own key).
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, String> {
        let iv: [u8; IV_LEN] = random().map_err(|_| "the browser gave no random bytes")?;
        let sealed = self
            .aead()
            .encrypt(Nonce::from_slice(&iv), plain)
            .map_err(|_| "could not seal a rescued draft")?;
        Ok(frame(&iv, &sealed))
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, String> {
        let (iv, data) =
            unframe(sealed).ok_or("the rescued drafts are not sealed in a form this app knows")?;
        self.aead()
            .decrypt(Nonce::from_slice(iv), data)
            .map_err(|_| "the rescued drafts do not open with this device's key".into())
    }

    fn aead(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.0.into())
    }
}

/// Whether `value` looks sealed by [`Cipher::seal`] (rather than kept by an older version that
/// did not encrypt).
pub fn is_sealed(value: &[u8]) -> bool {
    value.len() > IV_LEN && value[0] == SEALED
}

/// The sealed layout: `[SEALED, iv, ciphertext with its tag]`.
fn frame(iv: &[u8; IV_LEN], ciphertext: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + IV_LEN + ciphertext.len());
    out.push(SEALED);
    out.extend_from_slice(iv);
    out.extend_from_slice(ciphertext);
    out
}

/// The iv and ciphertext of a value in the sealed layout, or `None` if it is not one.
fn unframe(sealed: &[u8]) -> Option<(&[u8], &[u8])> {
    is_sealed(sealed).then(|| sealed[1..].split_at(IV_LEN))
}

#[wasm_bindgen]
impl HubClient {
    /// Checks a PIN the practitioner chose: `null` if it will do, or the catalogue message that
    /// says why not (`lock-pin-…`, given `min` and `max` from `lockRules`).
    #[wasm_bindgen(js_name = checkPin)]
    pub fn check_pin(pin: &str) -> Option<String> {
        lock::check_pin(pin).err().map(str::to_string)
    }

    /// The lock's rules (PIN length, wrong tries, idle time, offline days).
    #[wasm_bindgen(js_name = lockRules, unchecked_return_type = "LockRules")]
    pub fn lock_rules() -> Result<JsValue, JsValue> {
        to_js(&LockRules {
            pin_min: lock::PIN_MIN,
            pin_max: lock::PIN_MAX,
            max_wrong_pins: lock::MAX_WRONG_PINS,
            idle_lock_ms: lock::IDLE_LOCK_MS,
            default_offline_lock_days: lock::DEFAULT_OFFLINE_LOCK_DAYS,
        })
    }

    /// `"pin"` if the phone may unlock with its PIN alone, or `"sign_in_online"` when it has not
    /// reached the hub for more than `days` days since `lastContactMs`.
    #[wasm_bindgen(js_name = lockState)]
    pub fn lock_state(
        #[wasm_bindgen(js_name = lastContactMs)] last_contact_ms: f64,
        #[wasm_bindgen(js_name = nowMs)] now_ms: f64,
        days: u32,
    ) -> String {
        match lock::lock_state(last_contact_ms as u64, now_ms as u64, days) {
            lock::LockState::Pin => "pin".into(),
            lock::LockState::SignInOnline => "sign_in_online".into(),
        }
    }

    /// Whether an app last used at `lastUsedMs` should lock at `nowMs`.
    #[wasm_bindgen(js_name = idleExpired)]
    pub fn idle_expired(
        #[wasm_bindgen(js_name = lastUsedMs)] last_used_ms: f64,
        #[wasm_bindgen(js_name = nowMs)] now_ms: f64,
    ) -> bool {
        lock::idle_expired(last_used_ms as u64, now_ms as u64)
    }

    /// Wrong PIN tries left after `wrong` in a row; at 0 the phone wipes itself.
    #[wasm_bindgen(js_name = triesLeft)]
    pub fn tries_left(wrong: u32) -> u32 {
        lock::tries_left(wrong)
    }

    /// Makes a new store key and wraps it under `pin` (refused, with the reason, if the PIN does
    /// not meet the rules). Keep `vault`; open the store with `key`.
    #[wasm_bindgen(js_name = createVault, unchecked_return_type = "Promise<NewVault>")]
    pub fn create_vault(pin: String) -> Promise {
        future_to_promise(async move {
            lock::check_pin(&pin).map_err(error)?;
            let subtle = subtle().map_err(error)?;
            let salt: [u8; 16] = random()?;
            let pin_key = pin_key(&subtle, &pin, &salt, PIN_ITERATIONS).await?;
            let fresh: CryptoKey = resolve(subtle.generate_key_with_object(
                &aes_gcm_256(),
                true,
                &usages(&["encrypt", "decrypt"]),
            )?)
            .await?
            .unchecked_into();
            let iv: [u8; IV_LEN] = random()?;
            let wrapped = bytes(subtle.wrap_key_with_object(
                "raw",
                &fresh,
                &pin_key,
                &gcm(&iv, WRAP_LABEL),
            )?)
            .await?;
            let vault = Vault {
                v: SEALED,
                salt: salt.to_vec(),
                iterations: PIN_ITERATIONS,
                iv: iv.to_vec(),
                wrapped,
            };
            // The key the client uses is a non-extractable copy; the extractable one is dropped.
            let key = unwrap_store_key(&subtle, &vault, &pin_key).await?;
            let made = Object::new();
            Reflect::set(&made, &"vault".into(), &to_js(&vault)?)?;
            Reflect::set(&made, &"key".into(), &key)?;
            Ok(made.into())
        })
    }

    /// The store key `vault` wraps, unwrapped with `pin`. A wrong PIN rejects with an error
    /// whose `name` is `WrongPin`.
    #[wasm_bindgen(js_name = unlockVault, unchecked_return_type = "Promise<CryptoKey>")]
    pub fn unlock_vault(
        #[wasm_bindgen(unchecked_param_type = "Vault")] vault: JsValue,
        pin: String,
    ) -> Promise {
        future_to_promise(async move {
            let vault: Vault = serde_wasm_bindgen::from_value(vault)
                .map_err(|e| error(format!("the phone's key record is damaged: {e}")))?;
            if vault.v != SEALED {
                return Err(error("the phone's key record is of an unknown version"));
            }
            let subtle = subtle().map_err(error)?;
            let pin_key = pin_key(&subtle, &pin, &vault.salt, vault.iterations).await?;
            unwrap_store_key(&subtle, &vault, &pin_key)
                .await
                .map_err(|_| {
                    let wrong = js_sys::Error::new("That PIN is not right.");
                    wrong.set_name("WrongPin");
                    wrong.into()
                })
        })
    }

    /// A random store key that is never kept: the console's, for one tab's life.
    #[wasm_bindgen(js_name = sessionKey, unchecked_return_type = "Promise<CryptoKey>")]
    pub fn session_key() -> Promise {
        future_to_promise(async move {
            let subtle = subtle().map_err(error)?;
            resolve(subtle.generate_key_with_object(
                &aes_gcm_256(),
                false,
                &usages(&["encrypt", "decrypt"]),
            )?)
            .await
        })
    }

    /// `text` sealed with this device's rescue key, at once (for drafts kept while the page
    /// unloads, when no promise gets to settle).
    #[wasm_bindgen(js_name = sealRescue)]
    pub fn seal_rescue(&self, text: &str) -> Result<Vec<u8>, JsValue> {
        self.shell
            .store()
            .rescue()
            .seal(text.as_bytes())
            .map_err(error)
    }

    /// What [`HubClient::seal_rescue`] sealed, as text.
    #[wasm_bindgen(js_name = openRescue)]
    pub fn open_rescue(&self, sealed: &[u8]) -> Result<String, JsValue> {
        let plain = self.shell.store().rescue().open(sealed).map_err(error)?;
        String::from_utf8(plain).map_err(|_| error("the rescued drafts are not text"))
    }

    /// `text` sealed under `key` for the place called `label` (the session in plain storage).
    #[wasm_bindgen(unchecked_return_type = "Promise<Uint8Array>")]
    pub fn seal(key: CryptoKey, text: String, label: String) -> Promise {
        future_to_promise(async move {
            let sealed = Cipher::new(key)
                .seal(text.as_bytes(), &label)
                .await
                .map_err(error)?;
            Ok(Uint8Array::from(sealed.as_slice()).into())
        })
    }

    /// What [`HubClient::seal`] sealed, as text.
    #[wasm_bindgen(unchecked_return_type = "Promise<string>")]
    pub fn unseal(key: CryptoKey, sealed: Vec<u8>, label: String) -> Promise {
        future_to_promise(async move {
            let plain = Cipher::new(key)
                .open(&sealed, &label)
                .await
                .map_err(error)?;
            String::from_utf8(plain)
                .map(JsValue::from)
                .map_err(|_| error(format!("{label} is not text")))
        })
    }
}

/// The additional data of the wrapped store key.
const WRAP_LABEL: &str = "hubdesk/store-key";

async fn pin_key(
    subtle: &SubtleCrypto,
    pin: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, JsValue> {
    let material: CryptoKey = resolve(subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(pin.as_bytes()),
        &Object::from(JsValue::from("PBKDF2")),
        false,
        &usages(&["deriveKey"]),
    )?)
    .await?
    .unchecked_into();
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"PBKDF2".into())?;
    Reflect::set(&params, &"salt".into(), &Uint8Array::from(salt))?;
    Reflect::set(&params, &"iterations".into(), &iterations.into())?;
    Reflect::set(&params, &"hash".into(), &"SHA-256".into())?;
    Ok(resolve(subtle.derive_key_with_object_and_object(
        &params,
        &material,
        &aes_gcm_256(),
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    )?)
    .await?
    .unchecked_into())
}

async fn unwrap_store_key(
    subtle: &SubtleCrypto,
    vault: &Vault,
    pin_key: &CryptoKey,
) -> Result<JsValue, JsValue> {
    resolve(subtle.unwrap_key_with_u8_array_and_object_and_object(
        "raw",
        &vault.wrapped,
        pin_key,
        &gcm(&vault.iv, WRAP_LABEL),
        &aes_gcm_256(),
        false,
        &usages(&["encrypt", "decrypt"]),
    )?)
    .await
}

fn subtle() -> Result<SubtleCrypto, String> {
    Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Crypto>().ok())
        .map(|c| c.subtle())
        .ok_or_else(|| {
            "this browser offers no WebCrypto (it needs a secure https page), so nothing can be \
             kept encrypted on the device"
                .into()
        })
}

/// `{name: "AES-GCM", iv, additionalData: label}`.
fn gcm(iv: &[u8], label: &str) -> Object {
    let params = Object::new();
    // Setting properties on a fresh plain object cannot fail.
    let _ = Reflect::set(&params, &"name".into(), &"AES-GCM".into());
    let _ = Reflect::set(&params, &"iv".into(), &Uint8Array::from(iv));
    let _ = Reflect::set(
        &params,
        &"additionalData".into(),
        &Uint8Array::from(label.as_bytes()),
    );
    params
}

/// `{name: "AES-GCM", length: 256}`.
fn aes_gcm_256() -> Object {
    let params = Object::new();
    let _ = Reflect::set(&params, &"name".into(), &"AES-GCM".into());
    let _ = Reflect::set(&params, &"length".into(), &256.into());
    params
}

fn usages(list: &[&str]) -> Array {
    list.iter().map(|u| JsValue::from(*u)).collect()
}

async fn resolve(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

async fn bytes(promise: Promise) -> Result<Vec<u8>, JsValue> {
    Ok(Uint8Array::new(&resolve(promise).await?).to_vec())
}

fn crypto_error(what: &str, error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("WebCrypto could not {what}: {}", String::from(e.message())),
        None => format!("WebCrypto could not {what}"),
    }
}
