// A fund application on the practitioner's phone: where it stands with the hub (draft,
// submitted, under review, changes requested, approved with the amount, declined with the
// reason), submitting it, editing every part of it (budget lines included) while it is a draft
// or sent back, and filing progress reports once submitted. Everything works offline; the
// wasm client checks it with the same rules the hub runs, against the round's own cap.

import { h } from "../dom.js";
import { errorText, isFieldErrors, minorUnits, roundCurrency, showErrors } from "../forms.js";
import { money, t } from "../i18n.js";
import { dateTime } from "../labels.js";
import { budgetSection } from "./new-request.js";

// The requester's words for where an application stands, which differ from the hub's
// (`code-<status>` in common.ftl).
const STATUS = {
  draft: "fund-status-draft",
  submitted: "fund-status-submitted",
  under_review: "fund-status-under-review",
  changes_requested: "fund-status-changes-requested",
  approved: "fund-status-approved",
  declined: "fund-status-declined",
};

/**
 * Where the application stands, with the approved amount when there is one. The client gives
 * that amount only as its own text (`USD 4,000.00`), which it reads back into minor units so the
 * amount is written in the person's language; its text stands if it cannot.
 */
function statusText(HubClient, fund) {
  if (fund.status === "approved" && fund.approved_text) {
    const currency = roundCurrency(HubClient, fund.round_id);
    const minor = minorUnits(HubClient, fund.approved_text, currency);
    const amount = minor === null ? fund.approved_text : money(minor, currency);
    return t("fund-status-approved-amount", { amount });
  }
  return STATUS[fund.status] ? t(STATUS[fund.status]) : fund.status;
}

/** The fund card of request `id`; `render(detail)` shows it as `detail.fund` stands. */
export function fundCard(ctx, id, changed) {
  const { client, HubClient } = ctx;
  const element = h("section", { class: "card", id: "fund" });
  let editing = false;

  let currentMilestones = [];

  function render(detail) {
    if (editing || !detail?.fund) return;
    const fund = detail.fund;
    currentMilestones = fund.form.milestones ?? [];
    const open = !fund.submitted;
    const status = h(
      "p",
      { class: "merged", id: "fund-status", "data-status": fund.status },
      statusText(HubClient, fund),
      fund.decision_note ? " · " : "",
      // The hub's note is typed by its staff, in their language and direction.
      fund.decision_note ? h("span", { dir: "auto" }, fund.decision_note) : null,
    );
    const error = h("p", { class: "error", role: "alert", id: "fund-error" });
    const act = async (work, done) => {
      error.textContent = "";
      try {
        await work();
        ctx.toast(done);
        await changed();
      } catch (e) {
        error.textContent = errorText(e);
      }
    };
    element.replaceChildren(
      ...[
      h("h3", {}, t("fund-heading")),
      status,
      open ? h("button", { type: "button", class: "secondary block", id: "edit-application", onclick: () => edit(fund) }, t("fund-edit")) : null,
      open
        ? h(
            "button",
            {
              type: "button",
              class: "block",
              id: "submit-application",
              onclick: () => act(() => client.submitApplication(id), t("fund-submitted")),
            },
            t("fund-submit"),
          )
        : null,
      fund.reports.length
        ? h(
            "ul",
            { class: "reports" },
            fund.reports.map((r) =>
              h(
                "li",
                {},
                [
                  t(r.is_final ? "fund-report-final" : "fund-report", { milestone: r.milestone }),
                  dateTime(r.sent_at),
                ].join(" · "),
              ),
            ),
          )
        : null,
      fund.submitted ? reportForm(act) : null,
      error,
      ].filter(Boolean),
    );
  }

  function reportForm(act) {
    // Without milestones a report is on progress in general; that name is saved with the
    // report, in the requester's language, as a milestone's name would be.
    const milestone = h(
      "select",
      { "aria-label": t("fund-report-milestone") },
      (currentMilestones.length ? currentMilestones : [{ name: t("fund-report-progress") }]).map((m) =>
        h("option", { value: m.name }, m.name),
      ),
    );
    const body = h("textarea", { rows: 3, dir: "auto", "aria-label": t("fund-report-body") });
    const final = h("input", { type: "checkbox", id: "final-report" });
    return h(
      "details",
      {},
      h("summary", {}, t("fund-report-file")),
      h("label", {}, t("fund-report-milestone"), milestone),
      h("label", {}, t("fund-report-body"), body),
      h("label", { class: "check", for: "final-report" }, final, " ", t("fund-report-is-final")),
      h(
        "button",
        {
          type: "button",
          onclick: () => act(() => client.fileReport(id, milestone.value, body.value, final.checked), t("fund-report-saved")),
        },
        t("fund-report-save"),
      ),
    );
  }

  function edit(fund) {
    editing = true;
    const section = budgetSection(HubClient);
    section.fill(fund.form);
    section.element.hidden = false;
    const summary = h("div", { class: "error-summary", role: "alert", hidden: true });
    const form = h(
      "form",
      { id: "application-form", novalidate: true },
      section.element,
      summary,
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit" }, t("fund-save")),
        h("button", { type: "button", class: "quiet", onclick: close }, t("fund-cancel")),
      ),
    );
    // Only the application is checked here: the request's own fields are filled with stand-ins,
    // which are never shown.
    const check = () => {
      const result = HubClient.checkDraft({ kind: "fund_query", title: "x", description: "x", category: "support_fund", country: "other", city: "x", application: section.read() });
      section.showBudget(result.budget);
      return result;
    };
    section.onLinesChanged(check);
    check();
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        await client.editApplication(id, section.read());
        ctx.toast(t("fund-saved"));
        close();
      } catch (e) {
        if (isFieldErrors(e)) showErrors(form, e.errors);
        else summary.textContent = errorText(e);
        summary.hidden = false;
      }
    });
    element.replaceChildren(h("h3", {}, t("fund-edit-heading")), form);
    async function close() {
      editing = false;
      await changed();
    }
  }

  return { element, render };
}
