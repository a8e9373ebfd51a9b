// Handing one's own request to a successor in the same city, from the phone: the successor's
// username, sent to the hub at once (a handover changes who may read the request, so it is
// decided there, by `shared::handover`, and never made offline). Once handed over, the request
// leaves this phone's list and reaches the successor's.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { hub } from "../hub.js";

/** The section for request `id`; `show(own)` hides it from anyone but its requester. */
export function handoverSection(ctx, id) {
  const successor = h("input", { id: "handover-successor", name: "successor", dir: "ltr", autocomplete: "off", autocapitalize: "none" });
  const said = h("p", { class: "saved-state", "aria-live": "polite", id: "handover-state" });
  const form = h(
    "form",
    { novalidate: true },
    h("p", { class: "note" }, t("handover-note")),
    h("label", { for: successor.id }, t("handover-successor")),
    successor,
    said,
    h("button", { type: "submit", class: "secondary" }, t("handover-send")),
  );
  const element = h("details", { class: "card", id: "handover-section", hidden: true }, h("summary", {}, t("handover-title")), form);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    said.textContent = "";
    if (!navigator.onLine) {
      said.textContent = t("handover-offline");
      return;
    }
    try {
      await hub(ctx.session.token, `/api/requests/${id}/handover`, {
        method: "POST",
        body: { successor: successor.value },
        httpError: (status) => t("handover-failed", { status }),
      });
    } catch (e) {
      said.textContent = e.status ? e.message : t("handover-offline");
      return;
    }
    said.textContent = t("handover-done", { successor: successor.value.trim() });
    form.querySelector("button").disabled = true;
    ctx.client.lookAgain();
  });
  return {
    element,
    show(own) {
      element.hidden = !own;
    },
  };
}
