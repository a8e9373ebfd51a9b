// Sign in: once, while online. The session is kept on the device, so the app opens signed in
// without a network from then on.

import { h } from "../dom.js";
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
      params.locked
        ? h(
            "div",
            { class: "notice", id: "offline-locked", role: "alert" },
            h("strong", {}, `This phone has not reached the hub for more than ${params.locked} days, so HubDesk locked it.`),
            h("p", {}, "Sign in online to go on, then enter your PIN. What you have not sent yet is still on this phone, encrypted."),
          )
        : null,
      params.forgot
        ? h(
            "div",
            { class: "notice", id: "forgot-warning", role: "alert" },
            h("strong", {}, "Signing in starts this phone afresh."),
            h(
              "p",
              {},
              (params.unsent > 0
                ? `${params.unsent} request${params.unsent === 1 ? " has" : "s have"} changes that never reached the hub; they will be lost. `
                : "") + "Everything that reached the hub comes back. Changed your mind? Reload the page to enter your PIN instead.",
            ),
          )
        : null,
      wipedNotice(),
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
  const [title, text] = last.reason === "pins"
    ? [
        "Too many wrong PINs were entered on this phone.",
        `On ${dateTime(last.at)}, after the last wrong try, HubDesk deleted everything it kept here, drafts and unsent work included. ` +
          "Sign in again; what reached the hub is still there.",
      ]
    : [
        "This phone was signed out of HubDesk from elsewhere.",
        `On ${dateTime(last.at)} the hub told it that its access was removed, by you from another device or by a hub administrator. ` +
          "So HubDesk deleted everything it kept here, drafts and unsent work included. If that was a mistake, sign in again; what reached the hub is still there.",
      ];
  return h("div", { class: "notice", id: "wiped", role: "alert" }, h("strong", {}, title), h("p", {}, text));
}
