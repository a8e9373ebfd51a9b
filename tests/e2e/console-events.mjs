#!/usr/bin/env node
// Publishing an event in the console: a form with every field at fault named beside it, then
// the event listed with its seats; reports `{"event":"published"}`, waits for `{"event":
// "registered"}` (the test registers someone through REST) and marks them as having attended.
// The hub's side is checked by the test through REST.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER. Result: `{"ok":true,"title":...}`.

import { BASE_URL, command, event, required, run, screenshot } from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");

run("console-events", async ({ device }) => {
  const desk = await device("desk");
  const { page } = desk;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE_URL}/console/#/events`);
  await page.locator("#username").fill("agent");
  await page.locator("#password").fill("hubdesk-demo");
  await page.locator("form button[type=submit]").click();
  const form = page.locator("#event-form");
  await form.waitFor();

  // Nothing filled in but a title: the hub names each field at fault.
  const title = `Ward budget dialogue ${marker}`;
  await page.locator("#event-title").fill(title);
  await page.locator("#event-publish").click();
  for (const field of ["starts_at", "seats", "place"]) {
    await page.locator(`#event-form p.error[data-field="${field}"]:not(:empty)`).waitFor();
    await page.locator(`#event-form [name="${field}"][aria-invalid="true"]`).waitFor();
  }
  await screenshot(page, "events-a-refused");

  const day = new Date(Date.now() + 7 * 86_400_000);
  const at = (hours) => `${day.toISOString().slice(0, 10)}T${String(hours).padStart(2, "0")}:00`;
  await page.locator("#event-kind").selectOption("dialogue");
  await page.locator("#event-starts").fill(at(10));
  await page.locator("#event-ends").fill(at(13));
  await page.locator("#event-seats").fill("25");
  await page.locator("#event-place").fill("Khulna City Corporation hall");
  await page.locator("#event-language").fill("bn");
  await page.locator("#event-publish").click();
  const card = page.locator("[data-event]", { hasText: marker });
  await card.waitFor();
  await card.locator(".seats[data-admitted='0']").waitFor();
  if ((await page.locator("#event-form p.error").allTextContents()).some((text) => text.trim())) {
    throw new Error("errors stayed after publishing");
  }
  await screenshot(page, "events-b-published");
  event("published", { id: await card.getAttribute("data-event"), title });

  // Someone registered (the test did, through REST): marked as having attended.
  await command("registered");
  await page.goto(`${BASE_URL}/console/#/canned`);
  await page.goto(`${BASE_URL}/console/#/events`);
  await card.locator("summary").click();
  const box = card.locator("input[data-attended]");
  const saved = page.waitForResponse((r) => r.url().endsWith("/attendance") && r.request().method() === "PUT");
  await box.check();
  if ((await saved).status() !== 204) throw new Error("the hub did not take the attendance");
  await screenshot(page, "events-f-attended");
  return { title };
});
