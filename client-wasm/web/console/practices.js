// Practices members shared, for staff who publish guidance: each one's text, author, city and
// where it stands; the reviewer edits it with its author, sends it back with a note saying what
// to change, or publishes it to the library credited to its author and city. What may happen
// when is the hub's rule (`shared::practice`).

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, fill, formField, setTitle, showFieldErrors, when } from "./api.js";

const FIELDS = ["title", "done", "risk", "partners", "outcome", "contacts"];

export async function show(ctx, root) {
  const { session } = ctx;
  const list = h("div", { id: "practice-items" });
  setTitle(t("console-practices-title"));
  fill(root, h("h1", { class: "queue-title" }, t("console-practices-title")), h("p", { class: "sub" }, t("console-practices-help")), list);
  await load();

  async function load() {
    let items;
    try {
      items = await api(session, "/api/practices");
    } catch (e) {
      fill(list, h("p", { class: "error" }, e.message));
      return;
    }
    fill(list, items.length ? items.map(card) : h("p", { class: "empty" }, t("console-practices-empty")));
  }

  async function post(path, body, done) {
    try {
      await api(session, path, { method: "POST", body });
    } catch (e) {
      ctx.toast(e.message);
      return;
    }
    ctx.toast(done);
    await load();
  }

  function card(p) {
    const open = p.stage === "submitted" || p.stage === "changes_requested";
    const note = h("input", { name: "note", dir: "auto", "aria-label": t("console-practices-note") });
    const errors = h("div", { class: "error", role: "alert" });
    const controls = {};
    const form = h(
      "form",
      { novalidate: true, class: "practice-form" },
      FIELDS.map((name) => {
        controls[name] = h("textarea", { id: `practice-${p.id}-${name}`, name, rows: name === "title" ? 1 : 3, dir: "auto" }, p[name] ?? "");
        return formField(t(`console-practices-field-${name}`), controls[name]);
      }),
      errors,
      h("div", { class: "actions" }, h("button", { type: "submit", "data-action": "save" }, t("console-practices-save"))),
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      showFieldErrors(form, errors, null);
      const change = {};
      for (const name of FIELDS) change[name] = controls[name].value;
      try {
        await api(session, `/api/practices/${p.id}`, { method: "PATCH", body: change });
      } catch (e) {
        showFieldErrors(form, errors, e);
        return;
      }
      ctx.toast(t("console-practices-saved"));
      await load();
    });
    return h(
      "section",
      { class: "card", "data-practice": p.id, "data-stage": p.stage },
      h("strong", { dir: "auto" }, p.title),
      " · ",
      h("span", { class: "chip" }, t(`console-practices-stage-${p.stage}`)),
      h("p", { class: "sub" }, t("console-practices-by", { author: p.author_username, city: p.city ?? "", country: label(p.country ?? "") }), " · ", label(p.topic), " · ", when(p.updated_at)),
      p.hub_note ? h("p", { class: "sub", dir: "auto" }, h("strong", {}, t("console-practices-note")), " ", p.hub_note) : null,
      open ? h("details", {}, h("summary", {}, t("console-practices-edit")), form) : h("div", { class: "practice-text", dir: "auto" }, p.done),
      open
        ? h(
            "div",
            { class: "actions" },
            h("button", { type: "button", class: "primary", "data-action": "publish", onclick: () => post(`/api/practices/${p.id}/publish`, {}, t("console-practices-published")) }, t("console-practices-publish")),
            note,
            h("button", { type: "button", "data-action": "send-back", onclick: () => post(`/api/practices/${p.id}/send-back`, { note: note.value }, t("console-practices-sent-back")) }, t("console-practices-send-back")),
          )
        : null,
    );
  }

  return { name: "practices" };
}
