#!/usr/bin/env node
// The guidance library run from the console, seen from a phone: an agent changes an item's title
// (the open phone shows the new one as it syncs), retires another (the phone stops offering it),
// and writes a new item (every field at fault named beside it first), which the phone lists when
// it next opens and keeps for reading offline.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER. Result: `{"ok":true,"title":...,"changed":...}`.

import { BASE_URL, required, run, screenshot, setOnline, signIn, signInConsole } from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");
const FUND = "Technical support fund: application guidance";
const BUDGET = "Budget template";

run("console-library", async ({ device }) => {
  const phone = await device("phone");
  await signIn(phone.page, "rahima");
  await phone.page.goto(`${BASE_URL}/#/guidance`);
  const offered = (title) => phone.page.locator("#guidance li.guidance", { hasText: title });
  await offered(FUND).waitFor();
  await offered(BUDGET).waitFor();

  const desk = await device("desk");
  const { page } = desk;
  await signInConsole(page, "agent");
  await page.locator("#library-link").click();
  const version = (title) => page.locator("#library-items li[data-version]", { hasText: title });

  // A change to the title reaches the open phone.
  const changed = `${FUND} (${marker})`;
  await version(FUND).locator("[data-action=edit]").click();
  const form = page.locator("#library-form");
  await form.locator("#library-title").fill(changed);
  await form.locator("#library-save").click();
  await version(changed).waitFor();
  await offered(changed).waitFor();

  // Retired: the phone stops offering it; the console still lists it, marked.
  await version(BUDGET).locator("[data-action=retire]").click();
  await page.locator(`#library-items li[data-retired="true"]`, { hasText: BUDGET }).waitFor();
  await offered(BUDGET).waitFor({ state: "detached" });
  await screenshot(phone.page, "library-a-phone");

  // A new item: nothing filled in is named field by field, then it is published.
  await page.locator("#library-new").click();
  await form.locator("#library-save").click();
  for (const field of ["title", "summary", "body", "topic"]) {
    await form.locator(`p.error[data-field="${field}"]:not(:empty)`).waitFor();
  }
  await screenshot(page, "library-b-refused");
  const title = `Holding a youth council ${marker}`;
  await form.locator("#library-title").fill(title);
  await form.locator("#library-summary").fill("How three cities started theirs.");
  await form.locator("#library-body").fill("Start with the schools.\n\nMeet every month.");
  await form.locator("#library-topic").selectOption("youth_engagement");
  await form.locator("#library-save").click();
  await version(title).waitFor();
  await screenshot(page, "library-c-console");

  // The phone lists it when it next opens, and keeps it: it reads with the network off.
  await phone.page.reload();
  await phone.page.goto(`${BASE_URL}/#/guidance`);
  await offered(title).waitFor();
  await setOnline(phone, false);
  await phone.page.reload();
  await offered(title).click();
  await phone.page.locator("#guidance-body", { hasText: "Meet every month." }).waitFor();
  return { title, changed };
});
