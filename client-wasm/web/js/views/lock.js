// The lock screens: choosing the PIN after the first sign-in, and entering it each time HubDesk
// opens or comes back from being idle. Nothing of the person's records is on the page until the
// PIN has unlocked them. The rules (PIN length, wrong tries, offline days) come from the wasm
// client (`hubdesk_shared::lock`); the app (`ctx.choosePin`, `ctx.unlock`) does the unlocking.

import { h } from "../dom.js";
import { t } from "../i18n.js";

/**
 * `params.mode` is `choose` (a new PIN, after signing in) or `unlock`.
 *
 * @param {import("../../app.js").Ctx} ctx
 */
export function show(ctx, params, root) {
  ctx.setTitle(t("brand-name"));
  if (params.mode === "choose") choose(ctx, root);
  else unlock(ctx, root);
}

function choose(ctx, root) {
  const rules = ctx.HubClient.lockRules();
  const pin = pinInput("pin-new", "new-password");
  const again = pinInput("pin-again", "new-password");
  const error = h("p", { class: "error", id: "pin-error", role: "alert" });
  const button = h("button", { type: "submit", class: "block" }, t("lock-save"));

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    const problem = ctx.HubClient.checkPin(pin.value);
    if (problem) {
      // The client names the problem with a catalogue message (`lock-pin-...`).
      error.textContent = t(problem, { min: rules.pin_min, max: rules.pin_max });
      return;
    }
    if (pin.value !== again.value) {
      error.textContent = t("lock-pins-differ");
      return;
    }
    busy(button, t("lock-saving"));
    try {
      await ctx.choosePin(pin.value);
    } catch (e) {
      error.textContent = e?.message ?? String(e);
      done(button, t("lock-save"));
    }
  }

  root.append(
    h(
      "form",
      { class: "card", id: "pin-form", novalidate: true, onsubmit: submit },
      h("h2", {}, t("lock-choose-title")),
      h(
        "p",
        {},
        t("lock-choose-text", {
          min: rules.pin_min,
          max: rules.pin_max,
          minutes: Math.round(rules.idle_lock_ms / 60000),
        }),
      ),
      h("div", { class: "field" }, h("label", { for: "pin-new" }, t("lock-new-pin")), pin),
      h("div", { class: "field" }, h("label", { for: "pin-again" }, t("lock-pin-again")), again),
      error,
      button,
      h("p", { class: "note" }, t("lock-forget-note")),
    ),
  );
  pin.focus();
}

function unlock(ctx, root) {
  const info = ctx.lockInfo();
  const pin = pinInput("pin", "current-password");
  const error = h("p", { class: "error", id: "pin-error", role: "alert" });
  const button = h("button", { type: "submit", class: "block" }, t("lock-unlock"));

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    if (!pin.value) {
      error.textContent = t("lock-empty");
      return;
    }
    busy(button, t("lock-unlocking"));
    try {
      await ctx.unlock(pin.value);
    } catch (e) {
      pin.value = "";
      error.textContent = e?.message ?? String(e);
      done(button, t("lock-unlock"));
      pin.focus();
    }
  }

  root.append(
    h(
      "form",
      { class: "card", id: "unlock-form", novalidate: true, onsubmit: submit },
      h("h2", {}, t("lock-locked-title")),
      h("p", {}, t("lock-enter-pin", { username: info.username })),
      h("div", { class: "field" }, h("label", { for: "pin" }, t("lock-pin")), pin),
      error,
      button,
    ),
    h(
      "details",
      { class: "card", id: "forgot-pin" },
      h("summary", {}, t("lock-forgot-summary")),
      h(
        "p",
        {},
        t("lock-forgot-text"),
        " ",
        h("strong", { id: "forgot-unsent" }, t("lock-forgot-unsent", { unsent: info.unsent })),
      ),
      h("button", { type: "button", class: "block", onclick: () => ctx.forgetPin() }, t("lock-start-afresh")),
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
