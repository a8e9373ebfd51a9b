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
import { label, short } from "../js/labels.js";
import { api, due, fill, rich, setTitle, slot, when } from "./api.js";
import { resetSection } from "../js/views/reset-password.js";

// The console's session lives in sessionStorage: it lasts as long as the tab (a reload keeps
// it), is never shared with another tab, and is gone when the tab closes, so a staff
// workstation does not keep a bearer token on disk for weeks.
const SESSION_KEY = "hubdesk.console.session";
// Each queue's name is asked for when shown, so it follows a change of language.
const QUEUES = [
  ["new", () => t("console-queue-new")],
  ["unassigned", () => t("console-queue-unassigned")],
  ["mine", () => t("console-queue-mine")],
  ["waiting", () => t("console-queue-waiting")],
  ["overdue", () => t("console-queue-overdue")],
  ["open", () => t("console-queue-open")],
  ["all", () => t("console-queue-all")],
];
// The list's orders besides the first (newest first, the list's own), as its menu names them.
const SORTS = {
  oldest: () => t("console-list-sort-oldest"),
  updated: () => t("console-list-sort-updated"),
  due: () => t("console-list-sort-due"),
  priority: () => t("console-list-sort-priority"),
};
const PER_PAGE = 25;

const wasm = loadClient("../pkg/hubdesk_client.js");

const main = byId("main");
const state = {
  session: null,
  client: null,
  HubClient: null,
  staff: [],
  queue: "open",
  filters: {},
  page: 1,
  selected: 0,
  items: [],
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
    if (state.view?.name === "list") loadList();
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
          "aria-current": state.view?.name === "list" && state.queue === queue ? "page" : null,
        },
        h("span", {}, name()),
        h("span", { class: "count", "data-count": queue }, ""),
      ),
    ),
    h("h2", {}, t("console-queue-tools")),
    h("a", { href: "#/canned", "aria-current": state.view?.name === "canned" ? "page" : null }, t("console-queue-canned")),
    state.HubClient.permissions(ctx.me, "help_desk").reports
      ? h("a", { href: "#/reports", "aria-current": state.view?.name === "reports" ? "page" : null }, t("console-queue-reports"))
      : null,
    h("a", { href: "#/fund", "aria-current": state.view?.name === "fund" ? "page" : null }, t("console-queue-fund")),
    h("h2", {}, t("console-queue-people")),
    state.HubClient.permissions(ctx.me, "help_desk").manage_users
      ? [
          h("a", { href: "#/users", "aria-current": state.view?.name === "users" ? "page" : null }, t("console-queue-users")),
          h("a", { href: "#/audit", "aria-current": state.view?.name === "audit" ? "page" : null }, t("console-queue-audit")),
        ]
      : null,
    h("a", { href: "#/devices", "aria-current": state.view?.name === "devices" ? "page" : null }, t("console-queue-devices")),
  );
  refreshCounts();
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

function listQuery() {
  const params = new URLSearchParams({ queue: state.queue, page: String(state.page), per_page: String(PER_PAGE) });
  for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
  return params;
}

function select(name, title, values, labeller = label) {
  return h(
    "select",
    {
      name,
      "aria-label": title,
      onchange: (e) => {
        state.filters[name] = e.target.value;
        state.page = 1;
        syncHash();
      },
    },
    h("option", { value: "" }, title),
    values.map((v) => h("option", { value: v, selected: state.filters[name] === v }, labeller(v))),
  );
}

function syncHash() {
  const params = listQuery();
  params.delete("per_page");
  if (params.get("page") === "1") params.delete("page");
  history.replaceState(null, "", `#/?${params}`);
  loadList();
}

function showList(params) {
  state.queue = params.get("queue") ?? "open";
  state.page = Number(params.get("page") ?? "1") || 1;
  state.filters = {};
  for (const name of ["q", "kind", "category", "country", "city", "priority", "status", "tag", "assignee", "sort"]) {
    if (params.get(name)) state.filters[name] = params.get(name);
  }
  state.view = { name: "list" };
  queueNav();
  const choices = state.HubClient.consoleChoices();
  const search = h("input", {
    type: "search",
    id: "search",
    name: "q",
    dir: "auto",
    placeholder: t("console-list-search-placeholder"),
    value: state.filters.q ?? "",
    "aria-label": t("console-list-search"),
    onkeydown: (e) => {
      if (e.key === "Enter") {
        state.filters.q = e.target.value.trim();
        state.page = 1;
        syncHash();
      }
    },
  });
  const text = (name, placeholder) =>
    h("input", {
      name,
      placeholder,
      dir: "auto",
      value: state.filters[name] ?? "",
      "aria-label": placeholder,
      size: 10,
      onchange: (e) => {
        state.filters[name] = e.target.value.trim();
        syncHash();
      },
    });
  const city = text("city", t("console-list-city"));
  const tag = text("tag", t("console-list-tag"));
  const assignees = ["none", ...state.staff.map((s) => s.id)];
  const filters = h(
    "div",
    { class: "filters" },
    search,
    select("kind", t("console-list-any-kind"), choices.kind, short),
    select("category", t("console-list-any-category"), choices.category),
    select("country", t("console-list-any-country"), choices.country),
    city,
    select("priority", t("console-list-any-priority"), choices.priority),
    select("status", t("console-list-any-status"), choices.status),
    tag,
    select("assignee", t("console-list-anyone"), assignees, (id) => (id === "none" ? t("console-list-unassigned") : ctx.who(id))),
    select("sort", t("console-list-sort-newest"), choices.sort.filter((s) => s !== "newest"), (s) => SORTS[s]?.() ?? s),
  );
  const title = QUEUES.find(([q]) => q === state.queue)?.[1]() ?? t("console-list-requests");
  // Each key and what it does is one fact; the keys are the ones printed on the keyboard.
  // Key names are what is printed on the keys.
  const key = (name) => slot(h("kbd", { dir: "ltr", translate: "no" }, name));
  const keys = [
    rich(t("console-list-key-search", { key: key("/") })),
    rich(t("console-list-key-move", { next: key("j"), previous: key("k") })),
    rich(t("console-list-key-open", { key: key("Enter") })),
    rich(t("console-list-key-reply", { key: key("r") })),
    rich(t("console-list-key-note", { key: key("n") })),
    rich(t("console-list-key-back", { key: key("Esc") })),
  ];
  fill(main, 
    h("h1", { class: "queue-title" }, title),
    filters,
    h("div", { id: "list" }, h("p", { class: "boot" }, t("console-list-loading"))),
    h("p", { class: "keys" }, keys.map((fact, i) => [i ? " · " : null, fact])),
  );
  setTitle(title);
  loadList();
}

async function loadList() {
  const target = byId("list");
  if (!target) return;
  let reply;
  try {
    reply = await api(state.session, `/api/requests?${listQuery()}`);
  } catch (e) {
    fill(target, h("p", { class: "error" }, e.message));
    return;
  }
  state.items = reply.items;
  state.selected = Math.min(state.selected, Math.max(0, reply.items.length - 1));
  if (!reply.items.length) {
    fill(target, h("p", { class: "empty" }, t("console-list-empty")));
    return;
  }
  const now = Date.now();
  const rows = reply.items.map((item, index) =>
    h(
      "tr",
      {
        class: `row${index === state.selected ? " selected" : ""}`,
        "data-id": item.id,
        onclick: () => ctx.navigate(`#/r/${item.id}`),
      },
      h(
        "td",
        { class: "title" },
        h("a", { href: `#/r/${item.id}`, dir: "auto" }, item.title),
        h("div", { class: "sub" }, `${short(item.kind)} · ${label(item.category)}`),
      ),
      h("td", { dir: "auto" }, t("console-list-place", { city: item.city, country: item.country })),
      h("td", {}, h("span", { class: `chip status-${item.status}` }, label(item.status))),
      h("td", {}, h("span", { class: `chip ${item.priority}` }, label(item.priority))),
      h("td", item.assignee ? { translate: "no" } : {}, item.assignee ? ctx.who(item.assignee) : h("span", { class: "readonly" }, "—")),
      h("td", {}, item.tags.map((tag) => h("span", { class: "chip", dir: "auto" }, tag))),
      h("td", {}, due(item, now)),
      h("td", { class: "sub" }, when(item.created_at)),
    ),
  );
  const pages = Math.max(1, Math.ceil(reply.total / PER_PAGE));
  fill(target, 
    h(
      "table",
      { class: "list" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [
            t("console-list-column-request"),
            t("console-list-column-place"),
            t("console-list-column-status"),
            t("console-list-column-priority"),
            t("console-list-column-assignee"),
            t("console-list-column-tags"),
            t("console-list-column-due"),
            t("console-list-column-filed"),
          ].map((c) => h("th", {}, c)),
        ),
      ),
      h("tbody", {}, rows),
    ),
    h(
      "div",
      { class: "pager" },
      h("span", {}, `${t("console-list-total", { count: reply.total })} · ${t("console-list-page", { page: state.page, pages })}`),
      h("button", { type: "button", disabled: state.page <= 1, onclick: () => page(-1) }, t("console-list-previous")),
      h("button", { type: "button", disabled: state.page >= pages, onclick: () => page(1) }, t("console-list-next")),
    ),
  );
}

function page(step) {
  state.page += step;
  state.selected = 0;
  syncHash();
}

// ----- router and keys -------------------------------------------------------------------------

async function route() {
  if (!state.session) return showSignIn();
  state.view?.leave?.();
  const hash = location.hash.slice(1) || "/";
  const [path, query = ""] = hash.split("?");
  const request = /^\/r\/([0-9a-f-]{36})$/.exec(path);
  if (request) {
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
  if (path === "/canned") {
    const view = await import("./canned.js");
    state.view = await view.show(ctx, main);
    queueNav();
    return;
  }
  showList(new URLSearchParams(query));
}

addEventListener("hashchange", route);
addEventListener("keydown", (event) => {
  const typing = event.target.closest?.("input, textarea, select");
  if (event.key === "Escape") {
    if (typing) event.target.blur();
    if (state.view?.name !== "list") ctx.navigate("#/?queue=" + state.queue);
    return;
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (state.view?.keys?.(event.key)) {
    event.preventDefault();
    return;
  }
  if (state.view?.name !== "list") return;
  if (event.key === "/") {
    event.preventDefault();
    byId("search")?.focus();
  } else if (event.key === "j" || event.key === "k") {
    const next = state.selected + (event.key === "j" ? 1 : -1);
    state.selected = Math.max(0, Math.min(state.items.length - 1, next));
    document.querySelectorAll("tr.row").forEach((row, i) => row.classList.toggle("selected", i === state.selected));
    document.querySelectorAll("tr.row")[state.selected]?.scrollIntoView({ block: "nearest" });
  } else if (event.key === "Enter" && state.items[state.selected]) {
    ctx.navigate(`#/r/${state.items[state.selected].id}`);
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
