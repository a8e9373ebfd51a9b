// Setting a new password with a one-time code from a hub admin, offered under both sign-in
// forms (the field app's and the console's). The hub checks the code: it works once, within a
// day, and a wrong one counts like a wrong password.

import { h } from "../dom.js";
import { languageHeader, t } from "../i18n.js";

// The shortest password the hub accepts (`hubdesk_shared::users::PASSWORD_MIN`), for the label.
const PASSWORD_MIN = 8;

/**
 * A collapsed "I have a reset code" section. `done(username)` is called once the new password is
 * set, so the caller can prefill its sign-in form.
 */
export function resetSection(done) {
  const username = h("input", { id: "reset-username", autocomplete: "username", autocapitalize: "none", spellcheck: "false" });
  const code = h("input", { id: "reset-code-input", autocomplete: "one-time-code", autocapitalize: "characters", spellcheck: "false" });
  const password = h("input", { id: "reset-password", type: "password", autocomplete: "new-password" });
  const error = h("p", { class: "error", id: "reset-error", role: "alert" });
  const status = h("p", { class: "note", id: "reset-done", role: "status" });
  const button = h("button", { type: "submit", class: "secondary block" }, t("password-submit"));

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    status.textContent = "";
    if (!username.value.trim() || !code.value.trim() || !password.value) {
      error.textContent = t("password-empty");
      return;
    }
    button.disabled = true;
    try {
      // A failed fetch is the browser's own words for a missing network: say that in ours.
      const response = await fetch("/api/auth/reset-password", {
        method: "POST",
        headers: { "content-type": "application/json", ...languageHeader() },
        body: JSON.stringify({ username: username.value.trim(), code: code.value, new_password: password.value }),
      }).catch(() => {
        throw new Error(t("password-offline"));
      });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        throw new Error(
          response.status === 401
            ? t("password-bad-code")
            : body?.error?.message ?? t("password-http", { status: response.status }),
        );
      }
      status.textContent = t("password-done");
      code.value = "";
      password.value = "";
      done(username.value.trim());
    } catch (e) {
      error.textContent = e?.message ?? t("password-offline");
    } finally {
      button.disabled = false;
    }
  }

  const form = h(
    "form",
    { novalidate: true, onsubmit: submit },
    h("div", { class: "field" }, h("label", { for: "reset-username" }, t("password-username")), username),
    h("div", { class: "field" }, h("label", { for: "reset-code-input" }, t("password-code")), code),
    h("div", { class: "field" }, h("label", { for: "reset-password" }, t("password-new", { min: PASSWORD_MIN })), password),
    error,
    status,
    button,
  );
  // The form is in the page only while the section is open, so its fields never stand beside
  // the sign-in form's own "Username" and "Password" unasked.
  const section = h(
    "details",
    { class: "card reset" },
    h("summary", {}, t("password-summary")),
  );
  section.addEventListener("toggle", () => {
    if (section.open) section.append(form);
    else form.remove();
  });
  return section;
}
