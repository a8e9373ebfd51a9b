// Reports: counts by status, kind, country, category and assignee over a date range, as bar
// charts; median times to first answer and to resolution; and the CSV export (every request in
// the range, metadata only), downloaded as the hub streams it.

import { h } from "../js/dom.js";
import { label } from "../js/labels.js";
import { api, downloadFile, fill } from "./api.js";

const DIMENSIONS = [
  ["status", "By status"],
  ["kind", "By kind"],
  ["country", "By country"],
  ["category", "By category"],
  ["assignee", "By assignee"],
];

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

export async function show(ctx, root) {
  const { session } = ctx;
  const today = Date.now();
  const from = h("input", { type: "date", id: "report-from", value: day(today - 29 * 86_400_000) });
  const to = h("input", { type: "date", id: "report-to", value: day(today) });
  const error = h("p", { class: "error", role: "alert" });
  const body = h("div", { id: "report" });
  const download = h("button", { class: "secondary", type: "button", id: "export" }, "Download CSV");
  fill(
    root,
    h("h1", { class: "queue-title" }, "Reports"),
    h(
      "div",
      { class: "filters" },
      h("label", { for: "report-from" }, "From"), from,
      h("label", { for: "report-to" }, "to"), to,
      h("button", { class: "primary", type: "button", onclick: load }, "Show"),
      download,
    ),
    error,
    body,
  );
  document.title = "Reports · HubDesk console";
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
        h("p", { id: "report-total" }, h("strong", {}, String(report.total)), ` request${report.total === 1 ? "" : "s"} received`),
        h("p", {}, `Median time to first answer: ${duration(report.median_first_response_ms)} (${report.answered} answered)`),
        h("p", {}, `Median time to resolution: ${duration(report.median_resolution_ms)} (${report.resolved} resolved)`),
      ),
      h(
        "div",
        { class: "charts" },
        DIMENSIONS.map(([name, title]) =>
          h("div", { class: "card", "data-dimension": name }, h("h3", {}, title), chart(report.counts[name] ?? [], name, ctx)),
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
  if (!counts.length) return h("p", { class: "readonly" }, "None in this range.");
  const max = Math.max(...counts.map((c) => c.count));
  const rowHeight = 22;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 400 ${counts.length * rowHeight}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("class", "chart");
  svg.setAttribute("aria-label", counts.map((c) => `${name(c.value)}: ${c.count}`).join(", "));
  counts.forEach((c, i) => {
    const y = i * rowHeight;
    const text = document.createElementNS(svg.namespaceURI, "text");
    text.setAttribute("x", "0");
    text.setAttribute("y", String(y + 15));
    text.textContent = name(c.value);
    const bar = document.createElementNS(svg.namespaceURI, "rect");
    bar.setAttribute("x", "170");
    bar.setAttribute("y", String(y + 4));
    bar.setAttribute("height", "14");
    bar.setAttribute("width", String(Math.max(2, (190 * c.count) / max)));
    bar.setAttribute("rx", "3");
    const value = document.createElementNS(svg.namespaceURI, "text");
    value.setAttribute("x", String(176 + (190 * c.count) / max));
    value.setAttribute("y", String(y + 15));
    value.textContent = String(c.count);
    svg.append(text, bar, value);
  });
  return svg;

  function name(value) {
    if (value === null) return dimension === "assignee" ? "Unassigned" : "—";
    return dimension === "assignee" ? ctx.who(value) : label(value);
  }
}

function duration(ms) {
  if (ms === null || ms === undefined) return "—";
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}
