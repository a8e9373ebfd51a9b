#!/usr/bin/env node
// Intake by staff: Rahima called the hub. An agent finds her in the console, files the request
// for her (every field at fault named beside it first), and the request appears on Rahima's
// phone like one she filed, saying the hub filed it from her call; it stays there offline.
// The hub's side is checked by the test through REST.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER. Result: `{"ok":true,"id":...,"title":...}`.

import { BASE_URL, required, requestRow, run, screenshot, setOnline, signIn, signInConsole } from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");

run("console-intake", async ({ device }) => {
  const phone = await device("phone");
  await signIn(phone.page, "rahima");

  const desk = await device("desk");
  const { page } = desk;
  await signInConsole(page, "agent");
  await page.locator("#intake-link").click();
  const form = page.locator("#intake-form");
  await form.waitFor();

  // Nobody chosen yet: said beside the search, before anything reaches the hub.
  await page.locator("#intake-file").click();
  await form.locator('p.error[data-field="requester"]:not(:empty)').waitFor();

  // Found by part of her username; her country and city are filled in from her account.
  await page.locator("#intake-requester").fill("rahi");
  const option = page.locator("#intake-people [data-person]", { hasText: "rahima" });
  await option.click();
  await page.locator("#intake-people [aria-pressed='true']", { hasText: "rahima" }).waitFor();
  if ((await page.locator("#intake-country").inputValue()) !== "BD") throw new Error("her country was not filled in");
  if ((await page.locator("#intake-city").inputValue()) !== "Dhaka") throw new Error("her city was not filled in");

  // No channel and no title: the hub names both, each beside its field.
  await page.locator("#intake-file").click();
  for (const field of ["channel", "title"]) {
    await form.locator(`p.error[data-field="${field}"]:not(:empty)`).waitFor();
    await form.locator(`[name="${field}"][aria-invalid="true"]`).waitFor();
  }
  await screenshot(page, "intake-a-refused");

  const title = `Ward committee training ${marker}`;
  await page.locator("#intake-channel").selectOption("phone_call");
  await page.locator("#intake-title").fill(title);
  await page.locator("#intake-description").fill("Asked by phone: a day on participatory budgeting for ward committees.");
  await page.locator("#intake-category").selectOption("capacity_building");
  await page.locator("#intake-file").click();
  await page.locator("#request-title", { hasText: title }).waitFor();
  await page.locator("#intake-line", { hasText: "agent" }).waitFor();
  const id = new URL(page.url()).hash.replace("#/r/", "");
  await screenshot(page, "intake-b-filed");

  // On Rahima's phone, like one she filed, saying how it came in: she comes back to the app
  // (no push in this browser), it hears of the request and fetches it.
  await phone.page.bringToFront();
  await phone.page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  const row = requestRow(phone.page, title);
  await row.waitFor();
  await row.click();
  await phone.page.locator("#intake-note").waitFor();
  await screenshot(phone.page, "intake-c-phone");

  // Kept on the phone: it opens with the network off.
  await setOnline(phone, false);
  await phone.page.reload();
  await requestRow(phone.page, title).or(phone.page.locator("#request-title", { hasText: title })).first().waitFor();
  return { id, title };
});
