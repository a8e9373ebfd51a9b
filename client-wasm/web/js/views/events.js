// Events: the hub's trainings, workshops, dialogues and exchange visits, with a seat to ask for.
// Read from what the phone keeps (js/events.js), so the list and a registration made offline
// work without a network; the hub gives seats in the order registrations reach it. Events the
// person attended ask for feedback, answered offline too; the rules of a valid answer are the
// hub's (`shared::feedback`, through the wasm client).

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { dateTime, languageLabel } from "../labels.js";
import { act, dismiss, giveFeedback, keptEvents, queued, refreshEvents } from "../events.js";
import { showErrors } from "../forms.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("events-title"));
  const list = h("ul", { class: "list", id: "events" });
  const asOf = h("p", { class: "note", id: "events-as-of" });
  const empty = h("p", { class: "empty", id: "events-empty", hidden: true }, t("events-empty"));
  const asked = h("ul", { class: "list", id: "feedback-due" });
  const askedTitle = h("h2", { class: "section", hidden: true }, t("feedback-title"));
  const exchange = h("p", {}, h("a", { class: "button secondary", href: "#/new/exchange", id: "exchange-link" }, t("events-ask-exchange")));
  root.append(askedTitle, asked, h("p", { class: "intro" }, t("events-intro")), asOf, list, empty, exchange);

  async function update() {
    const [kept, waiting] = await Promise.all([keptEvents(ctx.client), queued(ctx.client)]);
    // A form the person is typing in stays as it is.
    if (!asked.contains(document.activeElement)) {
      const due = kept.attended.filter((a) => !a.answered);
      asked.replaceChildren(...due.map((event) => feedbackCard(event, waiting.find((q) => q.event === event.id && q.action === "feedback"))));
      askedTitle.hidden = due.length === 0;
    }
    list.replaceChildren(...kept.events.map((event) => card(event, waiting.find((q) => q.event === event.id && q.action !== "feedback"))));
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

  /** The feedback form about an event the person attended; once sent (or waiting), a note. */
  function feedbackCard(event, pending) {
    const head = [
      h("h3", { dir: "auto" }, event.title),
      h("p", { class: "meta" }, [t(`events-kind-${event.kind}`), dateTime(event.starts_at)].join(" · ")),
    ];
    if (pending && !pending.refused) {
      return h("li", { class: "item event", "data-feedback": event.id }, h("div", { class: "event-body" }, ...head, h("p", { class: "note", "data-status": "queued-feedback" }, t("feedback-queued"))));
    }
    const scale = (name) =>
      h(
        "fieldset",
        { class: "score", "data-field": name },
        h("legend", {}, t(`feedback-${name}`)),
        h("div", { class: "choices" }, [1, 2, 3, 4, 5].map((n) => h("label", {}, h("input", { type: "radio", name, value: String(n) }), ` ${n}`))),
        h("p", { class: "error", "data-error-for": name }),
      );
    const comment = h("textarea", { name: "comment", rows: 3, dir: "auto", id: `feedback-comment-${event.id}` });
    const refused = pending?.refused ? h("p", { class: "error-summary", role: "alert" }, pending.refused) : null;
    const form = h(
      "form",
      { class: "feedback-form", novalidate: true },
      h("p", { class: "note" }, t("feedback-scale")),
      scale("rating"),
      scale("usefulness"),
      h("label", { for: comment.id }, t("feedback-comment")),
      comment,
      h("p", { class: "error", "data-error-for": "comment" }),
      refused,
      h("button", { type: "submit", class: "primary" }, t("feedback-send")),
    );
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const score = (name) => Number(form.querySelector(`input[name="${name}"]:checked`)?.value ?? 0);
      const answer = { rating: score("rating"), usefulness: score("usefulness"), comment: comment.value || null };
      if (showErrors(form, ctx.HubClient.checkFeedback(answer))) return;
      if (pending?.refused) await dismiss(ctx.client, event.id, "feedback");
      form.querySelector("button[type=submit]").disabled = true;
      document.activeElement?.blur();
      await giveFeedback(ctx.client, ctx.session.token, event.id, answer);
      await update();
    });
    return h("li", { class: "item event", "data-feedback": event.id }, h("div", { class: "event-body" }, ...head, form));
  }

  await update();
  refreshEvents(ctx.client, ctx.session.token).then((answered) => answered && update());
  return { update };
}
