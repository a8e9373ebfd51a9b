// Who is signed in, the language the app speaks, what this phone holds, and signing out. Signing
// out deletes everything the app keeps on the phone, so it first lists what the hub does not have
// yet.

import { h } from "../dom.js";
import { language, languages, number, rich, slot, t } from "../i18n.js";
import { dateTime, label } from "../labels.js";
import { chooseLanguage, sendLanguage } from "../language.js";
import { noteLanguage } from "../session.js";
import { PHOTO_EDGES, PHOTO_QUALITIES, lowData, photoSettings, setLowData, setPhotoSettings } from "../uploads.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("account-title"));
  const { client, session } = ctx;
  const user = session.user;
  const device = h("section", { class: "card", id: "device" });
  const devices = h("section", { class: "card", id: "devices" });
  const signOut = h("button", { type: "button", class: "secondary block", id: "sign-out" }, t("account-sign-out"));

  root.append(
    h(
      "section",
      { class: "card" },
      h("h2", { translate: "no" }, user.username),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("account-role")),
        h("dd", {}, label(user.role)),
        user.city || user.country ? [h("dt", {}, t("account-place")), h("dd", {}, place(user))] : null,
      ),
    ),
    await languageSection(ctx),
    dataSection(),
    device,
    devices,
    signOut,
  );

  async function update() {
    const [requests, guidance, drafts] = await Promise.all([
      ctx.listRequests(),
      client.listGuidance([language().tag, "en"]),
      client.listDrafts(),
    ]);
    const waiting = requests.filter((r) => r.sync !== "hub").length;
    device.replaceChildren(
      h("h3", {}, t("account-on-phone")),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("account-requests")),
        h("dd", {}, t("account-requests-count", { total: requests.length, waiting })),
        h("dt", {}, t("account-guidance")),
        h("dd", {}, t("account-guidance-count", { count: guidance.length })),
        h("dt", {}, t("account-drafts")),
        h("dd", {}, number(drafts.length)),
      ),
    );
  }

  signOut.addEventListener("click", () => confirmSignOut(ctx));
  await update();
  showDevices(ctx, devices);
  return { update };
}

/**
 * Where the person works: their city (as they typed it) and country, or whichever is known. A
 * city alone takes its own direction (the caller sets `dir`); inside the message Fluent isolates it.
 */
function place(user) {
  const city = user.city ? h("span", { translate: "no", dir: "auto" }, user.city) : null;
  if (city && user.country) return rich(t("account-place-value", { city: slot(city), country: label(user.country) }));
  return city ?? label(user.country);
}

/**
 * The language the app speaks, chosen from those this build has. A language is loaded when
 * chosen (a language never used on this phone needs a network), kept on the phone for the next
 * start, offline included, and saved with the person's account on the hub for their other devices.
 */
async function languageSection(ctx) {
  const status = h("p", { class: "note", id: "language-status", role: "status" });
  let listed;
  try {
    listed = await languages();
  } catch (error) {
    // The list of languages comes with the app; without it (never kept offline) there is
    // nothing to choose from.
    console.warn("hubdesk: the list of languages cannot be read:", error?.message ?? error);
    return null;
  }
  const now = language();
  const options = [...listed.languages];
  // A pseudo-locale in use (tests ask for one by tag) is listed too, so the select shows it.
  const pseudo = (listed.pseudo ?? []).find((l) => l.tag === now.tag);
  if (pseudo) options.push(pseudo);
  const select = h(
    "select",
    { id: "language", name: "language" },
    options.map((l) => h("option", { value: l.tag, lang: l.tag, dir: l.dir, selected: l.tag === now.tag }, l.name)),
  );
  select.addEventListener("change", async () => {
    const tag = select.value;
    status.textContent = "";
    select.disabled = true;
    try {
      await chooseLanguage(tag);
    } catch (error) {
      console.warn(`hubdesk: language ${tag} is not available:`, error?.message ?? error);
      status.textContent = t("account-language-offline");
      select.value = language().tag;
      select.disabled = false;
      return;
    }
    ctx.session.user.language = tag;
    noteLanguage(tag, { unsent: true });
    sendLanguage(ctx.session.token);
    ctx.navigate("#/account", { replace: true });
  });
  return h(
    "section",
    { class: "card", id: "language-section" },
    h("div", { class: "field" }, h("label", { for: "language" }, t("account-language")), select),
    status,
  );
}


/**
 * Low-data mode (files wait for Wi-Fi or a tap, text goes first) and how photos are reduced
 * before they are sent. Kept on this phone only: another phone may be on Wi-Fi.
 */
function dataSection() {
  const toggle = h("input", { type: "checkbox", id: "low-data", checked: lowData() });
  const settings = photoSettings();
  const edge = h(
    "select",
    { id: "photo-edge" },
    PHOTO_EDGES.map((px) => h("option", { value: String(px), selected: px === settings.edge }, t("account-photo-edge-option", { px }))),
  );
  const quality = h(
    "select",
    { id: "photo-quality" },
    PHOTO_QUALITIES.map((q) =>
      h("option", { value: String(q), selected: q === settings.quality }, t("account-photo-quality-option", { percent: Math.round(q * 100) })),
    ),
  );
  toggle.addEventListener("change", () => setLowData(toggle.checked));
  const saveSettings = () => setPhotoSettings({ edge: Number(edge.value), quality: Number(quality.value) });
  edge.addEventListener("change", saveSettings);
  quality.addEventListener("change", saveSettings);
  return h(
    "section",
    { class: "card", id: "data-section" },
    h("h3", {}, t("account-data-heading")),
    h("label", { class: "check", for: "low-data" }, toggle, " ", t("account-low-data")),
    h("p", { class: "note" }, t("account-low-data-note")),
    h("div", { class: "field" }, h("label", { for: "photo-edge" }, t("account-photo-edge")), edge),
    h("div", { class: "field" }, h("label", { for: "photo-quality" }, t("account-photo-quality")), quality),
  );
}

/**
 * Where this person is signed in, read from the hub (so only with a network). Another device
 * can be revoked from here: a lost phone deletes what it holds when it next reaches the hub.
 */
async function showDevices(ctx, section) {
  const { session } = ctx;
  const error = h("p", { class: "error", role: "alert" });
  let page;
  try {
    const response = await fetch("/api/devices", { headers: { authorization: `Bearer ${session.token}` } });
    // Not shown: any failure below says the list needs a network.
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    page = await response.json();
  } catch {
    section.replaceChildren(h("h3", {}, t("account-devices")), h("p", { class: "note" }, t("account-devices-offline")));
    return;
  }
  const rows = page.items.map((d) => {
    const here = d.id === session.device_id;
    const revoke = here || d.revoked_at
      ? null
      : h("button", {
          type: "button",
          class: "secondary",
          onclick: async () => {
            if (!confirm(t("account-revoke-confirm", { name: d.name }))) return;
            const answer = await fetch(`/api/devices/${d.id}/revoke`, {
              method: "POST",
              headers: { authorization: `Bearer ${session.token}` },
            }).catch(() => null);
            if (!answer?.ok) {
              error.textContent = t("account-revoke-failed");
              return;
            }
            showDevices(ctx, section);
          },
        }, t("account-revoke"));
    return h(
      "li",
      { class: "device", "data-device": d.id },
      // The name alone takes its own direction; inside a message, `rich` isolates it.
      // A device's name is data (its owner's words, or what the hub named it at sign-in).
      here
        ? h("strong", {}, rich(t("account-device-this-phone", { name: slot(h("span", { translate: "no" }, d.name)) })))
        : h("strong", { dir: "auto", translate: "no" }, d.name),
      h(
        "span",
        { class: "sub" },
        " · ",
        label(d.platform),
        " · ",
        d.revoked_at
          ? t("account-device-signed-out", { when: dateTime(d.revoked_at) })
          : t("account-device-last-seen", { when: dateTime(d.last_seen_at ?? d.created_at) }),
      ),
      revoke ? [" ", revoke] : null,
    );
  });
  section.replaceChildren(h("h3", {}, t("account-devices")), h("ul", { class: "devices" }, rows), error);
}

async function confirmSignOut(ctx) {
  const { client } = ctx;
  const [unsent, drafts] = await Promise.all([client.unsent(), client.listDrafts()]);
  const atRisk = unsent.length > 0 || drafts.length > 0;
  const cancel = h("button", { type: "button", class: "secondary", value: "cancel" }, t("account-keep-signed-in"));
  const confirm = h(
    "button",
    { type: "button", class: atRisk ? "danger" : "", id: "confirm-sign-out" },
    atRisk ? t("account-sign-out-delete") : t("account-sign-out"),
  );
  const dialog = h(
    "dialog",
    { id: "sign-out-dialog", "aria-labelledby": "sign-out-title" },
    h("h2", { id: "sign-out-title" }, atRisk ? t("account-at-risk-title") : t("account-sign-out-question")),
    atRisk
      ? [
          h("p", {}, t("account-at-risk-text")),
          h(
            "ul",
            { id: "unsent-list" },
            // The title is isolated inside the message, so the line keeps the page's direction.
            unsent.map((r) => h("li", {}, t("account-unsent-request", { title: r.title, sync: r.sync }))),
            drafts.length > 0 ? h("li", {}, t("account-unsent-drafts", { count: drafts.length })) : null,
          ),
          h("p", { class: "note" }, t("account-keep-note")),
        ]
      : h("p", {}, t("account-sign-out-text")),
    h("div", { class: "actions" }, cancel, confirm),
  );
  document.body.append(dialog);
  dialog.addEventListener("close", () => dialog.remove());
  cancel.addEventListener("click", () => dialog.close());
  confirm.addEventListener("click", async () => {
    confirm.disabled = true;
    confirm.textContent = t("account-signing-out");
    await ctx.signOut();
    dialog.close();
  });
  dialog.showModal();
  cancel.focus();
}
