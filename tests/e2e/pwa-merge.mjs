#!/usr/bin/env node
// (b) Two devices edit the same request while both are offline; after reconnecting both show
// the merged description, and the topic both changed is listed with both values until the
// practitioner picks one, on either device.
//
// Device A files a request online; device B (same practitioner, another phone) receives it.
// Both go offline. A adds a sentence at the start of the description and sets the topic to peer
// learning; B adds a sentence at the end and sets it to youth engagement. Both reconnect.
// Result: `{"ok":true,"id":...,"description":...,"category":...}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME and HUBDESK_MARKER are required.

import {
  editRequest,
  fileRequest,
  openRequest,
  required,
  run,
  screenshot,
  setOnline,
  signIn,
  waitForSync,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");

const BASE = "Our ward committee wants to start a youth council.";
const FROM_A = "Update from the Dhaka office:";
const FROM_B = "The ward office can host the first meeting.";

run("pwa-merge", async ({ device }) => {
  const a = await device("a");
  const b = await device("b");
  await signIn(a.page, username);
  const title = `Youth council start ${marker}`;
  const id = await fileRequest(a.page, { title, description: BASE, category: "capacity_building" });
  await a.page.goto(`${process.env.HUBDESK_BASE_URL}/#/`);
  await waitForSync(a.page, title, "hub");

  // The second phone learns of the request from the hub.
  await signIn(b.page, username);
  await waitForSync(b.page, title, "hub");
  await openRequest(a.page, id);
  await openRequest(b.page, id);

  await setOnline(a, false);
  await setOnline(b, false);
  await editRequest(a.page, { description: `${FROM_A} ${BASE}`, category: "peer_learning" });
  await editRequest(b.page, { description: `${BASE} ${FROM_B}`, category: "youth_engagement" });
  await a.page.locator("#request-sync[data-sync=device]").waitFor();
  await b.page.locator("#request-sync[data-sync=device]").waitFor();

  await setOnline(a, true);
  await setOnline(b, true);
  const merged = `${FROM_A} ${BASE} ${FROM_B}`;
  for (const { page } of [a, b]) {
    await page.locator("#request-description", { hasText: merged }).waitFor();
    await page.locator('.conflict[data-field="category"]').waitFor();
    await page.locator("#request-sync[data-sync=hub]").waitFor();
  }
  const choices = await b.page.locator('.conflict[data-field="category"] button').allTextContents();
  if (choices.length !== 2) throw new Error(`expected both topics to choose from, got ${JSON.stringify(choices)}`);
  await screenshot(b.page, "pwa-b-merged-with-conflict", { focus: ".conflict" });

  // Settling on one device settles it on both.
  await b.page.locator('.conflict[data-field="category"] button', { hasText: "Youth and local government" }).click();
  for (const { page } of [a, b]) {
    await page.locator('.conflict[data-field="category"]').waitFor({ state: "detached" });
    await page.locator("#request-category", { hasText: "Youth and local government" }).waitFor();
    await page.locator("#request-sync[data-sync=hub]").waitFor();
  }
  const description = await a.page.locator("#request-description").textContent();
  return { id, description, category: "youth_engagement" };
});
