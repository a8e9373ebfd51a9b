#!/usr/bin/env node
// (e) A sync cut in the middle by the server going down, then resumed: nothing is duplicated and
// nothing is lost.
//
// The phone files five requests offline and writes messages on two of them. Its websocket is
// routed through this script, which lets the changes of the first two requests through and holds
// back (drops) those of the other three, as a network would lose them. Back online, the first
// two reach the hub; the script reports `{"event":"partly-synced",...}` and waits while the test
// kills the server (SIGKILL) in the middle of that sync and starts it again, then for
// `{"event":"restarted"}`. The phone reconnects by itself and everything reaches the hub.
// Result: `{"ok":true,"titles":[...],"messages":[...]}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME and HUBDESK_MARKER are required.

import { createHash } from "node:crypto";
import {
  BASE_URL,
  command,
  event,
  fileRequest,
  openRequest,
  required,
  run,
  screenshot,
  sendMessage,
  setOnline,
  signIn,
  waitForSync,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");

run("pwa-sync-cut", async ({ device }) => {
  const phone = await device();
  const { page, context } = phone;
  await signIn(page, username);
  await setOnline(phone, false);

  const titles = [1, 2, 3, 4, 5].map((n) => `Cut sync ${n} ${marker}`);
  const ids = [];
  for (const [n, title] of titles.entries()) {
    ids.push(await fileRequest(page, { title, description: `Request ${n + 1} written offline.` }));
  }
  const messages = [
    [ids[0], `First note on request 1 ${marker}`],
    [ids[0], `Second note on request 1 ${marker}`],
    [ids[2], `A note on request 3 ${marker}`],
  ];
  for (const [id, body] of messages) {
    await openRequest(page, id);
    await sendMessage(page, body);
  }

  // From now on the phone's websocket goes through this script. Until the server goes down,
  // what the phone sends about requests 3 to 5 is lost on the way; once a connection that the
  // hub answered breaks (the test kills the server), nothing is held back any more, so the
  // phone's own reconnection is what completes the sync.
  const held = new Set(ids.slice(2).map(documentId));
  await context.routeWebSocket(/\/sync/, (ws) => {
    const server = ws.connectToServer();
    let answered = false;
    ws.onMessage((message) => {
      const doc = typeof message === "string" ? null : documentIdIn(message);
      if (doc && held.has(doc)) return;
      server.send(message);
    });
    server.onMessage((message) => {
      answered = true;
      ws.send(message);
    });
    ws.onClose(() => server.close());
    server.onClose(() => {
      if (answered) held.clear();
      ws.close();
    });
  });
  // The route applies to sockets made by pages loaded after it; reload (from the service worker).
  await page.goto(`${BASE_URL}/#/`);
  await page.reload();
  for (const title of titles) await waitForSync(page, title, "device");
  event("offline-work-done", { titles });
  await command("go");

  await setOnline(phone, true);
  await waitForSync(page, titles[0], "hub");
  await waitForSync(page, titles[1], "hub");
  for (const title of titles.slice(2)) await waitForSync(page, title, "sending");
  await screenshot(page, "pwa-e-partly-synced");
  event("partly-synced", { synced: titles.slice(0, 2), pending: titles.slice(2) });
  await command("restarted");
  for (let waited = 0; held.size > 0; waited += 50) {
    if (waited > 30000) throw new Error("the phone's connection did not break when the server stopped");
    await page.waitForTimeout(50);
  }

  for (const title of titles) await waitForSync(page, title, "hub", 90000);
  for (const [id, body] of messages) {
    await openRequest(page, id);
    await page.locator('#conversation .message[data-sync="hub"]', { hasText: body }).waitFor();
  }
  await page.goto(`${BASE_URL}/#/`);
  await screenshot(page, "pwa-e-resumed");
  return { titles, messages: messages.map(([, body]) => body) };
});

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** The automerge-repo document id of a request: its UUID's 16 bytes in bs58check. */
function documentId(uuid) {
  const bytes = Buffer.from(uuid.replaceAll("-", ""), "hex");
  const sha = (data) => createHash("sha256").update(data).digest();
  const data = Buffer.concat([bytes, sha(sha(bytes)).subarray(0, 4)]);
  let number = BigInt(`0x${data.toString("hex")}`);
  let text = "";
  while (number > 0n) {
    text = BASE58[Number(number % 58n)] + text;
    number /= 58n;
  }
  for (const byte of data) {
    if (byte !== 0) break;
    text = `1${text}`;
  }
  return text;
}

/** The `documentId` of a protocol message (a CBOR map), read without a CBOR library. */
function documentIdIn(message) {
  const key = Buffer.from("documentId");
  const at = message.indexOf(key);
  if (at < 0) return null;
  let i = at + key.length;
  const head = message[i];
  let length;
  if (head >= 0x60 && head <= 0x77) {
    length = head - 0x60;
    i += 1;
  } else if (head === 0x78) {
    length = message[i + 1];
    i += 2;
  } else {
    return null;
  }
  return message.subarray(i, i + length).toString("utf8");
}
