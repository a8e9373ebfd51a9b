// The console's REST helper and small shared bits of display: dates, deadlines, the window's
// title, and messages that hold elements (a name in bold, a link).

import { h } from "../js/dom.js";
import { dateTime, languageHeader, t } from "../js/i18n.js";
import { hub } from "../js/hub.js";

/**
 * Calls the REST API as the signed-in person. Resolves with the JSON body; rejects with an Error
 * whose message names what was wrong (and `field`, when the hub named one).
 */
export const api = (session, path, { method = "GET", body } = {}) =>
  hub(session.token, path, { method, body, httpError: (status) => t("console-hub-http", { status }) });

/**
 * Downloads what the hub answers at `path` (a CSV export, say) as a file named `filename`, as
 * the signed-in person. Rejects with an Error saying what went wrong.
 */
export async function downloadFile(session, path, filename) {
  const response = await fetch(path, { headers: { authorization: `Bearer ${session.token}`, ...languageHeader() } });
  if (!response.ok) throw new Error(t("console-hub-http", { status: response.status }));
  const blob = await response.blob();
  const link = h("a", { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

/** A short date and time, written the way the page's language writes them. */
export function when(ms) {
  if (!ms) return "";
  return dateTime(ms);
}

/** The next deadline as a badge: overdue, paused, or when. */
export function due(item, now = Date.now()) {
  if (item.sla_paused) return h("span", { class: "chip paused" }, t("console-due-paused"));
  if (!item.sla_due_at) return h("span", { class: "readonly" }, "—");
  if (item.sla_due_at < now) return h("span", { class: "chip overdue" }, t("console-due-overdue"));
  return h("span", { class: "sub" }, when(item.sla_due_at));
}

/** Names the window after the screen shown, such as "Users · HubDesk console". */
export function setTitle(screen) {
  document.title = t("console-title", { screen });
}

// Elements inside a message (`slot`, `rich`) and names read out (`spoken`) are in js/i18n.js.
export { rich, slot, spoken } from "../js/i18n.js";

/**
 * Replaces an element's children. Like `h`, it takes strings, nodes, arrays and skips null and
 * false (the DOM's own `replaceChildren` would print them).
 */
export function fill(element, ...children) {
  element.replaceChildren(...flat(children));
  return element;
}

function flat(children) {
  return children
    .flat(Infinity)
    .filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (c instanceof Node ? c : String(c)));
}

/**
 * A form's field: its label, the control, anything `extra` under it, and the slot where what the
 * hub says is wrong with it goes ([`showFieldErrors`]).
 */
export const formField = (text, control, extra = null) =>
  h("div", { class: "field" }, h("label", { for: control.id }, text), control, extra, h("p", { class: "error", "data-field": control.name, id: `${control.id}-error` }));

/**
 * Shows what the hub refused in `form`: each error under the control of the field it names
 * (marked invalid and described by it), the rest in `others`. Clears what was shown before.
 */
export function showFieldErrors(form, others, error) {
  clearFieldErrors(form, others);
  if (!error) return;
  const all = error.errors?.length ? error.errors : [{ field: error.field, message: error.message }];
  for (const x of all) {
    const control = form.querySelector(`[name="${x.field}"]`);
    const slot = form.querySelector(`p.error[data-field="${x.field}"]`);
    if (control && slot) {
      slot.textContent = x.message;
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", slot.id);
    } else {
      others.append(h("p", {}, x.message));
    }
  }
}

function clearFieldErrors(form, others) {
  fill(others);
  for (const slot of form.querySelectorAll("p.error[data-field]")) slot.textContent = "";
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
}
