// Sign in: once, while online. The session is kept on the device, so the app opens signed in
// without a network from then on.

import { h } from "../dom.js";
import { signIn } from "../session.js";

/**
 * Shows the sign-in form. `ctx.signedIn(session)` is called with `{token, user}` on success.
 * With `params.again`, the person is signing in again on a device whose session the hub no
 * longer accepts; their records stay.
 *
 * @param {import("../../app.js").Ctx} ctx
 */
export function show(ctx, params, root) {
  ctx.setTitle("HubDesk");
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
  const button = h("button", { type: "submit", class: "block" }, "Sign in");

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    if (!username.value.trim() || !password.value) {
      error.textContent = "Enter your username and password.";
      return;
    }
    button.disabled = true;
    button.textContent = "Signing in…";
    try {
      const session = await signIn(username.value.trim(), password.value);
      if (session.user.role !== "practitioner") {
        throw new Error("This app is for practitioners in the field. Hub staff work in the console at /console/.");
      }
      password.value = "";
      await ctx.signedIn(session);
    } catch (e) {
      error.textContent = e?.message ?? String(e);
      button.disabled = false;
      button.textContent = "Sign in";
    }
  }

  root.append(
    h(
      "div",
      { class: "welcome" },
      h("img", { src: "icons/icon.svg", alt: "" }),
      h("h2", {}, "HubDesk"),
      h("p", {}, "The South Asia Regional Hub's help desk, in your pocket."),
    ),
    h(
      "form",
      { class: "card", id: "sign-in-form", novalidate: true, onsubmit: submit },
      params.again
        ? h("p", { class: "note" }, "Sign in again to send your work to the hub. Nothing on this device is lost.")
        : null,
      h("div", { class: "field" }, h("label", { for: "username" }, "Username"), username),
      h("div", { class: "field" }, h("label", { for: "password" }, "Password"), password),
      error,
      button,
      h(
        "p",
        { class: "note" },
        "You need a network to sign in once. After that, HubDesk works without one: everything is kept on this phone and sent when the network is back.",
      ),
    ),
  );
  (params.username ? password : username).focus();
}
