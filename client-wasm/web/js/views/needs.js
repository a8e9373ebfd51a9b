// A member city's needs, filled in by one of its focal points once a quarter: how pressing its
// needs in training, technical support and capacity are, on which topics, in their own words,
// and which groups its work serves. Works offline (js/needs.js); the rules of a valid answer
// are the hub's (`shared::needs`, through the wasm client), checked before it is kept.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { dateTime, label } from "../labels.js";
import { answer, dismissNeeds, keptAsked, queuedNeeds, refreshNeeds } from "../needs.js";
import { showErrors } from "../forms.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("needs-title"));
  const choices = ctx.HubClient.directoryChoices();
  const topics = ctx.HubClient.choices().category;
  const forms = h("div", { id: "needs-forms" });
  const none = h("p", { class: "empty", id: "needs-none", hidden: true }, t("needs-none"));
  root.append(h("p", { class: "intro" }, t("needs-intro")), none, forms);

  async function update() {
    if (forms.contains(document.activeElement)) return;
    const [asked, waiting] = await Promise.all([keptAsked(ctx.client), queuedNeeds(ctx.client)]);
    none.hidden = asked.cities.length > 0;
    forms.replaceChildren(...asked.cities.map((city) => form(asked.period, city, waiting.find((q) => q.draft.city === city.id))));
  }

  function form(period, city, pending) {
    const given = pending?.draft ?? city.answers;
    const area = (name) => {
      const now = given?.[name];
      return h(
        "fieldset",
        { class: "need", "data-area": name },
        h("legend", {}, t(`needs-area-${name}`)),
        h(
          "div",
          { class: "choices" },
          [0, 1, 2, 3].map((n) => h("label", { class: "check" }, h("input", { type: "radio", name: `${name}.urgency`, value: String(n), checked: (now?.urgency ?? 0) === n }), " ", t(`needs-urgency-${n}`))),
        ),
        h(
          "details",
          {},
          h("summary", {}, t("needs-topics")),
          topics.map((code) => h("label", { class: "check" }, h("input", { type: "checkbox", name: `${name}.topics`, value: code, checked: now?.topics?.includes(code) }), " ", label(code))),
        ),
        h("label", { for: `${city.id}-${name}-detail` }, t("needs-detail")),
        h("textarea", { id: `${city.id}-${name}-detail`, name: `${name}.detail`, rows: 2, dir: "auto" }, now?.detail ?? ""),
        h("p", { class: "error", "data-error-for": `${name}.detail` }),
      );
    };
    let status = null;
    if (pending?.refused) {
      status = h("p", { class: "error-summary", role: "alert" }, pending.refused, " ", h("button", { type: "button", class: "secondary", onclick: async () => (await dismissNeeds(ctx.client, city.id), update()) }, t("events-dismiss")));
    } else if (pending) {
      status = h("p", { class: "note", "data-status": "queued" }, t("needs-queued"));
    } else if (city.submitted_at) {
      status = h("p", { class: "note", "data-status": "sent" }, t("needs-sent", { when: dateTime(city.submitted_at) }));
    }
    const element = h(
      "form",
      { class: "needs-form", "data-city": city.id, novalidate: true },
      h("h2", { class: "section", dir: "auto" }, t("needs-city", { city: city.city, period })),
      area("training"),
      area("technical_support"),
      area("capacity"),
      h(
        "fieldset",
        { class: "need", "data-field": "groups" },
        h("legend", {}, t("needs-groups")),
        choices.group.map((code) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "groups", value: code, checked: given?.groups?.includes(code) }), " ", label(code))),
      ),
      status,
      h("button", { type: "submit", class: "primary" }, t("needs-send")),
    );
    element.addEventListener("submit", async (e) => {
      e.preventDefault();
      const read = (name) => ({
        urgency: Number(element.querySelector(`input[name="${name}.urgency"]:checked`)?.value ?? 0),
        topics: [...element.querySelectorAll(`input[name="${name}.topics"]:checked`)].map((i) => i.value),
        detail: element.querySelector(`textarea[name="${name}.detail"]`).value || null,
      });
      const draft = {
        city: city.id,
        training: read("training"),
        technical_support: read("technical_support"),
        capacity: read("capacity"),
        groups: [...element.querySelectorAll("input[name=groups]:checked")].map((i) => i.value),
      };
      if (showErrors(element, ctx.HubClient.checkNeeds(draft))) return;
      document.activeElement?.blur();
      await answer(ctx.client, ctx.session.token, draft);
      await update();
    });
    return element;
  }

  await update();
  refreshNeeds(ctx.client, ctx.session.token).then((answered) => answered && update());
  return { update };
}
