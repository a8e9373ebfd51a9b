// The directory: member cities and the people who can help, read from what the phone keeps
// (js/directory.js) so it opens and searches offline. The search runs in the wasm client with
// the hub's rule (`shared::directory::matches`), in the words the person reads: a topic or a
// language is found by its name in their language as well as by its code. A person listed here
// chooses what others see of their entry; the hub gives others only that.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { date, dateTime, label, languageLabel } from "../labels.js";
import { changeMine, dismissMine, keptDirectory, refreshDirectory, waitingChange } from "../directory.js";
import { keptAsked, refreshNeeds } from "../needs.js";

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, _params, root) {
  ctx.setTitle(t("directory-title"));
  const choices = ctx.HubClient.directoryChoices();
  const search = h("input", { type: "search", id: "directory-search", dir: "auto", autocomplete: "off", placeholder: t("directory-search-hint") });
  const mine = h("section", { id: "directory-mine", hidden: true });
  const asOf = h("p", { class: "note", id: "directory-as-of" });
  const people = h("ul", { class: "list", id: "directory-people" });
  const cities = h("ul", { class: "list", id: "directory-cities" });
  const peopleTitle = h("h2", { class: "section" }, t("directory-people"));
  const citiesTitle = h("h2", { class: "section" }, t("directory-cities"));
  const empty = h("p", { class: "empty", id: "directory-empty", hidden: true }, t("directory-empty"));
  const needs = h("p", { hidden: true }, h("a", { class: "button secondary", href: "#/needs", id: "needs-link" }, t("needs-link")));
  root.append(
    needs,
    h("p", { class: "intro" }, t("directory-intro")),
    h("label", { for: "directory-search" }, t("directory-search")),
    search,
    asOf,
    empty,
    peopleTitle,
    people,
    citiesTitle,
    cities,
    mine,
  );
  let kept = await keptDirectory(ctx.client);

  /** The person's words for every code a search may name. */
  function words() {
    const said = {};
    for (const topic of ctx.HubClient.choices().category) said[`topic:${topic}`] = label(topic);
    for (const kind of choices.person_kind) said[`kind:${kind}`] = label(kind);
    for (const status of choices.membership) said[`membership:${status}`] = label(status);
    for (const person of kept.people) {
      for (const tag of person.languages ?? []) said[`language:${tag}`] = languageLabel(tag);
      if (person.country) said[`country:${person.country}`] = label(person.country);
    }
    for (const city of kept.cities) said[`country:${city.country}`] = label(city.country);
    return said;
  }

  function list() {
    const found = ctx.HubClient.searchDirectory(kept, search.value, words());
    const shownPeople = kept.people.filter((p) => found.people.includes(p.id));
    const shownCities = kept.cities.filter((c) => found.cities.includes(c.id));
    people.replaceChildren(...shownPeople.map(personCard));
    cities.replaceChildren(...shownCities.map(cityCard));
    peopleTitle.hidden = shownPeople.length === 0;
    citiesTitle.hidden = shownCities.length === 0;
    empty.hidden = shownPeople.length + shownCities.length > 0;
    empty.textContent = kept.fetched_at ? t("directory-empty") : t("directory-not-yet");
  }

  function personCard(person) {
    const place = [person.city, person.country ? label(person.country) : null].filter(Boolean).join(", ");
    const line = (key, text) => (text ? h("p", { class: "meta", "data-field": key, dir: "auto" }, h("strong", {}, t(`directory-field-${key}`)), " ", text) : null);
    return h(
      "li",
      { class: "item person", "data-person": person.id },
      h(
        "div",
        { class: "event-body" },
        h("h3", { dir: "auto" }, person.name),
        h("p", { class: "meta" }, [label(person.kind), place].filter(Boolean).join(" · ")),
        person.organisation ? h("p", { class: "meta", "data-field": "organisation", dir: "auto" }, person.organisation) : null,
        person.about ? h("p", { class: "preview", "data-field": "about", dir: "auto" }, person.about) : null,
        line("topics", person.topics?.map(label).join(", ")),
        line("languages", person.languages?.map(languageLabel).join(", ")),
        line("cities", person.cities?.join(", ")),
        person.email ? h("p", { class: "meta", "data-field": "email" }, h("a", { href: `mailto:${person.email}` }, person.email)) : null,
        person.phone ? h("p", { class: "meta", "data-field": "phone" }, h("a", { href: `tel:${person.phone.replace(/[^+\d]/g, "")}` }, person.phone)) : null,
      ),
    );
  }

  function cityCard(city) {
    const since = city.since ? t("directory-since", { when: date(Date.parse(city.since)) }) : null;
    const focal = city.focal_points.length ? t("directory-focal-points", { names: city.focal_points.map((f) => f.name).join(", ") }) : null;
    return h(
      "li",
      { class: "item member-city", "data-city": city.id },
      h(
        "div",
        { class: "event-body" },
        h("h3", { dir: "auto" }, city.city),
        h("p", { class: "meta" }, [label(city.country), label(city.status), since].filter(Boolean).join(" · ")),
        focal ? h("p", { class: "meta", dir: "auto" }, focal) : null,
      ),
    );
  }

  /** The person's own entry: what others see of it, and whether it is listed. */
  async function showMine() {
    const me = kept.people.find((p) => p.id === ctx.session.user.id && p.shown);
    mine.hidden = !me;
    if (!me || mine.contains(document.activeElement)) return;
    const waiting = await waitingChange(ctx.client);
    const shown = new Set(waiting?.shown ?? me.shown);
    const boxes = choices.field.map((field) =>
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "shown", value: field, checked: shown.has(field) }), " ", t(`directory-field-${field}`)),
    );
    const listed = h("input", { type: "checkbox", name: "listed", checked: waiting?.listed ?? me.listed });
    let status = null;
    if (waiting?.refused) {
      status = h("p", { class: "error-summary", role: "alert" }, waiting.refused, " ", h("button", { type: "button", class: "secondary", onclick: async () => (await dismissMine(ctx.client), showMine()) }, t("events-dismiss")));
    } else if (waiting) {
      status = h("p", { class: "note", "data-status": "queued" }, t("directory-mine-queued"));
    }
    const form = h(
      "form",
      { id: "directory-mine-form" },
      h("fieldset", { class: "shown" }, h("legend", {}, t("directory-mine-shown")), ...boxes),
      h("label", { class: "check" }, listed, " ", t("directory-mine-listed")),
      status,
      h("button", { type: "submit", class: "primary" }, t("directory-mine-save")),
    );
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const change = { shown: [...form.querySelectorAll("input[name=shown]:checked")].map((i) => i.value), listed: listed.checked };
      document.activeElement?.blur();
      await changeMine(ctx.client, ctx.session.token, change);
      await update();
    });
    mine.replaceChildren(h("h2", { class: "section" }, t("directory-mine")), h("p", { class: "note" }, t("directory-mine-note")), form);
  }

  async function update() {
    kept = await keptDirectory(ctx.client);
    asOf.textContent = kept.fetched_at && !navigator.onLine ? t("directory-as-of", { when: dateTime(kept.fetched_at) }) : "";
    list();
    needs.hidden = (await keptAsked(ctx.client)).cities.length === 0;
    await showMine();
  }

  search.addEventListener("input", list);
  await update();
  Promise.all([refreshDirectory(ctx.client, ctx.session.token), refreshNeeds(ctx.client, ctx.session.token)]).then(([answered]) => answered && update());
  return { update };
}
