#!/usr/bin/env node
// Feedback after an event, on the phone and in the console. Rahima attended a workshop that is
// over (the test set that up through REST). On her phone, offline, the form names what is
// missing, then keeps her answer across a reload and sends it when the network is back. An
// agent then reads it in the console: per event, per month as a chart, and as a CSV download.
//
// Environment: see lib/pwa.mjs; HUBDESK_EVENT (the event's id). Result: `{"ok":true,"csv":...}`.

import { BASE_URL, required, run, screenshot, setOnline, signIn, signInConsole } from "./lib/pwa.mjs";

const eventId = required("HUBDESK_EVENT");

run("pwa-feedback", async ({ device }) => {
  const phone = await device("phone");
  const { page } = phone;
  await signIn(page, "rahima");
  await page.goto(`${BASE_URL}/#/events`);
  const card = page.locator(`[data-feedback="${eventId}"]`);
  await card.locator("form").waitFor();

  // Offline: nothing chosen is named beside each question, from the hub's own rules.
  await setOnline(phone, false);
  await card.locator("button[type=submit]").click();
  for (const field of ["rating", "usefulness"]) await card.locator(`[data-error-for="${field}"]:not(:empty)`).waitFor();
  await screenshot(page, "feedback-a-missing");
  await card.locator('input[name="rating"][value="4"]').check();
  await card.locator('input[name="usefulness"][value="5"]').check();
  await card.locator("textarea").fill("The ward maps helped us plan.");
  await card.locator("button[type=submit]").click();
  await card.locator('[data-status="queued-feedback"]').waitFor();
  await page.reload();
  await page.locator(`[data-feedback="${eventId}"] [data-status="queued-feedback"]`).waitFor();
  await screenshot(page, "feedback-b-queued");

  // Back online, it reaches the hub and the question goes away.
  await setOnline(phone, true);
  await page.goto(`${BASE_URL}/#/guidance`);
  await page.goto(`${BASE_URL}/#/events`);
  await page.locator(`[data-feedback="${eventId}"]`).waitFor({ state: "detached" });

  // In the console.
  const desk = await device("desk");
  const staff = desk.page;
  await signInConsole(staff, "agent", "#/events");
  await staff.locator("#feedback-link").click();
  const row = staff.locator(`#feedback-events tr[data-event="${eventId}"]`);
  await row.locator('[data-answers="1"]').waitFor();
  await row.getByText("The ward maps helped us plan.").waitFor();
  await staff.locator("svg.chart rect.score-bar").first().waitFor();
  await screenshot(staff, "feedback-c-console");
  const download = staff.waitForEvent("download");
  await staff.locator("#feedback-csv").click();
  const file = await download;
  const stream = await file.createReadStream();
  let csv = "";
  for await (const chunk of stream) csv += chunk;
  return { csv };
});
