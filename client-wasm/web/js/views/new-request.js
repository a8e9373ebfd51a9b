// Asking the hub: a help-desk request, or a technical support fund query that may carry an
// application with budget lines, a live total and the fund's cap.
//
// The form is a draft from the first keystroke (kept on the device, restored after a reload or a
// crash). The wasm client checks it as it is typed and words every problem; errors appear next
// to their field once the person has been to it, and never clear what was typed.

import { savedRounds } from "../rounds.js";
import { h } from "../dom.js";
import { Autosave, savedText } from "../drafts.js";
import { errorText, field, isFieldErrors, select, showErrors } from "../forms.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, params, root) {
  const kind = params.kind;
  const fund = kind === "fund_query";
  ctx.setTitle(fund ? "Fund query" : "Ask the hub");
  const { HubClient, client, session } = ctx;
  const choices = HubClient.choices();
  const limits = HubClient.limits();
  const draftKey = `new:${kind}`;

  // ----- the form ----------------------------------------------------------------------------
  const title = h("input", { autocomplete: "off", dir: "auto" });
  const description = h("textarea", { rows: 5, dir: "auto" });
  const category = select(choices.category, { placeholder: "Choose a topic…" });
  const country = select(choices.country, { placeholder: "Choose…" });
  const city = h("input", { autocomplete: "address-level2", dir: "auto" });
  const includeBudget = h("input", { type: "checkbox", id: "include-budget" });
  const summary = h("div", { class: "error-summary", role: "alert", hidden: true });
  const savedState = h("p", { class: "saved-state", "aria-live": "polite" });
  const submit = h("button", { type: "submit", class: "block" }, "Save and send");

  const application = fund ? budgetSection(choices, limits) : null;

  const form = h(
    "form",
    { class: "card", id: "request-form", novalidate: true },
    summary,
    field({ name: "title", label: "Title", hint: "A few words the hub will see first.", control: title }),
    field({
      name: "description",
      label: fund ? "Your question or idea" : "What do you need?",
      hint: fund
        ? "Ask about eligibility or the process, or describe the initiative you want funded."
        : "Say what you need, for whom, and by when. Do not name people at risk.",
      control: description,
    }),
    field({ name: "category", label: "Topic", control: category }),
    h(
      "div",
      { class: "row" },
      field({ name: "country", label: "Country", control: country }),
      field({ name: "city", label: "City", control: city }),
    ),
    fund
      ? h("label", { class: "check", for: "include-budget" }, includeBudget, "Include a grant application with a budget")
      : null,
    application?.element,
    submit,
    h("p", { class: "note" }, "Saved on this phone first, then sent to the hub as soon as there is a network."),
    savedState,
  );

  root.append(
    h(
      "nav",
      { class: "segmented", "aria-label": "Type of request" },
      h("a", { href: "#/new", "aria-current": fund ? null : "page" }, "Help desk"),
      h("a", { href: "#/new/fund", "aria-current": fund ? "page" : null }, "Support fund"),
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
    savedState.textContent = "Your unfinished draft is back.";
  } else {
    fill({
      category: fund ? "support_fund" : "",
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
      summary.textContent = "Some fields need your attention. Nothing you typed is lost.";
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
          ? "Saved. It is on its way to the hub."
          : "Saved on this phone. It goes to the hub when you are back online.",
      );
      ctx.navigate(`#/r/${created}`, { replace: true });
    } catch (error) {
      if (isFieldErrors(error)) {
        showErrors(form, error.errors, { summary });
        form.querySelector('[aria-invalid="true"]')?.focus();
      } else {
        summary.textContent = `Could not save: ${errorText(error)}. Nothing you typed is lost.`;
        summary.hidden = false;
      }
      submit.disabled = false;
    }
  });

  if (saved) check();
  return { dispose: () => autosave.dispose() };
}

/** The application part of a fund query: who, what for, budget lines and the totals box. */
export function budgetSection(choices, limits) {
  const rounds = savedRounds();
  const round = h(
    "select",
    {},
    h("option", { value: "" }, rounds.length ? "Choose the round…" : "No round known yet: go online once"),
    rounds.map((r) => h("option", { value: r.id }, `${r.name} (up to ${r.cap_text})`)),
  );
  const lead = h("input", { dir: "auto" });
  const partner = h("input", { dir: "auto" });
  const objectives = h("textarea", { rows: 3, dir: "auto" });
  const timeline = h("input", { dir: "auto" });
  const risk = h("textarea", { rows: 2, dir: "auto" });
  const mitigation = h("textarea", { rows: 2, dir: "auto" });
  const partners = h("textarea", { rows: 2, dir: "auto" });
  const milestones = h("div", { class: "milestones" });
  const addMilestone = h("button", { type: "button", class: "secondary block" }, "+ Add milestone");
  const requested = h("input", { inputmode: "decimal", autocomplete: "off", placeholder: "0.00" });
  const lines = h("div", { class: "budget-lines" });
  const addLine = h("button", { type: "button", class: "secondary block" }, "+ Add budget line");
  const useTotal = h("button", { type: "button", class: "quiet" }, "Use the lines total");
  const totals = h("div", { class: "totals", "aria-live": "polite" });
  let linesChanged = () => {};
  // Amounts are in the chosen round's currency (the fund's default until one is chosen).
  const currency = () => rounds.find((r) => r.id === round.value)?.currency ?? limits.fund_currency;

  const element = h(
    "fieldset",
    { class: "application" },
    h("legend", { class: "label" }, "Grant application"),
    h("p", { class: "note lead" }, `Each round sets its own cap (${limits.fund_cap_text} unless it says otherwise). Budget lines must add up to the amount you ask for.`),
    field({ name: "application.round_id", label: "Fund round", control: round }),
    field({ name: "application.lead_organisation", label: "Lead organisation", control: lead }),
    field({ name: "application.local_government_partner", label: "Local government partner", control: partner }),
    field({
      name: "application.objectives",
      label: "Objectives",
      hint: "How the initiative serves your local action plan.",
      control: objectives,
    }),
    h("h3", { class: "part" }, "From your local action plan"),
    field({ name: "application.risk_assessment", label: "Risks it assessed", control: risk }),
    field({ name: "application.mitigation", label: "How this initiative mitigates them", control: mitigation }),
    field({ name: "application.partners_resources", label: "Partners and resources", control: partners }),
    field({ name: "application.timeline", label: "Timeline", hint: "For example: March to August 2026.", control: timeline }),
    h("p", { class: "error", "data-error-for": "application.milestones" }),
    milestones,
    addMilestone,
    h("h3", { class: "part" }, "Budget lines"),
    h("p", { class: "error", "data-error-for": "application.lines" }),
    lines,
    addLine,
    field({ name: "application.requested_cents", label: `Amount you ask for (${currency()})`, control: requested }),
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
    named(requested, `Amount you ask for (${code})`);
    for (const cost of lines.querySelectorAll('input[name$=".unit_cost_cents"]')) named(cost, `Unit cost (${code})`);
  }
  round.addEventListener("change", relabel);

  function lineElement(value, index) {
    const prefix = `application.lines[${index}]`;
    const category = select(choices.budget_category, { placeholder: "Choose…" });
    category.value = value.category ?? "";
    const description = h("input", { dir: "auto", value: value.description ?? "" });
    const quantity = h("input", { inputmode: "numeric", value: value.quantity ?? "1" });
    const unitCost = h("input", { inputmode: "decimal", autocomplete: "off", value: value.unit_cost ?? "", placeholder: "0.00" });
    const remove = h(
      "button",
      { type: "button", "aria-label": `Remove budget line ${index + 1}` },
      "Remove",
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
      h("div", { class: "line-head" }, h("span", {}, `Line ${index + 1}`), remove),
      field({ name: `${prefix}.category`, label: "Category", control: category }),
      field({ name: `${prefix}.description`, label: "What it pays for", control: description }),
      h(
        "div",
        { class: "row" },
        field({ name: `${prefix}.quantity`, label: "Quantity", control: quantity }),
        field({ name: `${prefix}.unit_cost_cents`, label: `Unit cost (${currency()})`, control: unitCost }),
      ),
      h("p", { class: "line-total", "data-line-total": index }),
    );
  }

  function milestoneElement(value, index) {
    const prefix = `application.milestones[${index}]`;
    const name = h("input", { dir: "auto", value: value.name ?? "" });
    const due = h("input", { type: "date", value: value.due ?? "" });
    const remove = h("button", { type: "button", "aria-label": `Remove milestone ${index + 1}` }, "Remove");
    remove.addEventListener("click", () => {
      const values = readMilestones();
      values.splice(index, 1);
      milestones.replaceChildren(...values.map(milestoneElement));
      linesChanged();
    });
    return h(
      "div",
      { class: "budget-line", "data-milestone": index },
      h("div", { class: "line-head" }, h("span", {}, `Milestone ${index + 1}`), remove),
      field({ name: `${prefix}.name`, label: "Milestone", control: name }),
      field({ name: `${prefix}.due`, label: "Due", control: due }),
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
  useTotal.addEventListener("click", () => {
    if (lastBudget?.lines_total_text) {
      requested.value = lastBudget.lines_total_text;
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
    showBudget(budget) {
      lastBudget = budget;
      budget.line_totals.forEach((total, i) => {
        const slot = lines.querySelector(`[data-line-total="${i}"]`);
        if (slot) slot.textContent = total ? `Line total ${total}` : "";
      });
      useTotal.hidden = !budget.lines_total_text || budget.balanced;
      const problem = budget.over_cap || !budget.balanced;
      totals.className = `totals ${problem ? "problem" : budget.lines_total_cents ? "ok" : ""}`;
      totals.replaceChildren(
        h(
          "dl",
          {},
          h("dt", {}, "Budget lines add up to"),
          h("dd", { id: "lines-total" }, budget.lines_total_text ?? "—"),
          h("dt", {}, "You ask for"),
          h("dd", {}, budget.requested_text ?? "—"),
          h("dt", {}, "The round's cap"),
          h("dd", {}, budget.cap_text),
        ),
        h("p", { class: "verdict", id: "budget-verdict" }, verdict(budget)),
      );
    },
  };
}

function verdict(budget) {
  if (budget.over_cap) return `Over the cap: the round gives at most ${budget.cap_text}.`;
  if (!budget.balanced) return "The lines and the amount you ask for must be equal.";
  if (!budget.lines_total_cents) return "Add the budget lines that make up the amount you ask for.";
  return "✓ The lines add up to the amount you ask for, within the cap.";
}
