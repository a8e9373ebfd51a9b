// Who is signed in, what this phone holds, and signing out. Signing out deletes everything the
// app keeps on the phone, so it first lists what the hub does not have yet.

import { h } from "../dom.js";
import { dateTime, label, syncLabel } from "../labels.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle("Account");
  const { client, session } = ctx;
  const user = session.user;
  const device = h("section", { class: "card", id: "device" });
  const devices = h("section", { class: "card", id: "devices" });
  const signOut = h("button", { type: "button", class: "secondary block", id: "sign-out" }, "Sign out");

  root.append(
    h(
      "section",
      { class: "card" },
      h("h2", {}, user.username),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, "Role"),
        h("dd", {}, label(user.role)),
        user.city || user.country
          ? [h("dt", {}, "Place"), h("dd", {}, [user.city, label(user.country)].filter(Boolean).join(", "))]
          : null,
      ),
    ),
    device,
    devices,
    signOut,
  );

  async function update() {
    const [requests, guidance, drafts] = await Promise.all([
      ctx.listRequests(),
      client.listGuidance(),
      client.listDrafts(),
    ]);
    const waiting = requests.filter((r) => r.sync !== "hub").length;
    device.replaceChildren(
      h("h3", {}, "On this phone"),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, "Requests"),
        h("dd", {}, waiting ? `${requests.length} (${waiting} not yet with the hub)` : `${requests.length}, all with the hub`),
        h("dt", {}, "Guidance"),
        h("dd", {}, `${guidance.length} saved for offline reading`),
        h("dt", {}, "Drafts"),
        h("dd", {}, String(drafts.length)),
      ),
    );
  }

  signOut.addEventListener("click", () => confirmSignOut(ctx));
  await update();
  showDevices(ctx, devices);
  return { update };
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
    if (!response.ok) throw new Error(`The hub answered HTTP ${response.status}.`);
    page = await response.json();
  } catch {
    section.replaceChildren(h("h3", {}, "Your devices"), h("p", { class: "note" }, "Shown when this phone is online."));
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
            if (!confirm(`Sign out "${d.name}"? If it is lost, it deletes what HubDesk keeps on it when it next goes online.`)) return;
            const answer = await fetch(`/api/devices/${d.id}/revoke`, {
              method: "POST",
              headers: { authorization: `Bearer ${session.token}` },
            }).catch(() => null);
            if (!answer?.ok) {
              error.textContent = "That did not reach the hub. Try again with a network.";
              return;
            }
            showDevices(ctx, section);
          },
        }, "Sign it out");
    return h(
      "li",
      { class: "device", "data-device": d.id },
      h("strong", { dir: "auto" }, here ? `${d.name} (this phone)` : d.name),
      h("span", { class: "sub" }, ` · ${d.platform} · ${d.revoked_at ? `signed out ${dateTime(d.revoked_at)}` : `last seen ${dateTime(d.last_seen_at ?? d.created_at)}`}`),
      revoke ? [" ", revoke] : null,
    );
  });
  section.replaceChildren(h("h3", {}, "Your devices"), h("ul", { class: "devices" }, rows), error);
}

async function confirmSignOut(ctx) {
  const { client } = ctx;
  const [unsent, drafts] = await Promise.all([client.unsent(), client.listDrafts()]);
  const atRisk = unsent.length > 0 || drafts.length > 0;
  const cancel = h("button", { type: "button", class: "secondary", value: "cancel" }, "Keep me signed in");
  const confirm = h("button", { type: "button", class: atRisk ? "danger" : "", id: "confirm-sign-out" }, atRisk ? "Sign out and delete them" : "Sign out");
  const dialog = h(
    "dialog",
    { id: "sign-out-dialog", "aria-labelledby": "sign-out-title" },
    h("h2", { id: "sign-out-title" }, atRisk ? "Some work is only on this phone" : "Sign out?"),
    atRisk
      ? [
          h("p", {}, "Signing out deletes everything HubDesk keeps on this phone. These are not with the hub yet and would be lost:"),
          h(
            "ul",
            { id: "unsent-list" },
            unsent.map((r) => h("li", { dir: "auto" }, `${r.title} (${syncLabel(r.sync).toLowerCase()})`)),
            drafts.length > 0 ? h("li", {}, `${drafts.length} unfinished draft${drafts.length === 1 ? "" : "s"}`) : null,
          ),
          h("p", { class: "note" }, "To keep them, connect to a network and wait until they show “With the hub”."),
        ]
      : h("p", {}, "Your requests and guidance are removed from this phone. They stay with the hub: sign in again to get them back."),
    h("div", { class: "actions" }, cancel, confirm),
  );
  document.body.append(dialog);
  dialog.addEventListener("close", () => dialog.remove());
  cancel.addEventListener("click", () => dialog.close());
  confirm.addEventListener("click", async () => {
    confirm.disabled = true;
    confirm.textContent = "Signing out…";
    await ctx.signOut();
    dialog.close();
  });
  dialog.showModal();
  cancel.focus();
}
