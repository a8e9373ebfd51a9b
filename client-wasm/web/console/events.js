// Events: the hub's trainings, workshops, dialogues and exchange visits. Staff who run events
// publish them here and see, for each one not over yet, its seats, who is admitted and how many
// wait, and mark who attended. The rules (a valid event, who may publish) are the hub's (`shared::events`); a refusal
// names each field at fault, in the person's words.

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { languageLabel } from "../js/labels.js";
import { api, fill, formField, setTitle, showFieldErrors, when } from "./api.js";

const KINDS = ["training", "workshop", "dialogue", "exchange_visit"];
const RECENT_MS = 60 * 86_400_000;

export async function show(ctx, root) {
  const list = h("div", { id: "event-list" });
  const runs = ctx.HubClient.permissions(ctx.me, "help_desk").run_events;
  setTitle(t("console-events-title"));
  fill(
    root,
    h("h1", { class: "queue-title" }, t("console-events-title")),
    runs ? h("p", {}, h("a", { href: "#/feedback", id: "feedback-link" }, t("console-feedback-title"))) : null,
    runs ? form() : null,
    list,
  );
  await load();

  async function load() {
    let rows;
    try {
      // The weeks just past too, for marking who attended.
      rows = await api(ctx.session, `/api/events?since=${Date.now() - RECENT_MS}`);
    } catch (e) {
      fill(list, h("p", { class: "error" }, e.message));
      return;
    }
    fill(list, rows.length ? rows.map(card) : h("p", { class: "empty", id: "events-empty" }, t("console-events-empty")));
  }

  function card(event) {
    const where = event.mode === "online" ? h("a", { href: event.link, rel: "noopener", target: "_blank", dir: "ltr" }, event.link) : h("span", { dir: "auto" }, event.place);
    return h(
      "section",
      { class: "card", "data-event": event.id },
      h("h3", { dir: "auto" }, event.title),
      h(
        "p",
        { class: "sub" },
        t(`console-event-kind-${event.kind}`),
        " · ",
        when(event.starts_at),
        " – ",
        when(event.ends_at),
        event.language ? [" · ", languageLabel(event.language)] : null,
      ),
      h("p", {}, where),
      h(
        "p",
        { class: "seats", "data-admitted": event.admitted, "data-waiting": event.waiting },
        t("console-event-seats", { admitted: event.admitted, seats: event.seats, waiting: event.waiting }),
      ),
      runs ? registrations(event) : null,
    );
  }

  /** Who registered, in arrival order, with attendance to mark; loaded when opened. */
  function registrations(event) {
    const body = h("div", { class: "registrations" });
    const details = h("details", { "data-registrations": event.id }, h("summary", {}, t("console-event-registrations")), body);
    details.addEventListener("toggle", async () => {
      if (!details.open) return;
      let rows;
      try {
        rows = await api(ctx.session, `/api/events/${event.id}/registrations`);
      } catch (e) {
        fill(body, h("p", { class: "error" }, e.message));
        return;
      }
      if (!rows.length) {
        fill(body, h("p", { class: "empty" }, t("console-event-registrations-empty")));
        return;
      }
      fill(
        body,
        h(
          "table",
          { class: "list" },
          h(
            "thead",
            {},
            h("tr", {}, [t("console-event-column-person"), t("console-event-column-status"), t("console-event-column-attended")].map((c) => h("th", {}, c))),
          ),
          h(
            "tbody",
            {},
            rows.map((row) => {
              const box = h("input", {
                type: "checkbox",
                checked: Boolean(row.attended_at),
                disabled: row.status !== "admitted",
                "aria-label": t("console-event-column-attended"),
                "data-attended": row.user_id,
              });
              box.addEventListener("change", async () => {
                try {
                  await api(ctx.session, `/api/events/${event.id}/registrations/${row.user_id}/attendance`, { method: "PUT", body: { attended: box.checked } });
                  ctx.toast(t("console-event-attendance-saved"));
                } catch (e) {
                  box.checked = !box.checked;
                  ctx.toast(e.message);
                }
              });
              return h(
                "tr",
                { "data-user": row.user_id },
                h("td", { translate: "no" }, row.username),
                h("td", {}, t(`console-event-status-${row.status}`)),
                h("td", {}, box),
              );
            }),
          ),
        ),
      );
    });
    return details;
  }

  function form() {
    const title = h("input", { id: "event-title", name: "title", dir: "auto", required: true });
    const kind = h("select", { id: "event-kind", name: "kind" }, KINDS.map((k) => h("option", { value: k }, t(`console-event-kind-${k}`))));
    const starts = h("input", { id: "event-starts", name: "starts_at", type: "datetime-local", required: true });
    const ends = h("input", { id: "event-ends", name: "ends_at", type: "datetime-local", required: true });
    const seats = h("input", { id: "event-seats", name: "seats", type: "number", min: 1, step: 1, required: true });
    const mode = h(
      "select",
      { id: "event-mode", name: "mode" },
      ["in_person", "online"].map((m) => h("option", { value: m }, t(`console-event-mode-${m}`))),
    );
    const place = h("input", { id: "event-place", name: "place", dir: "auto" });
    const link = h("input", { id: "event-link", name: "link", type: "url", dir: "ltr" });
    const language = h("input", { id: "event-language", name: "language", size: 6, dir: "ltr" });
    const description = h("textarea", { id: "event-description", name: "description", rows: 3, dir: "auto" });
    const errors = h("div", { class: "error", role: "alert", id: "event-errors" });
    const element = h(
      "form",
      { class: "card", id: "event-form", novalidate: true },
      h("h2", {}, t("console-events-new")),
      formField(t("console-event-field-title"), title),
      formField(t("console-event-field-kind"), kind),
      formField(t("console-event-field-starts"), starts),
      formField(t("console-event-field-ends"), ends),
      formField(t("console-event-field-seats"), seats),
      formField(t("console-event-field-mode"), mode),
      formField(t("console-event-field-place"), place),
      formField(t("console-event-field-link"), link),
      formField(t("console-event-field-language"), language),
      formField(t("console-event-field-description"), description),
      errors,
      h("button", { class: "primary", type: "submit", id: "event-publish" }, t("console-events-publish")),
    );
    element.addEventListener("submit", async (event) => {
      event.preventDefault();
      showFieldErrors(element, errors, null);
      const ms = (input) => (input.value ? new Date(input.value).getTime() : 0);
      const draft = {
        title: title.value,
        kind: kind.value,
        starts_at: ms(starts),
        ends_at: ms(ends),
        seats: Number(seats.value || 0),
        mode: mode.value,
        place: place.value || null,
        link: link.value || null,
        language: language.value || null,
        description: description.value || null,
      };
      try {
        await api(ctx.session, "/api/events", { method: "POST", body: draft });
      } catch (e) {
        // Every field at fault, each in the hub's words, under the field; anything else below.
        showFieldErrors(element, errors, e);
        return;
      }
      ctx.toast(t("console-events-published"));
      element.reset();
      await load();
    });
    return element;
  }

  return { name: "events" };
}

