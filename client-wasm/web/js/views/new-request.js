// Asking the hub: a help-desk request, or a technical support fund query that may carry an
// application with budget lines, a live total and the fund's cap.
//
// The form is a draft from the first keystroke (kept on the device, restored after a reload or a
// crash). The wasm client checks it as it is typed and words every problem; errors appear next
// to their field once the person has been to it, and never clear what was typed.
//
// Every amount is written with `money` in the person's language, from the minor units the client
// reads; what a person types in an amount field is read by the client alone.

import { savedRounds } from "../rounds.js";
import { h } from "../dom.js";
import { Autosave, savedText } from "../drafts.js";
import { errorText, field, isFieldErrors, lineTotalOf, select, showErrors } from "../forms.js";
import { attr, money, t } from "../i18n.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, params, root) {
  const kind = params.kind;
  const fund = kind === "fund_query";
  // An exchange visit to a peer city is asked for like any request, with its topic chosen.
  const exchange = params.category === "exchange_visit";
  ctx.setTitle(fund ? t("new-screen-fund") : exchange ? t("new-screen-exchange") : t("new-screen-help"));
  const { HubClient, client, session } = ctx;
  const choices = HubClient.choices();
  const draftKey = exchange ? `new:${kind}:exchange` : `new:${kind}`;

  // ----- the form ----------------------------------------------------------------------------
  const title = h("input", { autocomplete: "off", dir: "auto" });
  const description = h("textarea", { rows: 5, dir: "auto" });
  const category = select(choices.category, { placeholder: t("new-choose-topic") });
  const country = select(choices.country, { placeholder: t("form-choose") });
  const city = h("input", { autocomplete: "address-level2", dir: "auto" });
  const includeBudget = h("input", { type: "checkbox", id: "include-budget" });
  const summary = h("div", { class: "error-summary", role: "alert", hidden: true });
  const savedState = h("p", { class: "saved-state", "aria-live": "polite" });
  const submit = h("button", { type: "submit", class: "block" }, t("new-submit"));

  const application = fund ? budgetSection(HubClient) : null;

  const form = h(
    "form",
    { class: "card", id: "request-form", novalidate: true },
    summary,
    field({ name: "title", label: t("form-title"), hint: t("new-title-hint"), control: title }),
    field({
      name: "description",
      label: fund ? t("new-description-fund") : t("new-description-help"),
      hint: fund ? t("new-description-hint-fund") : exchange ? t("new-description-hint-exchange") : t("new-description-hint-help"),
      control: description,
    }),
    field({ name: "category", label: t("form-topic"), control: category }),
    h(
      "div",
      { class: "row" },
      field({ name: "country", label: t("form-country"), control: country }),
      field({ name: "city", label: t("form-city"), control: city }),
    ),
    fund ? h("label", { class: "check", for: "include-budget" }, includeBudget, t("new-include-budget")) : null,
    application?.element,
    submit,
    h("p", { class: "note" }, t("new-saved-note")),
    savedState,
  );

  root.append(
    h(
      "nav",
      { class: "segmented", "aria-label": t("new-kind") },
      h("a", { href: "#/new", "aria-current": fund ? null : "page" }, t("new-kind-help")),
      h("a", { href: "#/new/fund", "aria-current": fund ? "page" : null }, t("new-kind-fund")),
    ),
    form,
  );

  // ----- the draft ---------------------------------------------------------------------------
  let id = null;
  const read = () => ({
    id,
    kind,
    title: title.value,
    description: description.value,
    category: category.value,
    country: country.value,
    city: city.value,
    application: fund && includeBudget.checked ? application.read() : null,
  });

  function fill(saved) {
    id = saved.id ?? null;
    title.value = saved.title ?? "";
    description.value = saved.description ?? "";
    category.value = saved.category ?? "";
    country.value = saved.country ?? "";
    city.value = saved.city ?? "";
    if (fund) {
      includeBudget.checked = Boolean(saved.application);
      application.fill(saved.application);
    }
  }

  const saved = await client.loadDraft(draftKey);
  if (saved) {
    fill(saved);
    savedState.textContent = t("new-draft-back");
  } else {
    fill({
      category: fund ? "support_fund" : exchange ? "exchange_visit" : "",
      country: session.user.country ?? "",
      city: session.user.city ?? "",
      application: null,
    });
  }
  if (application) application.element.hidden = !includeBudget.checked;

  const autosave = new Autosave(client, session.user.id, draftKey, read, (state) => {
    savedState.textContent = savedText(state);
  });

  // ----- checking as it is typed -------------------------------------------------------------
  const touched = new Set();
  let submitted = false;
  function check() {
    const result = HubClient.checkDraft(read());
    showErrors(form, result.errors, { only: submitted ? null : touched, summary });
    if (fund && result.budget) application.showBudget(result.budget);
    return result;
  }

  form.addEventListener("input", (event) => {
    // A draft gets its request id with its first keystroke, so it can never be filed twice.
    id ??= HubClient.newRequestId();
    if (event.target.name) touched.add(event.target.name);
    autosave.changed();
    check();
  });
  form.addEventListener("change", (event) => {
    if (event.target === includeBudget) {
      application.element.hidden = !includeBudget.checked;
      if (includeBudget.checked && application.lineCount() === 0) application.addLine();
    }
    id ??= HubClient.newRequestId();
    if (event.target.name) touched.add(event.target.name);
    autosave.changed();
    check();
  });
  form.addEventListener("focusout", (event) => {
    if (event.target.name && event.target.value) {
      touched.add(event.target.name);
      check();
    }
  });
  application?.onLinesChanged(() => {
    autosave.changed();
    check();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submitted = true;
    id ??= HubClient.newRequestId();
    const result = check();
    if (result.errors.length > 0) {
      summary.textContent = t("form-needs-attention");
      summary.hidden = false;
      form.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }
    submit.disabled = true;
    try {
      await autosave.flush();
      const created = await client.createRequest(session.user.id, read());
      await autosave.clear();
      ctx.toast(
        client.status().connection === "connected"
          ? t("new-saved-online")
          : t("new-saved-offline"),
      );
      ctx.navigate(`#/r/${created}`, { replace: true });
    } catch (error) {
      if (isFieldErrors(error)) {
        showErrors(form, error.errors, { summary });
        form.querySelector('[aria-invalid="true"]')?.focus();
      } else {
        summary.textContent = t("form-could-not-save", { reason: errorText(error) });
        summary.hidden = false;
      }
      submit.disabled = false;
    }
  });

  if (saved) check();
  return { dispose: () => autosave.dispose() };
}

/**
 * The application part of a fund query: who, what for, budget lines and the totals box.
 * `HubClient` gives the choices and limits, and reads the amounts typed for the totals box.
 */
export function budgetSection(HubClient) {
  const choices = HubClient.choices();
  const limits = HubClient.limits();
  const rounds = savedRounds();
  // A round's cap is written from its minor units here, not taken as the text saved with it, so
  // it reads in the person's language.
  const round = h(
    "select",
    {},
    h("option", { value: "" }, rounds.length ? t("budget-choose-round") : t("budget-no-round")),
    rounds.map((r) =>
      h("option", { value: r.id }, t("budget-round-option", { name: r.name, cap: money(r.cap_cents, r.currency ?? limits.fund_currency) })),
    ),
  );
  const lead = h("input", { dir: "auto" });
  const partner = h("input", { dir: "auto" });
  const objectives = h("textarea", { rows: 3, dir: "auto" });
  const timeline = h("input", { dir: "auto" });
  const risk = h("textarea", { rows: 2, dir: "auto" });
  const mitigation = h("textarea", { rows: 2, dir: "auto" });
  const partners = h("textarea", { rows: 2, dir: "auto" });
  const milestones = h("div", { class: "milestones" });
  const addMilestone = h("button", { type: "button", class: "secondary block" }, t("budget-add-milestone"));
  const requested = h("input", { inputmode: "decimal", autocomplete: "off", placeholder: attr("budget-amount", "placeholder") });
  const lines = h("div", { class: "budget-lines" });
  const addLine = h("button", { type: "button", class: "secondary block" }, t("budget-add-line"));
  const useTotal = h("button", { type: "button", class: "quiet" }, t("budget-use-total"));
  const totals = h("div", { class: "totals", "aria-live": "polite" });
  let linesChanged = () => {};
  // Amounts are in the chosen round's currency (the fund's default until one is chosen).
  const currency = () => rounds.find((r) => r.id === round.value)?.currency ?? limits.fund_currency;

  const element = h(
    "fieldset",
    { class: "application" },
    h("legend", { class: "label" }, t("budget-legend")),
    h("p", { class: "note lead" }, t("budget-cap-note", { cap: money(limits.fund_cap_cents, limits.fund_currency) })),
    field({ name: "application.round_id", label: t("budget-round"), control: round }),
    field({ name: "application.lead_organisation", label: t("budget-lead"), control: lead }),
    field({ name: "application.local_government_partner", label: t("budget-partner"), control: partner }),
    field({
      name: "application.objectives",
      label: t("budget-objectives"),
      hint: t("budget-objectives-hint"),
      control: objectives,
    }),
    h("h3", { class: "part" }, t("budget-plan")),
    field({ name: "application.risk_assessment", label: t("budget-risk"), control: risk }),
    field({ name: "application.mitigation", label: t("budget-mitigation"), control: mitigation }),
    field({ name: "application.partners_resources", label: t("budget-partners"), control: partners }),
    field({ name: "application.timeline", label: t("budget-timeline"), hint: t("budget-timeline-hint"), control: timeline }),
    h("p", { class: "error", "data-error-for": "application.milestones" }),
    milestones,
    addMilestone,
    h("h3", { class: "part" }, t("budget-lines")),
    h("p", { class: "error", "data-error-for": "application.lines" }),
    lines,
    addLine,
    field({ name: "application.requested_cents", label: t("budget-amount", { currency: currency() }), control: requested }),
    useTotal,
    totals,
  );

  // Choosing another round names its currency on the amount fields.
  function relabel() {
    const code = currency();
    const named = (control, text) => {
      const labelled = element.querySelector(`label[for="${control.id}"]`);
      if (labelled) labelled.textContent = text;
    };
    named(requested, t("budget-amount", { currency: code }));
    for (const cost of lines.querySelectorAll('input[name$=".unit_cost_cents"]')) {
      named(cost, t("budget-unit-cost", { currency: code }));
    }
  }
  round.addEventListener("change", relabel);

  function lineElement(value, index) {
    const prefix = `application.lines[${index}]`;
    const category = select(choices.budget_category, { placeholder: t("form-choose") });
    category.value = value.category ?? "";
    const description = h("input", { dir: "auto", value: value.description ?? "" });
    const quantity = h("input", { inputmode: "numeric", value: value.quantity ?? "1" });
    const unitCost = h("input", {
      inputmode: "decimal",
      autocomplete: "off",
      value: value.unit_cost ?? "",
      placeholder: attr("budget-amount", "placeholder"),
    });
    const remove = h(
      "button",
      { type: "button", "aria-label": attr("budget-line-remove", "aria-label", { number: index + 1 }) },
      t("budget-line-remove"),
    );
    remove.addEventListener("click", () => {
      const values = readLines();
      values.splice(index, 1);
      renderLines(values);
      linesChanged();
    });
    return h(
      "div",
      { class: "budget-line", "data-line": index },
      h("div", { class: "line-head" }, h("span", {}, t("budget-line", { number: index + 1 })), remove),
      field({ name: `${prefix}.category`, label: t("budget-line-category"), control: category }),
      field({ name: `${prefix}.description`, label: t("budget-line-description"), control: description }),
      h(
        "div",
        { class: "row" },
        field({ name: `${prefix}.quantity`, label: t("budget-line-quantity"), control: quantity }),
        field({ name: `${prefix}.unit_cost_cents`, label: t("budget-unit-cost", { currency: currency() }), control: unitCost }),
      ),
      h("p", { class: "line-total", "data-line-total": index }),
    );
  }

  function milestoneElement(value, index) {
    const prefix = `application.milestones[${index}]`;
    const name = h("input", { dir: "auto", value: value.name ?? "" });
    const due = h("input", { type: "date", value: value.due ?? "" });
    const remove = h(
      "button",
      { type: "button", "aria-label": attr("budget-milestone-remove", "aria-label", { number: index + 1 }) },
      t("budget-milestone-remove"),
    );
    remove.addEventListener("click", () => {
      const values = readMilestones();
      values.splice(index, 1);
      milestones.replaceChildren(...values.map(milestoneElement));
      linesChanged();
    });
    return h(
      "div",
      { class: "budget-line", "data-milestone": index },
      h("div", { class: "line-head" }, h("span", {}, t("budget-milestone-number", { number: index + 1 })), remove),
      field({ name: `${prefix}.name`, label: t("budget-milestone"), control: name }),
      field({ name: `${prefix}.due`, label: t("budget-milestone-due"), control: due }),
    );
  }

  function readMilestones() {
    return [...milestones.querySelectorAll("[data-milestone]")].map((m) => ({
      name: m.querySelector('[name$=".name"]').value,
      due: m.querySelector('[name$=".due"]').value,
    }));
  }

  addMilestone.addEventListener("click", () => {
    const values = readMilestones();
    values.push({ name: "", due: "" });
    milestones.replaceChildren(...values.map(milestoneElement));
  });

  function readLines() {
    return [...lines.querySelectorAll(".budget-line")].map((line) => {
      const value = (suffix) => line.querySelector(`[name$="${suffix}"]`).value;
      return {
        category: value(".category"),
        description: value(".description"),
        quantity: value(".quantity"),
        unit_cost: value(".unit_cost_cents"),
      };
    });
  }

  function renderLines(values) {
    lines.replaceChildren(...values.map(lineElement));
  }

  addLine.addEventListener("click", () => {
    const values = readLines();
    values.push({ category: "", description: "", quantity: "1", unit_cost: "" });
    renderLines(values);
    lines.lastElementChild?.querySelector("select")?.focus();
    linesChanged();
  });

  let lastBudget = null;
  // The total goes into the field as the client writes an amount for editing (no currency, the
  // client's separators), so the client reads it back whatever the page's language.
  useTotal.addEventListener("click", () => {
    if (lastBudget?.lines_total_cents != null) {
      requested.value = HubClient.amountText(lastBudget.lines_total_cents);
      linesChanged();
    }
  });

  return {
    element,
    lineCount: () => lines.children.length,
    addLine: () => addLine.click(),
    onLinesChanged: (listener) => {
      linesChanged = listener;
      round.addEventListener("change", listener);
    },
    read: () => ({
      requested: requested.value,
      lead_organisation: lead.value,
      local_government_partner: partner.value,
      objectives: objectives.value,
      timeline: timeline.value,
      lines: readLines(),
      round_id: round.value || null,
      risk_assessment: risk.value,
      mitigation: mitigation.value,
      partners_resources: partners.value,
      milestones: readMilestones(),
    }),
    fill(value) {
      round.value = value?.round_id ?? "";
      relabel();
      requested.value = value?.requested ?? "";
      lead.value = value?.lead_organisation ?? "";
      partner.value = value?.local_government_partner ?? "";
      objectives.value = value?.objectives ?? "";
      timeline.value = value?.timeline ?? "";
      risk.value = value?.risk_assessment ?? "";
      mitigation.value = value?.mitigation ?? "";
      partners.value = value?.partners_resources ?? "";
      milestones.replaceChildren(...(value?.milestones ?? []).map(milestoneElement));
      renderLines(value?.lines ?? []);
    },
    // The client's budget check is in the round's currency (the one `currency()` names), and
    // its amounts are written here from their minor units. It gives each line's total only as
    // text, so a line it could read is totalled again by its own rule, from the line's fields.
    showBudget(budget) {
      lastBudget = budget;
      const code = currency();
      const amount = (minor) => (minor == null ? "—" : money(minor, code));
      const typed = readLines();
      budget.line_totals.forEach((total, i) => {
        const slot = lines.querySelector(`[data-line-total="${i}"]`);
        if (!slot) return;
        const minor = total && typed[i] ? lineTotalOf(HubClient, typed[i], code) : null;
        slot.textContent = minor == null ? "" : t("budget-line-total", { total: money(minor, code) });
      });
      useTotal.hidden = budget.lines_total_cents == null || budget.balanced;
      const problem = budget.over_cap || !budget.balanced;
      totals.className = `totals ${problem ? "problem" : budget.lines_total_cents ? "ok" : ""}`;
      totals.replaceChildren(
        h(
          "dl",
          {},
          h("dt", {}, t("budget-lines-total")),
          h("dd", { id: "lines-total" }, amount(budget.lines_total_cents)),
          h("dt", {}, t("budget-requested")),
          h("dd", {}, amount(budget.requested_cents)),
          h("dt", {}, t("budget-cap")),
          h("dd", {}, amount(budget.cap_cents)),
        ),
        h("p", { class: "verdict", id: "budget-verdict" }, verdict(budget, amount(budget.cap_cents))),
      );
    },
  };
}

/** What the totals box concludes; `cap` is the round's cap, already written as an amount. */
function verdict(budget, cap) {
  if (budget.over_cap) return t("budget-over-cap", { cap });
  if (!budget.balanced) return t("budget-unbalanced");
  if (!budget.lines_total_cents) return t("budget-no-lines");
  return t("budget-ok");
}
