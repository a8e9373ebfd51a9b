// The first screen: my requests, and those colleagues share with my city team, newest first,
// each with the hub's status and where it is (only on this device, sending, with the hub); and
// any unfinished drafts.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { date, label, short, statusLabel, syncLabel } from "../labels.js";
import { answerOffer, keptOffers, refreshOffers } from "../referrals.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("brand-name"));
  const drafts = h("div", { class: "drafts" });
  const list = h("ul", { class: "list", id: "requests" });
  const empty = h(
    "div",
    { class: "empty", hidden: true },
    h("p", {}, t("list-empty")),
    h("p", { class: "note" }, t("list-empty-note")),
    h("p", {}, h("a", { class: "button", href: "#/new" }, t("list-empty-action"))),
  );
  const offers = h("ul", { class: "list", id: "referral-offers" });
  const offersTitle = h("h2", { class: "section", hidden: true }, t("referral-offers-title"));
  root.append(
    offersTitle,
    offers,
    h("div", { class: "list-head" }, h("h2", {}, t("list-title")), h("a", { class: "button secondary", href: "#/new" }, t("list-new"))),
    drafts,
    list,
    empty,
  );

  async function update() {
    const [requests, saved] = await Promise.all([ctx.listRequests(), ctx.client.listDrafts()]);
    list.replaceChildren(...requests.map((request) => item(request, ctx.session.user.id)));
    empty.hidden = requests.length > 0 || saved.some((d) => d.key.startsWith("new:"));
    drafts.replaceChildren(...(await draftLinks(ctx, saved)));
    const offered = await keptOffers(ctx.client);
    offersTitle.hidden = offered.length === 0;
    if (!offers.contains(document.activeElement)) offers.replaceChildren(...offered.map(offerCard));
  }

  /** An offer to help with someone's request: what it is about, and a yes or a no. */
  function offerCard(offer) {
    const said = h("p", { class: "saved-state", "aria-live": "polite" });
    const reply = async (accept) => {
      said.textContent = "";
      try {
        await answerOffer(ctx.client, ctx.session.token, offer, accept);
      } catch (e) {
        said.textContent = e.status ? e.message : t("referral-offline");
        return;
      }
      // Answered: the card goes, even though its button has the focus.
      document.activeElement?.blur();
      await update();
    };
    return h(
      "li",
      { class: "item event", "data-offer": offer.referral_id },
      h(
        "div",
        { class: "event-body" },
        h("h3", { dir: "auto" }, offer.title),
        h("p", { class: "meta" }, [label(offer.category), offer.city, label(offer.country)].filter(Boolean).join(" · ")),
        offer.note ? h("p", { class: "preview", dir: "auto" }, offer.note) : null,
        h("p", { class: "note" }, t("referral-offer-note")),
        said,
        h("button", { type: "button", class: "primary", "data-action": "accept", onclick: () => reply(true) }, t("referral-accept")),
        " ",
        h("button", { type: "button", class: "secondary", "data-action": "decline", onclick: () => reply(false) }, t("referral-decline")),
      ),
    );
  }

  await update();
  refreshOffers(ctx.client, ctx.session.token).then((answered) => answered && update());
  return { update };
}

function item(request, me) {
  const chips = [
    request.requester !== me ? h("span", { class: "chip", "data-team": "" }, t(request.referred.includes(me) ? "list-chip-referred" : "list-chip-team")) : null,
    request.status ? h("span", { class: "chip" }, statusLabel(request.status)) : null,
    h("span", { class: `chip sync-${request.sync}`, "data-sync": request.sync }, syncLabel(request.sync)),
    request.hub_replied_last ? h("span", { class: "chip" }, t("list-chip-replied")) : null,
    request.conflict_count > 0 ? h("span", { class: "chip attention" }, t("list-chip-conflict")) : null,
  ];
  const meta = [short(request.kind), short(request.category), date(request.created_at)];
  if (request.requested_text) meta.splice(2, 0, request.requested_text);
  return h(
    "li",
    { class: "item request", "data-id": request.id, "data-sync": request.sync },
    h(
      "a",
      { href: `#/r/${request.id}` },
      h("h3", { dir: "auto" }, request.title),
      h("p", { class: "meta" }, meta.join(" · ")),
      // The newest message, as its author wrote it (cut between letters by the client).
      request.last_message_preview ? h("p", { class: "preview", dir: "auto" }, request.last_message_preview) : null,
      h("div", { class: "chips" }, chips),
    ),
  );
}

async function draftLinks(ctx, saved) {
  const links = [];
  for (const { key } of saved.filter((d) => d.key.startsWith("new:"))) {
    const form = await ctx.client.loadDraft(key);
    if (!form || !(form.title || form.description)) continue;
    const fund = key === "new:fund_query";
    links.push(
      h(
        "a",
        { href: fund ? "#/new/fund" : "#/new", class: "draft-link" },
        // The title is isolated inside the message, so the line keeps the page's direction.
        h("span", {}, t(fund ? "draft-unfinished-fund" : "draft-unfinished-request", { title: form.title || t("draft-untitled") })),
        h("span", { class: "dir-icon", "aria-hidden": "true" }, "›"),
      ),
    );
  }
  return links;
}
