// HubDesk's field app: the page chrome (top bar with the sync indicator, banners, tabs), the
// router, the session and the lock, and the service worker.
//
// The lock: everything the app keeps on the phone is encrypted under a key only the PIN unwraps
// (see js/session.js and the wasm client's vault). The app starts locked, locks again after a
// while unused, and, after too long without reaching the hub, asks for an online sign-in first.
// While locked, no record is in memory or on the page and nothing syncs.
//
// The page holds no rules of its own. The wasm client (`./pkg/hubdesk_client.js`) validates with
// the same code the server runs, keeps everything in IndexedDB and syncs it; the screens in
// `js/views/` only move values between the page and the client. Screens other than the first are
// loaded when first opened; the service worker keeps them all for offline use.

import { byId, h } from "./js/dom.js";
import { has, t } from "./js/i18n.js";
import { FIELD_FILES, sendLanguage, speakTheirLanguage, startLanguage } from "./js/language.js";
import { importRetrying, loadClient } from "./js/wasm.js";
import { installForOffline } from "./js/install.js";
import { forgetUnsaved, recoverUnsaved } from "./js/drafts.js";
import { forgetRounds, loadRounds } from "./js/rounds.js";
import { banner, hideToast, toast } from "./js/chrome.js";
import { inboxToken, readAbout, readNotifications, refreshInbox, showBell, startInbox, stopInbox } from "./js/inbox.js";
import { forgetPush } from "./js/push.js";
import { refreshEvents } from "./js/events.js";
import {
  forgetSession,
  forgetWiped,
  holdTheDevice,
  keepSession,
  noteDevice,
  noteProgress,
  onSessionChange,
  openSession,
  readDevice,
  rememberWiped,
} from "./js/session.js";
import { catchingUp, explain, filesLeft, indicator } from "./js/sync-status.js";
import { bytesWaiting, onFilesChange, send as sendFiles } from "./js/uploads.js";
import * as requestsView from "./js/views/requests.js";
// The lock is shown at every start and right after the first sign-in: loaded with the page, so a
// cut link never stands between signing in and choosing the PIN.
import * as lockView from "./js/views/lock.js";

// Start loading the wasm client at once, even on the sign-in screen: it is the largest download
// and is needed right after signing in. A cut link mid-download is retried (js/wasm.js).
const wasm = loadClient("../pkg/hubdesk_client.js");

/**
 * What every screen's `show(ctx, params, root)` is given. The client's types come from the
 * TypeScript declarations wasm-bindgen writes (`pkg/hubdesk_client.d.ts`).
 *
 * @typedef {import("./pkg/hubdesk_client.js").HubClient} Client
 * @typedef {object} Ctx
 * @property {Client} client the signed-in user's client
 * @property {typeof import("./pkg/hubdesk_client.js").HubClient} HubClient its static helpers
 * @property {{token: string, user: {id: string, username: string, role: string, country?: string, city?: string, language?: string}}} session
 * @property {() => Promise<import("./pkg/hubdesk_client.js").RequestSummary[]>} listRequests
 * @property {(hash: string, options?: {replace?: boolean}) => void} navigate
 * @property {(title: string) => void} setTitle
 * @property {(text: string) => void} toast
 * @property {(session: object) => Promise<void>} signedIn
 * @property {() => Promise<void>} signOut
 * @property {(pin: string) => Promise<void>} choosePin the first PIN, after signing in
 * @property {(pin: string) => Promise<void>} unlock rejects with words to show on a wrong PIN
 * @property {() => void} forgetPin the sign-in screen then starts the phone afresh
 * @property {() => {username: string, unsent: number}} lockInfo
 */

const VIEWS = {
  requests: async () => requestsView,
  new: () => importRetrying(new URL("./js/views/new-request.js", import.meta.url)),
  detail: () => importRetrying(new URL("./js/views/detail.js", import.meta.url)),
  guidance: () => importRetrying(new URL("./js/views/guidance.js", import.meta.url)),
  account: () => importRetrying(new URL("./js/views/account.js", import.meta.url)),
  notifications: () => importRetrying(new URL("./js/views/notifications.js", import.meta.url)),
  events: () => importRetrying(new URL("./js/views/events.js", import.meta.url)),
  directory: () => importRetrying(new URL("./js/views/directory.js", import.meta.url)),
  needs: () => importRetrying(new URL("./js/views/needs.js", import.meta.url)),
  practice: () => importRetrying(new URL("./js/views/practice.js", import.meta.url)),
  "sign-in": () => importRetrying(new URL("./js/views/sign-in.js", import.meta.url)),
  lock: async () => lockView,
};

const main = byId("main");
let client = null;
// The unlocked session and the store key, both null while locked.
let session = null;
let key = null;
// Signed in online but not yet unlocked: `{session, purpose}`, where purpose is `choose` (a new
// PIN) or `unlock` (the phone locked after too long offline; its PIN comes next).
let pending = null;
// The owner forgot the PIN: signing in starts the phone afresh.
let forgetting = false;
let current = null;
let routing = 0;

// ----- what views are given --------------------------------------------------------------------

const ctx = {
  get client() {
    return client;
  },
  get session() {
    return session;
  },
  HubClient: null,
  navigate(hash, { replace = false } = {}) {
    if (replace) history.replaceState(null, "", hash);
    else history.pushState(null, "", hash);
    route();
  },
  setTitle(title) {
    byId("screen-title").textContent = title;
    const brand = t("brand-name");
    document.title = title === brand ? brand : t("app-title", { screen: title });
  },
  /**
   * The requests on the device. Several parts of the screen need them after each change; they
   * share one read per refresh.
   */
  listRequests() {
    listing ??= client.listRequests();
    return listing;
  },
  toast,
  signedIn,
  signOut,
  choosePin,
  unlock,
  forgetPin() {
    forgetting = true;
    route();
  },
  lockInfo() {
    const device = readDevice();
    return { username: device?.user.username ?? "", unsent: device?.unsent ?? 0 };
  },
};

let listing = null;

// ----- routing ---------------------------------------------------------------------------------

function parse(hash) {
  const [first, second] = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  switch (first) {
    case "new":
      return { view: "new", tab: "new", kind: second === "fund" ? "fund_query" : "help_desk", category: second === "exchange" ? "exchange_visit" : null };
    case "r":
      return { view: "detail", tab: "requests", id: decodeURIComponent(second ?? ""), back: "#/" };
    case "guidance":
      return second
        ? { view: "guidance", tab: "guidance", id: decodeURIComponent(second), back: "#/guidance" }
        : { view: "guidance", tab: "guidance" };
    case "account":
      return { view: "account", tab: "account" };
    case "notifications":
      return { view: "notifications", tab: "notifications", back: "#/" };
    case "events":
    case "directory":
    case "practice":
      return { view: first, tab: "guidance", back: "#/guidance" };
    case "needs":
      return { view: "needs", tab: "guidance", back: "#/directory" };
    default:
      return { view: "requests", tab: "requests" };
  }
}

async function route() {
  const turn = ++routing;
  listing = null;
  const next = session ? parse(location.hash) : lockedScreen();
  // Opening a request is reading what the hub said about it.
  if (next.view === "detail") readAbout(next.id);
  showBell();
  current?.dispose?.();
  current = null;
  const module = await VIEWS[next.view]();
  if (turn !== routing) return;
  const root = h("div", { class: `view view-${next.view}` });
  main.replaceChildren(root);
  byId("back").hidden = !next.back;
  if (next.back) byId("back").href = next.back;
  for (const tab of byId("tabs").querySelectorAll("a")) {
    tab.toggleAttribute("aria-current", tab.dataset.tab === next.tab);
    if (tab.dataset.tab === next.tab) tab.setAttribute("aria-current", "page");
  }
  try {
    const shown = (await module.show(ctx, next, root)) ?? {};
    if (turn === routing) current = shown;
    else shown.dispose?.();
  } catch (error) {
    console.error(error);
    root.replaceChildren(h("p", { class: "error-summary" }, t("app-screen-failed", { error: String(error?.message ?? error) })));
  }
}

/** What to show while nothing is unlocked. */
function lockedScreen() {
  if (pending?.purpose === "choose") return { view: "lock", mode: "choose" };
  const device = readDevice();
  if (!device) return { view: "sign-in" };
  if (device.v === 1) {
    // Kept by a version that did not encrypt: its owner chooses a PIN, and the store is sealed.
    pending = { session: device.session, purpose: "choose", upgrade: true };
    return { view: "lock", mode: "choose" };
  }
  const username = device.user.username;
  if (forgetting) return { view: "sign-in", forgot: true, unsent: device.unsent, username };
  const state = ctx.HubClient.lockState(device.last_contact_at, Date.now(), device.lock_days);
  if (!pending && state === "sign_in_online") return { view: "sign-in", locked: device.lock_days, username };
  return { view: "lock", mode: "unlock" };
}

// ----- keeping the screen current ---------------------------------------------------------------

let refreshing = null;
let refreshAgain = false;

// The client reports changes in bursts; refresh at most once at a time, and once more after it if
// anything changed meanwhile.
function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  listing = null;
  refreshing = Promise.all([current?.update?.(), updateIndicator()])
    .catch((error) => console.error("hubdesk: could not refresh the screen", error))
    .finally(() => {
      listing = null;
      refreshing = null;
      if (refreshAgain) {
        refreshAgain = false;
        refresh();
      }
    });
}

async function updateIndicator() {
  if (!client) return;
  const status = client.status();
  const waiting = (await ctx.listRequests()).filter((r) => r.sync !== "hub").length;
  const catchUp = catchingUp(status.progress);
  const [state, text] = catchUp ? ["sending", catchUp.text] : indicator(status, waiting);
  noteProgress(status.connection === "connected", waiting);
  const button = byId("sync");
  button.dataset.state = state;
  // What is left of a long catch-up, for the curious and for tests; empty otherwise.
  button.dataset.docsLeft = catchUp ? String(status.progress.docs) : "";
  button.dataset.bytesLeft = catchUp ? String(catchUp.bytes) : "";
  // Files waiting to go are said beside the records, with their bytes.
  const upBytes = await bytesWaiting(client);
  button.dataset.filesLeft = String(upBytes);
  const files = filesLeft(upBytes);
  byId("sync-text").textContent = files && state !== "hub" ? `${text} · ${files.text}` : files ? files.text : text;
  // The explanation describes the button; its name stays the words it shows (WCAG 2.5.3).
  byId("sync-explain").textContent = [catchUp ? catchUp.explain : explain(status, waiting), files?.explain]
    .filter(Boolean)
    .join(" ");
  if (status.connection === "connected") sendFiles(ctx);
  if (status.device_revoked) {
    wipeRevoked();
    return;
  }
  if (status.session_rejected) {
    banner(t("banner-session-rejected"), t("banner-session-rejected-action"), () => signInAgain());
  } else if (!status.network) {
    banner(t("banner-offline"));
  } else if (!updateOffered) {
    banner(null);
  }
}

// ----- banners ---------------------------------------------------------------------------------

let updateOffered = false;

// ----- session ---------------------------------------------------------------------------------

const databaseName = (userId) => `hubdesk-${userId}`;

/** Signed in online: carry on, or unlock or choose a PIN next. */
async function signedIn(newSession) {
  forgetWiped();
  ctx.HubClient ??= (await wasm).HubClient;
  if (session && client && newSession.user.id === session.user.id) {
    // The same person signing in again on a device the hub stopped trusting: keep everything,
    // carry on with the new token.
    session = newSession;
    inboxToken(session.token);
    await speakTheirLanguage(session.user);
    await keepSession(ctx.HubClient, key, readDevice().vault, session, { contact: true });
    client.actAs(session.user.id, session.user.country ?? null, session.user.city ?? null);
    client.start(location.origin, session.token);
    history.replaceState(null, "", "#/");
    await route();
    return;
  }
  const device = readDevice();
  if (device?.v === 2 && !forgetting && device.user.id !== newSession.user.id) {
    throw new Error(t("app-other-person", { username: device.user.username }));
  }
  if (device?.v === 2 && forgetting) {
    // A forgotten PIN: nothing can open what the phone keeps, so it goes (the sign-in screen
    // said what that costs).
    await discardLocked(device.user.id);
    forgetting = false;
  }
  await speakTheirLanguage(newSession.user);
  pending = { session: newSession, purpose: readDevice()?.v === 2 ? "unlock" : "choose" };
  history.replaceState(null, "", "#/");
  await route();
}

/** The first PIN: a new store key, wrapped under it, and the session sealed with it. */
async function choosePin(pin) {
  const { vault, key: newKey } = await ctx.HubClient.createVault(pin);
  const chosen = pending.session;
  // A database left by an earlier session of this person cannot be opened with the new key
  // (unless it is one kept before encryption, which is sealed as it opens).
  if (!pending.upgrade) await ctx.HubClient.discard(databaseName(chosen.user.id));
  await keepSession(ctx.HubClient, newKey, vault, chosen, { contact: !pending.upgrade });
  pending = null;
  await open(newKey, chosen);
}

/** Unwraps the store key with `pin`; counts wrong PINs and wipes the phone at the last one. */
async function unlock(pin) {
  const device = readDevice();
  let unlocked;
  try {
    unlocked = await ctx.HubClient.unlockVault(device.vault, pin);
  } catch (error) {
    if (error?.name !== "WrongPin") throw error;
    const wrong = device.wrong_pins + 1;
    noteDevice({ wrong_pins: wrong });
    const left = ctx.HubClient.triesLeft(wrong);
    if (left > 0) {
      throw new Error(t("lock-wrong-pin", { left }));
    }
    await discardLocked(device.user.id);
    rememberWiped("pins");
    await route();
    return;
  }
  let unlockedSession;
  if (pending?.purpose === "unlock") {
    // Signed in online after too long offline: keep the new session, sealed.
    unlockedSession = pending.session;
    await keepSession(ctx.HubClient, unlocked, device.vault, unlockedSession, { contact: true });
    pending = null;
  } else {
    unlockedSession = await openSession(ctx.HubClient, unlocked, device);
    noteDevice({ wrong_pins: 0 });
  }
  await open(unlocked, unlockedSession);
}

/** Deletes what a locked phone keeps for `userId`, with no key to open it: records, drafts, session. */
async function discardLocked(userId) {
  await ctx.HubClient.discard(databaseName(userId));
  forgetUnsaved(userId);
  forgetSession();
}

async function open(newKey, newSession) {
  key = newKey;
  session = newSession;
  lastUsed = Date.now();
  if (!(await start())) return;
  history.replaceState(null, "", location.hash || "#/");
  await route();
}

async function start() {
  if (!(await holdTheDevice(session.user.id))) {
    showOpenElsewhere();
    return false;
  }
  const module = await wasm;
  ctx.HubClient = module.HubClient;
  // One database per user, so two people sharing a phone never see each other's requests.
  client = await module.HubClient.open(databaseName(session.user.id), key);
  // Edits run as this person, so requests their city team shares with them are theirs to write.
  client.actAs(session.user.id, session.user.country ?? null, session.user.city ?? null);
  await recoverUnsaved(client, session.user.id);
  client.onChange(refresh);
  onFilesChange(refresh);
  client.start(location.origin, session.token);
  loadRounds(module.HubClient, session.token);
  sendLanguage(session.token);
  startInbox(client, session.token);
  refreshEvents(client, session.token);
  byId("tabs").hidden = false;
  byId("sync").hidden = false;
  refresh();
  return true;
}

// ----- locking when idle -----------------------------------------------------------------------

let lastUsed = Date.now();
let locking = false;

function watchIdle() {
  for (const type of ["pointerdown", "keydown", "touchstart", "wheel"]) {
    addEventListener(type, () => (lastUsed = Date.now()), { capture: true, passive: true });
  }
  const check = () => {
    if (client && ctx.HubClient?.idleExpired(lastUsed, Date.now())) lock();
  };
  setInterval(check, 15_000);
  // A phone asleep runs no timers: check as soon as the page is seen again.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });
}

/**
 * Locks: saves what forms hold, stops syncing and drops the client (with every decrypted record
 * and the key) and the session from memory, then asks for the PIN.
 */
async function lock() {
  if (!client || locking) return;
  locking = true;
  try {
    const closing = current;
    current = null;
    await closing?.dispose?.();
    await refreshing;
    client.onChange(null);
    stopInbox();
    client.stop();
    client.free();
    client = null;
    key = null;
    session = null;
    listing = null;
    hideChrome();
    await route();
  } finally {
    locking = false;
  }
}

function hideChrome() {
  byId("tabs").hidden = true;
  byId("sync").hidden = true;
  byId("inbox").hidden = true;
  banner(null);
  hideToast();
}

function showOpenElsewhere() {
  ctx.setTitle(t("brand-name"));
  main.replaceChildren(
    h(
      "div",
      { class: "empty", id: "open-elsewhere" },
      h("p", {}, t("app-open-elsewhere")),
      h("p", { class: "note" }, t("app-open-elsewhere-note")),
      h("p", {}, h("button", { type: "button", onclick: () => location.reload() }, t("app-try-again"))),
    ),
  );
}

async function signOut() {
  // Revoke this device's token when the hub can be reached; signing out offline still wipes
  // the phone, and the token then simply goes unused.
  try {
    await fetch("/api/auth/logout", {
      method: "POST",
      headers: { Authorization: `Bearer ${session.token}` },
    });
  } catch {
    // Offline: nothing more to do.
  }
  await forgetEverything();
  await route();
  toast(t("app-signed-out"));
}

let wiping = false;

/**
 * The hub said this device was revoked (its owner did it from another device, or an admin did):
 * everything HubDesk keeps here goes, drafts and unsent work included, and the sign-in screen
 * says why.
 */
async function wipeRevoked() {
  if (wiping || !client) return;
  wiping = true;
  try {
    await forgetEverything();
    rememberWiped("revoked");
    await route();
  } finally {
    wiping = false;
  }
}

/** Stops syncing and removes the session and every record, draft and cache of this device. */
async function forgetEverything() {
  const userId = session.user.id;
  current?.dispose?.();
  current = null;
  stopInbox();
  await client.wipe();
  client.free();
  // Signing out ended the subscription at the hub; the browser's goes too.
  forgetPush(await navigator.serviceWorker?.getRegistration().catch(() => undefined));
  client = null;
  forgetUnsaved(userId);
  forgetSession();
  forgetRounds();
  session = null;
  key = null;
  // A message about work that is gone now would mislead.
  hideChrome();
  history.replaceState(null, "", "#/");
}

async function signInAgain() {
  const module = await VIEWS["sign-in"]();
  current?.dispose?.();
  current = null;
  const root = h("div", { class: "view view-sign-in" });
  main.replaceChildren(root);
  module.show(ctx, { again: true, username: session.user.username }, root);
}

// ----- what the service worker says ---------------------------------------------------------

/**
 * A push arrived (the unread count may have grown), or a notification was clicked: its request
 * opens, at once when unlocked, else once the PIN is in (the hash waits for it).
 */
function heard(message) {
  if (message?.type === "notification") refreshInbox();
  if (message?.type !== "open" || typeof message.hash !== "string" || !message.hash.startsWith("#/r/")) return;
  if (!session) {
    history.replaceState(null, "", message.hash);
    return;
  }
  if (message.push?.id) readNotifications([message.push.id]);
  ctx.navigate(message.hash);
}

// ----- boot ------------------------------------------------------------------------------------

async function main_() {
  // Every script of the page loaded: js/boot.js may reload it again after a later cut.
  sessionStorage.removeItem("hubdesk-boot-reloads");
  addEventListener("hashchange", route);
  addEventListener("online", refresh);
  addEventListener("offline", refresh);
  addEventListener("online", () => session && loadRounds(ctx.HubClient, session.token));
  addEventListener("online", () => session && sendLanguage(session.token));
  addEventListener("online", () => refreshInbox());
  addEventListener("online", () => client && refreshEvents(client, session.token).then(refresh));
  navigator.serviceWorker?.addEventListener("message", (event) => heard(event.data));
  byId("sync").addEventListener("click", async () => {
    if (!client) return;
    const waiting = (await client.listRequests()).filter((r) => r.sync !== "hub").length;
    toast(explain(client.status(), waiting));
  });
  // Another tab signed in or out: this one must not keep showing (or writing) stale data.
  onSessionChange(() => location.reload());
  // Only a phone that keeps a session needs the client before its first screen (the lock's
  // rules); the sign-in screen shows while it loads.
  if (readDevice()) ctx.HubClient = (await wasm).HubClient;
  await startLanguage(FIELD_FILES, readDevice()?.user?.language);
  watchIdle();
  await route();
  byId("boot")?.remove();
  // Registering after the first screen keeps the worker's downloads from competing with it.
  // Once the wasm is in: the worker's precache then revalidates it (a 304) instead of
  // downloading it a second time alongside the page, which on a slow link doubles the wait.
  const pageLoaded = document.readyState === "complete"
    ? Promise.resolve()
    : new Promise((resolve) => addEventListener("load", resolve, { once: true }));
  Promise.all([pageLoaded, wasm.catch(() => {})]).then(() =>
    installForOffline((worker) => {
      updateOffered = true;
      banner(t("banner-update"), t("banner-update-action"), () => {
        navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
        worker.postMessage({ type: "skip-waiting" });
      });
    }),
  );
}

main_().catch((error) => {
  console.error(error);
  // The catalogue itself may be what could not be loaded: then the English words stand in.
  const reason = String(error?.message ?? error);
  const text = has("app-start-failed") ? t("app-start-failed", { error: reason }) : `HubDesk could not start: ${reason}`;
  main.replaceChildren(h("p", { class: "error-summary" }, text));
});
