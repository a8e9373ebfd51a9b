// Notifications: what the hub told this person, newest first, unread ones marked, each opening its
// request; readable offline from the copy the phone keeps sealed (js/inbox.js). Below the list,
// what to be told about and when (js/notification-settings.js), which needs a network.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { dateTime } from "../labels.js";
import { inbox, onInboxChange, readAll, refreshInbox } from "../inbox.js";
import { settingsSection } from "../notification-settings.js";
import { wording } from "../push.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("notifications-title"));
  const list = h("ul", { class: "list", id: "notifications" });
  const asOf = h("p", { class: "note", id: "notifications-as-of" });
  const empty = h("p", { class: "empty", id: "notifications-empty", hidden: true }, t("notifications-empty"));
  const markAll = h("button", { type: "button", class: "secondary", id: "notifications-read-all" }, t("notifications-read-all"));
  markAll.addEventListener("click", () => readAll());
  const settings = h("div");
  root.append(h("div", { class: "list-head" }, h("h2", {}, t("notifications-recent")), markAll), asOf, list, empty, settings);

  async function update() {
    const kept = inbox();
    if (!kept) return;
    const titles = new Map((await ctx.listRequests()).map((r) => [r.id, r.title]));
    list.replaceChildren(...kept.items.map((n) => item(n, titles.get(n.request_id) ?? n.title)));
    empty.hidden = kept.items.length > 0;
    markAll.hidden = !kept.unread;
    asOf.textContent = kept.fetched_at ? t("notifications-as-of", { when: dateTime(kept.fetched_at) }) : "";
    asOf.hidden = navigator.onLine && !!kept.fetched_at;
  }

  const stop = onInboxChange(() => update());
  await update();
  refreshInbox();
  settingsSection(ctx.session.token, new URL("./", location.href).href).then((section) => settings.replaceChildren(section));
  return { update, dispose: stop };
}

function item(notification, title) {
  const unread = !notification.read_at;
  return h(
    "li",
    { class: `item notification${unread ? " unread" : ""}`, "data-id": notification.id, "data-kind": notification.kind },
    h(
      "a",
      { href: `#/r/${encodeURIComponent(notification.request_id)}` },
      h("p", { class: "notification-text" }, unread ? h("span", { class: "dot", "aria-label": t("notifications-unread") }) : null, wording(notification.kind)),
      title ? h("h3", { dir: "auto" }, title) : null,
      h("p", { class: "meta" }, dateTime(notification.created_at)),
    ),
  );
}
