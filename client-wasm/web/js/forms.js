// Form helpers shared by the screens: labelled fields with a slot for their error, placing the
// errors the wasm client returns next to the field they name, and reading amounts back into minor
// units so the page can write them in the person's language. The client picks the message for
// each error (an id in locales/*/problems.ftl) and reads every amount; nothing here decides what
// is valid.

import { h } from "./dom.js";
import { picked, said } from "./i18n.js";
import { label } from "./labels.js";
import { savedRounds } from "./rounds.js";

let nextId = 0;

/**
 * A labelled field. `name` is the path the client uses in its errors (`title`,
 * `application.lines[0].quantity`); the control gets it as its name, and the error slot below
 * it listens for it.
 */
export function field({ name, label: text, hint, control, className }) {
  const id = control.id || `f${++nextId}`;
  control.id = id;
  control.name = name;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  control.setAttribute("aria-describedby", [hintId, errorId].filter(Boolean).join(" "));
  return h(
    "div",
    { class: ["field", className].filter(Boolean).join(" ") },
    h("label", { for: id }, text),
    hint ? h("span", { class: "hint", id: hintId }, hint) : null,
    control,
    h("p", { class: "error", id: errorId, "data-error-for": name, "aria-live": "polite" }),
  );
}

/** A `<select>` of codes with their labels, optionally headed by an empty "choose" option. */
export function select(codes, { placeholder, labelOf = label } = {}) {
  return h(
    "select",
    {},
    placeholder ? h("option", { value: "" }, placeholder) : null,
    codes.map((code) => h("option", { value: code }, labelOf(code))),
  );
}

/**
 * Shows `errors` ({field, message, args}) next to their fields in `form`, each worded by its
 * catalogue message. With `only`, errors of other fields are left out (live checking shows errors
 * only for fields the person has been to). Errors without a field on the form go to `summary`.
 * Returns the first field at fault.
 */
export function showErrors(form, errors, { only = null, summary = null } = {}) {
  for (const slot of form.querySelectorAll("[data-error-for]")) slot.textContent = "";
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  const general = [];
  for (const error of errors) {
    const { field } = error;
    if (only && !only.has(field)) continue;
    const message = picked(error);
    const slot = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (!slot) {
      general.push(message);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    form.querySelector(`[name="${CSS.escape(field)}"]`)?.setAttribute("aria-invalid", "true");
  }
  if (summary) {
    summary.textContent = general.join(" ");
    summary.hidden = general.length === 0;
  }
  return form.querySelector('[aria-invalid="true"]');
}

/** Whether `error` is the `{errors: [...]}` a client call rejects with for invalid input. */
export const isFieldErrors = (error) => Array.isArray(error?.errors);

/**
 * A message for anything else a client call rejected with. Field errors are worded by the
 * catalogue; any other rejection carries the client's own words, which are not in the catalogue
 * and so stay as the client wrote them.
 */
export const errorText = (error) =>
  isFieldErrors(error) ? error.errors.map(picked).join(" ") : said(error);

/**
 * The currency an application's amounts are in: its round's, as this phone knows the round (the
 * same rounds the client checks against), else the fund's default.
 */
export function roundCurrency(HubClient, roundId) {
  return savedRounds().find((r) => r.id === roundId)?.currency ?? HubClient.limits().fund_currency;
}

/**
 * An amount as text (typed, or written by the client for a form to edit) in minor units of
 * `currency`, read by the client; null when the client cannot read it. The client refuses an
 * amount of zero, so callers that know the text is readable treat null as zero.
 */
export function minorUnits(HubClient, text, currency) {
  if (!String(text ?? "").trim()) return 0;
  try {
    return HubClient.parseMoney(String(text), currency);
  } catch {
    return null;
  }
}

/**
 * A budget line's total in minor units, by the client's rule (quantity times unit cost), from the
 * texts of a line the client could read; null when the total overflows. The client refuses a
 * unit cost of zero as an amount, but a line of readable text can only be refused for that, so
 * it counts as zero here.
 */
export function lineTotalOf(HubClient, line, currency) {
  const quantity = Number(String(line.quantity ?? "").trim() || 0);
  const cost = minorUnits(HubClient, line.unit_cost, currency) ?? 0;
  return HubClient.lineTotal(quantity, cost) ?? null;
}
