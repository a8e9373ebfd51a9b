// Practices the person shares from their city: what the hub last said of them (kept sealed, so
// the list reads offline), and what they did offline (shared, changed, withdrawn), kept in the
// order they did it and sent when the hub can be reached. The hub checks each again with the
// same rules (`shared::practice`); a refusal is kept, in its words, for the screen.

import { hub } from "./hub.js";
import { t } from "./i18n.js";
import { sendWaiting, waiting } from "./outbox.js";

const KEPT = "practices-mine";
const QUEUE = "practice-queue";


const ask = (token, path, options = {}) =>
  hub(token, path, { ...options, httpError: (status) => t("practice-hub-http", { status }) });

/** The person's practices as the hub last gave them. */
export async function keptPractices(client) {
  return (await client.kept(KEPT).catch(() => undefined)) ?? [];
}

/** What waits to reach the hub, oldest first: `[{id, action: "share" | "change" | "withdraw", draft?, at, refused?}]`. */
export function queuedPractices(client) {
  return waiting(client, QUEUE);
}

/** Keeps an action at once and sends what waits if it can. */
export async function act(client, token, action) {
  const waiting = await queuedPractices(client);
  waiting.push({ ...action, at: Date.now() });
  await client.keep(QUEUE, waiting);
  return refreshPractices(client, token);
}

/** Sends what waits, then asks the hub for the person's practices. Resolves with whether it answered. */
export async function refreshPractices(client, token) {
  await sendQueued(client, token);
  try {
    await client.keep(KEPT, await ask(token, "/api/practices/mine"));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a refused action the person has read. */
export async function dismissPractice(client, at) {
  await client.keep(QUEUE, (await queuedPractices(client)).filter((q) => q.at !== at));
}

function sendQueued(client, token) {
  return sendWaiting(client, QUEUE, (next) => {
    const path = `/api/practices/${encodeURIComponent(next.id)}`;
    if (next.action === "share") return ask(token, "/api/practices", { method: "POST", body: { ...next.draft, id: next.id } });
    if (next.action === "change") return ask(token, path, { method: "PATCH", body: next.draft });
    return ask(token, `${path}/withdraw`, { method: "POST", body: {} });
  });
}
