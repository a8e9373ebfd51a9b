// The network's directory, run from the console: member cities (country, where they stand with
// the network and since when, their focal points) and the people who can help (experts and peer
// practitioners). Staff who manage the directory add and change entries in their countries;
// what each person shows others is theirs to choose on their phone, so here it is only shown.
// What a valid entry is is the hub's rule (`shared::directory`); a refusal names each field.

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { label, languageLabel } from "../js/labels.js";
import { api, fill, formField, setTitle, showFieldErrors, when } from "./api.js";

const list = (text) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export async function show(ctx, root) {
  const { HubClient, session } = ctx;
  const choices = HubClient.directoryChoices();
  const { category: topics, country: countries } = HubClient.consoleChoices();
  const editor = h("div", { id: "directory-editor" });
  const cities = h("div", { id: "directory-cities" });
  const people = h("div", { id: "directory-people" });
  const actions = h("div", { class: "actions", hidden: true });
  setTitle(t("console-directory-title"));
  fill(
    root,
    h("h1", { class: "queue-title" }, t("console-directory-title")),
    h("p", { class: "sub" }, t("console-directory-help")),
    actions,
    editor,
    h("h2", {}, t("console-directory-cities")),
    cities,
    h("h2", {}, t("console-directory-people")),
    people,
  );
  fill(
    actions,
    h("button", { type: "button", id: "directory-new-city", onclick: () => cityForm(null) }, t("console-directory-new-city")),
    h("button", { type: "button", id: "directory-new-person", onclick: () => personForm(null) }, t("console-directory-new-person")),
  );
  await load();

  async function load() {
    let directory;
    try {
      directory = await api(session, "/api/directory");
    } catch (e) {
      fill(people, h("p", { class: "error" }, e.message));
      return;
    }
    actions.hidden = !directory.manages;
    fill(cities, directory.cities.length ? directory.cities.map((c) => cityCard(c, directory.manages)) : h("p", { class: "empty" }, t("console-directory-no-cities")));
    fill(people, directory.people.length ? directory.people.map((p) => personCard(p)) : h("p", { class: "empty" }, t("console-directory-no-people")));
  }

  function cityCard(city, manages) {
    return h(
      "section",
      { class: "card", "data-city": city.id },
      h("strong", { dir: "auto" }, city.city),
      " · ",
      label(city.country),
      " · ",
      h("span", { class: "chip" }, label(city.status)),
      city.since ? [" · ", t("directory-since", { when: city.since })] : null,
      city.focal_points.length ? h("p", { class: "sub", dir: "auto" }, t("directory-focal-points", { names: city.focal_points.map((f) => f.name).join(", ") })) : null,
      manages ? h("div", { class: "actions" }, h("button", { type: "button", "data-action": "edit", onclick: () => cityForm(city) }, t("console-directory-edit"))) : null,
    );
  }

  function personCard(person) {
    const manages = person.username !== undefined;
    const hidden = new Set(choices.field.filter((f) => person.shown && !person.shown.includes(f)));
    const field = (key, text) =>
      text ? h("p", { class: "sub", "data-field": key, dir: "auto" }, h("strong", {}, t(`directory-field-${key}`)), " ", text, hidden.has(key) ? [" ", h("span", { class: "chip", "data-hidden": key }, t("console-directory-hidden"))] : null) : null;
    return h(
      "section",
      { class: "card", "data-person": person.id },
      h("strong", { dir: "auto" }, person.name),
      " · ",
      label(person.kind),
      person.city || person.country ? [" · ", [person.city, label(person.country)].filter(Boolean).join(", ")] : null,
      person.listed === false ? [" ", h("span", { class: "chip" }, t("console-directory-unlisted"))] : null,
      field("organisation", person.organisation),
      field("about", person.about),
      field("topics", person.topics?.map(label).join(", ")),
      field("languages", person.languages?.map(languageLabel).join(", ")),
      field("cities", person.cities?.join(", ")),
      field("email", person.email),
      field("phone", person.phone),
      h("p", { class: "sub" }, t("console-directory-updated", { when: when(person.updated_at) })),
      manages ? h("div", { class: "actions" }, h("button", { type: "button", "data-action": "edit", onclick: () => personForm(person) }, t("console-directory-edit"))) : null,
    );
  }

  /** Saves with `send`, naming what the hub refused in `form`; then closes the form and reloads. */
  function saving(form, errors, send, done) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      showFieldErrors(form, errors, null);
      try {
        await send();
      } catch (e) {
        showFieldErrors(form, errors, e);
        return;
      }
      ctx.toast(done);
      fill(editor);
      await load();
    });
  }

  function cityForm(city) {
    const country = h("select", { id: "directory-country", name: "country" }, h("option", { value: "" }, t("console-intake-choose")), countries.map((c) => h("option", { value: c, selected: c === city?.country ? true : null }, label(c))));
    const name = h("input", { id: "directory-city", name: "city", dir: "auto", value: city?.city ?? "" });
    const status = h("select", { id: "directory-status", name: "status" }, choices.membership.map((s) => h("option", { value: s, selected: s === (city?.status ?? "member") ? true : null }, label(s))));
    const since = h("input", { id: "directory-since", name: "since", type: "date", value: city?.since ?? "" });
    const focal = h("input", { id: "directory-focal", name: "focal_points", dir: "ltr", value: "" });
    const errors = h("div", { class: "error", role: "alert", id: "directory-city-errors" });
    const form = h(
      "form",
      { class: "card", id: "directory-city-form", novalidate: true },
      h("h2", {}, city ? t("console-directory-editing", { name: city.city }) : t("console-directory-new-city")),
      formField(t("console-directory-field-country"), country),
      formField(t("console-directory-field-city"), name),
      formField(t("console-directory-field-status"), status),
      formField(t("console-directory-field-since"), since),
      formField(t("console-directory-field-focal"), focal, h("p", { class: "sub" }, t("console-directory-usernames"))),
      errors,
      h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", id: "directory-city-save" }, t("console-directory-save")), h("button", { type: "button", onclick: () => fill(editor) }, t("console-library-cancel"))),
    );
    saving(
      form,
      errors,
      () => {
        const draft = { country: country.value, city: name.value, status: status.value, since: since.value || null, focal_points: list(focal.value) };
        return city ? api(session, `/api/directory/cities/${city.id}`, { method: "PATCH", body: draft }) : api(session, "/api/directory/cities", { method: "POST", body: draft });
      },
      t("console-directory-saved"),
    );
    fill(editor, form);
    name.focus();
  }

  function personForm(person) {
    const input = (key, value, extra = {}) => h("input", { id: `directory-${key}`, name: key, dir: "auto", value: value ?? "", ...extra });
    const user = input("user", "", { dir: "ltr" });
    const name = input("name", person?.name);
    const kind = h("select", { id: "directory-kind", name: "kind" }, choices.person_kind.map((k) => h("option", { value: k, selected: k === person?.kind ? true : null }, label(k))));
    const organisation = input("organisation", person?.organisation);
    const about = h("textarea", { id: "directory-about", name: "about", rows: 3, dir: "auto" }, person?.about ?? "");
    const topicBoxes = h(
      "fieldset",
      { class: "checks", id: "directory-topics" },
      h("legend", {}, t("directory-field-topics")),
      topics.map((code) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "topics", value: code, checked: person?.topics?.includes(code) ? true : null }), " ", label(code))),
      h("p", { class: "error", "data-field": "topics", id: "directory-topics-error" }),
    );
    const languages = input("languages", person?.languages?.join(", "), { dir: "ltr" });
    const cityList = input("cities", person?.cities?.join(", "));
    const email = input("email", person?.email, { dir: "ltr", type: "email" });
    const phone = input("phone", person?.phone, { dir: "ltr", type: "tel" });
    const listed = h("input", { type: "checkbox", id: "directory-listed", name: "listed", checked: person?.listed === false ? null : true });
    const errors = h("div", { class: "error", role: "alert", id: "directory-person-errors" });
    const form = h(
      "form",
      { class: "card", id: "directory-person-form", novalidate: true },
      h("h2", { dir: "auto" }, person ? t("console-directory-editing", { name: person.name }) : t("console-directory-new-person")),
      person ? null : formField(t("console-directory-field-user"), user, h("p", { class: "sub" }, t("console-directory-user-help"))),
      formField(t("console-directory-field-name"), name),
      formField(t("console-directory-field-kind"), kind),
      formField(t("directory-field-organisation"), organisation),
      formField(t("directory-field-about"), about),
      topicBoxes,
      formField(t("directory-field-languages"), languages, h("p", { class: "sub" }, t("console-directory-languages-help"))),
      formField(t("directory-field-cities"), cityList, h("p", { class: "sub" }, t("console-directory-commas"))),
      formField(t("directory-field-email"), email),
      formField(t("directory-field-phone"), phone),
      h("label", { class: "check" }, listed, " ", t("console-directory-listed")),
      h("p", { class: "sub" }, t("console-directory-shown-note")),
      errors,
      h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", id: "directory-person-save" }, t("console-directory-save")), h("button", { type: "button", onclick: () => fill(editor) }, t("console-library-cancel"))),
    );
    saving(
      form,
      errors,
      () => {
        const draft = {
          name: name.value,
          kind: kind.value,
          organisation: organisation.value,
          about: about.value,
          topics: [...topicBoxes.querySelectorAll("input:checked")].map((i) => i.value),
          languages: list(languages.value),
          cities: list(cityList.value),
          email: email.value,
          phone: phone.value,
          listed: listed.checked,
        };
        if (person) return api(session, `/api/directory/people/${person.id}`, { method: "PATCH", body: draft });
        return api(session, "/api/directory/people", { method: "POST", body: { ...draft, user: user.value } });
      },
      t("console-directory-saved"),
    );
    fill(editor, form);
    (person ? name : user).focus();
  }

  return { name: "directory" };
}
