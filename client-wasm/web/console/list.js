// The request list: a queue, its filters and search, a page of requests, and its keys. What it
// lists is SQL on the hub (`/api/requests`); the filters live in the address, so a reload or a
// shared link shows the same list.

import { byId, h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { label, short } from "../js/labels.js";
import { api, due, fill, rich, setTitle, slot, when } from "./api.js";

// Each queue's name is asked for when shown, so it follows a change of language.
export const QUEUES = [
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

// What the list shows; the queue stays when another screen opens, for Esc to come back to.
const list = { queue: "open", filters: {}, page: 1, selected: 0, items: [], ctx: null };

/** The queue the list last showed. */
export const currentQueue = () => list.queue;


function listQuery() {
  const params = new URLSearchParams({ queue: list.queue, page: String(list.page), per_page: String(PER_PAGE) });
  for (const [name, value] of Object.entries(list.filters)) if (value) params.set(name, value);
  return params;
}

function select(name, title, values, labeller = label) {
  return h(
    "select",
    {
      name,
      "aria-label": title,
      onchange: (e) => {
        list.filters[name] = e.target.value;
        list.page = 1;
        syncHash();
      },
    },
    h("option", { value: "" }, title),
    values.map((v) => h("option", { value: v, selected: list.filters[name] === v }, labeller(v))),
  );
}

function syncHash() {
  const params = listQuery();
  params.delete("per_page");
  if (params.get("page") === "1") params.delete("page");
  history.replaceState(null, "", `#/?${params}`);
  loadList();
}

export function showList(ctx, params, main) {
  list.ctx = ctx;
  list.queue = params.get("queue") ?? "open";
  list.page = Number(params.get("page") ?? "1") || 1;
  list.filters = {};
  for (const name of ["q", "kind", "category", "country", "city", "priority", "status", "tag", "assignee", "sort"]) {
    if (params.get(name)) list.filters[name] = params.get(name);
  }
  const choices = ctx.HubClient.consoleChoices();
  const search = h("input", {
    type: "search",
    id: "search",
    name: "q",
    dir: "auto",
    placeholder: t("console-list-search-placeholder"),
    value: list.filters.q ?? "",
    "aria-label": t("console-list-search"),
    onkeydown: (e) => {
      if (e.key === "Enter") {
        list.filters.q = e.target.value.trim();
        list.page = 1;
        syncHash();
      }
    },
  });
  const text = (name, placeholder) =>
    h("input", {
      name,
      placeholder,
      dir: "auto",
      value: list.filters[name] ?? "",
      "aria-label": placeholder,
      size: 10,
      onchange: (e) => {
        list.filters[name] = e.target.value.trim();
        syncHash();
      },
    });
  const city = text("city", t("console-list-city"));
  const tag = text("tag", t("console-list-tag"));
  const assignees = ["none", ...ctx.staff.map((s) => s.id)];
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
  const title = QUEUES.find(([q]) => q === list.queue)?.[1]() ?? t("console-list-requests");
  // Each key and what it does is one fact; the keys are the ones printed on the keyboard.
  // Key names are what is printed on the keys.
  const key = (name) => slot(h("kbd", { dir: "ltr", translate: "no" }, name));
  const facts = [
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
    h("p", { class: "keys" }, facts.map((fact, i) => [i ? " · " : null, fact])),
  );
  setTitle(title);
  loadList();
  return { name: "list", queue: list.queue, keys, reload: loadList };
}

/** The list's keys: `/` to search, `j` and `k` to move, Enter to open. Answers whether it took `key`. */
function keys(key) {
  if (key === "/") {
    byId("search")?.focus();
    return true;
  }
  if (key === "j" || key === "k") {
    const next = list.selected + (key === "j" ? 1 : -1);
    list.selected = Math.max(0, Math.min(list.items.length - 1, next));
    document.querySelectorAll("tr.row").forEach((row, i) => row.classList.toggle("selected", i === list.selected));
    document.querySelectorAll("tr.row")[list.selected]?.scrollIntoView({ block: "nearest" });
    return true;
  }
  if (key === "Enter" && list.items[list.selected]) {
    list.ctx.navigate(`#/r/${list.items[list.selected].id}`);
    return true;
  }
  return false;
}

async function loadList() {
  const ctx = list.ctx;
  const target = byId("list");
  if (!target) return;
  let reply;
  try {
    reply = await api(ctx.session, `/api/requests?${listQuery()}`);
  } catch (e) {
    fill(target, h("p", { class: "error" }, e.message));
    return;
  }
  list.items = reply.items;
  list.selected = Math.min(list.selected, Math.max(0, reply.items.length - 1));
  if (!reply.items.length) {
    fill(target, h("p", { class: "empty" }, t("console-list-empty")));
    return;
  }
  const now = Date.now();
  const rows = reply.items.map((item, index) =>
    h(
      "tr",
      {
        class: `row${index === list.selected ? " selected" : ""}`,
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
      h("span", {}, `${t("console-list-total", { count: reply.total })} · ${t("console-list-page", { page: list.page, pages })}`),
      h("button", { type: "button", disabled: list.page <= 1, onclick: () => page(-1) }, t("console-list-previous")),
      h("button", { type: "button", disabled: list.page >= pages, onclick: () => page(1) }, t("console-list-next")),
    ),
  );
}

function page(step) {
  list.page += step;
  list.selected = 0;
  syncHash();
}
