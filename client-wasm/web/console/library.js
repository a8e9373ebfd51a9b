// The guidance library, run from the console: staff who publish write a new item, change a
// version, publish it in another language (a version linked to the item) and retire a version or
// restore it. Phones pick every change up as they sync, and keep it for reading offline. What a
// valid item is and what a change may touch are the hub's rules (`shared::validate::guidance`,
// `shared::library`); a refusal names each field at fault, in the person's words.

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { label, languageLabel } from "../js/labels.js";
import { api, fill, formField, setTitle, showFieldErrors, when } from "./api.js";

export async function show(ctx, root) {
  const { HubClient, session } = ctx;
  const topics = HubClient.consoleChoices().category;
  const list = h("div", { id: "library-items" });
  const editor = h("div", { id: "library-editor" });
  setTitle(t("console-library-title"));
  fill(
    root,
    h("h1", { class: "queue-title" }, t("console-library-title")),
    h("p", { class: "sub" }, t("console-library-help")),
    h(
      "p",
      { class: "actions" },
      h("button", { type: "button", id: "library-new", onclick: () => open({ mode: "new" }) }, t("console-library-new")),
      h("a", { href: "#/practices", id: "practices-link" }, t("console-practices-link")),
    ),
    editor,
    list,
  );
  await load();

  async function load() {
    let reply;
    try {
      reply = await api(session, "/api/guidance?retired=true");
    } catch (e) {
      fill(list, h("p", { class: "error" }, e.message));
      return;
    }
    // One card per item, its versions under it (first published first).
    const items = new Map();
    for (const version of [...reply.items].reverse()) {
      if (!items.has(version.item_id)) items.set(version.item_id, []);
      items.get(version.item_id).push(version);
    }
    fill(
      list,
      items.size
        ? [...items.values()].reverse().map((versions) => card(versions))
        : h("p", { class: "empty" }, t("console-library-empty")),
    );
  }

  function card(versions) {
    const first = versions[0];
    return h(
      "section",
      { class: "card", "data-item": first.item_id },
      h("p", { class: "sub" }, label(first.topic)),
      h(
        "ul",
        { class: "versions" },
        versions.map((version) =>
          h(
            "li",
            { "data-version": version.id, "data-retired": version.retired_at ? "true" : "false" },
            h("strong", { dir: "auto", lang: version.language }, version.title),
            " · ",
            h("span", { "data-intl": "" }, languageLabel(version.language)),
            " · ",
            when(version.updated_at),
            version.retired_at ? [" ", h("span", { class: "chip" }, t("console-library-retired"))] : null,
            h("p", { class: "sub", dir: "auto", lang: version.language }, version.summary),
            h(
              "div",
              { class: "actions" },
              h("button", { type: "button", "data-action": "edit", onclick: () => open({ mode: "edit", version }) }, t("console-library-edit")),
              h("button", { type: "button", "data-action": "retire", onclick: () => retire(version) }, version.retired_at ? t("console-library-restore") : t("console-library-retire")),
            ),
          ),
        ),
      ),
      h("button", { type: "button", "data-action": "translate", onclick: () => open({ mode: "translate", version: first }) }, t("console-library-translate")),
    );
  }

  async function retire(version) {
    try {
      await api(session, `/api/guidance/${version.id}/${version.retired_at ? "restore" : "retire"}`, { method: "POST" });
    } catch (e) {
      ctx.toast(e.message);
      return;
    }
    ctx.toast(version.retired_at ? t("console-library-restored") : t("console-library-retired-done"));
    await load();
  }

  /** The form: a new item, a change to `version`, or `version`'s item in another language. */
  async function open({ mode, version = null }) {
    let current = null;
    if (mode === "edit") {
      try {
        current = (await api(session, `/api/guidance/${version.id}`)).guidance;
      } catch (e) {
        ctx.toast(e.message);
        return;
      }
    }
    const title = h("input", { id: "library-title", name: "title", dir: "auto", value: current?.title ?? "" });
    const summary = h("textarea", { id: "library-summary", name: "summary", rows: 2, dir: "auto" }, current?.summary ?? "");
    const body = h("textarea", { id: "library-body", name: "body", rows: 10, dir: "auto" }, current?.body ?? "");
    const topic = h(
      "select",
      { id: "library-topic", name: "topic", disabled: mode === "translate" ? true : null },
      mode === "new" ? h("option", { value: "" }, t("console-intake-choose")) : null,
      topics.map((code) => h("option", { value: code, selected: code === (current?.topic ?? version?.topic) ? true : null }, label(code))),
    );
    const language = h("input", { id: "library-language", name: "language", size: 6, dir: "ltr", value: mode === "new" ? "en" : "", disabled: mode === "edit" ? true : null });
    const errors = h("div", { class: "error", role: "alert", id: "library-errors" });
    const heading = { new: t("console-library-new"), edit: t("console-library-editing", { title: version?.title ?? "" }), translate: t("console-library-translating", { title: version?.title ?? "" }) }[mode];
    const form = h(
      "form",
      { class: "card", id: "library-form", "data-mode": mode, novalidate: true },
      h("h2", { dir: "auto" }, heading),
      formField(t("console-library-field-title"), title),
      formField(t("console-library-field-summary"), summary),
      formField(t("console-library-field-body"), body),
      formField(t("console-library-field-topic"), topic),
      formField(t("console-library-field-language"), language),
      errors,
      h(
        "div",
        { class: "actions" },
        h("button", { class: "primary", type: "submit", id: "library-save" }, mode === "edit" ? t("console-library-save") : t("console-library-publish")),
        h("button", { type: "button", onclick: () => fill(editor) }, t("console-library-cancel")),
      ),
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      showFieldErrors(form, errors, null);
      try {
        if (mode === "edit") {
          const change = { title: title.value, summary: summary.value, body: body.value, topic: topic.value };
          await api(session, `/api/guidance/${version.id}`, { method: "PATCH", body: change });
        } else {
          const draft = { title: title.value, summary: summary.value, body: body.value, topic: topic.value, language: language.value };
          if (mode === "translate") draft.version_of = version.id;
          await api(session, "/api/guidance", { method: "POST", body: draft });
        }
      } catch (e) {
        showFieldErrors(form, errors, e);
        return;
      }
      ctx.toast(mode === "edit" ? t("console-library-saved") : t("console-library-published"));
      fill(editor);
      await load();
    });
    fill(editor, form);
    title.focus();
  }

  return { name: "library" };
}
