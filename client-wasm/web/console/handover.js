// Handing a request to the requester's successor in the same city, from the console (admins):
// the successor's username, then the hub decides (`shared::handover`) and says what is wrong.
// The request page redraws from its synced record once the handover reaches the console.

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { api, fill, formField, showFieldErrors } from "./api.js";

/** The panel for request `id`, hidden until `refresh(detail)` says the person may hand it over. */
export function handoverPanel(ctx, id) {
  const element = h("details", { class: "card", id: "handover", hidden: true });
  const successor = h("input", { id: "handover-successor", name: "successor", dir: "ltr", autocomplete: "off" });
  const errors = h("div", { class: "error", role: "alert" });
  const form = h(
    "form",
    { novalidate: true },
    h("p", { class: "sub" }, t("console-handover-help")),
    formField(t("console-handover-successor"), successor),
    errors,
    h("button", { type: "submit", class: "primary", id: "handover-save" }, t("console-handover-save")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showFieldErrors(form, errors, null);
    try {
      await api(ctx.session, `/api/requests/${id}/handover`, { method: "POST", body: { successor: successor.value } });
    } catch (e) {
      showFieldErrors(form, errors, e);
      return;
    }
    ctx.toast(t("console-handover-done", { successor: successor.value.trim() }));
    successor.value = "";
    element.open = false;
  });
  fill(element, h("summary", {}, t("console-handover-title")), form);
  return {
    element,
    refresh(detail, allowed) {
      element.hidden = !allowed.hand_over || detail.request.kind === undefined;
    },
  };
}
