// Form helpers shared by the screens: labelled fields with a slot for their error, and placing
// the errors the wasm client returns next to the field they name. The client words the errors;
// nothing here decides what is valid.

import { h } from "./dom.js";
import { label } from "./labels.js";

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
 * Shows `errors` ({field, message}) next to their fields in `form`. With `only`, errors of other
 * fields are left out (live checking shows errors only for fields the person has been to).
 * Errors without a field on the form go to `summary`. Returns the first field at fault.
 */
export function showErrors(form, errors, { only = null, summary = null } = {}) {
  for (const slot of form.querySelectorAll("[data-error-for]")) slot.textContent = "";
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  const general = [];
  for (const { field, message } of errors) {
    if (only && !only.has(field)) continue;
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

/** A message for anything else a client call rejected with. */
export const errorText = (error) => error?.message ?? String(error);
