// The network's directory on the phone: the member cities and people the hub last gave, kept
// sealed by the wasm client so they read and search offline, and the person's own choice of what
// others see of their entry, kept at once and sent when the hub can be reached. What each reader
// is given is the hub's to decide (`shared::directory`): fields a person hides never reach
// anyone else's phone.

import { hub } from "./hub.js";
import { t } from "./i18n.js";

const KEPT = "directory";
const MINE = "directory-mine";

const ask = (token, path, options = {}) =>
  hub(token, path, { ...options, httpError: (status) => t("directory-hub-http", { status }) });

/** What the phone keeps: `{cities, people, manages, fetched_at}`. */
export async function keptDirectory(client) {
  return (await client.kept(KEPT).catch(() => undefined)) ?? { cities: [], people: [], fetched_at: null };
}

/** The person's own change waiting to reach the hub (`{shown, listed, refused?}`), if any. */
export async function waitingChange(client) {
  return (await client.kept(MINE).catch(() => undefined)) ?? null;
}

/** Sends the person's waiting change, then asks the hub for the directory. Resolves with whether it answered. */
export async function refreshDirectory(client, token) {
  await sendMine(client, token);
  try {
    const directory = await ask(token, "/api/directory");
    await client.keep(KEPT, { ...directory, fetched_at: Date.now() });
    return true;
  } catch {
    return false;
  }
}

/** Keeps what the person shows others and whether they are listed; sends it now if it can. */
export async function changeMine(client, token, change) {
  await client.keep(MINE, change);
  return refreshDirectory(client, token);
}

async function sendMine(client, token) {
  const change = await waitingChange(client);
  if (!change || change.refused) return;
  try {
    await ask(token, "/api/directory/me", { method: "PATCH", body: { shown: change.shown, listed: change.listed } });
    await client.keep(MINE, null);
  } catch (e) {
    // No network: send it next time. A refusal is kept, in the hub's words, for the screen.
    if (e.status) await client.keep(MINE, { ...change, refused: e.message });
  }
}

/** Forgets a refused change the person has read. */
export async function dismissMine(client) {
  await client.keep(MINE, null);
}
