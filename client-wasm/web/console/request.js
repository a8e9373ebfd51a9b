// One request in the console: the conversation with internal notes set apart, its files, the
// composer (reply or note, canned responses inserted and editable, files attached to a reply),
// the triage panel, service levels and the history timeline.
//
// The request's three documents sync through the wasm client (`follow`), so another agent's
// change or the requester's new message appears as it arrives; every change goes through
// `client.command`, which runs the shared rules on this device before the hub runs them again.
// The REST API adds what only the hub knows: service levels and the history.

import { h } from "../js/dom.js";
import { attr, has, language, picked, said, t } from "../js/i18n.js";
import { label, ownName, short } from "../js/labels.js";
import { api, due, fill, rich, setTitle, slot, when } from "./api.js";
import { attachToMessage, filesPanel } from "./files.js";
import { applicationPanel } from "./fund.js";
import { handoverPanel } from "./handover.js";
import { referralsPanel } from "./referrals.js";

export async function show(ctx, id, root) {
  const { client, HubClient, me, session } = ctx;
  client.follow(id);
  let detail = null;
  let listing = null;
  let requesterName = null;
  let filedByName = null;
  let events = [];
  let canned = [];
  let lastTriage = "";
  let mode = "reply";
  let renderQueued = false;
  let left = false;

  const header = h("div", { class: "card" }, h("p", { class: "boot" }, t("console-request-loading")));
  const thread = h("div", { class: "thread", id: "thread" });
  const sync = h("p", { class: "sync-state", id: "sync-state" });
  const triagePanel = h("div", { class: "card", id: "triage" });
  const slaPanel = h("div", { class: "card", id: "sla" });
  const timeline = h("ol", { class: "timeline", id: "timeline" });
  const accessList = h("ul", { class: "access", id: "access-list" });
  const composer = buildComposer();
  // A fund query carries an application: its panel sits under the request.
  const fundPanel = applicationPanel(ctx, id);
  fundPanel.element.hidden = true;
  const files = filesPanel(ctx, id);
  const handover = handoverPanel(ctx, id);
  const referrals = referralsPanel(ctx, id);
  let required = [];
  fill(root, 
    h(
      "div",
      { class: "request" },
      h("div", {}, header, referrals.element, handover.element, fundPanel.element, files.element, h("div", { class: "card" }, h("h3", {}, t("console-request-conversation")), thread), composer.element, sync),
      h(
        "aside",
        {},
        triagePanel,
        slaPanel,
        h("div", { class: "card" }, h("h3", {}, t("console-request-history")), timeline),
        h("details", { class: "card", id: "access" }, h("summary", {}, t("console-request-access")), accessList),
      ),
    ),
  );

  // Opening a request records a staff view in its history; live refreshes do not.
  refreshHub({ view: true });
  api(session, "/api/canned")
    .then((rows) => {
      canned = rows ?? [];
      composer.fillCanned(canned);
    })
    .catch(() => {});
  await render();

  async function refreshHub({ view = false } = {}) {
    try {
      const [reply, history] = await Promise.all([
        api(session, `/api/requests/${id}${view ? "?view=true" : ""}`),
        api(session, `/api/requests/${id}/history`),
      ]);
      // After the read above, so this read is in it.
      const access = await api(session, `/api/requests/${id}/access`).catch(() => ({ items: [] }));
      fill(
        accessList,
        access.items.length
          ? access.items.map((e) =>
              h("li", { "data-action": e.action }, [e.actor ?? t("console-request-access-someone"), label(e.action), when(e.at)].join(" · ")),
            )
          : h("li", { class: "readonly" }, t("console-request-access-empty")),
      );
      listing = reply.listing;
      requesterName = reply.requester_username ?? null;
      filedByName = reply.filed_by_username ?? null;
      // A fund application's round says which attachments it needs: the review's checklist.
      const round = reply.request.application?.round_id;
      if (round && !required.length) {
        required = (await api(session, `/api/fund/rounds/${round}`).catch(() => null))?.required_attachments ?? [];
      }
      events = history.events;
      renderHub();
      render();
      fundPanel.refresh();
    } catch (e) {
      console.error("hubdesk console:", e);
      fill(header, h("p", { class: "error" }, e.message));
    }
  }

  async function render() {
    renderQueued = false;
    if (left) return;
    detail = await client.staffRequest(id);
    if (!detail) return;
    const r = detail.request;
    setTitle(r.title);
    // What the request is, one fact after another; who filed it is in bold.
    const facts = [
      short(r.kind),
      label(r.category),
      t("console-request-place", { city: r.city, country: label(r.country) }),
      rich(t("console-request-filed", { when: when(r.created_at), who: slot(h("strong", {}, requesterName ?? ctx.who(r.requester, r.requester))) })),
      r.team ? (r.team === "write" ? t("console-request-team-write") : t("console-request-team-read")) : null,
      // Filed here for the requester, from a call, a message or a workshop.
      r.intake ? h("span", { id: "intake-line" }, t("console-request-intake", { who: filedByName ?? ctx.who(r.intake.by, r.requester), channel: label(r.intake.channel) })) : null,
    ].filter(Boolean);
    fill(header, 
      h("h2", { id: "request-title", dir: "auto" }, r.title),
      h("p", { class: "meta" }, facts.map((fact, i) => [i ? " · " : null, fact])),
      detail.triage?.duplicate_of
        ? h(
            "p",
            { class: "banner" },
            rich(
              t("console-request-merged", {
                link: slot(h("a", { href: `#/r/${detail.triage.duplicate_of}` }, attr("console-request-merged", "link"))),
              }),
            ),
          )
        : null,
      detail.conflicts.length
        ? h("p", { class: "banner warn" }, t("console-request-conflicts", { fields: fieldList(detail.conflicts.map((c) => c.field)) }))
        : null,
      h("div", { class: "description", dir: "auto" }, r.description),
    );
    renderThread();
    renderTriage();
    fundPanel.element.hidden = !r.application;
    fundPanel.refresh(detail);
    files.render(r, required);
    sync.textContent = detail.sync === "hub" ? t("console-request-sync-hub") : t("console-request-sync-sending");
    composer.allow(HubClient.permissions(me, r.kind));
    handover.refresh(detail, HubClient.permissions(me, r.kind));
    referrals.refresh(detail, HubClient.permissions(me, r.kind));
  }

  function renderThread() {
    const r = detail.request;
    const items = [
      ...r.messages.map((m) => ({ at: m.sent_at, message: m })),
      ...(detail.notes?.notes ?? []).map((n) => ({ at: n.created_at, note: n })),
    ].sort((a, b) => a.at - b.at);
    fill(thread, 
      items.length ? null : h("p", { class: "readonly" }, t("console-request-no-messages")),
      items.map(({ message, note }) =>
        message
          ? h(
              "div",
              { class: `message ${message.role}`, "data-message": message.id },
              h(
                "div",
                { class: "head" },
                h("strong", { dir: "auto" }, message.author === r.requester && requesterName ? requesterName : ctx.who(message.author, r.requester)),
                ` · ${message.role === "staff" ? t("console-request-from-hub") : t("console-request-from-field")} · ${when(message.sent_at)}`,
              ),
              h("div", { class: "body", dir: "auto" }, message.body),
            )
          : h(
              "div",
              { class: "message note", "data-note": note.id },
              h(
                "div",
                { class: "head" },
                rich(t("console-request-note-head", { note: slot(h("strong", {}, attr("console-request-note-head", "note"))), who: ctx.who(note.author) })),
                ` · ${when(note.created_at)} · ${t("console-request-note-private")}`,
              ),
              h("div", { class: "body", dir: "auto" }, note.body),
            ),
      ),
    );
  }

  function renderTriage() {
    const triage = detail.triage;
    const key = JSON.stringify(triage);
    triagePanel.dataset.status = triage?.status ?? "";
    // Never rebuild the controls under the person's hands; the next change after they leave
    // them will.
    if (key === lastTriage || triagePanel.contains(document.activeElement)) return;
    lastTriage = key;
    if (!triage) {
      fill(triagePanel, h("h3", {}, t("console-request-triage")), h("p", { class: "readonly" }, t("console-request-triage-loading")));
      return;
    }
    const allowed = HubClient.permissions(me, detail.request.kind);
    const disabled = !allowed.triage;
    const choices = HubClient.consoleChoices();
    const error = h("p", { class: "error", role: "alert", id: "triage-error" });
    const run = (command) => runCommand(command, error);

    const next = HubClient.nextStatuses(me.role, triage.status);
    const resolution = h("textarea", { id: "resolution", rows: 2, dir: "auto", placeholder: t("console-request-resolution-placeholder") }, triage.resolution ?? "");
    const resolutionField = h("div", { class: "field", hidden: !next.includes("closed") }, h("label", { for: "resolution" }, t("console-request-resolution")), resolution);
    const status = h(
      "select",
      { id: "status", disabled: disabled || !next.length },
      h("option", { value: triage.status }, label(triage.status)),
      next.map((s) => h("option", { value: s }, `→ ${label(s)}`)),
    );
    const apply = h("button", {
      class: "secondary",
      type: "button",
      id: "apply-status",
      disabled: disabled || !next.length,
      onclick: () => {
        if (status.value === triage.status) return;
        const command = { type: "set_status", status: status.value };
        if (resolution.value.trim()) command.resolution = resolution.value;
        run(command);
      },
    }, t("console-request-apply"));
    const priority = h(
      "select",
      { id: "priority", disabled, onchange: () => run({ type: "set_priority", priority: priority.value }) },
      choices.priority.map((p) => h("option", { value: p, selected: p === triage.priority }, label(p))),
    );
    // A member of staff as a username and a role, "agent (Agent)": data and a code's words, no
    // sentence, and an <option> can hold text only.
    const assignee = h(
      "select",
      { id: "assignee", disabled, onchange: () => run({ type: "assign", assignee: assignee.value || null }) },
      h("option", { value: "" }, t("console-request-unassigned")),
      ctx.staff.map((s) => h("option", { value: s.id, selected: s.id === triage.assignee }, `${s.username} (${label(s.role)})`)),
    );
    const tags = h("input", {
      id: "tags",
      disabled,
      dir: "auto",
      value: (triage.tags ?? []).join(", "),
      placeholder: t("console-request-tags-placeholder"),
      onchange: () => run({ type: "set_tags", tags: tags.value.split(",").map((s) => s.trim()).filter(Boolean) }),
    });
    const dueAt = h("input", {
      id: "due",
      type: "datetime-local",
      disabled,
      value: triage.due_at ? localInput(triage.due_at) : "",
      onchange: () => run({ type: "set_due", due_at: dueAt.value ? new Date(dueAt.value).getTime() : null }),
    });
    const duplicateOf = h("input", { id: "duplicate-of", disabled, placeholder: t("console-request-duplicate-placeholder") });
    const merge = h("button", {
      class: "secondary",
      type: "button",
      id: "merge",
      disabled,
      onclick: async () => {
        const of = duplicateOf.value.trim();
        // The hub checks the other request exists when the change arrives by REST; here the
        // console asks first, so a merge never points at nothing.
        try {
          await api(session, `/api/requests/${encodeURIComponent(of)}`);
        } catch {
          error.textContent = t("console-request-no-such-request");
          return;
        }
        run({ type: "mark_duplicate", of });
      },
    }, t("console-request-merge"));
    fill(triagePanel, 
      h("h3", {}, t("console-request-triage")),
      disabled ? h("p", { class: "readonly" }, t("console-request-triage-readonly", { role: me.role, kind: detail.request.kind })) : null,
      h("div", { class: "field" }, h("label", { for: "status" }, t("console-request-status")), h("div", { class: "composer-row" }, status, " ", apply)),
      resolutionField,
      h("div", { class: "field" }, h("label", { for: "priority" }, t("console-request-priority")), priority),
      h("div", { class: "field" }, h("label", { for: "assignee" }, t("console-request-assignee")), assignee),
      h("div", { class: "field" }, h("label", { for: "tags" }, t("console-request-tags")), tags),
      h("div", { class: "field" }, h("label", { for: "due" }, t("console-request-answer-by")), dueAt),
      triage.duplicate_of ? null : h("div", { class: "field" }, h("label", { for: "duplicate-of" }, t("console-request-duplicate-of")), duplicateOf, merge),
      error,
    );
  }

  function renderHub() {
    if (listing) {
      fill(slaPanel, 
        h("h3", {}, t("console-request-service-level")),
        h("p", {}, rich(t("console-request-next-deadline", { due: slot(due(listing)) }))),
        h(
          "p",
          { class: "sub" },
          listing.first_response_at
            ? t("console-request-first-answered", { when: when(listing.first_response_at) })
            : t("console-request-not-answered"),
        ),
      );
    } else {
      fill(slaPanel, h("h3", {}, t("console-request-service-level")), h("p", { class: "readonly" }, "—"));
    }
    const requester = detail?.request.requester;
    const name = (user) => (user && user === requester && requesterName ? requesterName : ctx.who(user, requester));
    fill(timeline, 
      events.map((e) =>
        h(
          "li",
          { class: e.internal ? "internal" : null, "data-event": e.type },
          h("time", {}, when(e.server_at)),
          describe(e, name(e.actor), name),
        ),
      ),
    );
  }

  async function runCommand(command, error) {
    error.textContent = "";
    try {
      await client.command(id, me, command);
      if (triagePanel.contains(document.activeElement)) document.activeElement.blur();
      ctx.toast(t("console-request-saved"));
      await render();
      return true;
    } catch (e) {
      // The client's own checks name a catalogue message for each problem; anything else (the
      // hub's refusal, a failure) carries its words already.
      error.textContent = e?.errors?.map((x) => picked(x)).join(" ") ?? said(e);
      lastTriage = "";
      renderTriage();
      return false;
    }
  }

  function buildComposer() {
    const body = h("textarea", { id: "composer-body", dir: "auto", "aria-label": t("console-request-composer-message") });
    const pick = h(
      "select",
      { id: "canned", "aria-label": t("console-request-canned-label") },
      h("option", { value: "" }, t("console-request-canned-choose")),
    );
    const error = h("p", { class: "error", role: "alert" });
    const attach = h("input", { type: "file", id: "reply-files", multiple: true, "aria-label": t("console-files-attach") });
    const send = h("button", { class: "primary", type: "button", id: "send" }, t("console-request-send-reply"));
    const replyTab = h("button", { type: "button", "aria-pressed": "true", onclick: () => setMode("reply") }, t("console-request-reply-tab"));
    const noteTab = h("button", { type: "button", class: "note", "aria-pressed": "false", onclick: () => setMode("note") }, t("console-request-note-tab"));
    const element = h(
      "div",
      { class: "card composer", id: "composer" },
      h("div", { class: "tabs" }, replyTab, noteTab),
      body,
      h("div", { class: "row" }, pick, attach, h("span", { class: "grow" }), send),
      error,
    );
    let usedCanned = null;
    let permissions = { reply: false, notes: false };
    pick.addEventListener("change", () => {
      const chosen = canned.find((c) => c.id === pick.value);
      if (!chosen) return;
      usedCanned = chosen.id;
      body.value = body.value ? `${body.value}\n\n${chosen.body}` : chosen.body;
      pick.value = "";
      body.focus();
    });
    send.addEventListener("click", async () => {
      const text = body.value;
      // A reply with files gets its id here, so the files can name it.
      const chosen = mode === "reply" ? [...(attach.files ?? [])] : [];
      const replyId = crypto.randomUUID();
      const command = mode === "reply"
        ? { type: "reply", body: text, id: replyId, ...(usedCanned ? { canned: usedCanned } : {}) }
        : { type: "add_note", body: text };
      send.disabled = true;
      if (await runCommand(command, error)) {
        body.value = "";
        usedCanned = null;
        attach.value = "";
        if (chosen.length) {
          try {
            for (const file of chosen) await attachToMessage(session, id, replyId, file);
            ctx.toast(t("console-files-attached", { count: chosen.length }));
          } catch (e) {
            error.textContent = t("console-files-failed", { reason: e.message });
          }
        }
      }
      send.disabled = false;
      refreshHub();
    });
    function setMode(next) {
      mode = next;
      replyTab.setAttribute("aria-pressed", String(next === "reply"));
      noteTab.setAttribute("aria-pressed", String(next === "note"));
      element.classList.toggle("note", next === "note");
      pick.hidden = next === "note";
      attach.hidden = next === "note";
      send.textContent = next === "reply" ? t("console-request-send-reply") : t("console-request-add-note");
      apply();
    }
    function apply() {
      send.disabled = mode === "reply" ? !permissions.reply : !permissions.notes;
      body.disabled = send.disabled;
      body.placeholder = send.disabled
        ? t("console-request-composer-not-allowed")
        : mode === "reply"
          ? t("console-request-composer-reply")
          : t("console-request-composer-note");
    }
    return {
      element,
      allow(p) {
        permissions = p;
        apply();
      },
      /**
       * One group per response, its versions in other languages as the group's choices, the
       * one in the console's language first (each named in its own language).
       */
      fillCanned(rows) {
        const byId = new Map(rows.map((c) => [c.id, c]));
        const offers = HubClient.offerVersions(
          rows.map((c) => ({ id: c.id, item: c.item_id, language: c.language })),
          [language().tag, "en"],
        );
        fill(
          pick,
          pick.firstChild,
          offers.map((offer) =>
            h(
              "optgroup",
              { label: byId.get(offer.versions[0].id).title, translate: "no" },
              offer.versions.map((v) => h("option", { value: v.id, lang: v.language }, `${byId.get(v.id).title} · ${ownName(v.language)}`)),
            ),
          ),
        );
      },
      focus(next) {
        setMode(next);
        body.focus();
      },
    };
  }

  return {
    name: "request",
    changed() {
      if (renderQueued) return;
      renderQueued = true;
      requestAnimationFrame(render);
    },
    remote(requestId) {
      if (requestId === id) refreshHub();
    },
    keys(key) {
      if (key === "r") composer.focus("reply");
      else if (key === "n") composer.focus("note");
      else return false;
      return true;
    },
    leave() {
      left = true;
    },
  };
}

function localInput(ms) {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/**
 * Field names in words, as a list ("title, city"): the fields a history event or a conflict
 * names are the request's own (shared::history, shared::schema::CONFLICT_FIELDS).
 */
function fieldList(fields) {
  const names = fields.map((f) => (has(`console-request-field-${f}`) ? t(`console-request-field-${f}`) : f));
  try {
    return new Intl.ListFormat(language().tag, { type: "unit", style: "short" }).format(names);
  } catch {
    return names.join(", ");
  }
}

/** One history event in words: one message each, with who did it (and to what) as arguments. */
function describe(e, who, name) {
  const d = e.detail ?? {};
  switch (e.type) {
    case "created":
      return t("console-request-event-created", { who });
    case "edited":
      return t("console-request-event-edited", { who, fields: fieldList(d.fields ?? []) });
    case "message":
      if (d.role !== "staff") return t("console-request-event-wrote", { who });
      return d.canned ? t("console-request-event-replied-canned", { who }) : t("console-request-event-replied", { who });
    case "note":
      return t("console-request-event-note", { who });
    case "status":
      return t("console-request-event-status", { who, from: label(d.from), to: label(d.to) });
    case "priority":
      return t("console-request-event-priority", { who, from: label(d.from), to: label(d.to) });
    case "assignee":
      return d.to ? t("console-request-event-assigned", { who, assignee: name(d.to) }) : t("console-request-event-unassigned", { who });
    case "tags":
      // The tags are data, each marked added (+) or removed (−).
      return t("console-request-event-tags", {
        who,
        tags: [...(d.added ?? []).map((tag) => `+${tag}`), ...(d.removed ?? []).map((tag) => `−${tag}`)].join(" "),
      });
    case "due":
      return d.to ? t("console-request-event-due", { who, when: when(d.to) }) : t("console-request-event-due-cleared", { who });
    case "resolution":
      return t("console-request-event-resolution", { who });
    case "duplicate":
      return t("console-request-event-duplicate", { who });
    case "viewed":
      return t("console-request-event-viewed", { who });
    case "submitted":
      return t("console-request-event-submitted", { who });
    case "changes_requested":
      return t("console-request-event-changes-requested", { who });
    case "application":
      return t("console-request-event-application", { who, status: d.status ?? "" });
    case "conflict_declared":
      return t("console-request-event-conflict", { who });
    case "handed_over":
      return t("console-request-event-handed-over", { who: d.by ? name(d.by) : who, from: name(d.from), to: name(d.to) });
    default:
      return t("console-request-event-other", { who, event: e.type });
  }
}
