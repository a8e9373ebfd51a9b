#!/usr/bin/env node
// Shared practice from the phone to the library: a practitioner shares a practice with no
// network (every missing part named first); it waits on the phone and reaches the hub once
// online; an agent sends it back with a note in the console; she changes it on the phone; the
// agent publishes it; her phone's library lists it credited to her city and finds it offline
// by a word of its topic; she withdraws it and it leaves the library.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER. Result: `{"ok":true,"title":...}`.

import { BASE_URL, required, run, screenshot, setOnline, signIn, signInConsole } from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");
const title = `Schools as cool rooms ${marker}`;

run("pwa-practice", async ({ device }) => {
  const phone = await device("phone");
  const { page } = phone;
  await signIn(page, "rahima");
  await page.goto(`${BASE_URL}/#/guidance`);
  await page.locator("#practice-link").click();
  const form = page.locator("#practice-form");
  await form.waitFor();
  await setOnline(phone, false);
  await form.locator("button[type=submit]").click();
  for (const field of ["title", "topic", "done", "risk", "outcome"]) {
    await form.locator(`[data-error-for="${field}"]:not(:empty)`).waitFor();
  }
  await form.locator("#practice-title").fill(title);
  await form.locator("#practice-topic").selectOption("local_action_planning");
  await form.locator("#practice-done").fill("Opened four schools as cool rooms during the May heatwave.");
  await form.locator("#practice-risk").fill("Heatwaves in informal settlements.");
  await form.locator("#practice-outcome").fill("No heat deaths in two wards.");
  await form.locator("button[type=submit]").click();
  const mine = page.locator("#practices li[data-practice]", { hasText: title });
  await mine.locator('[data-status="queued"]').waitFor();
  await page.reload();
  await mine.locator('[data-status="queued"]').waitFor();
  await setOnline(phone, true);
  await page.reload();
  await page.locator('#practices li[data-stage="submitted"]', { hasText: title }).waitFor();

  // The hub sends it back with a note.
  const desk = await device("desk");
  await signInConsole(desk.page, "agent", "#/practices");
  const review = desk.page.locator("section[data-practice]", { hasText: title });
  await review.locator('input[name="note"]').fill("Say how many people used the rooms.");
  await review.locator('[data-action="send-back"]').click();
  await desk.page.locator('section[data-stage="changes_requested"]', { hasText: title }).waitFor();

  // She reads the note and changes it.
  await page.reload();
  const back = page.locator('#practices li[data-stage="changes_requested"]', { hasText: title });
  await back.locator("[data-hub-note]").waitFor();
  await back.locator('[data-action="change"]').click();
  await form.locator("#practice-outcome").fill("About 900 people a day used the rooms; no heat deaths.");
  await form.locator("button[type=submit]").click();
  await page.locator('#practices li[data-stage="submitted"]', { hasText: title }).waitFor();
  await screenshot(page, "practice-a-phone");

  // Published: in her library, credited, found offline by a word of its topic.
  await desk.page.reload();
  await review.locator('[data-action="publish"]').click();
  await desk.page.locator('section[data-stage="published"]', { hasText: title }).waitFor();
  await screenshot(desk.page, "practice-b-console");
  // A new library item reaches a phone when it next asks the hub what exists: on opening.
  await page.reload();
  await page.goto(`${BASE_URL}/#/guidance`);
  const item = page.locator("#guidance li.guidance", { hasText: title });
  await item.locator("[data-credit]").waitFor();
  await setOnline(phone, false);
  await page.reload();
  // The topic as the page words it: searched on the phone in the reader's words.
  const topicWord = (await item.locator(".chip").first().textContent()) ?? "";
  await page.locator("#guidance-search").fill(topicWord.trim().split(/\s+/)[0]);
  await item.waitFor();
  await page.locator("#guidance-search").fill(`nothing-${marker}`);
  await item.waitFor({ state: "detached" });
  await page.locator("#guidance-search").fill("");
  await item.click();
  await page.locator("#guidance-credit").waitFor();
  await screenshot(page, "practice-c-library");

  // Withdrawn: it leaves her library.
  await setOnline(phone, true);
  await page.goto(`${BASE_URL}/#/practice`);
  await page.locator('#practices li[data-stage="published"]', { hasText: title }).locator('[data-action="withdraw"]').click();
  await page.locator('#practices li[data-stage="withdrawn"]', { hasText: title }).waitFor();
  await page.goto(`${BASE_URL}/#/guidance`);
  await item.waitFor({ state: "detached" });
  return { title };
});
