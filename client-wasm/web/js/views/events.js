// Events: the hub's trainings, workshops, dialogues and exchange visits, with a seat to ask for.
// Read from what the phone keeps (js/events.js), so the list and a registration made offline
// work without a network; the hub gives seats in the order registrations reach it.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { dateTime, languageLabel } from "../labels.js";
import { act, dismiss, keptEvents, queued, refreshEvents } from "../events.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("events-title"));
  const list = h("ul", { class: "list", id: "events" });
  const asOf = h("p", { class: "note", id: "events-as-of" });
  const empty = h("p", { class: "empty", id: "events-empty", hidden: true }, t("events-empty"));
  root.append(h("p", { class: "intro" }, t("events-intro")), asOf, list, empty);

  async function update() {
    const [kept, waiting] = await Promise.all([keptEvents(ctx.client), queued(ctx.client)]);
    list.replaceChildren(...kept.events.map((event) => card(event, waiting.find((q) => q.event === event.id))));
    empty.hidden = kept.events.length > 0;
    asOf.textContent = kept.fetched_at && !navigator.onLine ? t("events-as-of", { when: dateTime(kept.fetched_at) }) : "";
  }

  function card(event, pending) {
    const doing = async (action) => {
      await act(ctx.client, ctx.session.token, event.id, action);
      await update();
    };
    const seats =
      event.admitted >= event.seats
        ? t("events-seats-full", { seats: event.seats, waiting: event.waiting })
        : t("events-seats", { admitted: event.admitted, seats: event.seats });
    let status = null;
    let button = h("button", { type: "button", class: "primary", "data-action": "register", onclick: () => doing("register") }, t("events-register"));
    if (pending?.refused) {
      status = h("p", { class: "error-summary", role: "alert" }, pending.refused);
      button = h("button", { type: "button", class: "secondary", "data-action": "dismiss", onclick: async () => (await dismiss(ctx.client, event.id), update()) }, t("events-dismiss"));
    } else if (pending) {
      status = h("p", { class: "note", "data-status": `queued-${pending.action}` }, t(`events-status-queued-${pending.action}`));
      button = pending.action === "register" ? h("button", { type: "button", class: "secondary", "data-action": "cancel", onclick: () => doing("cancel") }, t("events-cancel")) : null;
    } else if (event.registration) {
      status = h("p", { class: "note", "data-status": event.registration }, t(`events-status-${event.registration}`));
      button = h("button", { type: "button", class: "secondary", "data-action": "cancel", onclick: () => doing("cancel") }, t("events-cancel"));
    }
    return h(
      "li",
      { class: "item event", "data-event": event.id },
      h(
        "div",
        { class: "event-body" },
        h("h3", { dir: "auto" }, event.title),
        h(
          "p",
          { class: "meta" },
          [t(`events-kind-${event.kind}`), dateTime(event.starts_at), event.language ? languageLabel(event.language) : null].filter(Boolean).join(" · "),
        ),
        h("p", { class: "meta", dir: "auto" }, event.mode === "online" ? t("events-online") : event.place),
        event.description ? h("p", { class: "preview", dir: "auto" }, event.description) : null,
        h("p", { class: "meta seats" }, seats),
        status,
        button,
      ),
    );
  }

  await update();
  refreshEvents(ctx.client, ctx.session.token).then((answered) => answered && update());
  return { update };
}
