#!/usr/bin/env node
// A day's work over a slow, flaky field link (the test puts a link emulator between Chromium and
// the server: 250 kbit/s, 600 ms round trip, cuts).
//
// Steps: the first visit and sign-in go through the link; the script reports
// `{"event":"first-visit","ms":...}`. Offline, the practitioner files 10 requests and makes 50
// edits to them (4 messages and a new description each), reports
// `{"event":"offline-work-done","titles":[...]}` and waits for `{"event":"go"}`. Back online it
// times how long until all 10 are "With the hub" (`link_ms`; the test cuts the link during
// that). Then, with no network at all, a fresh tab opens the app from the service worker and
// shows the 10 requests. Result: `{"ok":true,"ids":[...],"first_visit_ms":...,"link_ms":...}`.
//
// Environment: see lib/pwa.mjs (HUBDESK_BASE_URL is the link's address); HUBDESK_USERNAME and
// HUBDESK_MARKER are required.

import {
  BASE_URL,
  command,
  editRequest,
  event,
  fileRequest,
  openRequest,
  openThroughCuts,
  required,
  run,
  screenshot,
  sendMessage,
  setOnline,
  signIn,
  waitForSync,
  watch,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");
const REQUESTS = 10;
const MESSAGES = 4;

// Where the script is, on stderr, so a timeout says how far it got.
const started = Date.now();
const note = (text) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${text}\n`);

run("pwa-slow-link", async ({ device }) => {
  const phone = await device();
  const { page } = phone;
  phone.page.on("console", (m) => note(`console: ${m.text().slice(0, 160)}`));
  const visitStarted = Date.now();
  await openThroughCuts(page);
  note("the sign-in page is open");
  await signIn(page, username, { open: false, throughCuts: true });
  const firstVisitMs = Date.now() - visitStarted;
  event("first-visit", { ms: firstVisitMs });

  note("signed in");
  await setOnline(phone, false);
  const titles = [];
  const ids = [];
  for (let i = 0; i < REQUESTS; i++) {
    const title = `Day ${i + 1} ${marker}`;
    titles.push(title);
    ids.push(await fileRequest(page, { title, description: `Visit ${i + 1}: the ward asks for help.` }));
  }
  for (const [i, id] of ids.entries()) {
    await openRequest(page, id);
    for (let m = 0; m < MESSAGES; m++) await sendMessage(page, `Note ${m + 1} on day ${i + 1} ${marker}`);
    await editRequest(page, { description: `Visit ${i + 1}, revised after the meeting.` });
  }
  await page.goto(`${BASE_URL}/#/`);
  for (const title of titles) await waitForSync(page, title, "device");
  event("offline-work-done", { titles });
  await command("go");

  note("the day's work is done offline");
  const syncStarted = Date.now();
  await phone.context.setOffline(false);
  for (const title of titles) {
    await waitForSync(page, title, "hub", 60000);
    note(`${title} is with the hub`);
  }
  const linkMs = Date.now() - syncStarted;
  await screenshot(page, "pwa-slow-link-synced");

  // The first visit left the app working with no network at all.
  await phone.context.setOffline(true);
  await page.close();
  const offline = await phone.context.newPage();
  watch(phone, offline);
  const response = await offline.goto(BASE_URL);
  if (!response?.fromServiceWorker()) throw new Error("the page did not come from the service worker");
  for (const title of titles) await waitForSync(offline, title, "hub");
  await offline.locator("#sync[data-state=offline]").waitFor();
  await openRequest(offline, ids[0]);
  await offline.locator("#conversation .message.requester", { hasText: `Note ${MESSAGES} on day 1` }).waitFor();
  return { ids, titles, first_visit_ms: firstVisitMs, link_ms: linkMs };
});
