// People and devices: admins add, change, deactivate and reactivate accounts, issue one-time
// reset codes, and export or erase all the hub holds about a person (#/users); everyone sees their own signed-in devices and can revoke one, admins
// anyone's (#/devices); admins read the audit log with filters and download it as CSV (#/audit).
// What each role may do is decided by the hub (and offered here from `HubClient.permissions`).

import { h } from "../js/dom.js";
import { label } from "../js/labels.js";
import { api, downloadFile, fill, when } from "./api.js";

// ----- users ---------------------------------------------------------------------------------

export async function showUsers(ctx, root) {
  const { session } = ctx;
  const choices = ctx.HubClient.choices();
  const list = h("tbody", { id: "user-rows" });
  const notice = h("div", { id: "user-notice", role: "status" });
  const form = newUserForm();
  fill(
    root,
    h("h1", { class: "queue-title" }, "Users"),
    notice,
    form,
    h(
      "table",
      { class: "rows users" },
      h("thead", {}, h("tr", {}, ["Username", "Role", "Country", "City", "Handles countries", "Status", ""].map((t) => h("th", {}, t)))),
      list,
    ),
  );
  document.title = "Users · HubDesk console";
  await load();

  async function load() {
    let page;
    try {
      page = await api(session, "/api/users");
    } catch (e) {
      fill(list, h("tr", {}, h("td", { colspan: 6, class: "error" }, e.message)));
      return;
    }
    fill(list, page.items.map(row));
  }

  function select(name, values, current, { blank = false } = {}) {
    return h(
      "select",
      { name, "aria-label": label(name) },
      blank ? h("option", { value: "" }, "—") : null,
      values.map((v) => h("option", { value: v, selected: v === current }, label(v))),
    );
  }

  function row(user) {
    const me = user.id === session.user.id;
    const role = select("role", choices.role, user.role);
    const country = select("country", choices.country, user.country ?? "", { blank: true });
    const city = h("input", { name: "city", value: user.city ?? "", size: 12, "aria-label": "City" });
    const countries = countriesInput(user.countries.join(", "));
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
            error.textContent = e.message;
          }
        },
      }, text);
    const save = act("Save", async () => {
      await api(session, `/api/users/${user.id}`, {
        method: "PATCH",
        body: { role: role.value, country: country.value, city: city.value, countries: codes(countries.value) },
      });
      ctx.toast(`Saved ${user.username}`);
      load();
    });
    const active = !user.deactivated_at;
    const toggle = me
      ? null
      : act(active ? "Deactivate" : "Reactivate", async () => {
          if (active && !confirm(`Deactivate ${user.username}? Every device of theirs is signed out at once.`)) return;
          await api(session, `/api/users/${user.id}/${active ? "deactivate" : "reactivate"}`, { method: "POST" });
          ctx.toast(`${user.username} ${active ? "deactivated" : "reactivated"}`);
          load();
        });
    const reset = act("Reset password", async () => {
      const issued = await api(session, `/api/users/${user.id}/reset-code`, { method: "POST" });
      // Shown once: the hub keeps only a hash of it.
      fill(
        notice,
        h(
          "div",
          { class: "card reset-code" },
          h("p", {}, `One-time code for ${user.username} (works once, until ${when(issued.expires_at)}):`),
          h("p", { class: "code", id: "reset-code" }, issued.code),
          h("p", { class: "sub" }, "Give it to them by phone or in person. It is not shown again. They set a new password with it at sign-in."),
          h("button", { type: "button", class: "quiet", onclick: () => fill(notice) }, "Done"),
        ),
      );
    });
    const data = act("Data…", async () => fill(notice, personData(user)), { "aria-label": `Data about ${user.username}` });
    return h(
      "tr",
      { class: "row", "data-user": user.username },
      h("td", {}, user.username, me ? h("span", { class: "sub" }, " (you)") : null),
      h("td", {}, me ? label(user.role) : role),
      h("td", {}, country),
      h("td", {}, city),
      h("td", {}, countries),
      h("td", {}, active ? "Active" : h("span", { class: "chip overdue" }, "Deactivated")),
      h(
        "td",
        { class: "actions" },
        save, " ", toggle, " ", reset, " ", data, " ",
        h("a", { href: `#/devices?user=${user.id}` }, "Devices"),
        error,
      ),
    );
  }

  /** A person's data: download it all, or erase it on their request (not one's own). */
  function personData(user) {
    const error = h("p", { class: "error", role: "alert" });
    const download = h("button", { type: "button", class: "secondary", id: "person-export" }, "Download their data");
    download.addEventListener("click", async () => {
      error.textContent = "";
      try {
        await downloadFile(session, `/api/users/${user.id}/export`, `hubdesk-person-${user.username}.json`);
      } catch (e) {
        error.textContent = e.message;
      }
    });
    const confirmation = h("input", { id: "erase-confirm", autocomplete: "off", size: 16 });
    const erase = h("button", { type: "submit", class: "danger", id: "person-erase" }, "Erase");
    const form = h(
      "form",
      { class: "erase" },
      h("label", { for: "erase-confirm" }, `Type ${user.username} to confirm`),
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
        fill(notice, h("p", { class: "card", id: "erased" }, `Erased: ${done.anonymised} of their requests anonymised, their words removed from ${done.rewritten} other requests.`));
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
      h("h2", {}, `Data about ${user.username}`),
      h("p", {}, "Everything the hub holds about them, as one JSON file: their account and devices, the requests they filed with their history, what they wrote in other requests, and the audit trail. The download is recorded in the audit log."),
      download,
      me
        ? null
        : [
            h("p", {}, "Erasure on their request: every request they filed is anonymised, their words are removed from other requests, their account is emptied and deactivated, and their devices are signed out and wiped. This cannot be undone."),
            form,
          ],
      error,
      h("button", { type: "button", class: "quiet", onclick: () => fill(notice) }, "Close"),
    );
  }

  function newUserForm() {
    const username = h("input", { name: "username", autocomplete: "off", "aria-label": "Username" });
    const password = h("input", { name: "password", type: "password", autocomplete: "new-password", "aria-label": "Password" });
    const role = select("role", choices.role, "practitioner");
    const country = select("country", choices.country, "", { blank: true });
    const city = h("input", { name: "city", "aria-label": "City" });
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
            ctx.toast(`Added ${made.username}`);
            username.value = "";
            password.value = "";
            load();
          } catch (e) {
            error.textContent = e.field ? `${label(e.field)}: ${e.message}` : e.message;
          }
        },
      },
      h("h2", {}, "Add a user"),
      h("label", {}, "Username ", username),
      h("label", {}, "Password ", password),
      h("label", {}, "Role ", role),
      h("label", {}, "Country ", country),
      h("label", {}, "City ", city),
      h("label", {}, "Handles countries ", countries),
      h("button", { class: "primary", type: "submit" }, "Add"),
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
  return h("input", { name: "countries", value, size: 8, placeholder: "all", "aria-label": "Handles countries" });
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
    h("h1", { class: "queue-title" }, user && user !== session.user.id ? "Their devices" : "Your devices"),
    h("p", { class: "sub" }, "Every sign-in is a device. Revoke one you lost or no longer use: it is signed out at once and, on its next contact, wipes what it holds."),
    error,
    h(
      "table",
      { class: "rows devices" },
      h("thead", {}, h("tr", {}, ["Name", "Platform", "Signed in", "Last seen", "Last sync", "Status", ""].map((t) => h("th", {}, t)))),
      list,
    ),
  );
  document.title = "Devices · HubDesk console";
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
    fill(list, page.items.length ? page.items.map(row) : h("tr", {}, h("td", { colspan: 7, class: "empty" }, "No devices.")));
  }

  function row(device) {
    const revoked = Boolean(device.revoked_at);
    const revoke = revoked
      ? null
      : h("button", {
          type: "button",
          class: "secondary",
          onclick: async () => {
            if (!confirm(`Revoke "${device.name}"? It is signed out at once.`)) return;
            try {
              await api(session, `/api/devices/${device.id}/revoke`, { method: "POST" });
              ctx.toast("Revoked");
              load();
            } catch (e) {
              error.textContent = e.message;
            }
          },
        }, "Revoke");
    return h(
      "tr",
      { class: "row", "data-device": device.id },
      h("td", { dir: "auto" }, device.name),
      h("td", {}, device.platform),
      h("td", {}, when(device.created_at)),
      h("td", {}, when(device.last_seen_at)),
      h("td", {}, device.last_sync_at ? when(device.last_sync_at) : "—"),
      h("td", {}, revoked ? h("span", { class: "chip overdue" }, `Revoked ${when(device.revoked_at)}`) : "Active"),
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
    { id: "audit-user", "aria-label": "Person" },
    h("option", { value: "" }, "Everyone"),
    users.map((u) => h("option", { value: u.id, selected: u.id === params.get("user") }, u.username)),
  );
  const action = h(
    "select",
    { id: "audit-action", "aria-label": "Action" },
    h("option", { value: "" }, "Every action"),
    choices.audit_action.map((a) => h("option", { value: a, selected: a === params.get("action") }, label(a))),
  );
  const since = h("input", { type: "date", id: "audit-since", value: params.get("since") ?? "" });
  const request = h("input", { id: "audit-request", placeholder: "Request id", value: params.get("request") ?? "", size: 36 });
  const error = h("p", { class: "error", role: "alert" });
  const list = h("tbody", { id: "audit-rows" });
  const more = h("button", { type: "button", class: "secondary", hidden: true }, "Older");
  const download = h("button", { type: "button", class: "secondary", id: "audit-export" }, "Download CSV");
  let next = null;
  let shown = [];
  fill(
    root,
    h("h1", { class: "queue-title" }, "Audit log"),
    h(
      "form",
      { class: "filters", onsubmit: (e) => { e.preventDefault(); load(true); } },
      who, action, h("label", { for: "audit-since" }, "Since"), since, request,
      h("button", { class: "primary", type: "submit" }, "Show"),
      download,
    ),
    error,
    h(
      "table",
      { class: "rows audit" },
      h("thead", {}, h("tr", {}, ["When", "What", "Who", "Device", "About", "Detail"].map((t) => h("th", {}, t)))),
      list,
    ),
    more,
  );
  document.title = "Audit log · HubDesk console";
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
    fill(list, shown.length ? shown.map(row) : h("tr", {}, h("td", { colspan: 6, class: "empty" }, "Nothing recorded for these filters.")));
  }

  function row(event) {
    const about = event.request_id
      ? h("a", { href: `#/r/${event.request_id}` }, "a request")
      : event.subject
        ? username(event.subject)
        : "";
    return h(
      "tr",
      { class: "row", "data-action": event.action },
      h("td", {}, when(event.at)),
      h("td", {}, label(event.action)),
      h("td", {}, event.actor ?? (event.detail === "command_line" ? "command line" : "unknown")),
      h("td", { class: "sub" }, event.device_id ? event.device_id.slice(0, 8) : ""),
      h("td", {}, about),
      h("td", { class: "sub" }, event.detail ? label(event.detail) : ""),
    );
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
