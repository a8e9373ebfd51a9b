#!/usr/bin/env node
// A request handed to a successor from the console: an admin names the successor's username
// (a successor in another city first, which the hub refuses in words beside the field), and
// the successor's phone then lists the request as theirs, says it was handed to them, and
// keeps it offline across a reload.
//
// Environment: see lib/pwa.mjs; HUBDESK_REQUEST_ID, HUBDESK_TITLE, HUBDESK_SUCCESSOR (a
// practitioner of the request's city), HUBDESK_ELSEWHERE (one of another city).
// Result: `{"ok":true}`.

import { BASE_URL, required, requestRow, run, screenshot, setOnline, signIn, signInConsole } from "./lib/pwa.mjs";

const id = required("HUBDESK_REQUEST_ID");
const title = required("HUBDESK_TITLE");
const successor = required("HUBDESK_SUCCESSOR");
const elsewhere = required("HUBDESK_ELSEWHERE");

run("console-handover", async ({ device }) => {
  const desk = await device("desk");
  const { page } = desk;
  await signInConsole(page, "admin", `#/r/${id}`);
  await page.locator("#request-title", { hasText: title }).waitFor();
  const panel = page.locator("#handover");
  await panel.locator("summary").click();
  await panel.locator("#handover-successor").fill(elsewhere);
  await panel.locator("#handover-save").click();
  await panel.locator("div.error p").waitFor();
  await panel.locator("#handover-successor").fill(successor);
  await panel.locator("#handover-save").click();
  await page.locator("#timeline li", { hasText: successor }).first().waitFor();
  await screenshot(page, "handover-a-console");

  const phone = await device("phone");
  await signIn(phone.page, successor);
  await requestRow(phone.page, title).click();
  await phone.page.locator("#handover-note").waitFor();
  await screenshot(phone.page, "handover-b-successor");
  await setOnline(phone, false);
  await phone.page.reload();
  await phone.page.locator("#handover-note").waitFor();
  await phone.page.goto(`${BASE_URL}/#/`);
  await requestRow(phone.page, title).waitFor();
  return {};
});
