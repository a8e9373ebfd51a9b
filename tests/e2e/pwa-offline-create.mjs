#!/usr/bin/env node
// (a) Work done offline survives a reload and reaches the hub once the network is back.
//
// A practitioner signs in, goes offline, files a help-desk request and a fund query with a
// budget, and reloads the page while still offline: both are listed as "Only on this device".
// The script then reports `{"event":"offline-work-done","titles":[...]}` and waits for
// `{"event":"continue"}` (the test checks the hub has neither yet). Back online, both become
// "With the hub". Result: `{"ok":true,"ids":[...]}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME (who signs in) and HUBDESK_MARKER (a unique word
// put in the titles) are required.

import {
  command,
  event,
  fileFundQuery,
  fileRequest,
  required,
  run,
  screenshot,
  setOnline,
  signIn,
  waitForSync,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");

run("pwa-offline-create", async ({ device }) => {
  const phone = await device();
  const { page } = phone;
  await signIn(page, username);
  await setOnline(phone, false);

  const requestTitle = `Ward officer training ${marker}`;
  const fundTitle = `Youth council grant ${marker}`;
  const requestId = await fileRequest(page, {
    title: requestTitle,
    description: "Can the hub run a two-day training on risk assessment for our ward officers?",
    category: "capacity_building",
  });
  const fundId = await fileFundQuery(page, {
    title: fundTitle,
    description: "We want to run a youth council in three wards. Is this eligible?",
    lines: [
      ["activities_events", "Youth council sessions", 12, "450"],
      ["materials", "Printed guides", 300, "2.50"],
    ],
    requested: "6,150.00",
  });

  // A reload with no network: the service worker serves the app, IndexedDB the records.
  await page.goto(`${process.env.HUBDESK_BASE_URL}/#/`);
  await page.reload();
  await waitForSync(page, requestTitle, "device");
  await waitForSync(page, fundTitle, "device");
  await screenshot(page, "pwa-a-offline-after-reload");

  event("offline-work-done", { titles: [requestTitle, fundTitle] });
  await command("continue");

  await setOnline(phone, true);
  await waitForSync(page, requestTitle, "hub");
  await waitForSync(page, fundTitle, "hub");
  await screenshot(page, "pwa-a-with-the-hub");
  return { ids: [requestId, fundId], titles: [requestTitle, fundTitle] };
});
