// One request: what was asked, the hub's status, where it is (device, sending, hub), fields two
// devices disagree on, its files, and the conversation. Messages and edits can be written offline; both are
// drafts while typed, and are kept on the device before they count as saved. The requester may
// share it with their city team; a request a colleague shares is shown as theirs, and written to
// only when they share it for writing.

import { h } from "../dom.js";
import { Autosave, savedText } from "../drafts.js";
import { errorText, field, isFieldErrors, lineTotalOf, minorUnits, roundCurrency, select, showErrors } from "../forms.js";
import { attr, has, money, number, picked, rich, slot, t } from "../i18n.js";
import { dateTime, date, label, short, statusLabel, syncLabel } from "../labels.js";
import { keep as keepFile } from "../uploads.js";
import { attachmentsCard } from "./attachments.js";
import { fundCard } from "./fund.js";
import { handoverSection } from "./handover.js";

// Each field two devices may disagree on has its own message, so the whole sentence naming it
// can be translated; a field without one (a newer client's) is named by its path.
const CONFLICT_MESSAGES = {
  title: "conflict-title",
  category: "conflict-topic",
  country: "conflict-country",
  city: "conflict-city",
  "application.requested_cents": "conflict-amount",
};

/** @param {import("../../app.js").Ctx} ctx */
export async function show(ctx, params, root) {
  const { client, session, HubClient } = ctx;
  const id = params.id;
  ctx.setTitle(t("detail-screen-request"));

  const head = h("section", { class: "card detail-head" });
  const conflicts = h("div", { class: "conflicts" });
  const body = h("section", { class: "card", id: "request-body" });
  const application = h("div");
  const fund = fundCard(ctx, id, () => update());
  const files = attachmentsCard(ctx, id);
  const conversation = h("ol", { class: "conversation", id: "conversation", "aria-live": "polite" });
  const missing = h(
    "div",
    { class: "empty", hidden: true },
    h("p", {}, t("detail-missing")),
    h("p", { class: "note" }, t("detail-missing-note")),
  );

  // ----- the composer (kept across updates) --------------------------------------------------
  const messageKey = `message:${id}`;
  const text = h("textarea", { rows: 3, dir: "auto", placeholder: attr("conversation-message", "placeholder") });
  const sendButton = h("button", { type: "submit" }, t("conversation-send"));
  // Files sent with the message: kept on the phone with it, and sent once the hub has it.
  const messageFiles = h("input", { type: "file", id: "message-files", multiple: true, hidden: true });
  const attachToMessage = h("button", { type: "button", class: "secondary", id: "message-attach" }, t("files-attach-to-message"));
  const chosenFiles = h("p", { class: "note", id: "message-files-chosen", "aria-live": "polite" });
  attachToMessage.addEventListener("click", () => messageFiles.click());
  messageFiles.addEventListener("change", () => {
    const names = [...(messageFiles.files ?? [])].map((f) => f.name);
    chosenFiles.textContent = names.length ? t("files-chosen", { count: names.length, names: names.join(", ") }) : "";
  });
  const composerState = h("p", { class: "saved-state", "aria-live": "polite" });
  const composer = h(
    "form",
    { class: "card composer", id: "message-form", novalidate: true },
    field({ name: "body", label: t("conversation-message"), control: text }),
    chosenFiles,
    h("div", { class: "actions" }, sendButton, attachToMessage, messageFiles),
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
      const messageId = await client.sendMessage(id, session.user.id, text.value);
      text.value = "";
      await keepMessageFiles(messageId);
      await messageDraft.clear();
      composerState.textContent = client.status().connection === "connected"
        ? t("conversation-sent")
        : t("conversation-saved-offline");
      await update();
    } catch (error) {
      if (isFieldErrors(error)) showErrors(composer, error.errors);
      else composerState.textContent = t("conversation-failed", { reason: errorText(error) });
    } finally {
      sendButton.disabled = false;
    }
  });

  /** Keeps the files chosen for message `messageId`; one the hub would refuse is said why. */
  async function keepMessageFiles(messageId) {
    const files = [...(messageFiles.files ?? [])];
    messageFiles.value = "";
    chosenFiles.textContent = "";
    for (const file of files) {
      try {
        await keepFile(ctx, id, file, { message: messageId });
      } catch (error) {
        chosenFiles.textContent = error?.code ? picked(error) : t("files-failed", { reason: errorText(error) });
      }
    }
  }

  const handover = handoverSection(ctx, id);

  // ----- sharing with the city team (the requester's own requests) ----------------------------
  const shareChoice = h(
    "select",
    { id: "team-share" },
    h("option", { value: "" }, t("share-none")),
    h("option", { value: "read" }, t("share-read")),
    h("option", { value: "write" }, t("share-write")),
  );
  const shareState = h("p", { class: "saved-state", "aria-live": "polite" });
  const sharing = h(
    "section",
    { class: "card", id: "team-sharing" },
    field({ name: "team", label: t("share-label"), control: shareChoice }),
    h("p", { class: "note" }, t("share-note")),
    shareState,
  );
  shareChoice.addEventListener("change", async () => {
    shareChoice.disabled = true;
    try {
      await client.shareWithTeam(id, shareChoice.value || null);
      shareState.textContent = t("share-saved");
      await update();
    } catch (error) {
      shareState.textContent = t("share-failed", { reason: errorText(error) });
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
    handover.element,
    application,
    fund.element,
    files.element,
    h("section", { id: "conversation-section" }, h("h3", {}, t("conversation-heading")), conversation),
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
    const save = h("button", { type: "submit" }, t("detail-save"));
    const cancel = h("button", { type: "button", class: "secondary" }, t("detail-cancel"));
    const form = h(
      "form",
      { id: "edit-form", novalidate: true },
      summary,
      field({ name: "title", label: t("form-title"), control: controls.title }),
      field({ name: "description", label: t("detail-description"), control: controls.description }),
      field({ name: "category", label: t("form-topic"), control: controls.category }),
      movable
        ? h(
            "div",
            { class: "row" },
            field({ name: "country", label: t("form-country"), control: controls.country }),
            field({ name: "city", label: t("form-city"), control: controls.city }),
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
        ctx.toast(t("detail-changes-saved"));
        await update();
      } catch (error) {
        if (isFieldErrors(error)) {
          showErrors(form, error.errors, { summary });
          form.querySelector('[aria-invalid="true"]')?.focus();
        } else {
          summary.textContent = t("form-could-not-save", { reason: errorText(error) });
          summary.hidden = false;
        }
        save.disabled = false;
      }
    });
    editor = { autosave };
    body.replaceChildren(h("h3", {}, t("detail-edit-heading")), form);
    if (saved) state.textContent = t("detail-edit-back");
    controls.description.focus();
  }

  // ----- showing the request -----------------------------------------------------------------
  async function update() {
    detail = await client.request(id);
    missing.hidden = detail !== null;
    for (const part of [head, body, composer, sharing, files.element]) part.hidden = detail === null;
    conversation.parentElement.hidden = detail === null;
    if (!detail) return;
    const own = detail.requester === session.user.id;
    // A colleague's request shared for reading only: nothing here is for this person to change.
    // Someone the hub referred here writes in the conversation, and changes nothing else.
    const writes = own || detail.team === "write";
    const writable = writes || referredToMe(detail, session.user.id);
    composer.hidden = !writable;
    sharing.hidden = !own || detail.kind === "fund_query";
    handover.show(own);
    if (document.activeElement !== shareChoice) shareChoice.value = detail.team ?? "";
    ctx.setTitle(detail.kind === "fund_query" ? t("detail-screen-fund") : t("detail-screen-request"));
    renderHead(head, detail, own, session.user.id);
    // Amounts are written from minor units in the application's round's currency.
    const currency = roundCurrency(HubClient, detail.fund?.round_id ?? null);
    conflicts.replaceChildren(...(writable ? detail.conflicts : []).map((c) => conflictBox(c, choose, currency)));
    if (!editor) renderBody(body, detail, own, writes ? () => openEditor(null) : null);
    application.replaceChildren(
      detail.application ? applicationCard(detail.application, detail.fund, HubClient, currency) : "",
    );
    fund.element.hidden = !detail.fund;
    fund.render(detail);
    await files.render(detail);
    conversation.replaceChildren(...detail.messages.map((m) => message(m, session.user.id)));
    if (detail.messages.length === 0) {
      conversation.replaceChildren(h("li", { class: "note" }, t("conversation-empty")));
    }
  }

  async function choose(conflict, value) {
    try {
      await client.resolveConflict(id, conflict.field, value);
      ctx.toast(t("conflict-saved"));
      await update();
    } catch (error) {
      ctx.toast(t("conflict-failed", { reason: errorText(error) }));
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

/** Whether the person on this phone is here because the hub referred the requester to them. */
function referredToMe(detail, me) {
  return detail.referrals.some((r) => r.to === me && (r.status === "accepted" || r.status === "closed"));
}

function renderHead(head, detail, own, me) {
  const meta = [
    short(detail.kind),
    // The city is as its requester typed it: data, not the catalogue's words.
    rich(t("detail-place", { city: slot(h("span", { translate: "no" }, detail.city)), country: label(detail.country) })),
    t("detail-filed", { date: date(detail.created_at) }),
  ];
  const referredHere = referredToMe(detail, me);
  const shared = own
    ? null
    : referredHere
      ? h("p", { class: "note", id: "referred-note" }, t("detail-referred-to-you"))
      : h("p", { class: "note", id: "team-note" }, detail.team === "write" ? t("detail-shared-write") : t("detail-shared-read"));
  // Whom the hub connected the requester with.
  const connected = detail.referrals.filter((r) => r.status === "accepted" || r.status === "closed");
  const connections = own && connected.length
    ? h("p", { class: "note", id: "connections" }, t("detail-connected-with", { names: connected.map((r) => r.to_name).join(", ") }))
    : null;
  // Filed at the hub from a call, a message or a workshop: said so, and still the person's own.
  const intake = detail.channel ? h("p", { class: "note", id: "intake-note" }, t("detail-filed-for-you", { channel: label(detail.channel) })) : null;
  // Handed over by the one before, when the city's leadership changed.
  const handed = detail.handed_over_at && own ? h("p", { class: "note", id: "handover-note" }, t("detail-handed-to-you", { date: date(detail.handed_over_at) })) : null;
  head.replaceChildren(
    h("h2", { dir: "auto", id: "request-title" }, detail.title),
    h("p", { class: "meta" }, meta.flatMap((piece, i) => (i ? [" · ", piece] : [piece]))),
    ...(shared ? [shared] : []),
    ...(intake ? [intake] : []),
    ...(handed ? [handed] : []),
    ...(connections ? [connections] : []),
    h(
      "div",
      { class: "chips" },
      detail.status ? h("span", { class: "chip", id: "hub-status" }, statusLabel(detail.status)) : null,
      h("span", { class: `chip sync-${detail.sync}`, id: "request-sync", "data-sync": detail.sync }, syncLabel(detail.sync)),
    ),
    ...[
      detail.duplicate_of ? mergedNote(detail.duplicate_of) : null,
      detail.resolution && !detail.duplicate_of
        ? h("p", { class: "merged", id: "resolution", dir: "auto" }, t("detail-resolved", { resolution: detail.resolution }))
        : null,
    ].filter(Boolean),
  );
}

// Where the link goes in the sentence saying the hub merged a request: the sentence is one
// message with the link's words as its `.link` attribute, so a translation may put the link
// anywhere. The mark stands for the link while the sentence is formatted.
const LINK_MARK = "\u{E000}";

function mergedNote(into) {
  const [before, after = ""] = t("detail-merged", { link: LINK_MARK }).split(LINK_MARK);
  return h(
    "p",
    { class: "merged", id: "merged" },
    before,
    h("a", { href: `#/r/${into}` }, attr("detail-merged", "link")),
    after,
  );
}

function renderBody(body, detail, own, edit) {
  body.replaceChildren(
    h(
      "div",
      { class: "section-head" },
      h("h3", {}, own ? t("detail-asked-own") : t("detail-asked-other")),
      edit ? h("button", { type: "button", class: "quiet", id: "edit-request", onclick: edit }, t("detail-edit")) : null,
    ),
    h("p", { class: "user-text", dir: "auto", id: "request-description" }, detail.description),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("form-topic")),
      h("dd", { id: "request-category" }, label(detail.category)),
    ),
  );
}

/** Two values of one field to choose from; `currency` is the one an amount is in. */
function conflictBox(conflict, choose, currency) {
  const known = CONFLICT_MESSAGES[conflict.field];
  const id = known && has(known) ? known : "conflict-other";
  const args = { field: conflict.field };
  // An amount is stored in minor units; the client's own wording of it is not the person's.
  const shown = (value, i) => {
    if (["category", "country"].includes(conflict.field)) return label(value);
    if (conflict.field === "application.requested_cents" && /^-?\d+$/.test(value)) return money(Number(value), currency);
    return conflict.shown[i] ?? value;
  };
  return h(
    "div",
    { class: "conflict", "data-field": conflict.field, role: "group", "aria-label": attr(id, "aria-label", args) },
    h("p", {}, h("strong", {}, t(id, args)), " ", t("conflict-which")),
    h(
      "div",
      { class: "actions" },
      conflict.values.map((value, i) =>
        h("button", { type: "button", class: "secondary", dir: "auto", onclick: () => choose(conflict, value) }, shown(value, i)),
      ),
    ),
  );
}

/**
 * The application as filed. Its view from the client words amounts and milestones in English,
 * so they are written here from `fund.form` (the same application as the edit form takes it,
 * amounts as the client writes them for editing), read back into minor units by the client.
 * Where that form is missing, the client's words stand.
 */
function applicationCard(app, fund, HubClient, currency) {
  const form = fund?.form ?? null;
  const amount = (text, fallback) => {
    if (!form || text == null) return fallback ?? "—";
    // The client refuses only an amount of zero among those it wrote itself.
    return money(minorUnits(HubClient, text, currency) ?? 0, currency);
  };
  const lineTotals = form ? form.lines.map((line) => lineTotalOf(HubClient, line, currency)) : [];
  const lineTotal = (i, fallback) => {
    if (!form?.lines[i]) return fallback ?? "—";
    return lineTotals[i] == null ? "—" : money(lineTotals[i], currency);
  };
  const linesTotal = form
    ? lineTotals.length && lineTotals.every((x) => x != null)
      ? money(lineTotals.reduce((sum, x) => sum + x, 0), currency)
      : "—"
    : (app.lines_total_text ?? "—");
  const milestones = form ? form.milestones.map(milestoneText) : app.milestones;
  const facts = [
    [t("budget-lead"), app.lead_organisation],
    [t("budget-partner"), app.local_government_partner],
    [t("budget-objectives"), app.objectives],
    [t("detail-risks"), app.risk_assessment],
    [t("detail-mitigation"), app.mitigation],
    [t("budget-partners"), app.partners_resources],
    [t("budget-timeline"), app.timeline],
    [t("detail-milestones"), milestones.join(" · ")],
  ].filter(([, value]) => value);
  return h(
    "section",
    { class: "card", id: "application" },
    h("h3", {}, t("detail-application")),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("detail-amount-asked")),
      h("dd", {}, h("strong", {}, amount(form?.requested, app.requested_text))),
      facts.map(([name, value]) => [h("dt", {}, name), h("dd", { dir: "auto", class: "user-text" }, value)]),
    ),
    app.lines.length > 0
      ? h(
          "table",
          { class: "lines" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, t("detail-line")),
              h("th", { class: "num" }, t("detail-quantity")),
              h("th", { class: "num" }, t("detail-total")),
            ),
          ),
          h(
            "tbody",
            {},
            app.lines.map((line, i) =>
              h(
                "tr",
                {},
                h(
                  "td",
                  {},
                  h("span", { dir: "auto" }, line.description),
                  h("br"),
                  h(
                    "small",
                    { class: "meta" },
                    [label(line.category), t("detail-unit-cost", { cost: amount(form?.lines[i]?.unit_cost, line.unit_cost_text) })].join(" · "),
                  ),
                ),
                h("td", { class: "num" }, number(line.quantity)),
                h("td", { class: "num" }, lineTotal(i, line.total_text)),
              ),
            ),
            h("tr", {}, h("th", { colspan: 2 }, t("detail-total")), h("th", { class: "num" }, linesTotal)),
          ),
        )
      : null,
  );
}

/** A milestone and its due date (`YYYY-MM-DD`), the date written in the person's language. */
function milestoneText({ name, due }) {
  const [year, month, day] = String(due ?? "").split("-").map(Number);
  // The date is read as local midnight, so no time zone moves it to another day.
  const when = year && month && day ? date(new Date(year, month - 1, day).getTime()) : due;
  return when ? t("detail-milestone", { name, due: when }) : name;
}

function message(m, me) {
  const field = m.role === "requester";
  const when = [dateTime(m.sent_at)];
  if (field && m.sync !== "hub") when.push(syncLabel(m.sync));
  const who = !field ? t("conversation-from-hub") : m.author === me ? t("conversation-from-you") : t("conversation-from-colleague");
  return h(
    "li",
    { class: `message ${m.role}`, "data-sync": m.sync },
    h("p", { class: "who" }, who),
    h("p", { class: "user-text body", dir: "auto" }, m.body),
    h("p", { class: "when" }, when.join(" · ")),
  );
}
