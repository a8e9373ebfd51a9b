// What the phone did offline and the hub has yet to hear: a queue kept sealed under a name,
// sent oldest first when the hub can be reached. Sending stops at the first action that cannot
// reach the hub (the rest keep their order); one the hub refuses is kept with its words, for
// the screen to show until the person dismisses it. One send at a time per queue.

const sending = new Map();

/** What waits in queue `name`, oldest first. */
export async function waiting(client, name) {
  return (await client.kept(name).catch(() => undefined)) ?? [];
}

/**
 * Sends what waits in queue `name` with `send(action)` (which rejects with an `Error` carrying
 * the hub's `status` when the hub refused, and none when it could not be reached).
 */
export function sendWaiting(client, name, send) {
  if (sending.has(name)) return sending.get(name);
  const run = (async () => {
    let queue = await waiting(client, name);
    for (const next of [...queue]) {
      if (next.refused) continue;
      try {
        await send(next);
        queue = queue.filter((q) => q !== next);
      } catch (e) {
        // No network: try again later, in the same order.
        if (!e.status) break;
        next.refused = e.message;
      }
      await client.keep(name, queue);
    }
  })().finally(() => sending.delete(name));
  sending.set(name, run);
  return run;
}
