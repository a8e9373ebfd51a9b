// HubDesk's field app: the page chrome (top bar with the sync indicator, banners, tabs), the
// router, the session, and the service worker.
//
// The page holds no rules of its own. The wasm client (`./pkg/hubdesk_client.js`) validates with
// the same code the server runs, keeps everything in IndexedDB and syncs it; the screens in
// `js/views/` only move values between the page and the client. Screens other than the first are
// loaded when first opened; the service worker keeps them all for offline use.

import { byId, h } from "./js/dom.js";
import { forgetUnsaved, recoverUnsaved } from "./js/drafts.js";
import { forgetRounds, loadRounds } from "./js/rounds.js";
import { forgetSession, onSessionChange, readSession, saveSession } from "./js/session.js";
import * as requestsView from "./js/views/requests.js";

// Start loading the wasm client at once, even on the sign-in screen: it is the largest download
// and is needed right after signing in.
const wasm = import("./pkg/hubdesk_client.js").then(async (module) => {
  await module.default();
  return module;
});

/**
 * What every screen's `show(ctx, params, root)` is given. The client's types come from the
 * TypeScript declarations wasm-bindgen writes (`pkg/hubdesk_client.d.ts`).
 *
 * @typedef {import("./pkg/hubdesk_client.js").HubClient} Client
 * @typedef {object} Ctx
 * @property {Client} client the signed-in user's client
 * @property {typeof import("./pkg/hubdesk_client.js").HubClient} HubClient its static helpers
 * @property {{token: string, user: {id: string, username: string, role: string, country?: string, city?: string}}} session
 * @property {() => Promise<import("./pkg/hubdesk_client.js").RequestSummary[]>} listRequests
 * @property {(hash: string, options?: {replace?: boolean}) => void} navigate
 * @property {(title: string) => void} setTitle
 * @property {(text: string) => void} toast
 * @property {(session: object) => Promise<void>} signedIn
 * @property {() => Promise<void>} signOut
 */

const VIEWS = {
  requests: async () => requestsView,
  new: () => import("./js/views/new-request.js"),
  detail: () => import("./js/views/detail.js"),
  guidance: () => import("./js/views/guidance.js"),
  account: () => import("./js/views/account.js"),
  "sign-in": () => import("./js/views/sign-in.js"),
};

const main = byId("main");
let client = null;
let session = null;
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
    document.title = title === "HubDesk" ? "HubDesk" : `${title} · HubDesk`;
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
};

let listing = null;

// ----- routing ---------------------------------------------------------------------------------

function parse(hash) {
  const [first, second] = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  switch (first) {
    case "new":
      return { view: "new", tab: "new", kind: second === "fund" ? "fund_query" : "help_desk" };
    case "r":
      return { view: "detail", tab: "requests", id: decodeURIComponent(second ?? ""), back: "#/" };
    case "guidance":
      return second
        ? { view: "guidance", tab: "guidance", id: decodeURIComponent(second), back: "#/guidance" }
        : { view: "guidance", tab: "guidance" };
    case "account":
      return { view: "account", tab: "account" };
    default:
      return { view: "requests", tab: "requests" };
  }
}

async function route() {
  const turn = ++routing;
  listing = null;
  const next = session ? parse(location.hash) : { view: "sign-in" };
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
    root.replaceChildren(h("p", { class: "error-summary" }, `This screen could not open: ${error?.message ?? error}`));
  }
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
  const [state, text] = indicator(status, waiting);
  const button = byId("sync");
  button.dataset.state = state;
  byId("sync-text").textContent = text;
  button.setAttribute("aria-label", explain(status, waiting));
  if (status.session_rejected) {
    banner("The hub did not accept this phone's sign-in. Sign in again to send your work; nothing here is lost.", "Sign in", () => signInAgain());
  } else if (!status.network) {
    banner("Offline. What you write is kept on this phone and sent when you are back online.");
  } else if (!updateOffered) {
    banner(null);
  }
}

function indicator(status, waiting) {
  if (status.session_rejected) return ["offline", "Sign in to sync"];
  if (status.connection === "connected") {
    return waiting > 0 ? ["sending", `Sending ${waiting}…`] : ["hub", "Up to date"];
  }
  const suffix = waiting > 0 ? ` · ${waiting} waiting` : "";
  if (!status.network) return ["offline", `Offline${suffix}`];
  return ["connecting", `Connecting…${suffix}`];
}

function explain(status, waiting) {
  const where = waiting === 0
    ? "Everything on this phone is with the hub."
    : `${waiting} request${waiting === 1 ? " has" : "s have"} changes only on this phone.`;
  if (status.connection === "connected") return `Connected to the hub. ${where}`;
  if (!status.network) return `No network. ${where} They are sent when the network is back.`;
  const retry = status.retry_in_ms ? ` Trying again in ${Math.ceil(status.retry_in_ms / 1000)} s.` : "";
  return `Not connected to the hub yet.${retry} ${where}`;
}

// ----- banners and toasts --------------------------------------------------------------------

let updateOffered = false;

function banner(text, action, onAction) {
  const element = byId("banner");
  if (!text) {
    element.hidden = true;
    return;
  }
  element.replaceChildren(text, action ? h("button", { type: "button", onclick: onAction }, action) : "");
  element.hidden = false;
}

let toastTimer = null;
function toast(text) {
  const element = byId("toast");
  element.textContent = text;
  element.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    element.hidden = true;
  }, 4000);
}

// ----- session ---------------------------------------------------------------------------------

async function signedIn(newSession) {
  const again = session && client && newSession.user.id === session.user.id;
  saveSession(newSession);
  session = newSession;
  if (again) {
    // The same person signing in again on a device the hub stopped trusting: keep everything,
    // carry on with the new token.
    client.start(location.origin, session.token);
    history.replaceState(null, "", "#/");
    await route();
    return;
  }
  if (!(await start())) return;
  history.replaceState(null, "", "#/");
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
  client = await module.HubClient.open(`hubdesk-${session.user.id}`);
  await recoverUnsaved(client, session.user.id);
  client.onChange(refresh);
  client.start(location.origin, session.token);
  loadRounds(module.HubClient, session.token);
  addEventListener("online", () => loadRounds(module.HubClient, session.token));
  byId("tabs").hidden = false;
  byId("sync").hidden = false;
  refresh();
  return true;
}

// Two tabs of the app would each keep their own copy of the same records and write them to the
// same database, so only one may run for a user at a time. The lock is held until the page goes.
const held = new Set();

function holdTheDevice(userId) {
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

function showOpenElsewhere() {
  ctx.setTitle("HubDesk");
  main.replaceChildren(
    h(
      "div",
      { class: "empty", id: "open-elsewhere" },
      h("p", {}, "HubDesk is already open in another tab or window on this device."),
      h("p", { class: "note" }, "Only one can keep your work at a time, so that nothing is written twice. Close the other one, then try again."),
      h("p", {}, h("button", { type: "button", onclick: () => location.reload() }, "Try again")),
    ),
  );
}

async function signOut() {
  const userId = session.user.id;
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
  current?.dispose?.();
  current = null;
  await client.wipe();
  client.free();
  client = null;
  forgetUnsaved(userId);
  forgetSession();
  forgetRounds();
  session = null;
  byId("tabs").hidden = true;
  byId("sync").hidden = true;
  banner(null);
  history.replaceState(null, "", "#/");
  await route();
  toast("Signed out. Nothing of yours is left on this phone.");
}

async function signInAgain() {
  const module = await VIEWS["sign-in"]();
  current?.dispose?.();
  current = null;
  const root = h("div", { class: "view view-sign-in" });
  main.replaceChildren(root);
  module.show(ctx, { again: true, username: session.user.username }, root);
}

// ----- service worker --------------------------------------------------------------------------

function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("sw.js")
    .then((registration) => {
      const offer = (worker) => {
        if (!navigator.serviceWorker.controller) return;
        updateOffered = true;
        banner("A new version of HubDesk is ready.", "Reload", () => {
          navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
          worker.postMessage({ type: "skip-waiting" });
        });
      };
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed") offer(worker);
        });
      });
    })
    .catch((error) => console.warn("hubdesk: the app will not open offline:", error));
}

// ----- boot ------------------------------------------------------------------------------------

async function main_() {
  addEventListener("hashchange", route);
  addEventListener("online", refresh);
  addEventListener("offline", refresh);
  byId("sync").addEventListener("click", async () => {
    if (!client) return;
    const waiting = (await client.listRequests()).filter((r) => r.sync !== "hub").length;
    toast(explain(client.status(), waiting));
  });
  // Another tab signed in or out: this one must not keep showing (or writing) stale data.
  onSessionChange(() => location.reload());
  session = readSession();
  if (!session || (await start())) await route();
  byId("boot")?.remove();
  // Registering after the first screen keeps the worker's downloads from competing with it.
  if (document.readyState === "complete") registerServiceWorker();
  else addEventListener("load", registerServiceWorker, { once: true });
}

main_().catch((error) => {
  console.error(error);
  main.replaceChildren(h("p", { class: "error-summary" }, `HubDesk could not start: ${error?.message ?? error}`));
});
