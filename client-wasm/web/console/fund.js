// The fund manager's screens: the application panel inside a fund query (the application, its
// status, the review with eligibility checks, scores and internal comments, conflicts of
// interest, requests for changes, the decision, and tranches against progress reports), and
// the rounds page (set up a round; committed, disbursed and remaining per round as a chart;
// the ledger as CSV).
//
// Money decisions go to the hub's REST API, whose ledger is the authority; a request for
// changes is a `shared` command through the wasm client like every other change to a record.
// Amounts are read and shown by the client (`parseMoney`, `formatMoney`), never by this page.

import { h } from "../js/dom.js";
import { label } from "../js/labels.js";
import { api, fill, when } from "./api.js";

const STATUS = {
  draft: "Draft, not submitted",
  submitted: "Submitted",
  under_review: "Under review",
  changes_requested: "Changes requested",
  approved: "Approved",
  declined: "Declined",
};

/** The application panel of a fund query; `refresh()` redraws it from what the hub holds. */
export function applicationPanel(ctx, id) {
  const { HubClient, session, me } = ctx;
  const element = h("div", { class: "card", id: "fund-panel" }, h("h3", {}, "Fund application"));
  let detail = null;
  let drawing = false;
  let again = false;
  // Set when the person's own action asks for a redraw: what they typed has been used.
  let overwrite = false;

  /** Whether the person has typed into the panel something not yet used. */
  function typedSomething() {
    return [...element.querySelectorAll("input:not([type=checkbox]), textarea")].some((c) => c.value.trim() !== "");
  }

  // Draws at most once at a time, and once more afterwards if anything arrived meanwhile; never
  // while someone is typing in the panel.
  async function refresh(next, { force = false } = {}) {
    if (next) detail = next;
    if (force) overwrite = true;
    if (!detail?.request.application) return;
    const typing = element.contains(document.activeElement) && document.activeElement.matches("input, textarea, select");
    if (drawing || typing) {
      again = true;
      return;
    }
    drawing = true;
    try {
      do {
        again = false;
        await draw();
      } while (again);
    } finally {
      drawing = false;
    }
  }

  async function draw() {
    const app = detail.request.application;
    const triage = detail.triage ?? {};
    const round = app.round_id ? await api(session, `/api/fund/rounds/${app.round_id}`).catch(() => null) : null;
    const money = (cents) => HubClient.formatMoney(cents, round?.currency);
    const allowed = HubClient.permissions(me, "fund_query");
    const status = detail.application_stage;
    const parts = [
      h("h3", {}, "Fund application"),
      h(
        "p",
        { class: "meta" },
        round ? `${round.name} · cap ${money(round.cap_cents)} · ` : "No round named · ",
        h("strong", { id: "application-status", "data-status": status }, STATUS[status]),
        triage.approved_cents ? ` · approved ${money(triage.approved_cents)}` : null,
        triage.decision_note ? ` · ${triage.decision_note}` : null,
      ),
      h("p", {}, `Requested ${money(app.requested_cents)} · lead: ${app.lead_organisation || "—"} · partner: ${app.local_government_partner || "—"}`),
      app.objectives ? h("p", { class: "description" }, `Objectives: ${app.objectives}`) : null,
      app.risk_assessment ? h("p", { class: "description" }, `Risks assessed: ${app.risk_assessment}`) : null,
      app.mitigation ? h("p", { class: "description" }, `Mitigation: ${app.mitigation}`) : null,
      app.partners_resources ? h("p", { class: "description" }, `Partners and resources: ${app.partners_resources}`) : null,
      app.timeline ? h("p", { class: "description" }, `Timeline: ${app.timeline}`) : null,
      app.milestones?.length ? h("p", { class: "description", id: "milestones" }, `Milestones: ${app.milestones.map((m) => `${m.name} (due ${m.due})`).join(" · ")}`) : null,
      app.lines.length
        ? h(
            "table",
            { class: "list" },
            h("thead", {}, h("tr", {}, ["Category", "Line", "Qty", "Unit", "Total"].map((c) => h("th", {}, c)))),
            h(
              "tbody",
              {},
              app.lines.map((l) =>
                h("tr", {}, h("td", {}, label(l.category)), h("td", {}, l.description), h("td", {}, String(l.quantity)), h("td", {}, money(l.unit_cost_cents)), h("td", {}, lineTotal(HubClient, l, money))),
              ),
            ),
          )
        : null,
    ];
    if (allowed.decide_fund) parts.push(await reviewSection(app, status, money));
    // Drawing waited on the hub; what the person typed meanwhile must not be wiped.
    if (typedSomething() && !overwrite) {
      again = false;
      return;
    }
    overwrite = false;
    fill(element, parts);
  }

  async function reviewSection(app, status, money) {
    const section = h("div", { id: "review" });
    let review;
    try {
      review = await api(session, `/api/requests/${id}/review`);
    } catch (e) {
      if (e.status === 403) {
        return fill(section, h("p", { class: "banner warn", id: "conflicted" }, "You declared a conflict of interest on this application: you see no reviews or scores and cannot decide it."));
      }
      return fill(section, h("p", { class: "error" }, e.message));
    }
    const error = h("p", { class: "error", role: "alert", id: "fund-error" });
    const run = async (work) => {
      error.textContent = "";
      try {
        await work();
        if (element.contains(document.activeElement)) document.activeElement.blur();
        await refresh(undefined, { force: true });
      } catch (e) {
        error.textContent = e?.errors?.map((x) => x.message).join(" ") ?? e.message;
      }
    };
    const mine = review.reviews.find((r) => r.reviewer === me.user);
    const checks = review.eligibility_items.map((item, i) => h("input", { type: "checkbox", checked: mine?.eligibility[i] ?? false, "aria-label": item }));
    const scores = review.criteria.map((criterion, i) =>
      h("select", { "aria-label": criterion }, [0, 1, 2, 3, 4, 5].map((n) => h("option", { value: String(n), selected: (mine?.scores[i] ?? 0) === n }, String(n)))),
    );
    const comment = h("textarea", { id: "fund-comment", rows: 2, placeholder: "Internal comment for fund managers" });
    const changes = h("textarea", { id: "changes-note", rows: 2, placeholder: "What the applicant should change (they receive it as a reply)" });
    const amount = h("input", { id: "approve-amount", placeholder: "Amount, like 8,500", value: "" });
    const reason = h("input", { id: "decline-reason", placeholder: "Why it is declined" });
    const decided = status === "approved" || status === "declined";
    const submitted = status === "submitted" || status === "under_review";
    fill(
      section,
      h("h3", {}, "Review"),
      review.conflicts.length
        ? h("p", { class: "readonly" }, `Conflicts declared: ${review.conflicts.map((c) => `${ctx.who(c.user_id)} (${c.reason})`).join("; ")}`)
        : null,
      review.eligibility_items.map((item, i) => h("label", { class: "check" }, checks[i], ` ${item}`)),
      review.criteria.map((criterion, i) => h("div", { class: "field" }, h("label", {}, `${criterion} (0–5)`), scores[i])),
      h(
        "button",
        {
          class: "secondary",
          type: "button",
          id: "save-review",
          onclick: () =>
            run(() =>
              api(session, `/api/requests/${id}/review`, {
                method: "PUT",
                body: { eligibility: checks.map((c) => c.checked), scores: scores.map((s) => Number(s.value)) },
              }),
            ),
        },
        "Save my review",
      ),
      review.reviews.length
        ? h("p", { class: "readonly", id: "scores" }, review.reviews.map((r) => `${ctx.who(r.reviewer)}: ${r.scores.join(", ")}`).join(" · "))
        : null,
      h("div", { class: "thread" }, review.comments.map((c) => h("div", { class: "message note" }, h("div", { class: "head" }, `${ctx.who(c.author)} · ${when(c.at)}`), h("div", { class: "body" }, c.body)))),
      comment,
      h("button", { class: "secondary", type: "button", onclick: () => run(() => api(session, `/api/requests/${id}/review/comments`, { method: "POST", body: { body: comment.value } })) }, "Add internal comment"),
      h("h3", {}, "Decision"),
      decided ? h("p", { class: "readonly" }, "Decided.") : null,
      !decided && submitted
        ? [
            changes,
            h("button", { class: "secondary", type: "button", id: "request-changes", onclick: () => run(() => ctx.client.command(id, me, { type: "request_changes", note: changes.value })) }, "Ask for changes"),
            h(
              "div",
              { class: "composer-row" },
              amount,
              h(
                "button",
                {
                  class: "primary",
                  type: "button",
                  id: "approve",
                  onclick: () =>
                    run(async () => {
                      const cents = HubClient.parseMoney(amount.value);
                      await api(session, `/api/requests/${id}/decision`, { method: "POST", body: { decision: "approve", amount_cents: cents } });
                    }),
                },
                "Approve",
              ),
            ),
            h("div", { class: "composer-row" }, reason, h("button", { class: "secondary", type: "button", id: "decline", onclick: () => run(() => api(session, `/api/requests/${id}/decision`, { method: "POST", body: { decision: "decline", reason: reason.value } })) }, "Decline")),
          ]
        : null,
      !decided && !submitted ? h("p", { class: "readonly" }, "Waiting for the applicant to submit.") : null,
      status === "approved" ? await grantSection(app, money, run) : null,
      h(
        "button",
        {
          class: "secondary",
          type: "button",
          id: "declare-conflict",
          onclick: () => {
            const why = prompt("Why do you have a conflict of interest? (kept for the record)");
            if (why) run(() => api(session, `/api/requests/${id}/conflict`, { method: "POST", body: { reason: why } }));
          },
        },
        "Declare a conflict of interest",
      ),
      error,
    );
    return section;
  }

  async function grantSection(app, money, run) {
    const grant = await api(session, `/api/requests/${id}/grant`).catch(() => null);
    if (!grant) return null;
    return h(
      "div",
      { id: "grant" },
      h("h3", {}, "Grant"),
      h("p", {}, `Approved ${money(grant.approved_cents)} · paid ${money(grant.disbursed_cents)}${grant.closed_at ? ` · closed ${when(grant.closed_at)}` : ""}`),
      app.reports.map((r) => {
        const tranche = h("input", { placeholder: "Amount", "aria-label": `Tranche for ${r.milestone}` });
        return h(
          "div",
          { class: "message requester" },
          h("div", { class: "head" }, `${r.is_final ? "Final report" : "Progress report"}: ${r.milestone} · ${when(r.sent_at)}`),
          h("div", { class: "body" }, r.body),
          grant.closed_at
            ? null
            : h(
                "div",
                { class: "composer-row" },
                tranche,
                h("button", { class: "secondary", type: "button", onclick: () => run(() => api(session, `/api/requests/${id}/disbursements`, { method: "POST", body: { amount_cents: HubClient.parseMoney(tranche.value), report_id: r.id } })) }, "Pay tranche"),
              ),
        );
      }),
    );
  }

  return { element, refresh };
}

/** The rounds page: set up a round, and each round's money as a chart, with its ledger. */
export async function showRounds(ctx, root) {
  const { session, HubClient, me } = ctx;
  const list = h("div", { id: "rounds" });
  const allowed = HubClient.permissions(me, "fund_query");
  const error = h("p", { class: "error", role: "alert" });
  const field = (id, text, props = {}) => [h("label", { for: id }, text), h("input", { id, ...props })];
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  const form = allowed.manage_rounds
    ? h(
        "form",
        { class: "card", id: "round-form", onsubmit: create },
        h("h3", {}, "Set up a round"),
        h("div", { class: "field" }, field("round-name", "Name")),
        h(
          "div",
          { class: "field" },
          h("label", { for: "round-currency" }, "Currency"),
          h("select", { id: "round-currency" }, HubClient.fundCurrencies().map((c) => h("option", { value: c }, c))),
        ),
        h("div", { class: "field" }, field("round-pool", "Pool", { placeholder: "25,000" })),
        h("div", { class: "field" }, field("round-cap", "Cap per grant", { value: "12,500" })),
        h("div", { class: "field" }, field("round-opens", "Opens", { type: "date", value: day(Date.now()) })),
        h("div", { class: "field" }, field("round-closes", "Closes", { type: "date", value: day(Date.now() + 90 * 86_400_000) })),
        h("div", { class: "field" }, h("label", { for: "round-eligibility" }, "Eligibility checklist (one per line)"), h("textarea", { id: "round-eligibility", rows: 3 })),
        h("div", { class: "field" }, h("label", { for: "round-criteria" }, "Scoring criteria (one per line)"), h("textarea", { id: "round-criteria", rows: 3 })),
        h("div", { class: "field" }, h("label", { for: "round-attachments" }, "Required attachments (one per line)"), h("textarea", { id: "round-attachments", rows: 2 })),
        error,
        h("button", { class: "primary", type: "submit" }, "Set up the round"),
      )
    : null;
  fill(root, h("h1", { class: "queue-title" }, "Fund rounds"), list, form);
  document.title = "Fund rounds · HubDesk console";
  // The round being changed, or null when the form sets up a new one.
  let editing = null;
  await load();

  function edit(round) {
    editing = round;
    const set = (id, value) => (document.getElementById(id).value = value);
    set("round-name", round.name);
    set("round-currency", round.currency);
    set("round-pool", HubClient.amountText(round.pool_cents));
    set("round-cap", HubClient.amountText(round.cap_cents));
    set("round-opens", day(round.opens_at));
    set("round-closes", day(round.closes_at));
    set("round-eligibility", round.eligibility.join("\n"));
    set("round-criteria", round.criteria.join("\n"));
    set("round-attachments", round.required_attachments.join("\n"));
    form.querySelector("h3").textContent = `Change ${round.name}`;
    form.querySelector("button[type=submit]").textContent = "Save the round";
    form.scrollIntoView();
  }

  async function create(event) {
    event.preventDefault();
    error.textContent = "";
    const value = (id) => document.getElementById(id).value;
    const lines = (id) => value(id).split("\n").map((l) => l.trim()).filter(Boolean);
    try {
      await api(session, editing ? `/api/fund/rounds/${editing.id}` : "/api/fund/rounds", {
        method: editing ? "PUT" : "POST",
        body: {
          name: value("round-name"),
          pool_cents: HubClient.parseMoney(value("round-pool"), value("round-currency")),
          cap_cents: HubClient.parseMoney(value("round-cap"), value("round-currency")),
          currency: value("round-currency"),
          opens_at: new Date(value("round-opens")).getTime(),
          closes_at: new Date(value("round-closes")).getTime() + 86_399_999,
          eligibility: lines("round-eligibility"),
          criteria: lines("round-criteria"),
          required_attachments: lines("round-attachments"),
        },
      });
      ctx.toast(editing ? "Round saved" : "Round set up");
      editing = null;
      await load();
    } catch (e) {
      error.textContent = e.message;
    }
  }

  async function load() {
    const rounds = await api(session, "/api/fund/rounds");
    fill(
      list,
      rounds.length ? null : h("p", { class: "empty" }, "No rounds yet."),
      rounds.map((r) => {
        const money = (cents) => HubClient.formatMoney(cents, r.currency);
        return h(
          "div",
          { class: "card", "data-round": r.id },
          h("h3", {}, r.name),
          h("p", { class: "meta" }, `${when(r.opens_at)} to ${when(r.closes_at)} · cap ${money(r.cap_cents)}`),
          bars(r, money),
          allowed.reports ? h("button", { class: "secondary", type: "button", onclick: () => downloadLedger(r) }, "Ledger (CSV)") : null,
          allowed.manage_rounds ? h("button", { class: "secondary", type: "button", onclick: () => edit(r) }, "Change or close") : null,
        );
      }),
    );
  }

  async function downloadLedger(round) {
    const response = await fetch(`/api/fund/rounds/${round.id}/ledger.csv`, { headers: { authorization: `Bearer ${session.token}` } });
    if (!response.ok) return ctx.toast(`The hub answered HTTP ${response.status}`);
    const link = h("a", { href: URL.createObjectURL(await response.blob()), download: `ledger-${round.id}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
  }
}

/** Pool, committed, disbursed and remaining as bars. */
function bars(round, money) {
  const rows = [
    ["Pool", round.pool_cents],
    ["Committed", round.committed_cents],
    ["Disbursed", round.disbursed_cents],
    ["Remaining", round.remaining_cents],
  ];
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 420 ${rows.length * 22}`);
  svg.setAttribute("class", "chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", rows.map(([name, cents]) => `${name}: ${money(cents)}`).join(", "));
  rows.forEach(([name, cents], i) => {
    const y = i * 22;
    const text = document.createElementNS(svg.namespaceURI, "text");
    text.setAttribute("x", "0");
    text.setAttribute("y", String(y + 15));
    text.textContent = name;
    const bar = document.createElementNS(svg.namespaceURI, "rect");
    bar.setAttribute("x", "90");
    bar.setAttribute("y", String(y + 4));
    bar.setAttribute("height", "14");
    bar.setAttribute("width", String(Math.max(2, (200 * Math.max(0, cents)) / Math.max(1, round.pool_cents))));
    const value = document.createElementNS(svg.namespaceURI, "text");
    value.setAttribute("x", String(296));
    value.setAttribute("y", String(y + 15));
    value.textContent = money(cents);
    svg.append(text, bar, value);
  });
  return svg;
}

/** A budget line's total as the client computes it (shared's rule), or a dash if it overflows. */
function lineTotal(HubClient, line, money) {
  const total = HubClient.lineTotal(line.quantity, line.unit_cost_cents);
  return total == null ? "—" : money(total);
}
