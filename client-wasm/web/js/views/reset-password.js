// Setting a new password with a one-time code from a hub admin, offered under both sign-in
// forms (the field app's and the console's). The hub checks the code: it works once, within a
// day, and a wrong one counts like a wrong password.

import { h } from "../dom.js";

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
  const button = h("button", { type: "submit", class: "secondary block" }, "Set my new password");

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    status.textContent = "";
    if (!username.value.trim() || !code.value.trim() || !password.value) {
      error.textContent = "Enter your username, the code and a new password.";
      return;
    }
    button.disabled = true;
    try {
      const response = await fetch("/api/auth/reset-password", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: username.value.trim(), code: code.value, new_password: password.value }),
      });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        throw new Error(
          response.status === 401
            ? "That code does not match, or it has expired or been used. Ask the hub for a new one."
            : body?.error?.message ?? `The hub answered HTTP ${response.status}.`,
        );
      }
      status.textContent = "Your new password is set. Sign in with it above.";
      code.value = "";
      password.value = "";
      done(username.value.trim());
    } catch (e) {
      error.textContent = e?.message ?? "No network: setting a new password needs one.";
    } finally {
      button.disabled = false;
    }
  }

  const form = h(
    "form",
    { novalidate: true, onsubmit: submit },
    h("div", { class: "field" }, h("label", { for: "reset-username" }, "Username"), username),
    h("div", { class: "field" }, h("label", { for: "reset-code-input" }, "Code"), code),
    h("div", { class: "field" }, h("label", { for: "reset-password" }, "New password (8 characters or more)"), password),
    error,
    status,
    button,
  );
  // The form is in the page only while the section is open, so its fields never stand beside
  // the sign-in form's own "Username" and "Password" unasked.
  const section = h(
    "details",
    { class: "card reset" },
    h("summary", {}, "I have a one-time code from the hub"),
  );
  section.addEventListener("toggle", () => {
    if (section.open) section.append(form);
    else form.remove();
  });
  return section;
}
