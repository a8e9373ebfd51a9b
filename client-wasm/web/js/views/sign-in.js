// Sign in: once, while online. The session is kept on the device, so the app opens signed in
// without a network from then on.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { signIn, wiped } from "../session.js";
import { dateTime } from "../labels.js";
import { resetSection } from "./reset-password.js";

/**
 * Shows the sign-in form. `ctx.signedIn(session)` is called with `{token, user}` on success.
 * With `params.again`, the person is signing in again on a device whose session the hub no
 * longer accepts; their records stay. With `params.locked` (days), the phone locked itself after
 * that long without reaching the hub; with `params.forgot`, its owner forgot the PIN and signing
 * in starts the phone afresh (`params.unsent` requests with unsent changes are lost).
 *
 * @param {import("../../app.js").Ctx} ctx
 */
export function show(ctx, params, root) {
  ctx.setTitle(t("brand-name"));
  const error = h("p", { class: "error", id: "sign-in-error", role: "alert" });
  const username = h("input", {
    id: "username",
    name: "username",
    autocomplete: "username",
    autocapitalize: "none",
    spellcheck: "false",
    value: params.username ?? "",
  });
  const password = h("input", { id: "password", name: "password", type: "password", autocomplete: "current-password" });
  const button = h("button", { type: "submit", class: "block" }, t("signin-submit"));

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    if (!username.value.trim() || !password.value) {
      error.textContent = t("signin-empty");
      return;
    }
    button.disabled = true;
    button.textContent = t("signin-busy");
    try {
      const session = await signIn(username.value.trim(), password.value);
      if (session.user.role !== "practitioner") {
        throw new Error(t("signin-staff"));
      }
      password.value = "";
      await ctx.signedIn(session);
    } catch (e) {
      error.textContent = e?.message ?? String(e);
      button.disabled = false;
      button.textContent = t("signin-submit");
    }
  }

  root.append(
    h(
      "div",
      { class: "welcome" },
      h("img", { src: "icons/icon.svg", alt: "" }),
      h("h2", {}, t("brand-name")),
      h("p", {}, t("signin-tagline")),
    ),
    h(
      "form",
      { class: "card", id: "sign-in-form", novalidate: true, onsubmit: submit },
      params.again
        ? h("p", { class: "note" }, t("signin-again"))
        : null,
      params.locked
        ? h(
            "div",
            { class: "notice", id: "offline-locked", role: "alert" },
            h("strong", {}, t("signin-offline-locked", { days: params.locked })),
            h("p", {}, t("signin-offline-locked-next")),
          )
        : null,
      params.forgot
        ? h(
            "div",
            { class: "notice", id: "forgot-warning", role: "alert" },
            h("strong", {}, t("signin-forgot-title")),
            h("p", {}, t("signin-forgot-text", { unsent: params.unsent ?? 0 })),
          )
        : null,
      wipedNotice(),
      h("div", { class: "field" }, h("label", { for: "username" }, t("signin-username")), username),
      h("div", { class: "field" }, h("label", { for: "password" }, t("signin-password")), password),
      error,
      button,
      h("p", { class: "note" }, t("signin-network-note")),
    ),
    resetSection((name) => {
      username.value = name;
      password.focus();
    }),
  );
  (params.username ? password : username).focus();
}

/** Why the phone is empty, when it wiped itself. */
function wipedNotice() {
  const last = wiped();
  if (!last) return null;
  const when = dateTime(last.at);
  const [title, text] = last.reason === "pins"
    ? [t("signin-wiped-pins-title"), t("signin-wiped-pins-text", { when })]
    : [t("signin-wiped-revoked-title"), t("signin-wiped-revoked-text", { when })];
  return h("div", { class: "notice", id: "wiped", role: "alert" }, h("strong", {}, title), h("p", {}, text));
}
