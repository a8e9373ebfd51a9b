// What people read for the codes the client hands back (kinds, topics, countries, statuses,
// roles, ...): the catalogue's `code-<code>` messages (locales/*/common.ftl). Which codes exist
// comes from the client (`HubClient.choices()`); dates and numbers are formatted in js/i18n.js.

import { has, t } from "./i18n.js";

export { date, dateTime } from "./i18n.js";

/** The words for `code`; the code itself when the catalogue has none (a test finds those). */
export function label(code) {
  if (!code) return "";
  return has(`code-${code}`) ? t(`code-${code}`) : String(code);
}

/** A shorter form where space is tight (list rows, chips). */
export function short(code) {
  return has(`code-short-${code}`) ? t(`code-short-${code}`) : label(code);
}

/** A request's status as its requester reads it. */
export const statusLabel = (status) => (has(`status-${status}`) ? t(`status-${status}`) : label(status));

/** Where a request is: only on this device, sending, with the hub. */
export const syncLabel = (sync) => t(`sync-${sync}`);

/** A language's name in itself ("বাংলা"), as Intl knows it: for choosing among languages. */
export function ownName(tag) {
  try {
    return new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language's name, in the page's language (`bn` reads "Bengali" on an English page). */
export function languageLabel(code) {
  try {
    return new Intl.DisplayNames([document.documentElement.lang || "en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
