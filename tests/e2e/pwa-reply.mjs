#!/usr/bin/env node
// (c) A reply the hub writes while the phone is offline arrives once it is back online, and
// stays readable offline after that, across a reload.
//
// Steps: sign in and file a request online, then report `{"event":"filed","id":...}` and go
// offline; report `{"event":"offline"}` and wait for `{"event":"replied"}` (the test replies as
// an agent through the REST API). Back online the reply appears; offline again, the page is
// reloaded and the reply is still there. Result: `{"ok":true}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME, HUBDESK_MARKER and HUBDESK_REPLY (the text
// the agent replies with) are required.

import {
  BASE_URL,
  command,
  event,
  fileRequest,
  openRequest,
  required,
  run,
  screenshot,
  setOnline,
  signIn,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");
const reply = required("HUBDESK_REPLY");

run("pwa-reply", async ({ device }) => {
  const phone = await device();
  const { page } = phone;
  await signIn(page, username);
  const id = await fileRequest(page, {
    title: `Peer exchange on youth councils ${marker}`,
    description: "Which city in the network has run a youth council we can learn from?",
  });
  await page.locator("#request-sync[data-sync=hub]").waitFor();
  event("filed", { id });

  await setOnline(phone, false);
  event("offline");
  await command("replied");

  await openRequest(page, id);
  const message = page.locator("#conversation .message.staff", { hasText: reply });
  if (await message.count()) throw new Error("the reply arrived while the phone was offline");
  await setOnline(phone, true);
  await message.waitFor();
  await screenshot(page, "pwa-c-reply-received", { focus: "#conversation .message.staff" });

  await setOnline(phone, false);
  const reloaded = await page.reload();
  if (!reloaded?.fromServiceWorker()) throw new Error("the offline reload was not served by the service worker");
  await page.locator("#conversation .message.staff", { hasText: reply }).waitFor();
  await page.locator("#sync[data-state=offline]").waitFor();
  await screenshot(page, "pwa-c-reply-offline", { focus: "#conversation .message.staff" });
  return { id, url: `${BASE_URL}/#/r/${id}` };
});
