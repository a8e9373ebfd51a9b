// The hub's desk console: sign-in, the queues, the request list, and the live feed.
//
// The page decides nothing. Lists, queues, filters and search are SQL on the hub (the REST API);
// a request's documents sync through the wasm client, which runs every change through the
// same `shared` commands the hub checks again when they arrive; what a role may do and which
// statuses it may choose come from the client too. The live feed (`/api/live`) names each
// request whose records changed, and the console re-asks for what it shows.

import { byId, h } from "../js/dom.js";
import { loadClient } from "../js/wasm.js";
import { CONSOLE_FILES, chooseLanguage, startLanguage } from "../js/language.js";
import { language, languageHeader, languages, number, t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, fill } from "./api.js";
import { QUEUES, currentQueue, showList } from "./list.js";
import { forgetNotifications, listenForPushes, readAbout, refreshNotifications, showCount } from "./notifications.js";
import { forgetPush } from "../js/push.js";
import { resetSection } from "../js/views/reset-password.js";

// The console's session lives in sessionStorage: it lasts as long as the tab (a reload keeps
// it), is never shared with another tab, and is gone when the tab closes, so a staff
// workstation does not keep a bearer token on disk for weeks.
const SESSION_KEY = "hubdesk.console.session";
const wasm = loadClient("../pkg/hubdesk_client.js");

const main = byId("main");
const state = {
  session: null,
  client: null,
  HubClient: null,
  staff: [],
  openId: null,
  view: null,
  refreshTimer: null,
  // Whether the live feed is connected ("on"), reconnecting ("off"), or not started (null).
  live: null,
};

// ----- session ---------------------------------------------------------------------------------

function readSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? "null");
    return saved?.token && saved?.user?.id ? saved : null;
  } catch {
    return null;
  }
}

function showSignIn(message = "") {
  byId("queues").hidden = true;
  byId("sign-out").hidden = true;
  byId("who").textContent = "";
  document.title = t("console-window-title");
  const error = h("p", { class: "error", role: "alert" }, message);
  const username = h("input", { id: "username", autocomplete: "username", required: true });
  const password = h("input", { id: "password", type: "password", autocomplete: "current-password", required: true });
  const button = h("button", { class: "primary", type: "submit" }, t("console-signin-submit"));
  const form = h(
    "form",
    { class: "card sign-in", onsubmit: submit },
    h("h2", {}, t("console-signin-title")),
    h("div", { class: "field" }, h("label", { for: "username" }, t("console-signin-username")), username),
    h("div", { class: "field" }, h("label", { for: "password" }, t("console-signin-password")), password),
    error,
    button,
  );
  fill(
    main,
    form,
    resetSection((name) => {
      username.value = name;
      password.focus();
    }),
  );
  username.focus();

  async function submit(event) {
    event.preventDefault();
    button.disabled = true;
    error.textContent = "";
    try {
      const response = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", ...languageHeader() },
        body: JSON.stringify({ username: username.value.trim(), password: password.value }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        throw new Error(
          response.status === 401
            ? t("console-signin-mismatch")
            : body?.error?.message ?? t("console-hub-http", { status: response.status }),
        );
      }
      if (body.user.role === "practitioner") {
        throw new Error(t("console-signin-practitioner"));
      }
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(body));
      // A session an earlier build kept on disk goes.
      localStorage.removeItem(SESSION_KEY);
      await start(body);
    } catch (e) {
      error.textContent = e?.message ?? String(e);
      button.disabled = false;
    }
  }
}

async function signOut() {
  const session = state.session;
  state.client?.stop();
  sessionStorage.removeItem(SESSION_KEY);
  localStorage.removeItem(SESSION_KEY);
  forgetNotifications();
  // Signing out ends the subscription at the hub (the device goes); the browser's goes too.
  await forgetPush(await navigator.serviceWorker?.getRegistration("./").catch(() => undefined));
  if (session) {
    fetch("/api/auth/logout", { method: "POST", headers: { authorization: `Bearer ${session.token}` } }).catch(() => {});
  }
  await state.client?.wipe().catch(() => {});
  location.hash = "#/";
  location.reload();
}

// The console keeps the requests it opens in IndexedDB, sealed under a key that lives only as
// long as the tab: each tab has its own database, held with a Web Lock, and a new tab deletes
// the databases no open tab holds (their keys are gone, so nothing could read them anyway).
const DATABASE_PREFIX = "hubdesk-console-";

async function openTabDatabase(HubClient) {
  const name = `${DATABASE_PREFIX}${crypto.randomUUID()}`;
  await new Promise((resolve) => {
    navigator.locks.request(name, () => {
      resolve();
      return new Promise(() => {});
    });
  });
  const held = new Set((await navigator.locks.query()).held.map((lock) => lock.name));
  for (const database of await indexedDB.databases()) {
    if (database.name?.startsWith(DATABASE_PREFIX) && !held.has(database.name)) {
      await HubClient.discard(database.name).catch((e) => console.warn("hubdesk: an old console copy stays", e));
    }
  }
  return HubClient.open(name, await HubClient.sessionKey());
}

async function start(session) {
  state.session = session;
  const module = await wasm;
  state.HubClient = module.HubClient;
  state.client = await openTabDatabase(module.HubClient);
  state.client.startConsole(location.origin, session.token);
  state.client.onChange(() => state.view?.changed?.());
  showWho();
  byId("sign-out").hidden = false;
  byId("sign-out").onclick = signOut;
  state.staff = (await api(session, "/api/staff").catch(() => [])) ?? [];
  listenLive();
  listenForPushes(heard);
  refreshNotifications(ctx);
  route();
}

/** The header's signed-in person: their username and role. */
function showWho() {
  const user = state.session?.user;
  byId("who").textContent = user ? `${user.username} · ${label(user.role)}` : "";
}

// ----- language --------------------------------------------------------------------------------

/** The header's language menu: every language of this build, each by its own name. */
async function offerLanguages() {
  const menu = byId("language");
  let known;
  try {
    ({ languages: known } = await languages());
  } catch (e) {
    console.warn("hubdesk console: no list of languages", e);
    return;
  }
  const current = language().tag;
  fill(menu, known.map((l) => h("option", { value: l.tag, lang: l.tag, dir: l.dir, selected: l.tag === current }, l.name)));
  menu.setAttribute("aria-label", t("console-language"));
  menu.hidden = false;
  menu.onchange = () => switchLanguage(menu.value);
}

/**
 * Speaks `tag` from now on: loads its words, redraws what shows, and keeps the choice with the
 * signed-in person's account, so their other devices and their next sign-in follow it.
 */
async function switchLanguage(tag) {
  const menu = byId("language");
  try {
    await chooseLanguage(tag);
  } catch (e) {
    // Its files could not be had (offline, never used here): stay in the current language.
    console.warn("hubdesk console: language not available", e);
    menu.value = language().tag;
    toast(t("console-language-unavailable"));
    return;
  }
  menu.setAttribute("aria-label", t("console-language"));
  showWho();
  showLive();
  if (state.session) {
    // The session kept in this tab names the language a reload starts in.
    state.session.user.language = tag;
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(state.session));
    api(state.session, "/api/me/language", { method: "PUT", body: { language: tag } }).catch((e) =>
      console.warn("hubdesk console: the hub did not keep the language", e),
    );
  }
  await route();
}

/** What every part of the console is handed. */
export const ctx = {
  get session() {
    return state.session;
  },
  get client() {
    return state.client;
  },
  get HubClient() {
    return state.HubClient;
  },
  get me() {
    return { user: state.session.user.id, role: state.session.user.role };
  },
  /** A person's name for a user id: staff by username, anyone else as "requester". */
  who(id, requester) {
    if (!id) return t("console-who-hub");
    if (id === requester) return t("console-who-requester");
    return state.staff.find((s) => s.id === id)?.username ?? id;
  },
  get staff() {
    return state.staff;
  },
  toast,
  navigate(hash) {
    location.hash = hash;
  },
};

// ----- live feed -------------------------------------------------------------------------------

async function listenLive() {
  const indicator = byId("live");
  indicator.hidden = false;
  for (let attempt = 0; state.session; attempt++) {
    try {
      const response = await fetch("/api/live", { headers: { authorization: `Bearer ${state.session.token}` } });
      if (response.status === 401) return signOut();
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      state.live = "on";
      showLive();
      attempt = 0;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: ?(.*)$/m.exec(block)?.[1] ?? "";
          if (event === "request" || event === "reload") changed(data);
        }
      }
    } catch {
      // Dropped: say so and try again shortly.
    }
    state.live = "off";
    showLive();
    await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** attempt)));
  }
}

/** The live feed's state in the header, in the page's language. */
function showLive() {
  const indicator = byId("live");
  if (!state.live) return;
  indicator.textContent = state.live === "on" ? t("console-live-on") : t("console-live-off");
  indicator.className = `live ${state.live}`;
}

/** A request's records changed somewhere: refresh what shows it, at most every 150 ms. */
function changed(requestId) {
  state.view?.remote?.(requestId);
  clearTimeout(state.refreshTimer);
  state.refreshTimer = setTimeout(() => {
    refreshCounts();
    refreshNotifications(ctx);
    state.view?.reload?.();
  }, 150);
}

// ----- queues and list -------------------------------------------------------------------------

function queueNav() {
  const nav = byId("queues");
  nav.hidden = false;
  fill(nav, 
    h("h2", {}, t("console-queue-heading")),
    QUEUES.map(([queue, name]) =>
      h(
        "a",
        {
          href: `#/?queue=${queue}`,
          "data-queue": queue,
          class: queue === "overdue" ? "overdue" : null,
          "aria-current": state.view?.name === "list" && currentQueue() === queue ? "page" : null,
        },
        h("span", {}, name()),
        h("span", { class: "count", "data-count": queue }, ""),
      ),
    ),
    h(
      "a",
      { href: "#/notifications", "aria-current": state.view?.name === "notifications" ? "page" : null },
      h("span", {}, t("notifications-title")),
      h("span", { class: "count", "data-count": "notifications" }, ""),
    ),
    h("h2", {}, t("console-queue-tools")),
    filesForSomeone()
      ? h("a", { href: "#/new", id: "intake-link", "aria-current": state.view?.name === "intake" ? "page" : null }, t("console-queue-intake"))
      : null,
    h("a", { href: "#/canned", "aria-current": state.view?.name === "canned" ? "page" : null }, t("console-queue-canned")),
    h("a", { href: "#/library", id: "library-link", "aria-current": state.view?.name === "library" ? "page" : null }, t("console-queue-library")),
    state.HubClient.permissions(ctx.me, "help_desk").reports
      ? [
          h("a", { href: "#/reports", "aria-current": state.view?.name === "reports" ? "page" : null }, t("console-queue-reports")),
          h("a", { href: "#/needs", id: "needs-link", "aria-current": state.view?.name === "needs" ? "page" : null }, t("console-queue-needs")),
        ]
      : null,
    h("a", { href: "#/fund", "aria-current": state.view?.name === "fund" ? "page" : null }, t("console-queue-fund")),
    h("a", { href: "#/events", "aria-current": state.view?.name === "events" ? "page" : null }, t("console-queue-events")),
    h("h2", {}, t("console-queue-people")),
    h("a", { href: "#/directory", id: "directory-link", "aria-current": state.view?.name === "directory" ? "page" : null }, t("console-queue-directory")),
    state.HubClient.permissions(ctx.me, "help_desk").manage_users
      ? [
          h("a", { href: "#/users", "aria-current": state.view?.name === "users" ? "page" : null }, t("console-queue-users")),
          h("a", { href: "#/audit", "aria-current": state.view?.name === "audit" ? "page" : null }, t("console-queue-audit")),
        ]
      : null,
    h("a", { href: "#/devices", "aria-current": state.view?.name === "devices" ? "page" : null }, t("console-queue-devices")),
  );
  refreshCounts();
  showCount();
}

/** Whether the signed-in person files some kind of request for practitioners (`shared::intake`). */
function filesForSomeone() {
  return state.HubClient.consoleChoices().kind.some((kind) => state.HubClient.permissions(ctx.me, kind).file_for);
}

async function refreshCounts() {
  if (!state.session) return;
  await Promise.all(
    QUEUES.map(async ([queue]) => {
      const reply = await api(state.session, `/api/requests?queue=${queue}&per_page=1`).catch(() => null);
      const cell = document.querySelector(`[data-count="${queue}"]`);
      if (cell && reply) cell.textContent = reply.total ? number(reply.total) : queue === "overdue" ? "" : number(0);
    }),
  );
}

// ----- router and keys -------------------------------------------------------------------------

const SCREENS = {
  "/feedback": () => import("./feedback.js"),
  "/library": () => import("./library.js"),
  "/directory": () => import("./directory.js"),
  "/needs": () => import("./needs.js"),
  "/practices": () => import("./practices.js"),
  "/new": () => import("./intake.js"),
  "/events": () => import("./events.js"),
  "/notifications": () => import("./notifications.js"),
  "/canned": () => import("./canned.js"),
};

// Screens load and draw asynchronously: one route at a time, in the order the address changed,
// so a screen left quickly never draws over the one after it.
let routing = Promise.resolve();

function route() {
  routing = routing.then(routeNow, routeNow);
  return routing;
}

async function routeNow() {
  if (!state.session) return showSignIn();
  state.view?.leave?.();
  const hash = location.hash.slice(1) || "/";
  const [path, query = ""] = hash.split("?");
  const request = /^\/r\/([0-9a-f-]{36})$/.exec(path);
  if (request) {
    readAbout(ctx, request[1]);
    const view = await import("./request.js");
    state.view = await view.show(ctx, request[1], main);
    queueNav();
    return;
  }
  if (path === "/fund") {
    const view = await import("./fund.js");
    await view.showRounds(ctx, main);
    state.view = { name: "fund" };
    queueNav();
    return;
  }
  if (path === "/reports") {
    const view = await import("./reports.js");
    state.view = await view.show(ctx, main);
    queueNav();
    return;
  }
  if (path === "/users" || path === "/devices" || path === "/audit") {
    const view = await import("./people.js");
    const params = new URLSearchParams(query);
    const show = { "/users": view.showUsers, "/devices": view.showDevices, "/audit": view.showAudit }[path];
    state.view = await show(ctx, main, params);
    queueNav();
    return;
  }
  // Screens with a `show(ctx, root)` of their own, loaded when first opened.
  const screen = SCREENS[path];
  if (screen) {
    state.view = await (await screen()).show(ctx, main);
    queueNav();
    return;
  }
  state.view = showList(ctx, new URLSearchParams(query), main);
  queueNav();
}

/** What the service worker says: a push came (the count may have grown), or one was clicked. */
function heard(message) {
  if (message?.type === "notification") refreshNotifications(ctx);
  if (message?.type === "open" && /^#\/r\/[0-9a-f-]{36}$/.test(message.hash ?? "")) ctx.navigate(message.hash);
}

addEventListener("hashchange", route);
addEventListener("keydown", (event) => {
  const typing = event.target.closest?.("input, textarea, select");
  if (event.key === "Escape") {
    if (typing) event.target.blur();
    if (state.view?.name !== "list") ctx.navigate("#/?queue=" + currentQueue());
    return;
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (state.view?.keys?.(event.key)) {
    event.preventDefault();
    return;
  }
});

function toast(text) {
  const element = byId("toast");
  element.textContent = text;
  element.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (element.hidden = true), 3000);
}

const saved = readSession();
await startLanguage(CONSOLE_FILES, saved?.user?.language);
offerLanguages();
if (saved) {
  start(saved).catch((e) => showSignIn(e?.message ?? String(e)));
} else {
  showSignIn();
}
