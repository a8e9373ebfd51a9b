// Feedback on the hub's events, for staff who run them: the answers of people who attended, per
// event (with what they added), per city and per month (a chart of the average scores), from
// the caller's countries, and every answer as CSV. Nobody's name is shown or exported.

import { h } from "../js/dom.js";
import { number, t } from "../js/i18n.js";
import { label } from "../js/labels.js";
import { api, downloadFile, fill, setTitle, when } from "./api.js";

const SVG = "http://www.w3.org/2000/svg";

export async function show(ctx, root) {
  setTitle(t("console-feedback-title"));
  const body = h("div", { id: "feedback-report" });
  const csv = h(
    "button",
    { type: "button", id: "feedback-csv", onclick: () => downloadFile(ctx.session, "/api/feedback/export.csv", "hubdesk-feedback.csv").catch((e) => ctx.toast(e.message)) },
    t("console-feedback-csv"),
  );
  fill(root, h("h1", { class: "queue-title" }, t("console-feedback-title")), h("p", {}, h("a", { href: "#/events" }, t("console-feedback-back")), " ", csv), body);
  let report;
  try {
    report = await api(ctx.session, "/api/feedback");
  } catch (e) {
    fill(body, h("p", { class: "error" }, e.message));
    return { name: "feedback" };
  }
  if (!report.events.length) {
    fill(body, h("p", { class: "empty", id: "feedback-empty" }, t("console-feedback-empty")));
    return { name: "feedback" };
  }
  const score = (value) => number(Math.round(value * 100) / 100);
  const table = (id, heads, rows) =>
    h("table", { class: "list", id }, h("thead", {}, h("tr", {}, heads.map((x) => h("th", { scope: "col" }, x)))), h("tbody", {}, rows));
  const scores = [t("console-feedback-answers"), t("console-feedback-rating"), t("console-feedback-usefulness")];
  fill(
    body,
    h("section", { class: "card" }, h("h2", {}, t("console-feedback-by-month")), chart(report.months)),
    h(
      "section",
      { class: "card" },
      h("h2", {}, t("console-feedback-by-event")),
      table(
        "feedback-events",
        [t("console-feedback-event"), ...scores, t("console-feedback-comments")],
        report.events.map((e) =>
          h(
            "tr",
            { "data-event": e.event_id },
            h("td", {}, h("strong", { dir: "auto" }, e.title), h("div", { class: "sub" }, label(e.kind), " · ", when(e.starts_at))),
            h("td", { "data-answers": e.answers }, number(e.answers)),
            h("td", { "data-rating": e.rating }, score(e.rating)),
            h("td", {}, score(e.usefulness)),
            h("td", {}, e.comments.length ? h("ul", { class: "comments" }, e.comments.map((c) => h("li", { dir: "auto" }, c))) : "—"),
          ),
        ),
      ),
    ),
    h(
      "section",
      { class: "card" },
      h("h2", {}, t("console-feedback-by-city")),
      table(
        "feedback-cities",
        [t("console-feedback-city"), ...scores],
        report.cities.map((c) =>
          h(
            "tr",
            {},
            h("td", {}, h("span", { dir: "auto", translate: "no" }, c.city ?? "—"), c.country ? ` (${label(c.country)})` : ""),
            h("td", {}, number(c.answers)),
            h("td", {}, score(c.rating)),
            h("td", {}, score(c.usefulness)),
          ),
        ),
      ),
    ),
  );
  return { name: "feedback" };

  /** Average scores per month as bars (out of 5), with the number of answers under each. */
  function chart(months) {
    const width = Math.max(320, 56 * months.length + 40);
    const height = 160;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("class", "chart");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", t("console-feedback-chart"));
    const add = (name, attributes, text) => {
      const element = document.createElementNS(SVG, name);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      if (text !== undefined) element.textContent = text;
      svg.append(element);
      return element;
    };
    months.forEach((m, i) => {
      const x = 30 + i * 56;
      for (const [offset, value, kind] of [
        [0, m.rating, "rating"],
        [22, m.usefulness, "usefulness"],
      ]) {
        const bar = (value / 5) * 110;
        add("rect", { x: x + offset, y: 120 - bar, width: 20, height: bar, class: `score-bar ${kind}`, "data-month": m.month }).append(
          Object.assign(document.createElementNS(SVG, "title"), { textContent: `${m.month}: ${score(value)}` }),
        );
      }
      add("text", { x: x + 21, y: 136, "text-anchor": "middle", class: "axis" }, m.month);
      add("text", { x: x + 21, y: 152, "text-anchor": "middle", class: "axis" }, t("console-feedback-answers-count", { count: m.answers }));
    });
    return h("div", {}, svg, h("p", { class: "sub" }, h("span", { class: "score-key rating" }), " ", t("console-feedback-rating"), "  ", h("span", { class: "score-key usefulness" }), " ", t("console-feedback-usefulness")));
  }
}
