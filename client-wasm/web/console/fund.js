// The fund manager's screens: the application panel inside a fund query (the application, its
// status, the review with eligibility checks, scores and internal comments, conflicts of
// interest, requests for changes, the decision, and tranches against progress reports), and
// the rounds page (set up a round; committed, disbursed and remaining per round as a chart;
// the ledger as CSV).
//
// Money decisions go to the hub's REST API, whose ledger is the authority; a request for
// changes is a `shared` command through the wasm client like every other change to a record.
// Amounts typed are read by the client (`parseMoney`), never by this page; amounts are shown in
// the page's language (`money`, from the minor units and the round's currency).

import { h } from "../js/dom.js";
import { date, money as formatMoney, number, picked, said, t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, fill, rich, setTitle, slot, spoken, when } from "./api.js";

/** An application's stage in words: a draft is the console's own; the rest are status codes. */
const stage = (status) => (status === "draft" ? t("console-fund-draft") : label(status));

/**
 * An amount typed in major units, in minor units of `currency`; an Error in the page's language
 * when it is not an amount above zero (the client words its refusal in English for logs).
 */
function readAmount(HubClient, text, currency) {
  try {
    return HubClient.parseMoney(text, currency);
  } catch {
    throw new Error(t("console-fund-not-an-amount"));
  }
}

/** The application panel of a fund query; `refresh()` redraws it from what the hub holds. */
export function applicationPanel(ctx, id) {
  const { HubClient, session, me } = ctx;
  const element = h("div", { class: "card", id: "fund-panel" }, h("h3", {}, t("console-fund-application")));
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
    // Without its round, an application's amounts are in the fund's default currency (listed
    // first), as the client reads them.
    const currency = round?.currency ?? HubClient.fundCurrencies()[0];
    const money = (cents) => formatMoney(cents, currency);
    const allowed = HubClient.permissions(me, "fund_query");
    const status = detail.application_stage;
    // What the application is, one fact after another; its stage is in bold.
    const facts = [
      round ? [h("span", { dir: "auto" }, round.name), t("console-fund-cap", { amount: money(round.cap_cents) })] : t("console-fund-no-round"),
      h("strong", { id: "application-status", "data-status": status }, stage(status)),
      triage.approved_cents ? t("console-fund-approved-amount", { amount: money(triage.approved_cents) }) : null,
      triage.decision_note ? h("span", { dir: "auto" }, triage.decision_note) : null,
    ]
      .flat()
      .filter(Boolean);
    // What the applicant typed, each under its heading.
    const typed = (text) => h("p", { class: "description", dir: "auto" }, text);
    // A milestone's name and due date are elements in its message, each isolated for bidi.
    const milestones = (app.milestones ?? []).map((m) =>
      rich(t("console-fund-milestone", { name: slot(h("bdi", {}, m.name)), due: slot(h("time", { datetime: m.due, dir: "ltr" }, m.due)) })),
    );
    const parts = [
      h("h3", {}, t("console-fund-application")),
      h("p", { class: "meta" }, facts.map((fact, i) => [i ? " · " : null, fact])),
      h(
        "p",
        {},
        [
          t("console-fund-requested", { amount: money(app.requested_cents) }),
          t("console-fund-lead", { name: app.lead_organisation || "—" }),
          t("console-fund-partner", { name: app.local_government_partner || "—" }),
        ].join(" · "),
      ),
      app.objectives ? typed(t("console-fund-objectives", { text: app.objectives })) : null,
      app.risk_assessment ? typed(t("console-fund-risks", { text: app.risk_assessment })) : null,
      app.mitigation ? typed(t("console-fund-mitigation", { text: app.mitigation })) : null,
      app.partners_resources ? typed(t("console-fund-partners", { text: app.partners_resources })) : null,
      app.timeline ? typed(t("console-fund-timeline", { text: app.timeline })) : null,
      milestones.length
        ? h(
            "p",
            { class: "description", id: "milestones" },
            rich(t("console-fund-milestones", { milestones: slot(h("span", {}, milestones.map((m, i) => [i ? " · " : null, m]))) })),
          )
        : null,
      app.lines.length
        ? h(
            "table",
            { class: "list" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                [
                  t("console-fund-column-category"),
                  t("console-fund-column-line"),
                  t("console-fund-column-quantity"),
                  t("console-fund-column-unit"),
                  t("console-fund-column-total"),
                ].map((c) => h("th", {}, c)),
              ),
            ),
            h(
              "tbody",
              {},
              app.lines.map((l) =>
                h(
                  "tr",
                  {},
                  h("td", {}, label(l.category)),
                  h("td", { dir: "auto" }, l.description),
                  h("td", {}, number(l.quantity)),
                  h("td", {}, money(l.unit_cost_cents)),
                  h("td", {}, lineTotal(HubClient, l, money)),
                ),
              ),
            ),
          )
        : null,
    ];
    if (allowed.decide_fund) parts.push(await reviewSection(app, status, money, currency));
    // Drawing waited on the hub; what the person typed meanwhile must not be wiped.
    if (typedSomething() && !overwrite) {
      again = false;
      return;
    }
    overwrite = false;
    fill(element, parts);
  }

  async function reviewSection(app, status, money, currency) {
    const section = h("div", { id: "review" });
    let review;
    try {
      review = await api(session, `/api/requests/${id}/review`);
    } catch (e) {
      if (e.status === 403) {
        return fill(section, h("p", { class: "banner warn", id: "conflicted" }, t("console-fund-conflicted")));
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
        // The client's own checks name a catalogue message for each problem; the hub's refusals
        // carry their words already.
        error.textContent = e?.errors?.map((x) => picked(x)).join(" ") ?? said(e);
      }
    };
    const mine = review.reviews.find((r) => r.reviewer === me.user);
    const checks = review.eligibility_items.map((item, i) => h("input", { type: "checkbox", checked: mine?.eligibility[i] ?? false, "aria-label": item, translate: "no" }));
    const scores = review.criteria.map((criterion, i) =>
      h("select", { "aria-label": criterion, translate: "no" }, [0, 1, 2, 3, 4, 5].map((n) => h("option", { value: String(n), selected: (mine?.scores[i] ?? 0) === n }, String(n)))),
    );
    const comment = h("textarea", { id: "fund-comment", rows: 2, dir: "auto", placeholder: t("console-fund-comment-placeholder") });
    const changes = h("textarea", { id: "changes-note", rows: 2, dir: "auto", placeholder: t("console-fund-changes-placeholder") });
    const amount = h("input", { id: "approve-amount", placeholder: t("console-fund-approve-placeholder"), value: "" });
    const reason = h("input", { id: "decline-reason", dir: "auto", placeholder: t("console-fund-decline-placeholder") });
    const decided = status === "approved" || status === "declined";
    const submitted = status === "submitted" || status === "under_review";
    fill(
      section,
      h("h3", {}, t("console-fund-review")),
      review.conflicts.length
        ? h(
            "p",
            { class: "readonly" },
            t("console-fund-conflicts", {
              conflicts: review.conflicts.map((c) => t("console-fund-conflict", { who: ctx.who(c.user_id), reason: c.reason })).join("; "),
            }),
          )
        : null,
      review.eligibility_items.map((item, i) => h("label", { class: "check" }, checks[i], " ", h("span", { dir: "auto" }, item))),
      review.criteria.map((criterion, i) => h("div", { class: "field" }, h("label", {}, t("console-fund-criterion", { criterion })), scores[i])),
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
        t("console-fund-save-review"),
      ),
      review.reviews.length
        ? h(
            "p",
            { class: "readonly", id: "scores" },
            review.reviews.map((r) => t("console-fund-scores", { who: ctx.who(r.reviewer), scores: r.scores.map(number).join(", ") })).join(" · "),
          )
        : null,
      h(
        "div",
        { class: "thread" },
        review.comments.map((c) =>
          h("div", { class: "message note" }, h("div", { class: "head" }, `${ctx.who(c.author)} · ${when(c.at)}`), h("div", { class: "body", dir: "auto" }, c.body)),
        ),
      ),
      comment,
      h(
        "button",
        { class: "secondary", type: "button", onclick: () => run(() => api(session, `/api/requests/${id}/review/comments`, { method: "POST", body: { body: comment.value } })) },
        t("console-fund-add-comment"),
      ),
      h("h3", {}, t("console-fund-decision")),
      decided ? h("p", { class: "readonly" }, t("console-fund-decided")) : null,
      !decided && submitted
        ? [
            changes,
            h(
              "button",
              { class: "secondary", type: "button", id: "request-changes", onclick: () => run(() => ctx.client.command(id, me, { type: "request_changes", note: changes.value })) },
              t("console-fund-ask-changes"),
            ),
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
                      const cents = readAmount(HubClient, amount.value, currency);
                      await api(session, `/api/requests/${id}/decision`, { method: "POST", body: { decision: "approve", amount_cents: cents } });
                    }),
                },
                t("console-fund-approve"),
              ),
            ),
            h(
              "div",
              { class: "composer-row" },
              reason,
              h(
                "button",
                {
                  class: "secondary",
                  type: "button",
                  id: "decline",
                  onclick: () => run(() => api(session, `/api/requests/${id}/decision`, { method: "POST", body: { decision: "decline", reason: reason.value } })),
                },
                t("console-fund-decline"),
              ),
            ),
          ]
        : null,
      !decided && !submitted ? h("p", { class: "readonly" }, t("console-fund-waiting")) : null,
      status === "approved" ? await grantSection(app, money, currency, run) : null,
      h(
        "button",
        {
          class: "secondary",
          type: "button",
          id: "declare-conflict",
          onclick: () => {
            const why = prompt(t("console-fund-conflict-prompt"));
            if (why) run(() => api(session, `/api/requests/${id}/conflict`, { method: "POST", body: { reason: why } }));
          },
        },
        t("console-fund-declare-conflict"),
      ),
      error,
    );
    return section;
  }

  async function grantSection(app, money, currency, run) {
    const grant = await api(session, `/api/requests/${id}/grant`).catch(() => null);
    if (!grant) return null;
    const facts = [
      t("console-fund-grant-approved", { amount: money(grant.approved_cents) }),
      t("console-fund-grant-paid", { amount: money(grant.disbursed_cents) }),
      grant.closed_at ? t("console-fund-grant-closed", { when: when(grant.closed_at) }) : null,
    ].filter(Boolean);
    return h(
      "div",
      { id: "grant" },
      h("h3", {}, t("console-fund-grant")),
      h("p", {}, facts.join(" · ")),
      app.reports.map((r) => {
        const tranche = h("input", { placeholder: t("console-fund-tranche-placeholder"), "aria-label": spoken(t("console-fund-tranche-label", { milestone: r.milestone })) });
        return h(
          "div",
          { class: "message requester" },
          h("div", { class: "head" }, `${t("console-fund-report-head", { final: r.is_final ? "yes" : "no", milestone: r.milestone })} · ${when(r.sent_at)}`),
          h("div", { class: "body", dir: "auto" }, r.body),
          grant.closed_at
            ? null
            : h(
                "div",
                { class: "composer-row" },
                tranche,
                h(
                  "button",
                  {
                    class: "secondary",
                    type: "button",
                    onclick: () =>
                      run(() =>
                        api(session, `/api/requests/${id}/disbursements`, {
                          method: "POST",
                          body: { amount_cents: readAmount(HubClient, tranche.value, currency), report_id: r.id },
                        }),
                      ),
                  },
                  t("console-fund-pay-tranche"),
                ),
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
  // The amounts offered as an example and a start are typed text for `parseMoney`, which reads
  // them with these separators whatever the page's language.
  const form = allowed.manage_rounds
    ? h(
        "form",
        { class: "card", id: "round-form", onsubmit: create },
        h("h3", {}, t("console-fund-round-new")),
        h("div", { class: "field" }, field("round-name", t("console-fund-round-name"), { dir: "auto" })),
        h(
          "div",
          { class: "field" },
          h("label", { for: "round-currency" }, t("console-fund-round-currency")),
          h("select", { id: "round-currency" }, HubClient.fundCurrencies().map((c) => h("option", { value: c }, c))),
        ),
        h("div", { class: "field" }, field("round-pool", t("console-fund-round-pool"), { placeholder: "25,000" })),
        h("div", { class: "field" }, field("round-cap", t("console-fund-round-cap"), { value: "12,500" })),
        h("div", { class: "field" }, field("round-opens", t("console-fund-round-opens"), { type: "date", value: day(Date.now()) })),
        h("div", { class: "field" }, field("round-closes", t("console-fund-round-closes"), { type: "date", value: day(Date.now() + 90 * 86_400_000) })),
        h(
          "div",
          { class: "field" },
          h("label", { for: "round-eligibility" }, t("console-fund-round-eligibility")),
          h("textarea", { id: "round-eligibility", rows: 3, dir: "auto" }),
        ),
        h("div", { class: "field" }, h("label", { for: "round-criteria" }, t("console-fund-round-criteria")), h("textarea", { id: "round-criteria", rows: 3, dir: "auto" })),
        h(
          "div",
          { class: "field" },
          h("label", { for: "round-attachments" }, t("console-fund-round-attachments")),
          h("textarea", { id: "round-attachments", rows: 2, dir: "auto" }),
        ),
        error,
        h("button", { class: "primary", type: "submit" }, t("console-fund-round-create")),
      )
    : null;
  fill(root, h("h1", { class: "queue-title" }, t("console-fund-rounds")), list, form);
  setTitle(t("console-fund-rounds"));
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
    form.querySelector("h3").textContent = t("console-fund-round-change", { name: round.name });
    form.querySelector("button[type=submit]").textContent = t("console-fund-round-save");
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
          pool_cents: readAmount(HubClient, value("round-pool"), value("round-currency")),
          cap_cents: readAmount(HubClient, value("round-cap"), value("round-currency")),
          currency: value("round-currency"),
          opens_at: new Date(value("round-opens")).getTime(),
          closes_at: new Date(value("round-closes")).getTime() + 86_399_999,
          eligibility: lines("round-eligibility"),
          criteria: lines("round-criteria"),
          required_attachments: lines("round-attachments"),
        },
      });
      ctx.toast(editing ? t("console-fund-round-saved") : t("console-fund-round-created"));
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
      rounds.length ? null : h("p", { class: "empty" }, t("console-fund-rounds-empty")),
      rounds.map((r) => {
        const money = (cents) => formatMoney(cents, r.currency);
        return h(
          "div",
          { class: "card", "data-round": r.id },
          h("h3", { dir: "auto" }, r.name),
          h(
            "p",
            { class: "meta" },
            `${t("console-fund-round-dates", { opens: date(r.opens_at), closes: date(r.closes_at) })} · ${t("console-fund-cap", { amount: money(r.cap_cents) })}`,
          ),
          bars(r, money),
          allowed.reports ? h("button", { class: "secondary", type: "button", onclick: () => downloadLedger(r) }, t("console-fund-ledger")) : null,
          allowed.manage_rounds ? h("button", { class: "secondary", type: "button", onclick: () => edit(r) }, t("console-fund-round-edit")) : null,
        );
      }),
    );
  }

  async function downloadLedger(round) {
    const response = await fetch(`/api/fund/rounds/${round.id}/ledger.csv`, { headers: { authorization: `Bearer ${session.token}` } });
    if (!response.ok) return ctx.toast(t("console-hub-http", { status: response.status }));
    const link = h("a", { href: URL.createObjectURL(await response.blob()), download: `ledger-${round.id}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
  }
}

/** Pool, committed, disbursed and remaining as bars. */
function bars(round, money) {
  const rows = [
    [t("console-fund-chart-pool"), round.pool_cents],
    [t("console-fund-chart-committed"), round.committed_cents],
    [t("console-fund-chart-disbursed"), round.disbursed_cents],
    [t("console-fund-chart-remaining"), round.remaining_cents],
  ];
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 420 ${rows.length * 22}`);
  svg.setAttribute("class", "chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", rows.map(([name, cents]) => spoken(t("console-fund-chart-fact", { name, amount: money(cents) }))).join(", "));
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
