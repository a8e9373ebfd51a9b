// The signed-in session, kept in localStorage so the app opens with no network, and locked: the
// record names who signed in (id and username, to greet them on the lock screen, and their
// language, to show the lock screen in it) and holds the
// vault (the store key, wrapped under their PIN by the wasm client) and the session itself
// (token, role, country, city) sealed under the store key, and the hub's offline lock in days.
// Beside it, under its own key so that other tabs are not told of every change, the counters the
// lock's rules need before anything is unlocked: when the phone last reached the hub, wrong PINs
// in a row, and how many requests had unsent changes (so a forgotten PIN can say what it will
// cost). Records and drafts live in the wasm client's IndexedDB, sealed under the same key.
// `holdTheDevice` keeps a second tab of the same person from running beside the first.
//
// A record of version 1 (token and user in the clear, kept by a version that did not encrypt) is
// read once, to have its owner choose a PIN; it is replaced by a version 2 record at once.

import { languageHeader, t } from "./i18n.js";

const KEY = "hubdesk.session";
const COUNTERS_KEY = "hubdesk.lock";
const SESSION_LABEL = "localStorage/hubdesk.session";

/**
 * What this device keeps of its session: `{v: 2, user: {id, username, language}, vault, sealed,
 * lock_days, last_contact_at, wrong_pins, unsent}`, or `{v: 1, session}` for an unencrypted one,
 * or null.
 */
export function readDevice() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (saved?.v === 2 && saved.user?.id && saved.vault && saved.sealed) return { ...saved, ...counters() };
    if (saved?.token && saved?.user?.id) return { v: 1, user: saved.user, session: saved };
  } catch {
    // Unreadable: as if there were none.
  }
  return null;
}

/**
 * Keeps `session` sealed under `key`, with `vault`, replacing what was kept. The counters are
 * carried over for the same person; `contact` marks the hub as reached now (an online sign-in).
 */
export async function keepSession(HubClient, key, vault, session, { contact = false } = {}) {
  const sealed = await HubClient.seal(key, JSON.stringify(session), SESSION_LABEL);
  const previous = readDevice();
  const same = previous?.v === 2 && previous.user.id === session.user.id;
  const rules = HubClient.lockRules();
  localStorage.setItem(
    KEY,
    JSON.stringify({
      v: 2,
      user: { id: session.user.id, username: session.user.username, language: session.user.language },
      vault,
      sealed: toBase64(sealed),
      lock_days: session.offline_lock_days ?? rules.default_offline_lock_days,
    }),
  );
  noteDevice({
    last_contact_at: contact || !same ? Date.now() : previous.last_contact_at,
    wrong_pins: 0,
    unsent: same ? previous.unsent : 0,
  });
}

/**
 * Keeps `tag` as the language of the person whose session this device keeps, so that the next
 * start, offline and before the PIN, speaks it. Only the record's open part changes: the sealed
 * session keeps the language the hub sent at sign-in, and the hub has the new one once told.
 */
// `unsent`: the hub has not been told yet (offline); js/language.js tells it once online.
export function noteLanguage(tag, { unsent }) {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (saved?.v !== 2 || !saved.user) return;
    saved.user.language = tag;
    saved.language_unsent = unsent;
    localStorage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Unreadable or no storage: the language chosen on this device (js/i18n.js) still applies.
  }
}

/** The language chosen on this phone that the hub has not been told yet, if any. */
export function unsentLanguage() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null");
    return saved?.language_unsent ? saved.user?.language ?? null : null;
  } catch {
    return null;
  }
}

/** The session `device` keeps, unsealed with `key`. */
export async function openSession(HubClient, key, device) {
  return JSON.parse(await HubClient.unseal(key, fromBase64(device.sealed), SESSION_LABEL));
}

/** Changes some of the kept counters (`last_contact_at`, `wrong_pins`, `unsent`). */
export function noteDevice(fields) {
  localStorage.setItem(COUNTERS_KEY, JSON.stringify({ ...counters(), ...fields }));
}

/** Keeps the lock's counters: when the hub was last reached, and how many requests wait to go. */
export function noteProgress(connected, waiting) {
  const device = readDevice();
  if (device?.v !== 2) return;
  const fields = {};
  // Once a minute is enough for a lock counted in days.
  if (connected && Date.now() - device.last_contact_at > 60_000) fields.last_contact_at = Date.now();
  if (device.unsent !== waiting) fields.unsent = waiting;
  if (Object.keys(fields).length > 0) noteDevice(fields);
}

// Counters never kept: a phone that lost them counts as long away from the hub.
const NO_COUNTERS = { last_contact_at: 0, wrong_pins: 0, unsent: 0 };

function counters() {
  try {
    return { ...NO_COUNTERS, ...JSON.parse(localStorage.getItem(COUNTERS_KEY) ?? "null") };
  } catch {
    return { ...NO_COUNTERS };
  }
}

export function forgetSession() {
  localStorage.removeItem(KEY);
  localStorage.removeItem(COUNTERS_KEY);
}

export function toBase64(bytes) {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

// Set when this device wiped itself, so the sign-in screen can say why the phone is empty: the
// hub said it had been revoked (`revoked`), or too many wrong PINs were entered (`pins`). It holds
// only the time and that reason.
const WIPED_KEY = "hubdesk.wiped";

/** Remembers that the device wiped itself, and why. */
export function rememberWiped(reason) {
  localStorage.setItem(WIPED_KEY, JSON.stringify({ at: Date.now(), reason }));
}

/** When and why the device wiped itself, `{at, reason}`, or null. */
export function wiped() {
  try {
    const saved = JSON.parse(localStorage.getItem(WIPED_KEY) ?? "null");
    return saved?.at ? { at: saved.at, reason: saved.reason ?? "revoked" } : null;
  } catch {
    return null;
  }
}

export function forgetWiped() {
  localStorage.removeItem(WIPED_KEY);
}

/** Calls `listener` when another tab signs in or out. */
export function onSessionChange(listener) {
  addEventListener("storage", (event) => {
    if (event.key === KEY) listener();
  });
}

/**
 * Signs in with the REST API. Resolves with `{token, user, device_id, offline_lock_days}`; rejects with an Error whose message
 * can be shown as is.
 */
export async function signIn(username, password) {
  let response;
  try {
    response = await fetch("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", ...languageHeader() },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new Error(t("signin-unreachable"));
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) throw new Error(t("signin-wrong"));
    throw new Error(body?.error?.message ?? t("signin-failed", { status: response.status }));
  }
  return body;
}

// Two tabs of the app would each keep their own copy of the same records and write them to the
// same database, so only one may run for a user at a time. The lock is held until the page goes.
const held = new Set();

export function holdTheDevice(userId) {
  const name = `hubdesk-${userId}`;
  if (!navigator.locks || held.has(name)) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks.request(name, { ifAvailable: true }, (lock) => {
      resolve(Boolean(lock));
      if (!lock) return undefined;
      held.add(name);
      return new Promise(() => {});
    });
  });
}
