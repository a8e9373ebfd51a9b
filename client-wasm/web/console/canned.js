// Canned responses: replies staff reuse. Listed, added, changed and removed here; inserted into a
// reply from the request view, where they stay editable before sending.

import { h } from "../js/dom.js";
import { rich, slot, t } from "../js/i18n.js";
import { languageLabel } from "../js/labels.js";
import { api, fill, setTitle } from "./api.js";

export async function show(ctx, root) {
  const { session } = ctx;
  const list = h("div", { id: "canned-list" });
  const form = editor(null);
  fill(root, h("h2", {}, t("console-canned-title")), form.element, list);
  setTitle(t("console-canned-title"));
  await load();

  async function load() {
    let rows;
    try {
      rows = await api(session, "/api/canned");
    } catch (e) {
      fill(list, h("p", { class: "error" }, e.message));
      return;
    }
    fill(list, 
      rows.length ? null : h("p", { class: "empty" }, t("console-canned-empty")),
      rows.map((row) => {
        const edit = editor(row);
        return edit.element;
      }),
    );
  }

  /**
   * A card that creates a response (`row` null; with `versionOf`, the same response in another
   * language, linked to it) or changes and removes one.
   */
  function editor(row, versionOf = null) {
    const title = h("input", { name: "title", value: row?.title ?? "", dir: "auto", "aria-label": t("console-canned-field-title") });
    const language = h("input", { name: "language", value: row?.language ?? "en", size: 6, dir: "ltr", "aria-label": t("console-canned-field-language") });
    const body = h("textarea", { name: "body", rows: 4, dir: "auto", "aria-label": t("console-canned-field-text") }, row?.body ?? "");
    const error = h("p", { class: "error", role: "alert" });
    const save = h("button", { class: "primary", type: "submit" }, row ? t("console-canned-save") : t("console-canned-add"));
    // The same response in another language: a new card under this one, linked to it.
    const translate = row
      ? h("button", {
          class: "secondary",
          type: "button",
          onclick: () => {
            if (element.nextElementSibling?.dataset.versionOf === row.id) return;
            const version = editor(null, row);
            element.after(version.element);
            version.element.querySelector("input[name=language]").focus();
          },
        }, t("console-canned-add-version"))
      : null;
    const remove = row
      ? h("button", {
          class: "secondary",
          type: "button",
          onclick: async () => {
            await api(session, `/api/canned/${row.id}`, { method: "DELETE" }).catch((e) => (error.textContent = e.message));
            ctx.toast(t("console-canned-removed"));
            load();
          },
        }, t("console-canned-remove"))
      : null;
    const element = h(
      "form",
      {
        class: "card",
        "data-canned": row?.id ?? "new",
        "data-version-of": versionOf?.id ?? null,
        onsubmit: async (event) => {
          event.preventDefault();
          error.textContent = "";
          const draft = { title: title.value, body: body.value, language: language.value, ...(versionOf ? { version_of: versionOf.id } : {}) };
          try {
            await api(session, row ? `/api/canned/${row.id}` : "/api/canned", { method: row ? "PUT" : "POST", body: draft });
            ctx.toast(row ? t("console-canned-saved") : t("console-canned-added"));
            if (!row) {
              title.value = "";
              body.value = "";
            }
            load();
          } catch (e) {
            error.textContent = e.message;
          }
        },
      },
      h(
        "h3",
        {},
        row
          ? [h("span", { dir: "auto", translate: "no" }, row.title), " · ", h("span", { "data-intl": "" }, languageLabel(row.language))]
          : versionOf
            ? rich(t("console-canned-new-version", { title: slot(h("span", { translate: "no" }, versionOf.title)) }))
            : t("console-canned-new"),
      ),
      h("div", { class: "field" }, h("label", {}, t("console-canned-field-title")), title),
      h("div", { class: "field" }, h("label", {}, t("console-canned-field-language-codes")), language),
      h("div", { class: "field" }, h("label", {}, t("console-canned-field-text")), body),
      error,
      h("div", { class: "composer-row" }, save, " ", translate, " ", remove),
    );
    return { element };
  }

  return { name: "canned" };
}
