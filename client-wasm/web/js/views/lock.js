// The lock screens: choosing the PIN after the first sign-in, and entering it each time HubDesk
// opens or comes back from being idle. Nothing of the person's records is on the page until the
// PIN has unlocked them. The rules (PIN length, wrong tries, offline days) come from the wasm
// client (`hubdesk_shared::lock`); the app (`ctx.choosePin`, `ctx.unlock`) does the unlocking.

import { h } from "../dom.js";

/**
 * `params.mode` is `choose` (a new PIN, after signing in) or `unlock`.
 *
 * @param {import("../../app.js").Ctx} ctx
 */
export function show(ctx, params, root) {
  ctx.setTitle("HubDesk");
  if (params.mode === "choose") choose(ctx, root);
  else unlock(ctx, root);
}

function choose(ctx, root) {
  const rules = ctx.HubClient.lockRules();
  const pin = pinInput("pin-new", "new-password");
  const again = pinInput("pin-again", "new-password");
  const error = h("p", { class: "error", id: "pin-error", role: "alert" });
  const button = h("button", { type: "submit", class: "block" }, "Save PIN");

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    const problem = ctx.HubClient.checkPin(pin.value);
    if (problem) {
      error.textContent = problem;
      return;
    }
    if (pin.value !== again.value) {
      error.textContent = "The two PINs are not the same. Type the same PIN twice.";
      return;
    }
    busy(button, "Locking this phone…");
    try {
      await ctx.choosePin(pin.value);
    } catch (e) {
      error.textContent = e?.message ?? String(e);
      done(button, "Save PIN");
    }
  }

  root.append(
    h(
      "form",
      { class: "card", id: "pin-form", novalidate: true, onsubmit: submit },
      h("h2", {}, "Choose a PIN for this phone"),
      h(
        "p",
        {},
        "HubDesk keeps your requests on this phone encrypted, so nobody who picks it up can read them. " +
          `Choose a PIN of ${rules.pin_min} to ${rules.pin_max} digits: you enter it each time HubDesk opens, and after ${Math.round(rules.idle_lock_ms / 60000)} minutes unused.`,
      ),
      h("div", { class: "field" }, h("label", { for: "pin-new" }, "New PIN"), pin),
      h("div", { class: "field" }, h("label", { for: "pin-again" }, "The same PIN again"), again),
      error,
      button,
      h(
        "p",
        { class: "note" },
        "If you forget it, you sign in again online; only what this phone has not sent to the hub is lost.",
      ),
    ),
  );
  pin.focus();
}

function unlock(ctx, root) {
  const info = ctx.lockInfo();
  const pin = pinInput("pin", "current-password");
  const error = h("p", { class: "error", id: "pin-error", role: "alert" });
  const button = h("button", { type: "submit", class: "block" }, "Unlock");

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    if (!pin.value) {
      error.textContent = "Enter your PIN.";
      return;
    }
    busy(button, "Unlocking…");
    try {
      await ctx.unlock(pin.value);
    } catch (e) {
      pin.value = "";
      error.textContent = e?.message ?? String(e);
      done(button, "Unlock");
      pin.focus();
    }
  }

  const unsent = info.unsent > 0
    ? `${info.unsent} request${info.unsent === 1 ? " has" : "s have"} changes not yet sent to the hub; they would be lost.`
    : "As far as this phone knows, everything on it has reached the hub.";
  root.append(
    h(
      "form",
      { class: "card", id: "unlock-form", novalidate: true, onsubmit: submit },
      h("h2", {}, "HubDesk is locked"),
      h("p", {}, `Enter the PIN of ${info.username} to open it.`),
      h("div", { class: "field" }, h("label", { for: "pin" }, "PIN"), pin),
      error,
      button,
    ),
    h(
      "details",
      { class: "card", id: "forgot-pin" },
      h("summary", {}, "Forgot your PIN?"),
      h(
        "p",
        {},
        "Without the PIN nobody can read what HubDesk keeps on this phone, not even the hub. " +
          "You can sign in again online and start this phone afresh: everything that reached the hub comes back, what never left the phone is lost. ",
        h("strong", { id: "forgot-unsent" }, unsent),
      ),
      h("button", { type: "button", class: "block", onclick: () => ctx.forgetPin() }, "Sign in again and start afresh"),
    ),
  );
  pin.focus();
}

function pinInput(id, autocomplete) {
  return h("input", {
    id,
    name: id,
    type: "password",
    inputmode: "numeric",
    autocomplete,
    maxlength: "12",
    required: true,
  });
}

function busy(button, text) {
  button.disabled = true;
  button.textContent = text;
}

function done(button, text) {
  button.disabled = false;
  button.textContent = text;
}
