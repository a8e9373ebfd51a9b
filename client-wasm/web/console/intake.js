// A request that reached the hub by a phone call, a messaging app, email, at a workshop or in
// person, filed here for the practitioner who asked. They are its requester: it reaches their
// phone like one they filed. Who may file for whom, and what a valid request is, are the hub's
// rules (`shared::intake`, `shared::validate`); a refusal names each field at fault, in the
// person's words.

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, fill, formField, setTitle, showFieldErrors } from "./api.js";

export async function show(ctx, root) {
  const { HubClient, me, session } = ctx;
  const choices = HubClient.consoleChoices();
  const kinds = choices.kind.filter((kind) => HubClient.permissions(me, kind).file_for);
  setTitle(t("console-intake-title"));
  // One id per request being typed, so a retry after a lost answer files it once.
  let draftId = HubClient.newRequestId();
  let chosen = null;

  const select = (id, name, codes, first) =>
    h("select", { id, name }, first ? h("option", { value: "" }, first) : null, codes.map((code) => h("option", { value: code }, label(code))));

  const search = h("input", { id: "intake-requester", name: "requester", type: "search", autocomplete: "off", dir: "auto", "aria-controls": "intake-people" });
  const people = h("ul", { class: "people", id: "intake-people" });
  const picked = h("p", { class: "sub", id: "intake-picked", "aria-live": "polite" });
  const channel = select("intake-channel", "channel", choices.channel, t("console-intake-choose"));
  const kind = select("intake-kind", "kind", kinds);
  const title = h("input", { id: "intake-title", name: "title", dir: "auto" });
  const description = h("textarea", { id: "intake-description", name: "description", rows: 5, dir: "auto" });
  const category = select("intake-category", "category", choices.category, t("console-intake-choose"));
  const country = select("intake-country", "country", choices.country, t("console-intake-choose"));
  const city = h("input", { id: "intake-city", name: "city", dir: "auto" });
  const errors = h("div", { class: "error", role: "alert", id: "intake-errors" });

  const form = h(
    "form",
    { class: "card", id: "intake-form", novalidate: true },
    h("p", { class: "sub" }, t("console-intake-help")),
    formField(t("console-intake-requester"), search, [people, picked]),
    formField(t("console-intake-channel"), channel),
    formField(t("console-intake-kind"), kind),
    formField(t("console-intake-field-title"), title),
    formField(t("console-intake-description"), description),
    formField(t("console-intake-category"), category),
    formField(t("console-intake-country"), country),
    formField(t("console-intake-city"), city),
    errors,
    h("button", { class: "primary", type: "submit", id: "intake-file" }, t("console-intake-file")),
  );
  fill(root, h("h1", { class: "queue-title" }, t("console-intake-title")), form);

  // Practitioners in the caller's countries whose username has what was typed.
  let asked = 0;
  async function find() {
    const mine = ++asked;
    let rows;
    try {
      rows = await api(session, `/api/practitioners?q=${encodeURIComponent(search.value.trim())}`);
    } catch (e) {
      if (mine === asked) fill(people, h("li", { class: "error" }, e.message));
      return;
    }
    if (mine !== asked) return;
    fill(
      people,
      rows.length
        ? rows.map((person) =>
            h(
              "li",
              {},
              h(
                "button",
                { type: "button", "data-person": person.id, "aria-pressed": chosen?.id === person.id ? "true" : "false", onclick: () => choose(person) },
                h("strong", { dir: "auto" }, person.username),
                person.city || person.country
                  ? h("span", { class: "sub" }, " · ", h("span", { dir: "auto", translate: "no" }, person.city ?? ""), person.country ? ` (${label(person.country)})` : "")
                  : null,
              ),
            ),
          )
        : h("li", { class: "empty" }, t("console-intake-nobody")),
    );
  }
  let typing;
  search.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(find, 200);
  });

  function choose(person) {
    chosen = person;
    fill(picked, t("console-intake-picked", { name: person.username }));
    for (const option of people.querySelectorAll("[data-person]")) option.setAttribute("aria-pressed", option.dataset.person === person.id ? "true" : "false");
    // Where they work, unless the request is about somewhere else already typed.
    if (!country.value && person.country) country.value = person.country;
    if (!city.value.trim() && person.city) city.value = person.city;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showFieldErrors(form, errors, null);
    const draft = {
      id: draftId,
      requester: chosen?.id ?? "",
      channel: channel.value,
      kind: kind.value,
      title: title.value,
      description: description.value,
      category: category.value,
      country: country.value,
      city: city.value,
    };
    let reply;
    try {
      if (!chosen) throw Object.assign(new Error(t("console-intake-choose-person")), { field: "requester" });
      reply = await api(session, "/api/requests", { method: "POST", body: draft });
    } catch (e) {
      showFieldErrors(form, errors, e);
      return;
    }
    draftId = HubClient.newRequestId();
    ctx.toast(t("console-intake-filed", { name: chosen.username }));
    ctx.navigate(`#/r/${reply.id}`);
  });

  await find();
  return { name: "intake" };
}
