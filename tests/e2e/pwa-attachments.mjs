#!/usr/bin/env node
// Attachments on the phone: a file the hub would refuse is refused before any data is spent; a
// photo attached with no network is reduced (the person sees both sizes and chooses), kept
// sealed on the phone through a reload, and in low-data mode waits, online, until "Send now";
// then it reaches the hub and is listed with the request. A file sent with a message goes once
// the message is at the hub, and is listed on it.
//
// Steps: sign in, turn on low-data mode, file a request online and report `{"event":"filed"}`;
// offline, try a program named like a photo (refused), attach the photo at HUBDESK_PHOTO and
// send it reduced; reload offline and find it still waiting; online, find it still waiting
// (low-data), tap "Send now" and wait until the hub lists it. Result: `{"ok":true, id,
// kept_size}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME, HUBDESK_MARKER and HUBDESK_PHOTO (a JPEG).

import { BASE_URL, event, fileRequest, openRequest, required, run, screenshot, setOnline, signIn } from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");
const photo = required("HUBDESK_PHOTO");

run("pwa-attachments", async ({ device }) => {
  const phone = await device();
  const { page } = phone;
  await signIn(page, username);
  await page.goto(`${BASE_URL}/#/account`);
  await page.locator("#low-data").check();
  const id = await fileRequest(page, {
    title: `Signed letter from the municipality ${marker}`,
    description: "The ward office signed the partnership letter; the photo follows.",
  });
  await page.locator("#request-sync[data-sync=hub]").waitFor();
  event("filed", { id });

  await setOnline(phone, false);
  // A program named like a photo: refused on the phone, nothing kept.
  const program = Buffer.alloc(8192);
  program.write("MZ", 0);
  await page.locator("#attach-file").setInputFiles({ name: "holiday.jpg", mimeType: "image/jpeg", buffer: program });
  await page.locator("#file-state:not(:empty)").waitFor();
  if (await page.locator("[data-kept]").count()) throw new Error("a refused file was kept");
  const refusal = await page.locator("#file-state").textContent();

  await page.locator("#attach-file").setInputFiles(photo);
  await page.locator("#photo-choice:not([hidden]) #send-reduced").waitFor();
  await screenshot(page, "pwa-attachments-choice", { focus: "#attachments" });
  await page.locator("#send-reduced").click();
  const kept = page.locator("#files-waiting [data-kept]");
  await kept.waitFor();

  const reloaded = await page.reload();
  if (!reloaded?.fromServiceWorker()) throw new Error("the offline reload was not served by the service worker");
  await openRequest(page, id);
  await kept.waitFor();
  const keptId = await kept.getAttribute("data-kept");
  await setOnline(phone, true);
  // Low-data mode: online, but not on Wi-Fi, the file waits for a tap; the indicator says so.
  await page.locator("#sync[data-files-left]:not([data-files-left='0'])").waitFor();
  await page.waitForTimeout(1500);
  if ((await kept.getAttribute("data-sent")) !== "0") throw new Error("low-data mode sent a file without a tap");
  await screenshot(page, "pwa-attachments-waiting", { focus: "#attachments" });
  await page.locator(`[data-send-now="${keptId}"]`).click();
  await page.locator(`#files-held [data-attachment="${keptId}"]`).waitFor({ timeout: 60_000 });
  await page.locator("#files-waiting [data-kept]").waitFor({ state: "detached", timeout: 30_000 });
  await page.locator("#sync[data-files-left='0']").waitFor();
  await screenshot(page, "pwa-attachments-sent", { focus: "#attachments" });

  // A message with a file: the file waits for the message to reach the hub, then goes with it.
  await page.locator("#message-form textarea").fill(`Minutes of the ward meeting ${marker}`);
  await page.locator("#message-files").setInputFiles({
    name: "minutes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Ward 12 meeting: the drain plan is agreed.\n"),
  });
  await page.locator("#message-files-chosen:not(:empty)").waitFor();
  await page.locator("#message-form button[type=submit]").click();
  const minutes = page.locator("#files-waiting [data-kept]");
  await minutes.waitFor();
  const minutesId = await minutes.getAttribute("data-kept");
  await page.locator(`[data-send-now="${minutesId}"]`).click();
  await page.locator(`#files-held [data-attachment="${minutesId}"]`).waitFor({ timeout: 60_000 });
  return { id, attachment: keptId, refusal, message_attachment: minutesId };
});
