// Checks of a screen in a language: words that did not come from the catalogue, and what does
// not fit.
//
// In a pseudo-locale (en-XA, en-XB: every letter of the English catalogue accented) any plain
// English word left on a screen was written in code. What people typed and other data are
// exempt when they are marked as such: `translate="no"` (names, ids, codes) or `dir="auto"`
// (text people typed), and the arguments of a message (which the pseudo-locales isolate with
// U+2068..U+2069). Intl's own words for a pseudo-locale (English month names, AM/PM,
// currency codes, and elements marked `data-intl`, such as a language's name) are exempt too:
// they are the browser's formatting, not ours.

const INTL_WORDS = new Set([
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "AM", "PM", "USD", "BDT", "INR", "LKR", "MVR", "PKR",
]);

/**
 * What is wrong with the screen `page` shows: `{words, overflow}`, each a list of descriptions.
 * `words` is only checked with `pseudo`.
 */
export async function auditScreen(page, { pseudo }) {
  return page.evaluate(
    ({ pseudo, intl }) => {
      const exempt = (element) => element.closest('[translate="no"], [dir="auto"], [data-intl], script, style, template, noscript');
      const visible = (element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
      const describe = (element) => {
        const id = element.id ? `#${element.id}` : "";
        const cls = typeof element.className === "string" && element.className ? `.${element.className.split(" ")[0]}` : "";
        return `${element.tagName.toLowerCase()}${id}${cls}`;
      };
      const found = [];
      // An argument of a message is data, isolated (U+2068..U+2069) in the pseudo-locales.
      const plain = (text, where) => {
        const outside = text.replace(/\u2068[^\u2069]*\u2069/g, " ");
        for (const word of outside.match(/[A-Za-z]{2,}/g) ?? []) {
          if (!intl.includes(word)) found.push(`${where}: "${text.trim().slice(0, 80)}"`);
        }
      };
      if (pseudo) {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || exempt(element) || !visible(element)) continue;
          if (element.closest("select") && !element.closest("option:checked")) continue;
          plain(node.textContent, describe(element));
        }
        for (const element of document.body.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")) {
          if (exempt(element) || !visible(element)) continue;
          for (const name of ["aria-label", "placeholder", "title", "alt"]) {
            const value = element.getAttribute(name);
            if (value) plain(value, `${describe(element)}[${name}]`);
          }
        }
        plain(document.title, "title");
      }
      const overflow = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width + 1) {
        overflow.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
      }
      for (const element of document.body.querySelectorAll("*")) {
        if (!visible(element)) continue;
        const style = getComputedStyle(element);
        // Inside something that scrolls on purpose (a wide table), sticking out is by design.
        if (element.parentElement?.closest(".scroll, [data-scrolls]")) continue;
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.right > width + 1 || box.left < -1) && style.position !== "fixed") {
          overflow.push(`${describe(element)} sticks out of the screen (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`);
        }
        // Text wider than its own box, cut off without an ellipsis saying so.
        // A field's own text scrolls inside it, as the person types.
        const field = ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
        const clips = !field && (style.overflowX === "hidden" || style.overflowX === "clip");
        if (clips && style.textOverflow !== "ellipsis" && element.scrollWidth > element.clientWidth + 1) {
          overflow.push(`${describe(element)} cuts its text (${element.scrollWidth} > ${element.clientWidth})`);
        }
      }
      return { words: [...new Set(found)], overflow: [...new Set(overflow)] };
    },
    { pseudo, intl: [...INTL_WORDS] },
  );
}

/** Fails with every problem `auditScreen` found on the screen called `name`. */
export async function expectClean(page, name, { pseudo }) {
  const { words, overflow } = await auditScreen(page, { pseudo });
  const problems = [
    ...words.map((w) => `not from the catalogue: ${w}`),
    ...overflow.map((o) => `does not fit: ${o}`),
  ];
  if (problems.length > 0) throw new Error(`${name}:\n  ${problems.join("\n  ")}`);
}

const AXE = new URL("../node_modules/axe-core/axe.min.js", import.meta.url);
let axeSource = null;

/**
 * The serious and critical WCAG 2.2 A/AA violations axe-core finds on the screen `page` shows,
 * as descriptions. axe is evaluated through the browser's devtools protocol, which the page's
 * Content-Security-Policy does not govern.
 */
export async function accessibilityProblems(page) {
  if (!axeSource) {
    const { readFile } = await import("node:fs/promises");
    axeSource = await readFile(AXE, "utf8");
  }
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ["violations"],
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(", ")}`);
  });
  return violations;
}

/**
 * Everything wrong with the screen `page` shows in `language` (written `direction`), as
 * descriptions starting with `name`: the document's lang and dir, words not from the
 * catalogue (in a pseudo-locale), what does not fit, and axe-core's serious problems.
 */
export async function screenProblems(page, name, { language, direction }) {
  const problems = [];
  const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  if (root.lang !== language || root.dir !== direction) {
    problems.push(`${name}: the document is lang=${root.lang} dir=${root.dir}`);
  }
  const { words, overflow } = await auditScreen(page, { pseudo: /^en-X[AB]$/.test(language) });
  problems.push(...words.map((w) => `${name}: not from the catalogue: ${w}`));
  problems.push(...overflow.map((o) => `${name}: does not fit: ${o}`));
  problems.push(...(await accessibilityProblems(page)).map((a) => `${name}: accessibility: ${a}`));
  return problems;
}
