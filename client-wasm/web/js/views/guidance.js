// The guidance library: what the hub publishes (how to write a local action plan, the grant
// application guidance, the budget template...), kept on the device for reading offline.

import { h, icon, ICONS } from "../dom.js";
import { language, rich, slot, t } from "../i18n.js";
import { date, label, languageLabel, ownName, short } from "../labels.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, params, root) {
  return params.id ? item(ctx, params.id, root) : library(ctx, root);
}

async function library(ctx, root) {
  ctx.setTitle(t("guidance-title"));
  const ready = h("p", { class: "offline-ready", hidden: true }, icon(ICONS.check), t("guidance-saved"));
  const list = h("ul", { class: "list", id: "guidance" });
  const empty = h(
    "div",
    { class: "empty", hidden: true },
    h("p", {}, t("guidance-empty")),
    h("p", { class: "note" }, t("guidance-empty-note")),
  );
  const search = h("input", { type: "search", id: "guidance-search", dir: "auto", autocomplete: "off" });
  search.addEventListener("input", () => update());
  root.append(
    h("p", { class: "intro" }, t("guidance-intro")),
    h(
      "p",
      { class: "links" },
      h("a", { class: "button secondary", href: "#/events", id: "events-link" }, t("events-link")),
      h("a", { class: "button secondary", href: "#/directory", id: "directory-link" }, t("directory-link")),
      h("a", { class: "button secondary", href: "#/practice", id: "practice-link" }, t("practice-link")),
    ),
    ready,
    h("label", { for: "guidance-search" }, t("guidance-search")),
    search,
    list,
    empty,
  );

  async function update() {
    const all = await ctx.client.listGuidance(readerLanguages());
    // Searched on the device, offline too, in the reader's words for topics.
    const items = all.filter((g) =>
      ctx.HubClient.matchesQuery([g.title, g.summary, label(g.topic), g.credit?.name, g.credit?.city].filter(Boolean), search.value),
    );
    ready.hidden = all.length === 0;
    empty.hidden = all.length > 0;
    list.replaceChildren(
      ...items.map((g) =>
        h(
          "li",
          { class: "item guidance", "data-id": g.id },
          h(
            "a",
            { href: `#/guidance/${g.id}` },
            h("h3", { dir: "auto", lang: g.language }, g.title),
            h("p", { class: "meta", dir: "auto", lang: g.language }, g.summary),
            h(
              "div",
              { class: "chips" },
              h("span", { class: "chip" }, short(g.topic)),
              // Only guidance in another language than the page's says which it is.
              g.language !== language().tag ? h("span", { class: "chip", "data-intl": "" }, languageLabel(g.language)) : null,
            ),
            g.credit ? h("p", { class: "sub", "data-credit": "" }, t("guidance-credit", { name: g.credit.name, city: g.credit.city, country: label(g.credit.country) })) : null,
            g.versions.length > 1 ? h("p", { class: "sub also-in" }, alsoIn(g)) : null,
          ),
        ),
      ),
    );
  }

  await update();
  return { update };
}

async function item(ctx, id, root) {
  ctx.setTitle(t("guidance-title"));
  const article = h("article", { class: "card" });
  root.append(article);

  async function update() {
    const g = await ctx.client.guidance(id);
    if (!g) {
      article.replaceChildren(h("p", {}, t("guidance-missing")));
      return;
    }
    article.setAttribute("lang", g.language);
    const page = language().tag;
    // replaceChildren writes a null as the text "null": only what is there goes in.
    article.replaceChildren(
      ...[
        h("h2", { dir: "auto", id: "guidance-title" }, g.title),
        // The app's own words, in the page's language inside an article in the guidance's.
        h(
          "p",
          { class: "meta", lang: page },
          label(g.topic),
          " · ",
          // The language's name is the browser's (Intl), in the page's language.
          h("span", { "data-intl": "" }, languageLabel(g.language)),
          " · ",
          t("guidance-published", { date: date(g.published_at) }),
        ),
        g.credit ? h("p", { class: "meta", id: "guidance-credit", lang: page }, t("guidance-credit", { name: g.credit.name, city: g.credit.city, country: label(g.credit.country) })) : null,
        g.versions.length > 1 ? versionLinks(g, page) : null,
        h("p", { class: "guidance-summary", dir: "auto" }, g.summary),
        h("div", { class: "guidance-body", dir: "auto", id: "guidance-body" }, blocks(g.body)),
      ].filter(Boolean),
    );
  }

  await update();
  return { update };
}

/** The languages to offer guidance in: the page's, then English, the hub's own. */
const readerLanguages = () => [...new Set([language().tag, "en"])];

/** "Also in Bengali and Urdu": the other languages an item exists in (names by Intl). */
function alsoIn(g) {
  const names = g.versions.slice(1).map((v) => languageLabel(v.language));
  const list = new Intl.ListFormat(language().tag, { type: "conjunction" }).format(names);
  return rich(t("guidance-also-in", { languages: slot(h("span", { "data-intl": "" }, list)) }));
}

/** Links to the item's other versions, each named in its own language. */
function versionLinks(g, page) {
  return h(
    "nav",
    { class: "versions", lang: page, "aria-label": t("guidance-versions") },
    h("span", {}, t("guidance-versions")),
    " ",
    g.versions.slice(1).flatMap((v, i) => [
      i ? " · " : null,
      h("a", { href: `#/guidance/${v.id}`, lang: v.language, hreflang: v.language, "data-intl": "" }, ownName(v.language)),
    ]),
  );
}

/**
 * Lays out a guidance body written as plain text with light conventions: blank lines separate
 * paragraphs, `#` starts a heading, `-` or `*` list items, `1.` numbered items (consecutive ones
 * form one list even when blank lines separate them), and a short lead ending in a colon ("Who
 * can apply:") or, in a list item, a short first sentence is set in bold. Everything is inserted
 * as text.
 */
function blocks(body) {
  const nodes = [];
  for (const block of body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
    const lines = block.split("\n").map((l) => l.trim());
    if (/^#{1,6}\s/.test(lines[0])) {
      nodes.push(h("h3", {}, lines[0].replace(/^#+\s*/, "")));
      if (lines.length > 1) nodes.push(paragraph(lines.slice(1)));
    } else if (lines.every((l) => /^[-*•]\s/.test(l))) {
      addToList(nodes, "ul", lines.map((l) => l.replace(/^[-*•]\s+/, "")));
    } else if (lines.every((l) => /^\d+[.)]\s/.test(l))) {
      addToList(nodes, "ol", lines.map((l) => l.replace(/^\d+[.)]\s+/, "")), Number.parseInt(lines[0], 10));
    } else {
      nodes.push(paragraph(lines));
    }
  }
  return nodes;
}

function addToList(nodes, tag, items, start = 1) {
  const last = nodes.at(-1);
  const list = last?.tagName === tag.toUpperCase() ? last : h(tag, tag === "ol" && start !== 1 ? { start } : {});
  if (list !== last) nodes.push(list);
  for (const item of items) list.append(h("li", {}, lead(item, /^([^.:]{2,40}\.)\s+(.+)$/s)));
}

function paragraph(lines) {
  return h(
    "p",
    {},
    lines.flatMap((line, i) => [i > 0 ? h("br") : null, lead(line, /^([^.:]{2,30}:)\s+(.+)$/s)]),
  );
}

/** `text` with its lead (the first group of `pattern`) in bold, if it has one. */
function lead(text, pattern) {
  const match = pattern.exec(text);
  return match ? [h("strong", {}, match[1]), " ", match[2]] : text;
}
