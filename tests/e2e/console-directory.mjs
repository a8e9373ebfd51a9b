#!/usr/bin/env node
// The directory, from the console to the phones: an agent lists an expert (every field at fault
// named beside it first) and a member city; a practitioner elsewhere finds them on the phone,
// without the expert's contact details, and searches them offline after a reload, by a topic's
// name in the language the phone reads; the expert then chooses, on her phone, to show her
// email, and the practitioner's phone shows it once it reaches the hub.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER, HUBDESK_EXPERT (a practitioner account with no
// entry yet). Result: `{"ok":true,"name":...,"email":...}`.

import { BASE_URL, required, run, screenshot, setOnline, signIn, signInConsole } from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");
const expert = required("HUBDESK_EXPERT");
const name = `Dr. Meera Joshi ${marker}`;
const email = `meera-${marker}@example.org`;

run("console-directory", async ({ device }) => {
  const desk = await device("desk");
  const { page } = desk;
  await signInConsole(page, "agent");
  await page.locator("#directory-link").click();

  // A person: nothing filled in is named beside its field, then she is listed.
  await page.locator("#directory-new-person").click();
  const form = page.locator("#directory-person-form");
  await form.locator("#directory-person-save").click();
  for (const field of ["user", "name"]) {
    await form.locator(`p.error[data-field="${field}"]:not(:empty)`).waitFor();
  }
  await form.locator("#directory-user").fill(expert);
  await form.locator("#directory-name").fill(name);
  await form.locator("#directory-kind").selectOption("expert");
  await form.locator('input[name="topics"][value="youth_engagement"]').check();
  await form.locator("#directory-languages").fill("mr, hi");
  await form.locator("#directory-cities").fill("Pune, Nashik");
  await form.locator("#directory-email").fill(email);
  await form.locator("#directory-person-save").click();
  const card = page.locator("#directory-people section[data-person]", { hasText: name });
  await card.locator('[data-hidden="email"]').waitFor();

  // A member city with its focal point.
  await page.locator("#directory-new-city").click();
  const cityForm = page.locator("#directory-city-form");
  await cityForm.locator("#directory-country").selectOption("IN");
  await cityForm.locator("#directory-city").fill(`Pune ${marker}`);
  await cityForm.locator("#directory-since").fill("2020-01-15");
  await cityForm.locator("#directory-focal").fill(expert);
  await cityForm.locator("#directory-city-save").click();
  await page.locator("#directory-cities section[data-city]", { hasText: name }).waitFor();
  await screenshot(page, "directory-a-console");

  // A practitioner in another country finds her, without how to reach her.
  const phone = await device("phone");
  await signIn(phone.page, "rahima");
  await phone.page.goto(`${BASE_URL}/#/guidance`);
  await phone.page.locator("#directory-link").click();
  const entry = phone.page.locator("#directory-people li[data-person]", { hasText: name });
  await entry.waitFor();
  if (await entry.locator('[data-field="email"]').count()) throw new Error("the hidden email reached another phone");

  // Offline, after a reload, the directory still reads and searches.
  await setOnline(phone, false);
  await phone.page.reload();
  await entry.waitFor();
  const topics = (await entry.locator('[data-field="topics"]').textContent()) ?? "";
  const label = (await entry.locator('[data-field="topics"] strong').textContent()) ?? "";
  const topic = topics.slice(label.length).trim();
  const search = phone.page.locator("#directory-search");
  await search.fill(topic.split(" ").slice(0, 2).join(" "));
  await entry.waitFor();
  await search.fill(`nothing-${marker}`);
  await phone.page.locator("#directory-empty:not([hidden])").waitFor();
  await entry.waitFor({ state: "detached" });
  await search.fill(`pune ${marker}`);
  await phone.page.locator("#directory-cities li[data-city]", { hasText: marker }).waitFor();
  await search.fill("");
  await screenshot(phone.page, "directory-b-phone-offline");

  // The expert chooses, on her phone, to show her email.
  const hers = await device("expert");
  await signIn(hers.page, expert);
  await hers.page.goto(`${BASE_URL}/#/directory`);
  const mine = hers.page.locator("#directory-mine-form");
  await mine.waitFor();
  if (await mine.locator('input[value="email"]').isChecked()) throw new Error("the email was shown before she chose");
  await mine.locator('input[value="email"]').check();
  await mine.locator("button[type=submit]").click();
  await hers.page.locator('#directory-mine [data-status="queued"]').waitFor({ state: "detached" });
  await screenshot(hers.page, "directory-c-mine");

  await setOnline(phone, true);
  await phone.page.reload();
  await entry.locator('[data-field="email"]', { hasText: email }).waitFor();
  return { name, email };
});
