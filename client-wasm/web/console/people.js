// People and devices: admins add, change, deactivate and reactivate accounts, issue one-time
// reset codes, and export or erase all the hub holds about a person (#/users); everyone sees their own signed-in devices and can revoke one, admins
// anyone's (#/devices); admins read the audit log with filters and download it as CSV (#/audit).
// What each role may do is decided by the hub (and offered here from `HubClient.permissions`).

import { h } from "../js/dom.js";
import { languages, t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, downloadFile, fill, setTitle, spoken, when } from "./api.js";

/** An account's fields in words, for the hub's errors that name one and the audit log. */
const FIELDS = {
  username: () => t("console-people-username"),
  password: () => t("console-people-password"),
  role: () => t("console-people-role"),
  country: () => t("console-people-country"),
  city: () => t("console-people-city"),
  countries: () => t("console-people-countries"),
  language: () => t("console-people-language"),
};
const fieldName = (field) => FIELDS[field]?.() ?? label(field);

/** An error from the hub, with the field it names when it names one. */
const hubError = (e) => (e.field ? t("console-people-field-error", { field: fieldName(e.field), message: e.message }) : e.message);

// ----- users ---------------------------------------------------------------------------------

export async function showUsers(ctx, root) {
  const { session } = ctx;
  const choices = ctx.HubClient.choices();
  // The languages an account may be set to speak, each by its own name.
  const known = await languages()
    .then((index) => index.languages)
    .catch(() => []);
  const list = h("tbody", { id: "user-rows" });
  const notice = h("div", { id: "user-notice", role: "status" });
  const form = newUserForm();
  fill(
    root,
    h("h1", { class: "queue-title" }, t("console-people-users")),
    notice,
    form,
    h(
      "table",
      { class: "rows users" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [
            t("console-people-username"),
            t("console-people-role"),
            t("console-people-country"),
            t("console-people-city"),
            t("console-people-countries"),
            t("console-people-language"),
            t("console-people-status"),
            "",
          ].map((text) => h("th", {}, text)),
        ),
      ),
      list,
    ),
  );
  setTitle(t("console-people-users"));
  await load();

  async function load() {
    let page;
    try {
      page = await api(session, "/api/users");
    } catch (e) {
      fill(list, h("tr", {}, h("td", { colspan: 8, class: "error" }, e.message)));
      return;
    }
    fill(list, page.items.map(row));
  }

  function select(name, values, current, { blank = false } = {}) {
    return h(
      "select",
      { name, "aria-label": fieldName(name) },
      blank ? h("option", { value: "" }, "—") : null,
      values.map((v) => h("option", { value: v, selected: v === current }, label(v))),
    );
  }

  /**
   * The language the apps speak to an account: one of this build's languages, by its own name,
   * or none (the dash), so the apps follow the person's device.
   */
  function languageSelect(current) {
    // A language this build lacks (or a list that could not be had) stays offered by its tag,
    // so saving the row's other fields never clears it.
    const offered = current && !known.some((l) => l.tag === current) ? [...known, { tag: current, name: current, dir: "auto" }] : known;
    return h(
      "select",
      { name: "language", "aria-label": t("console-people-language") },
      h("option", { value: "" }, "—"),
      offered.map((l) => h("option", { value: l.tag, lang: l.tag, dir: l.dir, selected: l.tag === current }, l.name)),
    );
  }

  function row(user) {
    const me = user.id === session.user.id;
    const role = select("role", choices.role, user.role);
    const country = select("country", choices.country, user.country ?? "", { blank: true });
    const city = h("input", { name: "city", value: user.city ?? "", size: 12, dir: "auto", "aria-label": t("console-people-city") });
    const countries = countriesInput(user.countries.join(", "));
    const language = languageSelect(user.language ?? "");
    const error = h("span", { class: "error", role: "alert" });
    const act = (text, run, attrs = {}) =>
      h("button", {
        type: "button",
        class: "secondary",
        ...attrs,
        onclick: async () => {
          error.textContent = "";
          try {
            await run();
          } catch (e) {
            error.textContent = hubError(e);
          }
        },
      }, text);
    // The language goes with the other fields; an empty one clears it (the hub's rule).
    const save = act(t("console-people-save"), async () => {
      await api(session, `/api/users/${user.id}`, {
        method: "PATCH",
        body: { role: role.value, country: country.value, city: city.value, countries: codes(countries.value), language: language.value },
      });
      ctx.toast(t("console-people-saved", { name: user.username }));
      load();
    });
    const active = !user.deactivated_at;
    const toggle = me
      ? null
      : act(active ? t("console-people-deactivate") : t("console-people-reactivate"), async () => {
          if (active && !confirm(t("console-people-deactivate-confirm", { name: user.username }))) return;
          await api(session, `/api/users/${user.id}/${active ? "deactivate" : "reactivate"}`, { method: "POST" });
          ctx.toast(active ? t("console-people-deactivated-toast", { name: user.username }) : t("console-people-reactivated-toast", { name: user.username }));
          load();
        });
    const reset = act(t("console-people-reset"), async () => {
      const issued = await api(session, `/api/users/${user.id}/reset-code`, { method: "POST" });
      // Shown once: the hub keeps only a hash of it.
      fill(
        notice,
        h(
          "div",
          { class: "card reset-code" },
          h("p", {}, t("console-people-reset-code", { name: user.username, until: when(issued.expires_at) })),
          h("p", { class: "code", id: "reset-code", dir: "ltr" }, issued.code),
          h("p", { class: "sub" }, t("console-people-reset-code-note")),
          h("button", { type: "button", class: "quiet", onclick: () => fill(notice) }, t("console-people-done")),
        ),
      );
    });
    const data = act(t("console-people-data"), async () => fill(notice, personData(user)), {
      "aria-label": spoken(t("console-people-data-about", { name: user.username })),
    });
    return h(
      "tr",
      { class: "row", "data-user": user.username },
      h("td", {}, h("span", { dir: "auto" }, user.username), me ? [" ", h("span", { class: "sub" }, t("console-people-you"))] : null),
      h("td", {}, me ? label(user.role) : role),
      h("td", {}, country),
      h("td", {}, city),
      h("td", {}, countries),
      h("td", {}, language),
      h("td", {}, active ? t("console-people-active") : h("span", { class: "chip overdue" }, t("console-people-deactivated"))),
      h(
        "td",
        { class: "actions" },
        save, " ", toggle, " ", reset, " ", data, " ",
        h("a", { href: `#/devices?user=${user.id}` }, t("console-people-devices")),
        error,
      ),
    );
  }

  /** A person's data: download it all, or erase it on their request (not one's own). */
  function personData(user) {
    const error = h("p", { class: "error", role: "alert" });
    const download = h("button", { type: "button", class: "secondary", id: "person-export" }, t("console-people-export"));
    download.addEventListener("click", async () => {
      error.textContent = "";
      try {
        await downloadFile(session, `/api/users/${user.id}/export`, `hubdesk-person-${user.username}.json`);
      } catch (e) {
        error.textContent = e.message;
      }
    });
    const confirmation = h("input", { id: "erase-confirm", autocomplete: "off", size: 16 });
    const erase = h("button", { type: "submit", class: "danger", id: "person-erase" }, t("console-people-erase"));
    const form = h(
      "form",
      { class: "erase" },
      h("label", { for: "erase-confirm" }, t("console-people-erase-confirm", { name: user.username })),
      " ",
      confirmation,
      " ",
      erase,
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      error.textContent = "";
      erase.disabled = true;
      try {
        const done = await api(session, `/api/users/${user.id}/erase`, { method: "POST", body: { confirm: confirmation.value } });
        fill(notice, h("p", { class: "card", id: "erased" }, t("console-people-erased", { anonymised: done.anonymised, rewritten: done.rewritten })));
        load();
      } catch (e) {
        error.textContent = e.message;
        erase.disabled = false;
      }
    });
    const me = user.id === session.user.id;
    return h(
      "div",
      { class: "card person-data", id: "person-data" },
      h("h2", {}, t("console-people-data-about", { name: user.username })),
      h("p", {}, t("console-people-export-text")),
      download,
      me
        ? null
        : [
            h("p", {}, t("console-people-erase-text")),
            form,
          ],
      error,
      h("button", { type: "button", class: "quiet", onclick: () => fill(notice) }, t("console-people-close")),
    );
  }

  function newUserForm() {
    const username = h("input", { name: "username", autocomplete: "off", "aria-label": t("console-people-username") });
    const password = h("input", { name: "password", type: "password", autocomplete: "new-password", "aria-label": t("console-people-password") });
    const role = select("role", choices.role, "practitioner");
    const country = select("country", choices.country, "", { blank: true });
    const city = h("input", { name: "city", dir: "auto", "aria-label": t("console-people-city") });
    const countries = countriesInput("");
    const error = h("p", { class: "error", role: "alert" });
    return h(
      "form",
      {
        class: "card filters",
        id: "new-user",
        onsubmit: async (event) => {
          event.preventDefault();
          error.textContent = "";
          try {
            const made = await api(session, "/api/users", {
              method: "POST",
              body: { username: username.value, password: password.value, role: role.value, country: country.value || null, city: city.value || null, countries: codes(countries.value) },
            });
            ctx.toast(t("console-people-added", { name: made.username }));
            username.value = "";
            password.value = "";
            load();
          } catch (e) {
            error.textContent = hubError(e);
          }
        },
      },
      h("h2", {}, t("console-people-add-title")),
      h("label", {}, t("console-people-username"), " ", username),
      h("label", {}, t("console-people-password"), " ", password),
      h("label", {}, t("console-people-role"), " ", role),
      h("label", {}, t("console-people-country"), " ", country),
      h("label", {}, t("console-people-city"), " ", city),
      h("label", {}, t("console-people-countries"), " ", countries),
      h("button", { class: "primary", type: "submit" }, t("console-people-add")),
      error,
    );
  }

  return { name: "users" };
}

/**
 * The countries an agent or fund manager handles, as typed: codes such as "IN, BD"; empty for
 * every country. The hub checks them (and that only agents and fund managers are limited).
 */
function countriesInput(value) {
  return h("input", { name: "countries", value, size: 8, placeholder: t("console-people-countries-all"), "aria-label": t("console-people-countries") });
}

const codes = (text) => text.split(/[\s,]+/).filter(Boolean).map((code) => code.toUpperCase());

// ----- devices -------------------------------------------------------------------------------

export async function showDevices(ctx, root, params) {
  const { session } = ctx;
  const user = params.get("user");
  const list = h("tbody", { id: "device-rows" });
  const error = h("p", { class: "error", role: "alert" });
  fill(
    root,
    h("h1", { class: "queue-title" }, user && user !== session.user.id ? t("console-people-their-devices") : t("console-people-your-devices")),
    h("p", { class: "sub" }, t("console-people-devices-text")),
    error,
    h(
      "table",
      { class: "rows devices" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [
            t("console-people-device-name"),
            t("console-people-device-platform"),
            t("console-people-device-signed-in"),
            t("console-people-device-last-seen"),
            t("console-people-device-last-sync"),
            t("console-people-status"),
            "",
          ].map((text) => h("th", {}, text)),
        ),
      ),
      list,
    ),
  );
  setTitle(t("console-people-devices"));
  await load();

  async function load() {
    error.textContent = "";
    let page;
    try {
      page = await api(session, user ? `/api/devices?user=${encodeURIComponent(user)}` : "/api/devices");
    } catch (e) {
      error.textContent = e.message;
      return;
    }
    fill(list, page.items.length ? page.items.map(row) : h("tr", {}, h("td", { colspan: 7, class: "empty" }, t("console-people-no-devices"))));
  }

  function row(device) {
    const revoked = Boolean(device.revoked_at);
    const revoke = revoked
      ? null
      : h("button", {
          type: "button",
          class: "secondary",
          onclick: async () => {
            if (!confirm(t("console-people-revoke-confirm", { name: device.name }))) return;
            try {
              await api(session, `/api/devices/${device.id}/revoke`, { method: "POST" });
              ctx.toast(t("console-people-revoked-toast"));
              load();
            } catch (e) {
              error.textContent = e.message;
            }
          },
        }, t("console-people-revoke"));
    return h(
      "tr",
      { class: "row", "data-device": device.id },
      h("td", { dir: "auto" }, device.name),
      h("td", {}, label(device.platform)),
      h("td", {}, when(device.created_at)),
      h("td", {}, when(device.last_seen_at)),
      h("td", {}, device.last_sync_at ? when(device.last_sync_at) : "—"),
      h("td", {}, revoked ? h("span", { class: "chip overdue" }, t("console-people-revoked", { when: when(device.revoked_at) })) : t("console-people-active")),
      h("td", {}, revoke),
    );
  }

  return { name: "devices" };
}

// ----- audit ---------------------------------------------------------------------------------

export async function showAudit(ctx, root, params) {
  const { session } = ctx;
  const choices = ctx.HubClient.choices();
  const users = await api(session, "/api/users").then((p) => p.items).catch(() => []);
  const username = (id) => users.find((u) => u.id === id)?.username ?? id;
  const who = h(
    "select",
    { id: "audit-user", "aria-label": t("console-people-audit-person") },
    h("option", { value: "" }, t("console-people-audit-everyone")),
    users.map((u) => h("option", { value: u.id, selected: u.id === params.get("user") }, u.username)),
  );
  const action = h(
    "select",
    { id: "audit-action", "aria-label": t("console-people-audit-action") },
    h("option", { value: "" }, t("console-people-audit-every-action")),
    choices.audit_action.map((a) => h("option", { value: a, selected: a === params.get("action") }, label(a))),
  );
  const since = h("input", { type: "date", id: "audit-since", value: params.get("since") ?? "" });
  const request = h("input", {
    id: "audit-request",
    placeholder: t("console-people-audit-request-id"),
    "aria-label": t("console-people-audit-request-id"),
    value: params.get("request") ?? "",
    size: 36,
  });
  const error = h("p", { class: "error", role: "alert" });
  const list = h("tbody", { id: "audit-rows" });
  const more = h("button", { type: "button", class: "secondary", hidden: true }, t("console-people-audit-older"));
  const download = h("button", { type: "button", class: "secondary", id: "audit-export" }, t("console-people-audit-download"));
  let next = null;
  let shown = [];
  fill(
    root,
    h("h1", { class: "queue-title" }, t("console-people-audit")),
    h(
      "form",
      { class: "filters", onsubmit: (e) => { e.preventDefault(); load(true); } },
      who, action, h("label", { for: "audit-since" }, t("console-people-audit-since")), since, request,
      h("button", { class: "primary", type: "submit" }, t("console-people-audit-show")),
      download,
    ),
    error,
    h(
      "table",
      { class: "rows audit" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [
            t("console-people-audit-when"),
            t("console-people-audit-what"),
            t("console-people-audit-who"),
            t("console-people-audit-device"),
            t("console-people-audit-about"),
            t("console-people-audit-detail"),
          ].map((text) => h("th", {}, text)),
        ),
      ),
      list,
    ),
    more,
  );
  setTitle(t("console-people-audit"));
  more.addEventListener("click", () => load(false));
  download.addEventListener("click", exportCsv);
  await load(true);

  function query() {
    const q = new URLSearchParams();
    if (who.value) q.set("user", who.value);
    if (action.value) q.set("action", action.value);
    if (since.value) q.set("since", String(Date.parse(since.value)));
    if (request.value.trim()) q.set("request", request.value.trim());
    return q;
  }

  async function load(fresh) {
    error.textContent = "";
    const q = query();
    if (!fresh && next) q.set("before", String(next));
    let page;
    try {
      page = await api(session, `/api/audit?${q}`);
    } catch (e) {
      error.textContent = e.message;
      return;
    }
    shown = fresh ? page.items : shown.concat(page.items);
    next = page.next_before ?? null;
    more.hidden = next === null;
    fill(list, shown.length ? shown.map(row) : h("tr", {}, h("td", { colspan: 6, class: "empty" }, t("console-people-audit-empty"))));
  }

  function row(event) {
    const about = event.request_id
      ? h("a", { href: `#/r/${event.request_id}` }, t("console-people-audit-a-request"))
      : event.subject
        ? username(event.subject)
        : "";
    return h(
      "tr",
      { class: "row", "data-action": event.action },
      h("td", {}, when(event.at)),
      h("td", {}, label(event.action)),
      // Usernames and ids are data; "command line" and "unknown" are the catalogue's.
      event.actor
        ? h("td", { translate: "no" }, event.actor)
        : h("td", {}, event.detail === "command_line" ? t("console-people-audit-command-line") : t("console-people-audit-unknown")),
      h("td", { class: "sub", translate: "no" }, event.device_id ? event.device_id.slice(0, 8) : ""),
      h("td", typeof about === "string" ? { translate: "no" } : {}, about),
      h("td", { class: "sub" }, event.detail ? detail(event) : ""),
    );
  }

  /**
   * An event's detail in words: a change to an account names the fields changed ("role,city");
   * every other detail is one code (why a sign-in failed, what was exported).
   */
  function detail(event) {
    if (event.action === "user_changed") return event.detail.split(",").map(fieldName).join(", ");
    return label(event.detail);
  }

  /** Every event matching the filters, as the hub streams it (the download is recorded). */
  async function exportCsv() {
    error.textContent = "";
    download.disabled = true;
    try {
      await downloadFile(session, `/api/audit/export.csv?${query()}`, "hubdesk-audit.csv");
    } catch (e) {
      error.textContent = e.message;
    } finally {
      download.disabled = false;
    }
  }

  return { name: "audit" };
}
