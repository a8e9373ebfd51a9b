// The field app's notifications on the phone: the last list the hub gave, kept sealed by the wasm
// client (`keep`/`kept`) so it reads offline and nobody without the PIN can read it, and what
// was read while offline, told to the hub once it can be reached. The unread count shows on the
// bell in the top bar.
//
// The list is asked for when the app unlocks, when the network comes back, when a push arrives
// (the service worker tells open windows), when the list is opened and when the app comes back
// to the front.

import { byId } from "./dom.js";
import { number, t } from "./i18n.js";
import { markRead, recent } from "./push.js";

const KEPT = "notifications";

let client = null;
let token = null;
let kept = null;
let asking = null;
// Something changed while the hub was being asked: ask once more after.
let again = false;
const listeners = new Set();

/** Starts for the unlocked person: shows what the phone kept, then asks the hub. */
export async function startInbox(newClient, newToken) {
  client = newClient;
  token = newToken;
  kept = (await client.kept(KEPT).catch(() => undefined)) ?? { items: [], unread: 0, fetched_at: null, reads: [] };
  kept.reads ??= [];
  changed();
  refreshInbox();
}

// Coming back to the app (the phone was in a pocket, another app in front) asks the hub for news.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") refreshInbox();
});

/** Forgets everything in memory (locking, signing out); the sealed copy goes with the store. */
export function stopInbox() {
  client = null;
  token = null;
  kept = null;
  asking = null;
  changed();
}

/** The token changed (signed in again on this phone). */
export function inboxToken(newToken) {
  token = newToken;
}

/** What the phone holds: `{items, unread, fetched_at, reads}`, or null while locked. */
export const inbox = () => kept;

/** Calls `listener` whenever the list or its unread count changes; returns how to stop. */
export function onInboxChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Asks the hub for the list, after telling it what was read offline. Resolves with whether the
 * hub answered; offline, the kept list stands.
 */
export function refreshInbox() {
  if (!client) return Promise.resolve(false);
  if (asking) {
    again = true;
    return asking;
  }
  const mine = client;
  asking = (async () => {
    try {
      const told = [...kept.reads];
      if (told.length) await markRead(token, told);
      const fresh = await recent(token);
      if (mine !== client) return false;
      // Something new may be about a request this phone does not hold yet (one the hub filed
      // for this person): the client asks the hub what exists now instead of at its next round.
      const known = new Set(kept.items.map((n) => n.id));
      if (kept.fetched_at && fresh.items.some((n) => !known.has(n.id))) client.lookAgain();
      // Reads made while the hub was being asked are not in its answer yet.
      const reads = kept.reads.filter((id) => !told.includes(id));
      for (const item of fresh.items) {
        if (reads.includes(item.id) && !item.read_at) {
          item.read_at = Date.now();
          fresh.unread = Math.max(0, fresh.unread - 1);
        }
      }
      kept = { ...fresh, fetched_at: Date.now(), reads };
      await save();
      return true;
    } catch {
      return false;
    } finally {
      if (mine === client) {
        asking = null;
        if (again) {
          again = false;
          refreshInbox();
        }
      }
    }
  })();
  return asking;
}

/** Marks the notifications `ids` read on the phone at once, and at the hub when it can. */
export async function readNotifications(ids) {
  if (!kept) return;
  const now = Date.now();
  const fresh = kept.items.filter((n) => ids.includes(n.id) && !n.read_at);
  if (!fresh.length) return;
  for (const item of fresh) item.read_at = now;
  kept.unread = Math.max(0, kept.unread - fresh.length);
  kept.reads = [...new Set([...kept.reads, ...fresh.map((n) => n.id)])];
  await save();
  refreshInbox();
}

/** Marks read every notification about request `id` (it was opened). */
export const readAbout = (id) => readNotifications((kept?.items ?? []).filter((n) => n.request_id === id).map((n) => n.id));

/** Marks every notification read. */
export async function readAll() {
  await readNotifications((kept?.items ?? []).map((n) => n.id));
}

async function save() {
  changed();
  await client?.keep(KEPT, kept).catch((error) => console.warn("hubdesk: notifications not kept", error));
}

function changed() {
  showBell();
  for (const listener of listeners) listener(kept);
}

/** The top bar's bell: hidden while locked, with the unread count when there is any. */
export function showBell() {
  const bell = byId("inbox");
  if (!bell) return;
  bell.hidden = !kept;
  const unread = kept?.unread ?? 0;
  const badge = byId("inbox-count");
  badge.textContent = unread ? number(unread) : "";
  badge.hidden = !unread;
  bell.dataset.unread = String(unread);
  bell.setAttribute("aria-label", unread ? t("notifications-bell-unread", { count: unread }) : t("notifications-bell"));
}
