// The hub's events on the phone: the list the hub last gave, kept sealed by the wasm client so it
// reads offline, and registrations and cancellations made offline, kept in the order they were
// made and sent when the hub can be reached. A registration takes effect when it reaches the
// hub, which gives seats in the order registrations arrive; until then the phone says it waits
// to be sent. After an event they attended, people are asked a short feedback form; an answer
// made offline waits in the same queue.

import { hub } from "./hub.js";
import { t } from "./i18n.js";
import { sendWaiting, waiting } from "./outbox.js";

const KEPT = "events";
const QUEUE = "event-actions";


const ask = (token, path, options = {}) =>
  hub(token, path, { ...options, httpError: (status) => t("events-hub-http", { status }) });

/**
 * What the phone keeps: `{events, attended, fetched_at}`; events carry the person's
 * `registration`, and `attended` lists the events they attended that are over, each saying
 * whether they `answered` the feedback form.
 */
export async function keptEvents(client) {
  const kept = (await client.kept(KEPT).catch(() => undefined)) ?? { events: [], fetched_at: null };
  kept.attended ??= [];
  return kept;
}

/**
 * What waits to reach the hub, oldest first: `[{event, action: "register" | "cancel" |
 * "feedback", answer?, at}]`.
 */
export function queued(client) {
  return waiting(client, QUEUE);
}

/** Asks the hub for the events, after sending what waits. Resolves with whether it answered. */
export async function refreshEvents(client, token) {
  await sendQueued(client, token);
  try {
    const [events, attended] = await Promise.all([ask(token, "/api/events"), ask(token, "/api/feedback/attended")]);
    await client.keep(KEPT, { events, attended, fetched_at: Date.now() });
    return true;
  } catch {
    return false;
  }
}

/** Registers for or cancels event `event`: kept at once, sent now if the hub can be reached. */
export async function act(client, token, event, action) {
  const waiting = (await queued(client)).filter((q) => q.event !== event);
  // A registration then a cancellation made offline cancel out only if the first never left.
  const kept = await keptEvents(client);
  const registered = kept.events.find((e) => e.id === event)?.registration;
  if (!(action === "cancel" && !registered) && !(action === "register" && registered)) {
    waiting.push({ event, action, at: Date.now() });
  }
  await client.keep(QUEUE, waiting);
  return refreshEvents(client, token);
}

/** Answers the feedback form about event `event`: kept at once, sent now if the hub can be reached. */
export async function giveFeedback(client, token, event, answer) {
  const waiting = (await queued(client)).filter((q) => !(q.event === event && q.action === "feedback"));
  waiting.push({ event, action: "feedback", answer, at: Date.now() });
  await client.keep(QUEUE, waiting);
  return refreshEvents(client, token);
}

/** Sends what waits, oldest first (js/outbox.js): feedback, registrations and cancellations. */
function sendQueued(client, token) {
  return sendWaiting(client, QUEUE, (next) => {
    const path = `/api/events/${encodeURIComponent(next.event)}/registrations`;
    if (next.action === "feedback") {
      return ask(token, `/api/events/${encodeURIComponent(next.event)}/feedback`, { method: "POST", body: next.answer });
    }
    if (next.action === "register") return ask(token, path, { method: "POST", body: {} });
    return ask(token, `${path}/me`, { method: "DELETE" }).catch((e) => {
      // Not registered (any more): the cancellation has nothing left to do.
      if (e.status !== 404) throw e;
    });
  });
}

/** Forgets a refused action the person has read. */
export async function dismiss(client, event, action = null) {
  await client.keep(QUEUE, (await queued(client)).filter((q) => q.event !== event || !q.refused || (action && q.action !== action)));
}
