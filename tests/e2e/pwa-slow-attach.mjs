#!/usr/bin/env node
// A photo over a slow, flaky field link (the test puts a link emulator between Chromium and the
// server: 250 kbit/s, 600 ms round trip, cuts): attached with no network, reduced, then sent
// across cuts and a reload of the page midway, resuming each time from what the hub holds.
//
// Steps: the first visit and sign-in go through the link; a request is filed and reaches the
// hub (`{"event":"filed","id"}`). Offline, the photo at HUBDESK_PHOTO is attached and sent
// reduced (`{"event":"kept","size"}`); the script waits for `{"event":"go"}`, comes online, and
// once part of the photo is across reloads the page; then waits until the hub lists the photo.
// Result: `{"ok":true,"attachment","size"}`.
//
// Environment: see lib/pwa.mjs (HUBDESK_BASE_URL is the link's address); HUBDESK_USERNAME,
// HUBDESK_MARKER and HUBDESK_PHOTO are required.

import { command, event, fileRequest, openRequest, openThroughCuts, required, run, setOnline, signIn } from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");
const photo = required("HUBDESK_PHOTO");

const started = Date.now();
const note = (text) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${text}\n`);

run("pwa-slow-attach", async ({ device }) => {
  const phone = await device();
  const { page } = phone;
  await openThroughCuts(page);
  await signIn(page, username, { open: false, throughCuts: true });
  note("signed in");
  const id = await fileRequest(page, {
    title: `Evidence photo over a field link ${marker}`,
    description: "The drain works, photographed on site.",
  });
  await page.locator("#request-sync[data-sync=hub]").waitFor({ timeout: 120_000 });
  event("filed", { id });

  await setOnline(phone, false);
  await page.locator("#attach-file").setInputFiles(photo);
  await page.locator("#photo-choice:not([hidden]) #send-reduced").waitFor();
  await page.locator("#send-reduced").click();
  const kept = page.locator("#files-waiting [data-kept]");
  await kept.waitFor();
  const attachment = await kept.getAttribute("data-kept");
  const size = Number(await kept.getAttribute("data-size"));
  event("kept", { size });
  await command("go");

  await phone.context.setOffline(false);
  note("online: sending");
  // Once part of the photo is across, the page is reloaded: the upload resumes from the hub's
  // offset, not from the start.
  await page.waitForFunction(
    (id) => Number(document.querySelector(`[data-kept="${id}"]`)?.dataset.sent ?? 0) > 0,
    attachment,
    { timeout: 300_000, polling: 250 },
  );
  note("part of the photo is across: reloading");
  await page.reload();
  await openRequest(page, id);
  await page.locator(`#files-held [data-attachment="${attachment}"]`).waitFor({ timeout: 600_000 });
  note("the hub lists the photo");
  return { attachment, size };
});
