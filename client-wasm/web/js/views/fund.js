// A fund application on the practitioner's phone: where it stands with the hub (draft,
// submitted, under review, changes requested, approved with the amount, declined with the
// reason), submitting it, editing every part of it (budget lines included) while it is a draft
// or sent back, and filing progress reports once submitted. Everything works offline; the
// wasm client checks it with the same rules the hub runs, against the round's own cap.

import { h } from "../dom.js";
import { errorText, isFieldErrors, showErrors } from "../forms.js";
import { dateTime } from "../labels.js";
import { budgetSection } from "./new-request.js";

const STATUS = {
  draft: "Draft: not submitted yet",
  submitted: "Submitted",
  under_review: "Under review",
  changes_requested: "The hub asks for changes",
  approved: "Approved",
  declined: "Declined",
};

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
      STATUS[fund.status] ?? fund.status,
      fund.approved_text ? `: ${fund.approved_text}` : "",
      fund.decision_note ? ` · ${fund.decision_note}` : "",
    );
    const error = h("p", { class: "error", role: "alert", id: "fund-error" });
    const act = async (work, done) => {
      error.textContent = "";
      try {
        await work();
        ctx.toast(done);
        await changed();
      } catch (e) {
        error.textContent = isFieldErrors(e) ? e.errors.map((x) => x.message).join(" ") : errorText(e);
      }
    };
    element.replaceChildren(
      ...[
      h("h3", {}, "Your application"),
      status,
      open ? h("button", { type: "button", class: "secondary block", id: "edit-application", onclick: () => edit(fund) }, "Edit the application") : null,
      open
        ? h(
            "button",
            {
              type: "button",
              class: "block",
              id: "submit-application",
              onclick: () => act(() => client.submitApplication(id), "Submitted. It takes effect when it reaches the hub."),
            },
            "Submit to the hub",
          )
        : null,
      fund.reports.length
        ? h("ul", { class: "reports" }, fund.reports.map((r) => h("li", {}, `${r.is_final ? "Final report" : "Report"}: ${r.milestone} · ${dateTime(r.sent_at)}`)))
        : null,
      fund.submitted ? reportForm(act) : null,
      error,
      ].filter(Boolean),
    );
  }

  function reportForm(act) {
    const milestone = h(
      "select",
      { "aria-label": "Milestone" },
      (currentMilestones.length ? currentMilestones : [{ name: "Progress" }]).map((m) => h("option", { value: m.name }, m.name)),
    );
    const body = h("textarea", { rows: 3, dir: "auto", "aria-label": "What was done" });
    const final = h("input", { type: "checkbox", id: "final-report" });
    return h(
      "details",
      {},
      h("summary", {}, "File a progress report"),
      h("label", {}, "Milestone", milestone),
      h("label", {}, "What was done", body),
      h("label", { class: "check", for: "final-report" }, final, " This is the final report"),
      h("button", { type: "button", onclick: () => act(() => client.fileReport(id, milestone.value, body.value, final.checked), "Report saved.") }, "Save the report"),
    );
  }

  function edit(fund) {
    editing = true;
    const section = budgetSection(HubClient.choices(), HubClient.limits());
    section.fill(fund.form);
    section.element.hidden = false;
    const summary = h("div", { class: "error-summary", role: "alert", hidden: true });
    const form = h(
      "form",
      { id: "application-form", novalidate: true },
      section.element,
      summary,
      h("div", { class: "actions" }, h("button", { type: "submit" }, "Save the application"), h("button", { type: "button", class: "quiet", onclick: close }, "Cancel")),
    );
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
        ctx.toast("Application saved on this phone.");
        close();
      } catch (e) {
        if (isFieldErrors(e)) showErrors(form, e.errors);
        else summary.textContent = errorText(e);
        summary.hidden = false;
      }
    });
    element.replaceChildren(h("h3", {}, "Edit your application"), form);
    async function close() {
      editing = false;
      await changed();
    }
  }

  return { element, render };
}
