// The words people read, in their language: both apps take every string from the Fluent
// catalogues in `locales/<language>/` (copied next to the page by `cargo xtask build-web`, with
// `locales/index.json` listing the languages), never from code.
//
// - `useLanguage(tag, files)` loads one language's catalogue files (only that language's: a
//   first visit downloads nothing else) and sets `lang` and `dir` on the document, so the page
//   mirrors for a right-to-left language. The service worker keeps the files it has served, so a
//   language used once works offline.
// - `t(id, args)` formats one message. Fluent picks plural and gender forms by the language's
//   CLDR rules and formats numbers and dates given as arguments with Intl, in the language's
//   own digits where it has them; in a right-to-left language every argument is wrapped in
//   Unicode isolation marks, so a Latin name or a number reads correctly inside it.
// - `localize(root)` fills elements written in HTML with `data-l10n-id` (their text) and the
//   message's attributes (`.aria-label`, `.placeholder`, `.title`, ...).
// - `date`, `dateTime`, `number` and `money` format values alone, with Intl.

import { FluentBundle, FluentResource } from "../vendor/fluent/index.js";

const LOCALES = new URL("../locales/", import.meta.url);
const CHOSEN_KEY = "hubdesk.language";
export const DEFAULT_LANGUAGE = "en";

let bundle = null;
let current = { tag: DEFAULT_LANGUAGE, dir: "ltr" };
let index = null;

/**
 * The languages this build has: `{tag, name, dir}` for each, the name in the language itself.
 * Pseudo-locales (for tests) are listed apart and only used when asked for by tag.
 * @returns {Promise<{languages: {tag: string, name: string, dir: string}[], pseudo: {tag: string, name: string, dir: string}[]}>}
 */
export async function languages() {
  index ??= fetch(new URL("index.json", LOCALES)).then((response) => {
    if (!response.ok) throw new Error(`locales/index.json: ${response.status}`);
    return response.json();
  });
  try {
    return await index;
  } catch (error) {
    index = null;
    throw error;
  }
}

/**
 * The language to start in: the one chosen on this device before (or the signed-in user's, set
 * through `remember`), else the first of the device's languages the app has, else English.
 */
export async function startingLanguage() {
  const { languages: known, pseudo = [] } = await languages();
  const tags = [...known, ...pseudo].map((l) => l.tag);
  const saved = localStorage.getItem(CHOSEN_KEY);
  if (saved && tags.includes(saved)) return saved;
  return matchLanguage(navigator.languages ?? [navigator.language], known.map((l) => l.tag));
}

/** The first of `wanted` (BCP 47 tags, most wanted first) that `have` offers, by language. */
export function matchLanguage(wanted, have) {
  for (const tag of wanted) {
    if (have.includes(tag)) return tag;
    const base = String(tag).toLowerCase().split("-")[0];
    const found = have.find((h) => h.toLowerCase().split("-")[0] === base);
    if (found) return found;
  }
  return DEFAULT_LANGUAGE;
}

/** Keeps `tag` as this device's language for the next start (before anyone signs in). */
export function remember(tag) {
  try {
    localStorage.setItem(CHOSEN_KEY, tag);
  } catch {
    // Private browsing without storage: the choice lasts this visit only.
  }
}

/**
 * Loads `files` (names without `.ftl`) of language `tag` and makes it the page's language.
 * Throws (and keeps the current language) when a file cannot be had, such as a language never
 * used on this device while offline.
 */
export async function useLanguage(tag, files) {
  const { languages: known, pseudo = [] } = await languages();
  const language = [...known, ...pseudo].find((l) => l.tag === tag);
  if (!language) throw new Error(`unknown language ${tag}`);
  const sources = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(new URL(`${tag}/${file}.ftl`, LOCALES));
      if (!response.ok) throw new Error(`locales/${tag}/${file}.ftl: ${response.status}`);
      return response.text();
    }),
  );
  // Isolation marks keep an argument (a number, an id, a Latin name) from reordering the
  // right-to-left text around it; left-to-right text needs none of that. The pseudo-locales
  // keep them too: they tell the tests an argument (data) from the catalogue's words.
  const next = new FluentBundle(tag, { useIsolating: language.dir === "rtl" || isPseudo(tag) });
  for (const source of sources) {
    const errors = next.addResource(new FluentResource(source));
    for (const error of errors) console.warn(`locales/${tag}:`, error);
  }
  bundle = next;
  current = language;
  document.documentElement.lang = tag;
  document.documentElement.dir = language.dir;
  return language;
}

/** Asks the hub to word its answers (errors, CSV headers) in the page's language. */
export const languageHeader = () => ({ "Accept-Language": current.tag });

/** The page's language: `{tag, name, dir}`. */
export const language = () => current;

/** One message, formatted; its id when the catalogue lacks it (a test finds those). */
export function t(id, args) {
  const message = bundle?.getMessage(id);
  if (!message?.value) {
    console.warn(`missing message ${id}`);
    return id;
  }
  return bundle.formatPattern(message.value, args);
}

/**
 * A message the wasm client picked (`{message, args}`, as in its FieldError), with amounts
 * (`{minor, currency}`) written in the page's language.
 */
export function picked({ message, args = {} }) {
  const formatted = {};
  for (const [name, value] of Object.entries(args)) {
    formatted[name] = value && typeof value === "object" ? money(value.minor, value.currency) : value;
  }
  return t(message, formatted);
}

// ----- messages with elements in them ------------------------------------------------------------
//
// A sentence such as "Filed 3 Dec by **rahima**" is one message, so a translation can move the
// name; the name is an element, though, and Fluent formats text. So the element goes into the
// message's arguments as a placeholder (`slot`), and `rich` cuts the formatted text at each
// placeholder and puts the element back there:
//
//     rich(t("console-request-filed", { when: when(at), who: slot(h("strong", {}, name)) }))
//
// The id stays a plain `t("…")` call, which the catalogue check reads.

const SLOT = /\u2068?\uE000(\d+)\uE001\u2069?/;
const slots = new Map();
let nextSlot = 0;

/** Holds `node` for the next `rich` and returns the text that stands for it in a message. */
export function slot(node) {
  const key = nextSlot++;
  slots.set(key, node);
  return `\uE000${key}\uE001`;
}

/**
 * A formatted message as pieces for `h` or `fill`: its text with each `slot` put back as the
 * element it stands for. Fluent's isolation marks around a placeholder are dropped and the
 * element is isolated instead (`dir="auto"`, as `<bdi>` does), so a name written right to left
 * keeps its place in a left-to-right sentence and the other way round.
 */
export function rich(text) {
  return text
    .split(new RegExp(SLOT, "g"))
    .map((piece, i) => {
      if (i % 2 === 0) return piece;
      const node = slots.get(Number(piece));
      slots.delete(Number(piece));
      if (node instanceof Element && !node.hasAttribute("dir") && node.localName !== "bdi") node.setAttribute("dir", "auto");
      return node ?? "";
    })
    .filter((piece) => piece !== "");
}

/**
 * A message for an attribute that is read out rather than laid out (`aria-label`), without
 * Fluent's bidi isolation marks: they order text on screen only, and left in they would keep the
 * name from matching what someone says or types to reach the control (voice control, finding a
 * button by its name). A pseudo-locale keeps them, so its tests can tell the data in a name from
 * the catalogue's words.
 */
export const spoken = (text) => (isPseudo(current.tag) ? text : text.replace(/[\u2068\u2069]/g, ""));

/** Whether `tag` is one of the build's pseudo-locales (for tests: en-XA, en-XB). */
export const isPseudo = (tag) => /^en-X[AB]$/.test(tag);

/**
 * What an error says to people: the wasm client rejects with a catalogue message id where a
 * person is meant to read why (`client-forbidden`, say); anything else keeps its own words.
 */
export function said(error) {
  const message = error?.message ?? String(error);
  return has(message) ? t(message) : message;
}

/** Whether the catalogue has message `id` (for codes whose words may be missing). */
export const has = (id) => Boolean(bundle?.getMessage(id)?.value);

/** One attribute of a message (`.aria-label` and the like). */
export function attr(id, name, args) {
  const pattern = bundle?.getMessage(id)?.attributes?.[name];
  if (!pattern) {
    console.warn(`missing message ${id}.${name}`);
    return id;
  }
  return bundle.formatPattern(pattern, args);
}

/**
 * Fills every element under `root` that has `data-l10n-id`: its text from the message's value
 * (when it has one) and each of the message's attributes as an attribute. `data-l10n-args`
 * holds the arguments as JSON.
 */
export function localize(root = document) {
  for (const element of root.querySelectorAll("[data-l10n-id]")) {
    const message = bundle?.getMessage(element.dataset.l10nId);
    if (!message) {
      console.warn(`missing message ${element.dataset.l10nId}`);
      continue;
    }
    const args = element.dataset.l10nArgs ? JSON.parse(element.dataset.l10nArgs) : undefined;
    if (message.value) element.textContent = bundle.formatPattern(message.value, args);
    for (const [name, pattern] of Object.entries(message.attributes)) {
      element.setAttribute(name, bundle.formatPattern(pattern, args));
    }
  }
}

// ----- values alone ----------------------------------------------------------------------------

const tag = () => current.tag;

export function date(ms) {
  return new Date(ms).toLocaleDateString(tag(), { day: "numeric", month: "short", year: "numeric" });
}

export function dateTime(ms) {
  return new Date(ms).toLocaleString(tag(), {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export const number = (value) => new Intl.NumberFormat(tag()).format(value);

/** A size in bytes as people read it ("340 kB", "3.1 MB"), in the language's way. */
export function bytes(count) {
  const [unit, size] = count >= 1_000_000 ? ["megabyte", count / 1_000_000] : ["kilobyte", Math.max(1, count / 1000)];
  const digits = size < 10 ? 1 : 0;
  return new Intl.NumberFormat(tag(), { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: digits }).format(size);
}

/**
 * An amount in minor units (cents, paisa) of `currency` (ISO 4217), in the language's way of
 * writing money. Intl knows how many minor digits each currency has.
 */
export function money(minor, currency) {
  // The currency's code, not its symbol: the region's rupees share one symbol.
  const format = new Intl.NumberFormat(tag(), { style: "currency", currency, currencyDisplay: "code" });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(Number(minor) / 10 ** digits);
}
