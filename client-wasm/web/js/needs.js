// A member city's needs assessment on the phone of one of its focal points: what the hub asks
// (the quarter and the cities they answer for), kept sealed so the form opens offline, and
// answers made offline, kept and sent when the hub can be reached. The hub checks each answer
// again with the same rules (`shared::needs`) and keeps one per city and quarter.

import { hub } from "./hub.js";
import { t } from "./i18n.js";
import { sendWaiting, waiting } from "./outbox.js";

const ASKED = "needs-asked";
const QUEUE = "needs-queue";


const ask = (token, path, options = {}) =>
  hub(token, path, { ...options, httpError: (status) => t("directory-hub-http", { status }) });

/** What the phone keeps of what the hub asks: `{period, cities: [{id, country, city, status, answers?}]}`. */
export async function keptAsked(client) {
  return (await client.kept(ASKED).catch(() => undefined)) ?? { period: null, cities: [] };
}

/** Answers waiting to reach the hub, oldest first: `[{draft, at, refused?}]`. */
export function queuedNeeds(client) {
  return waiting(client, QUEUE);
}

/** Sends what waits, then asks the hub what it asks. Resolves with whether it answered. */
export async function refreshNeeds(client, token) {
  await sendQueued(client, token);
  try {
    await client.keep(ASKED, await ask(token, "/api/needs/asked"));
    return true;
  } catch {
    return false;
  }
}

/** Keeps an answer at once (replacing one for the same city still waiting), and sends it if it can. */
export async function answer(client, token, draft) {
  const waiting = (await queuedNeeds(client)).filter((q) => q.draft.city !== draft.city);
  waiting.push({ draft, at: Date.now() });
  await client.keep(QUEUE, waiting);
  return refreshNeeds(client, token);
}

/** Forgets a refused answer the person has read. */
export async function dismissNeeds(client, city) {
  await client.keep(QUEUE, (await queuedNeeds(client)).filter((q) => q.draft.city !== city));
}

function sendQueued(client, token) {
  return sendWaiting(client, QUEUE, (next) => ask(token, "/api/needs", { method: "POST", body: next.draft }));
}
