// One request in the console: the conversation with internal notes set apart, the composer
// (reply or note, canned responses inserted and editable), the triage panel, service levels and
// the history timeline.
//
// The request's three documents sync through the wasm client (`follow`), so another agent's
// change or the requester's new message appears as it arrives; every change goes through
// `client.command`, which runs the shared rules on this device before the hub runs them again.
// The REST API adds what only the hub knows: service levels and the history.

import { h } from "../js/dom.js";
import { label, short } from "../js/labels.js";
import { api, due, fill, when } from "./api.js";
import { applicationPanel } from "./fund.js";

export async function show(ctx, id, root) {
  const { client, HubClient, me, session } = ctx;
  client.follow(id);
  let detail = null;
  let listing = null;
  let requesterName = null;
  let events = [];
  let canned = [];
  let lastTriage = "";
  let mode = "reply";
  let renderQueued = false;
  let left = false;

  const header = h("div", { class: "card" }, h("p", { class: "boot" }, "Loading the request from the hub…"));
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
  fill(root, 
    h(
      "div",
      { class: "request" },
      h("div", {}, header, fundPanel.element, h("div", { class: "card" }, h("h3", {}, "Conversation"), thread), composer.element, sync),
      h(
        "aside",
        {},
        triagePanel,
        slaPanel,
        h("div", { class: "card" }, h("h3", {}, "History"), timeline),
        h("details", { class: "card", id: "access" }, h("summary", {}, "Who accessed it"), accessList),
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
              h("li", { "data-action": e.action }, `${e.actor ?? "someone"} · ${label(e.action).toLowerCase()} · ${when(e.at)}`),
            )
          : h("li", { class: "readonly" }, "Nothing recorded yet."),
      );
      listing = reply.listing;
      requesterName = reply.requester_username ?? null;
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
    document.title = `${r.title} · HubDesk console`;
    fill(header, 
      h("h2", { id: "request-title" }, r.title),
      h(
        "p",
        { class: "meta" },
        `${short(r.kind)} · ${label(r.category)} · ${r.city}, ${label(r.country)} · filed ${when(r.created_at)} by `,
        h("strong", {}, requesterName ?? ctx.who(r.requester, r.requester)),
        r.team ? ` · shared with their city team to ${r.team === "write" ? "read and write" : "read"}` : "",
      ),
      detail.triage?.duplicate_of
        ? h("p", { class: "banner" }, "Merged as a duplicate of ", h("a", { href: `#/r/${detail.triage.duplicate_of}` }, "another request"), ".")
        : null,
      detail.conflicts.length
        ? h("p", { class: "banner warn" }, `Devices set ${detail.conflicts.map((c) => c.field).join(", ")} differently while apart.`)
        : null,
      h("div", { class: "description" }, r.description),
    );
    renderThread();
    renderTriage();
    fundPanel.element.hidden = !r.application;
    fundPanel.refresh(detail);
    sync.textContent = detail.sync === "hub" ? "Every change is with the hub." : "Changes made here are on their way to the hub…";
    composer.allow(HubClient.permissions(me, r.kind));
  }

  function renderThread() {
    const r = detail.request;
    const items = [
      ...r.messages.map((m) => ({ at: m.sent_at, message: m })),
      ...(detail.notes?.notes ?? []).map((n) => ({ at: n.created_at, note: n })),
    ].sort((a, b) => a.at - b.at);
    fill(thread, 
      items.length ? null : h("p", { class: "readonly" }, "No messages yet."),
      items.map(({ message, note }) =>
        message
          ? h(
              "div",
              { class: `message ${message.role}`, "data-message": message.id },
              h("div", { class: "head" }, h("strong", {}, message.author === r.requester && requesterName ? requesterName : ctx.who(message.author, r.requester)), ` · ${message.role === "staff" ? "reply from the hub" : "from the field"} · ${when(message.sent_at)}`),
              h("div", { class: "body" }, message.body),
            )
          : h(
              "div",
              { class: "message note", "data-note": note.id },
              h("div", { class: "head" }, h("strong", {}, "Internal note"), ` by ${ctx.who(note.author)} · ${when(note.created_at)} · never shown to the field`),
              h("div", { class: "body" }, note.body),
            ),
      ),
    );
  }

  function renderTriage() {
    const t = detail.triage;
    const key = JSON.stringify(t);
    triagePanel.dataset.status = t?.status ?? "";
    // Never rebuild the controls under the person's hands; the next change after they leave
    // them will.
    if (key === lastTriage || triagePanel.contains(document.activeElement)) return;
    lastTriage = key;
    if (!t) {
      fill(triagePanel, h("h3", {}, "Triage"), h("p", { class: "readonly" }, "Loading…"));
      return;
    }
    const allowed = HubClient.permissions(me, detail.request.kind);
    const disabled = !allowed.triage;
    const choices = HubClient.consoleChoices();
    const error = h("p", { class: "error", role: "alert", id: "triage-error" });
    const run = (command) => runCommand(command, error);

    const next = HubClient.nextStatuses(me.role, t.status);
    const resolution = h("textarea", { id: "resolution", rows: 2, placeholder: "How was it resolved?" }, t.resolution ?? "");
    const resolutionField = h("div", { class: "field", hidden: !next.includes("closed") }, h("label", { for: "resolution" }, "Resolution note (needed to close)"), resolution);
    const status = h(
      "select",
      { id: "status", disabled: disabled || !next.length },
      h("option", { value: t.status }, label(t.status)),
      next.map((s) => h("option", { value: s }, `→ ${label(s)}`)),
    );
    const apply = h("button", {
      class: "secondary",
      type: "button",
      id: "apply-status",
      disabled: disabled || !next.length,
      onclick: () => {
        if (status.value === t.status) return;
        const command = { type: "set_status", status: status.value };
        if (resolution.value.trim()) command.resolution = resolution.value;
        run(command);
      },
    }, "Apply");
    const priority = h(
      "select",
      { id: "priority", disabled, onchange: () => run({ type: "set_priority", priority: priority.value }) },
      choices.priority.map((p) => h("option", { value: p, selected: p === t.priority }, label(p))),
    );
    const assignee = h(
      "select",
      { id: "assignee", disabled, onchange: () => run({ type: "assign", assignee: assignee.value || null }) },
      h("option", { value: "" }, "Unassigned"),
      ctx.staff.map((s) => h("option", { value: s.id, selected: s.id === t.assignee }, `${s.username} (${label(s.role)})`)),
    );
    const tags = h("input", {
      id: "tags",
      disabled,
      value: (t.tags ?? []).join(", "),
      placeholder: "Tags, separated by commas",
      onchange: () => run({ type: "set_tags", tags: tags.value.split(",").map((s) => s.trim()).filter(Boolean) }),
    });
    const dueAt = h("input", {
      id: "due",
      type: "datetime-local",
      disabled,
      value: t.due_at ? localInput(t.due_at) : "",
      onchange: () => run({ type: "set_due", due_at: dueAt.value ? new Date(dueAt.value).getTime() : null }),
    });
    const duplicateOf = h("input", { id: "duplicate-of", disabled, placeholder: "Id of the request it duplicates" });
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
          error.textContent = "There is no request with that id.";
          return;
        }
        run({ type: "mark_duplicate", of });
      },
    }, "Merge as duplicate");
    fill(triagePanel, 
      h("h3", {}, "Triage"),
      disabled ? h("p", { class: "readonly" }, `A ${label(me.role).toLowerCase()} reads ${short(detail.request.kind).toLowerCase()} requests without triaging them.`) : null,
      h("div", { class: "field" }, h("label", { for: "status" }, "Status"), h("div", { class: "composer-row" }, status, " ", apply)),
      resolutionField,
      h("div", { class: "field" }, h("label", { for: "priority" }, "Priority"), priority),
      h("div", { class: "field" }, h("label", { for: "assignee" }, "Assignee"), assignee),
      h("div", { class: "field" }, h("label", { for: "tags" }, "Tags"), tags),
      h("div", { class: "field" }, h("label", { for: "due" }, "Answer by"), dueAt),
      t.duplicate_of ? null : h("div", { class: "field" }, h("label", { for: "duplicate-of" }, "Duplicate of"), duplicateOf, merge),
      error,
    );
  }

  function renderHub() {
    if (listing) {
      fill(slaPanel, 
        h("h3", {}, "Service level"),
        h("p", {}, "Next deadline: ", due(listing)),
        h("p", { class: "sub" }, listing.first_response_at ? `First answered ${when(listing.first_response_at)}` : "Not answered yet"),
      );
    } else {
      fill(slaPanel, h("h3", {}, "Service level"), h("p", { class: "readonly" }, "—"));
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
      ctx.toast("Saved; sending to the hub");
      await render();
      return true;
    } catch (e) {
      error.textContent = e?.errors?.map((x) => x.message).join(" ") ?? e?.message ?? String(e);
      lastTriage = "";
      renderTriage();
      return false;
    }
  }

  function buildComposer() {
    const body = h("textarea", { id: "composer-body", "aria-label": "Message" });
    const pick = h("select", { id: "canned", "aria-label": "Insert a canned response" }, h("option", { value: "" }, "Insert a canned response…"));
    const error = h("p", { class: "error", role: "alert" });
    const send = h("button", { class: "primary", type: "button", id: "send" }, "Send reply");
    const replyTab = h("button", { type: "button", "aria-pressed": "true", onclick: () => setMode("reply") }, "Reply to the requester");
    const noteTab = h("button", { type: "button", class: "note", "aria-pressed": "false", onclick: () => setMode("note") }, "Internal note");
    const element = h(
      "div",
      { class: "card composer", id: "composer" },
      h("div", { class: "tabs" }, replyTab, noteTab),
      body,
      h("div", { class: "row" }, pick, h("span", { class: "grow" }), send),
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
      const command = mode === "reply"
        ? { type: "reply", body: text, ...(usedCanned ? { canned: usedCanned } : {}) }
        : { type: "add_note", body: text };
      send.disabled = true;
      if (await runCommand(command, error)) {
        body.value = "";
        usedCanned = null;
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
      send.textContent = next === "reply" ? "Send reply" : "Add internal note";
      apply();
    }
    function apply() {
      send.disabled = mode === "reply" ? !permissions.reply : !permissions.notes;
      body.disabled = send.disabled;
      body.placeholder = send.disabled ? "Your role does not answer this kind of request." : mode === "reply" ? "Write to the requester" : "Only hub staff will ever see this";
    }
    return {
      element,
      allow(p) {
        permissions = p;
        apply();
      },
      fillCanned(rows) {
        fill(pick, pick.firstChild, rows.map((c) => h("option", { value: c.id }, `${c.title} (${c.language})`)));
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

/** One history event in words. */
function describe(e, who, name) {
  const d = e.detail ?? {};
  switch (e.type) {
    case "created":
      return `${who} filed the request`;
    case "edited":
      return `${who} changed ${(d.fields ?? []).join(", ")}`;
    case "message":
      return d.role === "staff" ? `${who} replied${d.canned ? " (from a canned response)" : ""}` : `${who} wrote`;
    case "note":
      return `${who} added an internal note`;
    case "status":
      return `${who} moved it from ${label(d.from)} to ${label(d.to)}`;
    case "priority":
      return `${who} set priority ${label(d.from)} → ${label(d.to)}`;
    case "assignee":
      return d.to ? `${who} assigned it to ${name(d.to)}` : `${who} unassigned it`;
    case "tags":
      return `${who} tagged it ${[...(d.added ?? []).map((t) => `+${t}`), ...(d.removed ?? []).map((t) => `−${t}`)].join(" ")}`;
    case "due":
      return d.to ? `${who} set it due ${when(d.to)}` : `${who} cleared the due date`;
    case "resolution":
      return `${who} wrote the resolution note`;
    case "duplicate":
      return `${who} merged it as a duplicate`;
    case "viewed":
      return `${who} opened it`;
    case "submitted":
      return `${who} submitted the application`;
    case "changes_requested":
      return `${who} sent the application back for changes`;
    case "application":
      return `${who} recorded the application as ${label(d.status).toLowerCase()}`;
    case "conflict_declared":
      return `${who} declared a conflict of interest`;
    default:
      return `${who}: ${e.type}`;
  }
}
