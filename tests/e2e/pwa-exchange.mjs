#!/usr/bin/env node
// Asking for an exchange visit to a peer city, from the events screen, with no network: the
// request form opens with its topic chosen and its own words, the request waits on the phone,
// and reaches the hub like any request once the phone is online.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER. Result: `{"ok":true,"id":...,"title":...}`.

import { BASE_URL, required, run, screenshot, setOnline, signIn, waitForSync } from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");

run("pwa-exchange", async ({ device }) => {
  const phone = await device();
  const { page } = phone;
  await signIn(page, "rahima");
  await page.goto(`${BASE_URL}/#/events`);
  await setOnline(phone, false);
  await page.locator("#exchange-link").click();
  const form = page.locator("#request-form");
  await form.waitFor();
  const topic = await form.locator('[name="category"]').inputValue();
  if (topic !== "exchange_visit") throw new Error(`the topic was ${topic}`);
  await screenshot(page, "exchange-a-form");
  const title = `Visit Khulna's ward committees ${marker}`;
  await form.locator('[name="title"]').fill(title);
  await form.locator('[name="description"]').fill("Three of us would like to learn how Khulna runs its ward budget meetings, in March.");
  await form.locator("button[type=submit]").click();
  await page.locator("#request-title", { hasText: title }).waitFor();
  const id = new URL(page.url()).hash.replace("#/r/", "");
  await page.goto(`${BASE_URL}/#/`);
  await waitForSync(page, title, "device");
  await setOnline(phone, true);
  await waitForSync(page, title, "hub");
  return { id, title };
});
