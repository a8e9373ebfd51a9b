// Member cities' needs, for staff who read reports: each quarter's assessments added up per
// country (how many cities answered, how pressing each area is, as a chart over time), every
// city's latest answers in its own words, and the requests broken down by the groups their city
// serves. Limited to the caller's countries by the hub; the CSV has one row per assessment.

import { h } from "../js/dom.js";
import { t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, downloadFile, fill, setTitle, when } from "./api.js";

const SVG = "http://www.w3.org/2000/svg";
const AREAS = ["training", "technical_support", "capacity"];

export async function show(ctx, root) {
  setTitle(t("console-needs-title"));
  const body = h("div", { id: "needs-report" });
  fill(
    root,
    h("h1", { class: "queue-title" }, t("console-needs-title")),
    h("p", { class: "sub" }, t("console-needs-help")),
    h(
      "button",
      { type: "button", id: "needs-csv", onclick: () => downloadFile(ctx.session, "/api/needs/export.csv", "hubdesk-needs.csv").catch((e) => ctx.toast(e.message)) },
      t("console-needs-csv"),
    ),
    body,
  );
  let report;
  try {
    report = await api(ctx.session, "/api/needs");
  } catch (e) {
    fill(body, h("p", { class: "error" }, e.message));
    return { name: "needs" };
  }
  const countries = [...new Set(report.periods.map((p) => p.country))];
  fill(
    body,
    report.periods.length === 0 ? h("p", { class: "empty" }, t("console-needs-empty")) : null,
    countries.map((country) => countrySection(country, report.periods.filter((p) => p.country === country))),
    h(
      "section",
      { class: "card", id: "needs-by-group" },
      h("h2", {}, t("console-needs-by-group")),
      h("p", { class: "sub" }, t("console-needs-by-group-help")),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, h("th", {}, t("needs-groups")), h("th", {}, t("console-needs-requests")), h("th", {}, t("console-needs-open")))),
        h(
          "tbody",
          {},
          report.requests_by_group.map((g) => h("tr", { "data-group": g.group }, h("td", {}, label(g.group)), h("td", { "data-count": "requests" }, String(g.requests)), h("td", {}, String(g.open)))),
          h("tr", { "data-group": "" }, h("td", {}, t("console-needs-unassessed")), h("td", {}, String(report.requests_unassessed)), h("td", {}, "")),
        ),
      ),
    ),
    h("h2", {}, t("console-needs-latest")),
    report.latest.map(latestCard),
  );
  return { name: "needs" };

  function countrySection(country, periods) {
    return h(
      "section",
      { class: "card", "data-country": country },
      h("h2", {}, label(country)),
      chart(periods),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, h("th", {}, t("console-needs-period")), h("th", {}, t("console-needs-cities")), AREAS.map((a) => h("th", {}, t(`needs-area-${a}`))))),
        h(
          "tbody",
          {},
          periods.map((p) =>
            h(
              "tr",
              { "data-period": p.period },
              h("td", {}, p.period),
              h("td", { "data-count": "cities" }, String(p.cities)),
              p.areas.map((a) => h("td", { "data-area": a.area }, t("console-needs-urgent-count", { high: a.urgency[3], medium: a.urgency[2] }))),
            ),
          ),
        ),
      ),
    );
  }

  /** The average urgency (0 to 3) of each area per quarter, as bars. */
  function chart(periods) {
    const width = Math.max(320, 80 * periods.length + 40);
    const height = 150;
    const svg = document.createElementNS(SVG, "svg");
    for (const [key, value] of Object.entries({ viewBox: `0 0 ${width} ${height}`, width, height, class: "chart", role: "img", "aria-label": t("console-needs-chart") })) svg.setAttribute(key, value);
    // No wider than drawn: a quarter or two would otherwise fill the page with two bars.
    svg.style.maxWidth = `${width}px`;
    const add = (name, attributes, text) => {
      const element = document.createElementNS(SVG, name);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      if (text !== undefined) element.textContent = text;
      svg.append(element);
      return element;
    };
    periods.forEach((p, i) => {
      const x = 30 + i * 80;
      p.areas.forEach((a, j) => {
        const total = a.urgency.reduce((s, n) => s + n, 0) || 1;
        const average = a.urgency.reduce((s, n, level) => s + n * level, 0) / total;
        const bar = (average / 3) * 110;
        add("rect", { x: x + j * 22, y: 120 - bar, width: 20, height: bar, class: `need-bar ${a.area}`, "data-period": p.period }).append(
          Object.assign(document.createElementNS(SVG, "title"), { textContent: `${t(`needs-area-${a.area}`)}: ${average.toFixed(1)}` }),
        );
      });
      add("text", { x: x + 32, y: 138, "text-anchor": "middle", class: "axis" }, p.period);
    });
    return h(
      "div",
      {},
      svg,
      h("p", { class: "sub" }, AREAS.map((a) => [h("span", { class: `score-key need-key ${a}` }), " ", t(`needs-area-${a}`), "  "])),
    );
  }

  function latestCard(latest) {
    return h(
      "section",
      { class: "card", "data-city": latest.city_id },
      h("strong", { dir: "auto" }, latest.city),
      " · ",
      label(latest.country),
      " · ",
      latest.period,
      " · ",
      when(latest.submitted_at),
      AREAS.map((a) => {
        const need = latest.answers[a];
        return h(
          "p",
          { class: "sub", "data-area": a },
          h("strong", {}, t(`needs-area-${a}`)),
          " ",
          t(`needs-urgency-${need.urgency}`),
          need.topics.length ? ` · ${need.topics.map(label).join(", ")}` : "",
          need.detail ? [" · ", h("span", { dir: "auto" }, need.detail)] : null,
        );
      }),
      latest.answers.groups.length ? h("p", { class: "sub" }, h("strong", {}, t("needs-groups")), " ", latest.answers.groups.map(label).join(", ")) : null,
    );
  }
}
