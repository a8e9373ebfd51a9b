// Choosing what one is told, in both apps: notifications on this device (the browser asks
// first), which kinds, quiet hours in this device's time, and for staff an email digest when the
// hub sends email. The kinds offered and every check are the hub's (`shared::notify`); a refusal
// comes back in the person's words and names what was wrong.

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { clock, minutes, preferences, pushState, savePreferences, turnOff, turnOn, utcOffset } from "./push.js";

/**
 * The settings as a `<section>`, filled once the hub answers. `scope` is the app's service
 * worker scope (its words for pushes are kept there).
 */
export async function settingsSection(token, scope) {
  const section = h("section", { class: "card notification-settings", id: "notification-settings" }, h("h2", {}, t("notifications-settings")));
  const registration = await workerOf(scope);
  section.append(await deviceRow(token, registration, scope));
  let prefs;
  try {
    prefs = await preferences(token);
  } catch {
    section.append(h("p", { class: "note", id: "notification-settings-offline" }, t("notifications-needs-network")));
    return section;
  }
  section.append(choices(token, prefs));
  return section;
}

/**
 * The app's service worker registration, waiting a little for one the page is still registering
 * (the apps register theirs after the first screen); none where there is no service worker.
 */
async function workerOf(scope) {
  if (!navigator.serviceWorker) return undefined;
  const now = await navigator.serviceWorker.getRegistration(scope).catch(() => undefined);
  if (now?.active) return now;
  const waited = new Promise((resolve) => setTimeout(resolve, 10_000, undefined));
  return (await Promise.race([navigator.serviceWorker.ready, waited])) ?? now;
}

/** Whether this device is told, and the button that changes it. */
async function deviceRow(token, registration, scope) {
  const status = h("p", { class: "note", id: "push-state", role: "status" });
  const button = h("button", { type: "button", class: "secondary", id: "push-toggle" });
  const error = h("p", { class: "error", id: "push-error", role: "alert" });
  const show = (state) => {
    status.dataset.state = state;
    status.textContent = t(`notifications-push-${state}`);
    button.hidden = state === "unsupported" || state === "denied";
    button.textContent = state === "on" ? t("notifications-push-turn-off") : t("notifications-push-turn-on");
  };
  show(await pushState(registration));
  button.addEventListener("click", async () => {
    error.textContent = "";
    button.disabled = true;
    try {
      show(status.dataset.state === "on" ? await turnOff(token, registration) : await turnOn(token, registration, scope));
    } catch (e) {
      error.textContent = e?.message ?? String(e);
    } finally {
      button.disabled = false;
    }
  });
  return h("div", { class: "push-device" }, status, button, error);
}

/** The kinds, quiet hours and digest, with a button that saves them. */
function choices(token, prefs) {
  const kinds = prefs.kinds.map((kind) =>
    h(
      "label",
      { class: "check" },
      h("input", { type: "checkbox", name: "kind", value: kind, checked: !prefs.off.includes(kind) }),
      h("span", {}, t(`notify-kind-${kind}`)),
    ),
  );
  const quietOn = h("input", { type: "checkbox", id: "quiet-on", checked: Boolean(prefs.quiet) });
  const from = h("input", { type: "time", id: "quiet-from", value: clock(prefs.quiet?.from ?? 21 * 60), required: true });
  const to = h("input", { type: "time", id: "quiet-to", value: clock(prefs.quiet?.to ?? 7 * 60), required: true });
  const digest = prefs.digests_available
    ? h(
        "fieldset",
        { class: "digest" },
        h("legend", {}, t("notifications-digest")),
        h(
          "select",
          { id: "digest", "aria-label": t("notifications-digest") },
          ["off", "hourly", "daily"].map((d) => h("option", { value: d, selected: prefs.digest === d }, t(`notifications-digest-${d}`))),
        ),
        h("label", { for: "digest-email" }, t("notifications-email")),
        h("input", { type: "email", id: "digest-email", dir: "ltr", autocomplete: "email", value: prefs.email ?? "" }),
      )
    : null;
  const status = h("p", { class: "note", id: "notification-settings-status", role: "status" });
  const save = h("button", { type: "submit", class: "primary", id: "notification-settings-save" }, t("notifications-save"));
  const form = h(
    "form",
    { novalidate: true },
    h("fieldset", { class: "kinds" }, h("legend", {}, t("notifications-kinds")), kinds),
    h(
      "fieldset",
      { class: "quiet" },
      h("legend", {}, t("notifications-quiet")),
      h("label", { class: "check" }, quietOn, h("span", {}, t("notifications-quiet-on"))),
      h("label", { for: "quiet-from" }, t("notifications-quiet-from")),
      from,
      h("label", { for: "quiet-to" }, t("notifications-quiet-to")),
      to,
      h("p", { class: "note" }, t("notifications-quiet-note")),
    ),
    digest,
    save,
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.textContent = "";
    status.classList.remove("error");
    save.disabled = true;
    const body = {
      off: [...form.querySelectorAll("input[name=kind]")].filter((c) => !c.checked).map((c) => c.value),
      quiet: quietOn.checked ? { from: minutes(from.value || "00:00"), to: minutes(to.value || "00:00"), utc_offset: utcOffset() } : null,
      digest: digest ? form.querySelector("#digest").value : prefs.digest,
      email: digest ? form.querySelector("#digest-email").value.trim() || null : prefs.email,
    };
    try {
      await savePreferences(token, body);
      status.textContent = t("notifications-saved");
    } catch (e) {
      status.textContent = e?.status ? e.message : t("notifications-needs-network");
      status.classList.add("error");
    } finally {
      save.disabled = false;
    }
  });
  return form;
}
