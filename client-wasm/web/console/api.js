// The console's REST helper and small shared bits of display.

import { h } from "../js/dom.js";

/**
 * Calls the REST API as the signed-in person. Resolves with the JSON body; rejects with an Error
 * whose message names what was wrong (and `field`, when the hub named one).
 */
export async function api(session, path, { method = "GET", body } = {}) {
  const response = await fetch(path, {
    method,
    headers: {
      authorization: `Bearer ${session.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(json?.error?.message ?? `The hub answered HTTP ${response.status}.`);
    error.field = json?.error?.field;
    error.status = response.status;
    throw error;
  }
  return json;
}

/**
 * Downloads what the hub answers at `path` (a CSV export, say) as a file named `filename`, as
 * the signed-in person. Rejects with an Error saying what went wrong.
 */
export async function downloadFile(session, path, filename) {
  const response = await fetch(path, { headers: { authorization: `Bearer ${session.token}` } });
  if (!response.ok) throw new Error(`The hub answered HTTP ${response.status}.`);
  const blob = await response.blob();
  const link = h("a", { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

/** A short date and time. */
export function when(ms) {
  if (!ms) return "";
  return new Date(ms).toLocaleString(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

/** The next deadline as a badge: overdue, paused, or when. */
export function due(item, now = Date.now()) {
  if (item.sla_paused) return h("span", { class: "chip paused" }, "Paused");
  if (!item.sla_due_at) return h("span", { class: "readonly" }, "—");
  if (item.sla_due_at < now) return h("span", { class: "chip overdue" }, "Overdue");
  return h("span", { class: "sub" }, when(item.sla_due_at));
}

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
