// One request: what was asked, the hub's status, where it is (device, sending, hub), fields two
// devices disagree on, and the conversation. Messages and edits can be written offline; both are
// drafts while typed, and are kept on the device before they count as saved. The requester may
// share it with their city team; a request a colleague shares is shown as theirs, and written to
// only when they share it for writing.

import { h } from "../dom.js";
import { Autosave, savedText } from "../drafts.js";
import { errorText, field, isFieldErrors, select, showErrors } from "../forms.js";
import { dateTime, date, label, short, statusLabel, syncLabel } from "../labels.js";
import { fundCard } from "./fund.js";

const FIELD_NAMES = {
  title: "title",
  category: "topic",
  country: "country",
  city: "city",
  "application.requested_cents": "requested amount",
};

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, params, root) {
  const { client, session, HubClient } = ctx;
  const id = params.id;
  ctx.setTitle("Request");

  const head = h("section", { class: "card detail-head" });
  const conflicts = h("div", { class: "conflicts" });
  const body = h("section", { class: "card", id: "request-body" });
  const application = h("div");
  const fund = fundCard(ctx, id, () => update());
  const conversation = h("ol", { class: "conversation", id: "conversation", "aria-live": "polite" });
  const missing = h(
    "div",
    { class: "empty", hidden: true },
    h("p", {}, "This request is not on this device yet."),
    h("p", { class: "note" }, "It arrives with the next sync."),
  );

  // ----- the composer (kept across updates) --------------------------------------------------
  const messageKey = `message:${id}`;
  const text = h("textarea", { rows: 3, dir: "auto", placeholder: "Write to the hub…" });
  const sendButton = h("button", { type: "submit" }, "Send");
  const composerState = h("p", { class: "saved-state", "aria-live": "polite" });
  const composer = h(
    "form",
    { class: "card composer", id: "message-form", novalidate: true },
    field({ name: "body", label: "Your message", control: text }),
    h("div", { class: "actions" }, sendButton),
    composerState,
  );
  const messageDraft = new Autosave(client, session.user.id, messageKey, () => text.value, (state) => {
    composerState.textContent = savedText(state);
  });
  text.value = (await client.loadDraft(messageKey)) ?? "";
  text.addEventListener("input", () => {
    messageDraft.changed();
    if (text.getAttribute("aria-invalid")) showErrors(composer, HubClient.checkMessage(text.value));
  });
  composer.addEventListener("submit", async (event) => {
    event.preventDefault();
    const problems = HubClient.checkMessage(text.value);
    if (showErrors(composer, problems)) {
      text.focus();
      return;
    }
    sendButton.disabled = true;
    try {
      await client.sendMessage(id, session.user.id, text.value);
      text.value = "";
      await messageDraft.clear();
      composerState.textContent = client.status().connection === "connected"
        ? "Sent to the hub."
        : "Saved on this phone. It goes to the hub when you are back online.";
      await update();
    } catch (error) {
      if (isFieldErrors(error)) showErrors(composer, error.errors);
      else composerState.textContent = `Could not save the message: ${errorText(error)}`;
    } finally {
      sendButton.disabled = false;
    }
  });

  // ----- sharing with the city team (the requester's own requests) ----------------------------
  const shareChoice = h(
    "select",
    { id: "team-share" },
    h("option", { value: "" }, "Not shared"),
    h("option", { value: "read" }, "To read"),
    h("option", { value: "write" }, "To read and write"),
  );
  const shareState = h("p", { class: "saved-state", "aria-live": "polite" });
  const sharing = h(
    "section",
    { class: "card", id: "team-sharing" },
    field({ name: "team", label: "Share with my city team", control: shareChoice }),
    h("p", { class: "note" }, "Practitioners whose account is in this city see it on their phones too. The hub's internal notes are never shared."),
    shareState,
  );
  shareChoice.addEventListener("change", async () => {
    shareChoice.disabled = true;
    try {
      await client.shareWithTeam(id, shareChoice.value || null);
      shareState.textContent = "Saved on this phone.";
      await update();
    } catch (error) {
      shareState.textContent = `Could not change sharing: ${errorText(error)}`;
    } finally {
      shareChoice.disabled = false;
    }
  });

  root.append(
    missing,
    head,
    conflicts,
    body,
    sharing,
    application,
    fund.element,
    h("section", { id: "conversation-section" }, h("h3", {}, "Conversation"), conversation),
    composer,
  );

  // ----- editing the request -----------------------------------------------------------------
  const editKey = `edit:${id}`;
  let editor = null;
  let detail = null;

  async function openEditor(saved) {
    // `base` is what the fields held when editing began: only fields changed from it are
    // written, so an edit never overwrites what another device changed meanwhile.
    const base = saved?.base ?? {
      title: detail.title,
      description: detail.description,
      category: detail.category,
      country: detail.country,
      city: detail.city,
    };
    // Only the requester moves a request to another place (another city team's).
    const movable = detail.requester === session.user.id;
    const values = saved?.values ?? base;
    const choices = HubClient.choices();
    const controls = {
      title: h("input", { dir: "auto", value: values.title }),
      description: h("textarea", { rows: 6, dir: "auto" }),
      category: select(choices.category),
      country: select(choices.country),
      city: h("input", { dir: "auto", value: values.city }),
    };
    controls.description.value = values.description;
    controls.category.value = values.category;
    controls.country.value = values.country;
    if (!movable) {
      delete controls.country;
      delete controls.city;
    }
    const read = () => Object.fromEntries(Object.entries(controls).map(([k, c]) => [k, c.value]));
    const state = h("p", { class: "saved-state", "aria-live": "polite" });
    const summary = h("div", { class: "error-summary", role: "alert", hidden: true });
    const save = h("button", { type: "submit" }, "Save changes");
    const cancel = h("button", { type: "button", class: "secondary" }, "Cancel");
    const form = h(
      "form",
      { id: "edit-form", novalidate: true },
      summary,
      field({ name: "title", label: "Title", control: controls.title }),
      field({ name: "description", label: "What you need", control: controls.description }),
      field({ name: "category", label: "Topic", control: controls.category }),
      movable
        ? h(
            "div",
            { class: "row" },
            field({ name: "country", label: "Country", control: controls.country }),
            field({ name: "city", label: "City", control: controls.city }),
          )
        : null,
      h("div", { class: "actions" }, save, cancel),
      state,
    );
    const autosave = new Autosave(client, session.user.id, editKey, () => ({ base, values: read() }), (s) => {
      state.textContent = savedText(s);
    });
    form.addEventListener("input", () => autosave.changed());
    form.addEventListener("change", () => autosave.changed());
    cancel.addEventListener("click", async () => {
      await autosave.clear();
      autosave.dispose();
      editor = null;
      await update();
    });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const now = read();
      const changes = Object.fromEntries(Object.entries(now).filter(([k, v]) => v !== base[k]));
      save.disabled = true;
      try {
        if (Object.keys(changes).length > 0) await client.editRequest(id, changes);
        await autosave.clear();
        autosave.dispose();
        editor = null;
        ctx.toast("Changes saved on this phone.");
        await update();
      } catch (error) {
        if (isFieldErrors(error)) {
          showErrors(form, error.errors, { summary });
          form.querySelector('[aria-invalid="true"]')?.focus();
        } else {
          summary.textContent = `Could not save: ${errorText(error)}. Nothing you typed is lost.`;
          summary.hidden = false;
        }
        save.disabled = false;
      }
    });
    editor = { autosave };
    body.replaceChildren(h("h3", {}, "Edit request"), form);
    if (saved) state.textContent = "Your unsaved changes are back.";
    controls.description.focus();
  }

  // ----- showing the request -----------------------------------------------------------------
  async function update() {
    detail = await client.request(id);
    missing.hidden = detail !== null;
    for (const part of [head, body, composer, sharing]) part.hidden = detail === null;
    conversation.parentElement.hidden = detail === null;
    if (!detail) return;
    const own = detail.requester === session.user.id;
    // A colleague's request shared for reading only: nothing here is for this person to change.
    const writable = own || detail.team === "write";
    composer.hidden = !writable;
    sharing.hidden = !own || detail.kind === "fund_query";
    if (document.activeElement !== shareChoice) shareChoice.value = detail.team ?? "";
    ctx.setTitle(detail.kind === "fund_query" ? "Fund query" : "Request");
    renderHead(head, detail, own);
    conflicts.replaceChildren(...(writable ? detail.conflicts : []).map((c) => conflictBox(c, choose)));
    if (!editor) renderBody(body, detail, own, writable ? () => openEditor(null) : null);
    application.replaceChildren(detail.application ? applicationCard(detail.application) : "");
    fund.element.hidden = !detail.fund;
    fund.render(detail);
    conversation.replaceChildren(...detail.messages.map((m) => message(m, session.user.id)));
    if (detail.messages.length === 0) {
      conversation.replaceChildren(h("li", { class: "note" }, "No messages yet. The hub's replies appear here, and stay readable offline."));
    }
  }

  async function choose(conflict, value) {
    try {
      await client.resolveConflict(id, conflict.field, value);
      ctx.toast("Saved your choice.");
      await update();
    } catch (error) {
      ctx.toast(`Could not save your choice: ${errorText(error)}`);
    }
  }

  await update();
  const unsavedEdit = await client.loadDraft(editKey);
  if (detail && unsavedEdit) await openEditor(unsavedEdit);
  return {
    update,
    dispose() {
      return Promise.all([messageDraft.dispose(), editor?.autosave.dispose()]);
    },
  };
}

function renderHead(head, detail, own) {
  const meta = [short(detail.kind), `${detail.city}, ${label(detail.country)}`, `Filed ${date(detail.created_at)}`];
  const shared = own
    ? null
    : h("p", { class: "note", id: "team-note" }, detail.team === "write"
        ? "A colleague shares this with your city team: you can read it and write to the hub."
        : "A colleague shares this with your city team to read.");
  head.replaceChildren(
    h("h2", { dir: "auto", id: "request-title" }, detail.title),
    h("p", { class: "meta" }, meta.join(" · ")),
    ...(shared ? [shared] : []),
    h(
      "div",
      { class: "chips" },
      detail.status ? h("span", { class: "chip", id: "hub-status" }, statusLabel(detail.status)) : null,
      h("span", { class: `chip sync-${detail.sync}`, id: "request-sync", "data-sync": detail.sync }, syncLabel(detail.sync)),
    ),
    ...[
      detail.duplicate_of
        ? h(
            "p",
            { class: "merged", id: "merged" },
            "The hub merged this request into ",
            h("a", { href: `#/r/${detail.duplicate_of}` }, "another request"),
            " and answers there.",
          )
        : null,
      detail.resolution && !detail.duplicate_of
        ? h("p", { class: "merged", id: "resolution", dir: "auto" }, `Resolved: ${detail.resolution}`)
        : null,
    ].filter(Boolean),
  );
}

function renderBody(body, detail, own, edit) {
  body.replaceChildren(
    h(
      "div",
      { class: "section-head" },
      h("h3", {}, own ? "What you asked" : "What was asked"),
      edit ? h("button", { type: "button", class: "quiet", id: "edit-request", onclick: edit }, "Edit") : null,
    ),
    h("p", { class: "user-text", dir: "auto", id: "request-description" }, detail.description),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Topic"),
      h("dd", { id: "request-category" }, label(detail.category)),
    ),
  );
}

function conflictBox(conflict, choose) {
  const name = FIELD_NAMES[conflict.field] ?? conflict.field;
  const shown = (value, i) =>
    ["category", "country"].includes(conflict.field) ? label(value) : conflict.shown[i] ?? value;
  return h(
    "div",
    { class: "conflict", "data-field": conflict.field, role: "group", "aria-label": `Choose the ${name}` },
    h("p", {}, h("strong", {}, `Two devices set a different ${name} while offline. `), "Which one is right?"),
    h(
      "div",
      { class: "actions" },
      conflict.values.map((value, i) =>
        h("button", { type: "button", class: "secondary", dir: "auto", onclick: () => choose(conflict, value) }, shown(value, i)),
      ),
    ),
  );
}

function applicationCard(app) {
  const facts = [
    ["Lead organisation", app.lead_organisation],
    ["Local government partner", app.local_government_partner],
    ["Objectives", app.objectives],
    ["Risks assessed", app.risk_assessment],
    ["Mitigation", app.mitigation],
    ["Partners and resources", app.partners_resources],
    ["Timeline", app.timeline],
    ["Milestones", app.milestones.join(" · ")],
  ].filter(([, value]) => value);
  return h(
    "section",
    { class: "card", id: "application" },
    h("h3", {}, "Grant application"),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Amount asked"),
      h("dd", {}, h("strong", {}, app.requested_text)),
      facts.map(([name, value]) => [h("dt", {}, name), h("dd", { dir: "auto", class: "user-text" }, value)]),
    ),
    app.lines.length > 0
      ? h(
          "table",
          { class: "lines" },
          h("thead", {}, h("tr", {}, h("th", {}, "Budget line"), h("th", { class: "num" }, "Qty"), h("th", { class: "num" }, "Total"))),
          h(
            "tbody",
            {},
            app.lines.map((line) =>
              h(
                "tr",
                {},
                h("td", {}, h("span", { dir: "auto" }, line.description), h("br"), h("small", { class: "meta" }, `${label(line.category)} · ${line.unit_cost_text} each`)),
                h("td", { class: "num" }, String(line.quantity)),
                h("td", { class: "num" }, line.total_text ?? "—"),
              ),
            ),
            h("tr", {}, h("th", { colspan: 2 }, "Total"), h("th", { class: "num" }, app.lines_total_text ?? "—")),
          ),
        )
      : null,
  );
}

function message(m, me) {
  const field = m.role === "requester";
  const when = [dateTime(m.sent_at)];
  if (field && m.sync !== "hub") when.push(syncLabel(m.sync));
  const who = !field ? "The hub" : m.author === me ? "You" : "A colleague";
  return h(
    "li",
    { class: `message ${m.role}`, "data-sync": m.sync },
    h("p", { class: "who" }, who),
    h("p", { class: "user-text body", dir: "auto" }, m.body),
    h("p", { class: "when" }, when.join(" · ")),
  );
}
