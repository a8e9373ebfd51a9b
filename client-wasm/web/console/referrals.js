// Referrals on a request, in the console: who its requester was referred to (an expert or a
// peer city's focal point, from the directory), where each referral stands, and what came of
// it; staff who answer the request refer it and record the outcome. Whether they may, and to
// whom, is the hub's rule (`shared::referral`); the list is the request's own record.

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, fill, formField, showFieldErrors, when } from "./api.js";

/** The panel for request `id`, hidden until `refresh(detail, allowed)` says the person may refer. */
export function referralsPanel(ctx, id) {
  const element = h("section", { class: "card", id: "referrals", hidden: true });
  const list = h("ul", { class: "versions", id: "referral-list" });
  const to = h("select", { id: "referral-to", name: "to" });
  const note = h("textarea", { id: "referral-note", name: "note", rows: 2, dir: "auto" });
  const errors = h("div", { class: "error", role: "alert" });
  const form = h(
    "form",
    { novalidate: true, id: "referral-form" },
    formField(t("console-referral-to"), to),
    formField(t("console-referral-note"), note),
    errors,
    h("button", { type: "submit", class: "primary", id: "referral-save" }, t("console-referral-save")),
  );
  let people = null;

  async function choices() {
    if (people) return;
    try {
      people = (await api(ctx.session, "/api/directory")).people;
    } catch (e) {
      errors.textContent = e.message;
      return;
    }
    fill(
      to,
      h("option", { value: "" }, t("console-intake-choose")),
      people.map((p) => h("option", { value: p.id }, [p.name, label(p.kind), p.city].filter(Boolean).join(" · "))),
    );
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showFieldErrors(form, errors, null);
    try {
      await api(ctx.session, `/api/requests/${id}/referrals`, { method: "POST", body: { to: to.value, note: note.value || null } });
    } catch (e) {
      showFieldErrors(form, errors, e);
      return;
    }
    ctx.toast(t("console-referral-done"));
    note.value = "";
    to.value = "";
  });

  function item(referral) {
    const outcome = h("input", { name: "outcome", dir: "auto", "aria-label": t("console-referral-outcome") });
    const record = async () => {
      try {
        await api(ctx.session, `/api/requests/${id}/referral-outcome`, { method: "POST", body: { referral: referral.id, outcome: outcome.value } });
        ctx.toast(t("console-referral-recorded"));
      } catch (e) {
        ctx.toast(e.message);
      }
    };
    return h(
      "li",
      { "data-referral": referral.id, "data-status": referral.status },
      h("strong", { dir: "auto" }, referral.to_name),
      " · ",
      h("span", { class: "chip" }, t(`console-referral-status-${referral.status}`)),
      " · ",
      when(referral.at),
      referral.note ? h("p", { class: "sub", dir: "auto" }, referral.note) : null,
      referral.outcome ? h("p", { class: "sub", dir: "auto" }, h("strong", {}, t("console-referral-outcome")), " ", referral.outcome) : null,
      referral.status === "accepted"
        ? h("div", { class: "actions" }, outcome, h("button", { type: "button", "data-action": "outcome", onclick: record }, t("console-referral-record")))
        : null,
    );
  }

  return {
    element,
    async refresh(detail, allowed) {
      const referrals = detail.request.referrals ?? [];
      element.hidden = !allowed.refer && referrals.length === 0;
      if (element.hidden) return;
      if (!element.firstChild) fill(element, h("h3", {}, t("console-referral-title")), list, allowed.refer ? form : null);
      if (!list.contains(document.activeElement)) fill(list, referrals.map(item));
      if (allowed.refer) await choices();
    },
  };
}
