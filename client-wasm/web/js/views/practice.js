// Sharing a practice from one's city: what was done, the risk it answered, who worked on it,
// what came of it and whom to ask. Works offline (js/practices.js); the hub reviews it, may send
// it back with a note (the person changes it here), and publishes it to the library credited to
// them and their city. The person may withdraw it at any time. A valid practice is the hub's
// rule (`shared::practice`, through the wasm client).

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { dateTime, label } from "../labels.js";
import { showErrors } from "../forms.js";
import { act, dismissPractice, keptPractices, queuedPractices, refreshPractices } from "../practices.js";

const FIELDS = ["done", "risk", "partners", "outcome", "contacts"];

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("practice-title"));
  const topics = ctx.HubClient.choices().category;
  const formSlot = h("div", { id: "practice-form-slot" });
  const list = h("ul", { class: "list", id: "practices" });
  root.append(h("p", { class: "intro" }, t("practice-intro")), formSlot, h("h2", { class: "section" }, t("practice-mine")), list);
  let editing = null;

  function form(practice) {
    const field = (name, multiline) => {
      const id = `practice-${name}`;
      const control = multiline
        ? h("textarea", { id, name, rows: 3, dir: "auto" }, practice?.[name] ?? "")
        : h("input", { id, name, dir: "auto", value: practice?.[name] ?? "" });
      return h("div", { class: "field" }, h("label", { for: id }, t(`practice-field-${name}`)), control, h("p", { class: "error", "data-error-for": name }));
    };
    const topic = h(
      "select",
      { id: "practice-topic", name: "topic" },
      h("option", { value: "" }, t("practice-choose")),
      topics.map((code) => h("option", { value: code, selected: code === practice?.topic ? true : null }, label(code))),
    );
    const element = h(
      "form",
      { class: "card", id: "practice-form", novalidate: true, "data-mode": practice ? "change" : "share" },
      practice ? h("p", { class: "note" }, t("practice-changing", { title: practice.title })) : null,
      field("title", false),
      h("div", { class: "field" }, h("label", { for: "practice-topic" }, t("practice-field-topic")), topic, h("p", { class: "error", "data-error-for": "topic" })),
      ...FIELDS.map((name) => field(name, true)),
      h("button", { type: "submit", class: "primary" }, practice ? t("practice-send-change") : t("practice-share")),
    );
    element.addEventListener("submit", async (e) => {
      e.preventDefault();
      const draft = { title: element.querySelector("[name=title]").value, topic: topic.value };
      for (const name of FIELDS) draft[name] = element.querySelector(`[name=${name}]`).value;
      if (showErrors(element, ctx.HubClient.checkPractice(draft))) return;
      document.activeElement?.blur();
      const action = practice ? { id: practice.id, action: "change", draft } : { id: crypto.randomUUID(), action: "share", draft };
      editing = null;
      formSlot.replaceChildren(form(null));
      await act(ctx.client, ctx.session.token, action);
      await update();
    });
    return element;
  }

  function card(practice, waiting) {
    const refused = waiting.find((q) => q.refused);
    const status = refused
      ? h("p", { class: "error-summary", role: "alert" }, refused.refused, " ", h("button", { type: "button", class: "secondary", onclick: async () => (await dismissPractice(ctx.client, refused.at), update()) }, t("events-dismiss")))
      : waiting.length
        ? h("p", { class: "note", "data-status": "queued" }, t("practice-queued"))
        : null;
    const stage = practice.stage ?? "submitted";
    return h(
      "li",
      { class: "item event", "data-practice": practice.id, "data-stage": stage },
      h(
        "div",
        { class: "event-body" },
        h("h3", { dir: "auto" }, practice.title),
        h("p", { class: "meta" }, [t(`practice-stage-${stage}`), practice.updated_at ? dateTime(practice.updated_at) : null].filter(Boolean).join(" · ")),
        practice.hub_note && stage === "changes_requested" ? h("p", { class: "preview", dir: "auto", "data-hub-note": "" }, practice.hub_note) : null,
        status,
        stage === "changes_requested" || stage === "submitted"
          ? h("button", { type: "button", class: "secondary", "data-action": "change", onclick: () => ((editing = practice.id), formSlot.replaceChildren(form(practice)), formSlot.scrollIntoView()) }, t("practice-change"))
          : null,
        " ",
        stage !== "withdrawn"
          ? h("button", { type: "button", class: "secondary", "data-action": "withdraw", onclick: () => withdraw(practice.id) }, t("practice-withdraw"))
          : null,
      ),
    );
  }

  async function withdraw(id) {
    // The card redraws: its button gives the focus up first.
    document.activeElement?.blur();
    await act(ctx.client, ctx.session.token, { id, action: "withdraw" });
    await update();
  }

  async function update() {
    const [kept, waiting] = await Promise.all([keptPractices(ctx.client), queuedPractices(ctx.client)]);
    // Shared offline and not yet with the hub: shown from what waits.
    const pending = waiting.filter((q) => q.action === "share" && !kept.some((p) => p.id === q.id)).map((q) => ({ id: q.id, ...q.draft }));
    const all = [...pending, ...kept];
    if (!list.contains(document.activeElement)) list.replaceChildren(...all.map((p) => card(p, waiting.filter((q) => q.id === p.id))));
    if (!editing && !formSlot.contains(document.activeElement) && !formSlot.firstChild) formSlot.replaceChildren(form(null));
  }

  await update();
  refreshPractices(ctx.client, ctx.session.token).then((answered) => answered && update());
  return { update };
}
