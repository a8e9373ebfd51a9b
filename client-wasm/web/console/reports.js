// Reports: counts by status, kind, country, category and assignee over a date range, as bar
// charts; median times to first answer and to resolution; and the CSV export (every request in
// the range, metadata only), downloaded as the hub streams it.

import { h } from "../js/dom.js";
import { number, t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, downloadFile, fill, rich, setTitle, slot, spoken } from "./api.js";

// Each chart's title is asked for when shown, so it follows a change of language.
const DIMENSIONS = [
  ["status", () => t("console-reports-by-status")],
  ["kind", () => t("console-reports-by-kind")],
  ["country", () => t("console-reports-by-country")],
  ["category", () => t("console-reports-by-category")],
  ["assignee", () => t("console-reports-by-assignee")],
];

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

export async function show(ctx, root) {
  const { session } = ctx;
  const today = Date.now();
  const from = h("input", { type: "date", id: "report-from", value: day(today - 29 * 86_400_000) });
  const to = h("input", { type: "date", id: "report-to", value: day(today) });
  const error = h("p", { class: "error", role: "alert" });
  const body = h("div", { id: "report" });
  const download = h("button", { class: "secondary", type: "button", id: "export" }, t("console-reports-download"));
  fill(
    root,
    h("h1", { class: "queue-title" }, t("console-reports-title")),
    h(
      "div",
      { class: "filters" },
      h("label", { for: "report-from" }, t("console-reports-from")), from,
      h("label", { for: "report-to" }, t("console-reports-to")), to,
      h("button", { class: "primary", type: "button", onclick: load }, t("console-reports-show")),
      download,
    ),
    error,
    body,
  );
  setTitle(t("console-reports-title"));
  const query = () => `from=${from.value}&to=${to.value}`;
  download.addEventListener("click", exportCsv);
  await load();

  async function load() {
    error.textContent = "";
    let report;
    try {
      report = await api(session, `/api/reports?${query()}`);
    } catch (e) {
      error.textContent = e.message;
      return;
    }
    fill(
      body,
      h(
        "div",
        { class: "card" },
        // The count is in bold, inside its sentence.
        h("p", { id: "report-total" }, rich(t("console-reports-total", { count: report.total, total: slot(h("strong", {}, number(report.total))) }))),
        h("p", {}, t("console-reports-first-answer", { duration: duration(report.median_first_response_ms), answered: report.answered })),
        h("p", {}, t("console-reports-resolution", { duration: duration(report.median_resolution_ms), resolved: report.resolved })),
      ),
      h(
        "div",
        { class: "charts" },
        DIMENSIONS.map(([name, title]) =>
          h("div", { class: "card", "data-dimension": name }, h("h3", {}, title()), chart(report.counts[name] ?? [], name, ctx)),
        ),
      ),
    );
  }

  async function exportCsv() {
    error.textContent = "";
    download.disabled = true;
    try {
      await downloadFile(session, `/api/reports/export.csv?${query()}`, `hubdesk-requests-${from.value}-${to.value}.csv`);
    } catch (e) {
      error.textContent = e.message;
    } finally {
      download.disabled = false;
    }
  }

  return { name: "reports" };
}

/** Horizontal bars, one per value, as SVG: the widest is the largest count. */
function chart(counts, dimension, ctx) {
  if (!counts.length) return h("p", { class: "readonly" }, t("console-reports-none"));
  const max = Math.max(...counts.map((c) => c.count));
  const rowHeight = 22;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 400 ${counts.length * rowHeight}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("class", "chart");
  svg.setAttribute("aria-label", counts.map((c) => spoken(t("console-reports-chart-fact", { name: name(c.value), count: c.count }))).join(", "));
  counts.forEach((c, i) => {
    const y = i * rowHeight;
    const text = document.createElementNS(svg.namespaceURI, "text");
    text.setAttribute("x", "0");
    text.setAttribute("y", String(y + 15));
    text.textContent = name(c.value);
    // A person's name is data; the words for a code are the catalogue's.
    if (dimension === "assignee") text.setAttribute("translate", "no");
    const bar = document.createElementNS(svg.namespaceURI, "rect");
    bar.setAttribute("x", "170");
    bar.setAttribute("y", String(y + 4));
    bar.setAttribute("height", "14");
    bar.setAttribute("width", String(Math.max(2, (190 * c.count) / max)));
    bar.setAttribute("rx", "3");
    const value = document.createElementNS(svg.namespaceURI, "text");
    value.setAttribute("x", String(176 + (190 * c.count) / max));
    value.setAttribute("y", String(y + 15));
    value.textContent = number(c.count);
    svg.append(text, bar, value);
  });
  return svg;

  function name(value) {
    if (value === null) return dimension === "assignee" ? t("console-reports-unassigned") : "—";
    return dimension === "assignee" ? ctx.who(value) : label(value);
  }
}

/** A span of time in minutes, hours or days, its number written in the page's language. */
function duration(ms) {
  if (ms === null || ms === undefined) return "—";
  const hours = ms / 3_600_000;
  if (hours < 1) return t("console-reports-minutes", { minutes: Math.max(1, Math.round(ms / 60_000)) });
  // One decimal, as before: Fluent's NUMBER in the message keeps it.
  if (hours < 48) return t("console-reports-hours", { hours: Math.round(hours * 10) / 10 });
  return t("console-reports-days", { days: Math.round((hours / 24) * 10) / 10 });
}
