// The console's notifications: what the hub told this person (new requests in their countries,
// replies from the field, assignments, service levels about to be missed), newest first, with
// the unread count beside "Notifications" in the side bar; and what to be told about
// (../js/notification-settings.js). The last list is kept in the tab's sessionStorage, like the
// session, so it still reads when the network drops and is gone when the tab closes.
//
// Pushes reach the console through its own service worker (sw.js, notifications only); a click
// on one opens the request in this tab.

import { h } from "../js/dom.js";
import { number, t } from "../js/i18n.js";
import { settingsSection } from "../js/notification-settings.js";
import { markRead, recent, wording } from "../js/push.js";
import { fill, setTitle, when } from "./api.js";

const KEPT_KEY = "hubdesk.console.notifications";

let kept = readKept();
let shown = null;

function readKept() {
  try {
    return JSON.parse(sessionStorage.getItem(KEPT_KEY) ?? "null");
  } catch {
    return null;
  }
}

function keep(list) {
  kept = list;
  sessionStorage.setItem(KEPT_KEY, JSON.stringify(list));
  showCount();
  shown?.();
}

/** Forgets the list (signing out). */
export function forgetNotifications() {
  sessionStorage.removeItem(KEPT_KEY);
  kept = null;
}

/** Registers the console's service worker, which shows pushes; `heard` gets what it says. */
export function listenForPushes(heard) {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("sw.js").catch((e) => console.warn("hubdesk console: no service worker", e));
  navigator.serviceWorker.addEventListener("message", (event) => heard(event.data));
}

/** Asks the hub for the list; offline, the kept one stands. */
export async function refreshNotifications(ctx) {
  try {
    keep({ ...(await recent(ctx.session.token)), fetched_at: Date.now() });
  } catch {
    showCount();
  }
}

/** Marks read what the hub said about request `id` (it was opened). */
export async function readAbout(ctx, id) {
  const ids = (kept?.items ?? []).filter((n) => n.request_id === id && !n.read_at).map((n) => n.id);
  if (ids.length) await read(ctx, ids);
}

async function read(ctx, ids) {
  try {
    await markRead(ctx.session.token, ids);
  } catch (e) {
    ctx.toast(e.message);
    return;
  }
  await refreshNotifications(ctx);
}

/** The unread count beside "Notifications" in the side bar. */
export function showCount() {
  const cell = document.querySelector('[data-count="notifications"]');
  if (cell) cell.textContent = kept?.unread ? number(kept.unread) : "";
}

/** The list and the settings. */
export async function show(ctx, main) {
  const title = t("notifications-title");
  setTitle(title);
  const list = h("ul", { class: "notifications", id: "notifications" });
  const asOf = h("p", { class: "sub", id: "notifications-as-of" });
  const readAll = h("button", { type: "button", id: "notifications-read-all" }, t("notifications-read-all"));
  readAll.addEventListener("click", () => read(ctx, (kept?.items ?? []).map((n) => n.id)));
  const settings = h("div");
  fill(main, h("h1", { class: "queue-title" }, title), h("div", { class: "card" }, h("h2", {}, t("notifications-recent")), readAll, asOf, list), settings);
  shown = () => {
    const items = kept?.items ?? [];
    fill(
      list,
      items.length
        ? items.map((n) =>
            h(
              "li",
              { class: `notification${n.read_at ? "" : " unread"}`, "data-id": n.id, "data-kind": n.kind },
              h(
                "a",
                { href: `#/r/${n.request_id}` },
                h(
                  "span",
                  { class: "notification-text" },
                  n.read_at ? null : h("span", { class: "dot", "aria-label": t("notifications-unread") }),
                  wording(n.kind),
                ),
                n.title ? h("span", { class: "notification-title", dir: "auto" }, n.title) : null,
              ),
              h("span", { class: "sub" }, when(n.created_at)),
            ),
          )
        : h("li", { class: "empty", id: "notifications-empty" }, t("notifications-empty")),
    );
    readAll.hidden = !kept?.unread;
    asOf.textContent = kept?.fetched_at && !navigator.onLine ? t("notifications-as-of", { when: when(kept.fetched_at) }) : "";
  };
  shown();
  refreshNotifications(ctx);
  settingsSection(ctx.session.token, new URL("./", location.href).href).then((section) => fill(settings, section));
  return {
    name: "notifications",
    leave() {
      shown = null;
    },
  };
}
