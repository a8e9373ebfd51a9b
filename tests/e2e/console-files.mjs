#!/usr/bin/env node
// The console shows a request's files: a photo's picture made by the hub, opened in the browser
// from the hub's bytes; and an agent attaches a file to a reply, which the hub then lists on that
// reply. Prints {"ok":true} for the Rust side to check through REST.
//
// Environment: see lib/pwa.mjs; HUBDESK_REQUEST (a request with a photo) and HUBDESK_PHOTO_ID.

import { BASE_URL, required, run, screenshot } from "./lib/pwa.mjs";

const request = required("HUBDESK_REQUEST");
const photo = required("HUBDESK_PHOTO_ID");

run("console-files", async ({ device }) => {
  const desk = await device("agent");
  const page = desk.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE_URL}/console/#/`);
  await page.locator("#username").fill("agent");
  await page.locator("#password").fill("hubdesk-demo");
  await page.locator("form button[type=submit]").first().click();
  await page.locator("#queues a").first().waitFor();
  await page.goto(`${BASE_URL}/console/#/r/${request}`);
  const picture = page.locator(`#files [data-attachment="${photo}"] img`);
  await picture.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await picture.elementHandle());
  await screenshot(page, "console-files", { focus: "#files-card" });

  // Opened in the browser, from the hub's bytes, at the size of the window.
  await page.locator(`[data-open="${photo}"]`).click();
  const viewed = page.locator("#viewer[open] #viewer-image");
  await viewed.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth === 800, await viewed.elementHandle());
  await screenshot(page, "console-files-viewer");
  await page.keyboard.press("Escape");
  await page.locator("#viewer[open]").waitFor({ state: "detached" });

  // A reply with a file: the hub lists the file on that reply.
  await page.locator("#composer-body").fill("Here is the budget template.");
  await page.locator("#reply-files").setInputFiles({
    name: "budget-template.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("line,category,amount\n1,training,0\n"),
  });
  await page.locator("#send").click();
  await page.locator("#files [data-attachment]").nth(1).waitFor({ timeout: 30_000 });
  return {};
});
