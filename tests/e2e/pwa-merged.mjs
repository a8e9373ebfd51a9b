#!/usr/bin/env node
// A request the hub merged into another as a duplicate says so on the practitioner's phone and
// links to where the conversation goes on.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME, HUBDESK_DUPLICATE (the merged request's id)
// and HUBDESK_ORIGINAL (the id it was merged into). Result: `{"ok":true}`.

import { openRequest, required, run, screenshot, signIn } from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const duplicate = required("HUBDESK_DUPLICATE");
const original = required("HUBDESK_ORIGINAL");

run("pwa-merged", async ({ device }) => {
  const { page } = await device();
  await signIn(page, username);
  await openRequest(page, duplicate);
  const banner = page.locator("#merged");
  await banner.waitFor();
  const href = await banner.locator("a").getAttribute("href");
  if (href !== `#/r/${original}`) throw new Error(`the banner links to ${href}`);
  const head = await page.locator("#request-title").locator("..").textContent();
  if (/\bnull\b|undefined/.test(head)) throw new Error(`the request's head reads: ${head}`);
  await screenshot(page, "pwa-merged");
  await banner.locator("a").click();
  await page.locator("#request-title").waitFor();
  if (!page.url().endsWith(`#/r/${original}`)) throw new Error(`the link led to ${page.url()}`);
  return {};
});
