// The field app's chrome besides the top bar: the banner under it (offline, an update, a
// session the hub refused) and the short-lived toast at the bottom.

import { byId, h } from "./dom.js";

/** Shows `text` in the banner, with a button `action` doing `onAction`; no text hides it. */
export function banner(text, action, onAction) {
  const element = byId("banner");
  if (!text) {
    element.hidden = true;
    return;
  }
  element.replaceChildren(text, action ? h("button", { type: "button", onclick: onAction }, action) : "");
  element.hidden = false;
}

let toastTimer = null;

/** Says `text` for a few seconds. */
export function toast(text) {
  const element = byId("toast");
  element.textContent = text;
  element.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    element.hidden = true;
  }, 4000);
}

export function hideToast() {
  clearTimeout(toastTimer);
  byId("toast").hidden = true;
}
