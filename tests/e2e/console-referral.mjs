#!/usr/bin/env node
// A referral from the console to a phone: an agent refers a request to an expert in the
// directory; the expert's phone shows the offer (title, note) and nothing else of the request;
// once she accepts, the request comes to her phone, she reads it and writes in its
// conversation; the requester's phone says whom the hub connected them with.
//
// Environment: see lib/pwa.mjs; HUBDESK_REQUEST_ID, HUBDESK_TITLE, HUBDESK_EXPERT (a
// practitioner listed in the directory), HUBDESK_EXPERT_NAME, HUBDESK_EXPERT_ID. Result: `{"ok":true,"message":...}`.

import { BASE_URL, required, requestRow, run, screenshot, sendMessage, signIn, signInConsole } from "./lib/pwa.mjs";

const id = required("HUBDESK_REQUEST_ID");
const title = required("HUBDESK_TITLE");
const expert = required("HUBDESK_EXPERT");
const expertName = required("HUBDESK_EXPERT_NAME");
const expertId = required("HUBDESK_EXPERT_ID");

run("console-referral", async ({ device }) => {
  const desk = await device("desk");
  const { page } = desk;
  await signInConsole(page, "agent", `#/r/${id}`);
  await page.locator("#request-title", { hasText: title }).waitFor();
  const panel = page.locator("#referrals");
  await panel.locator("#referral-save").click();
  await panel.locator('p.error[data-field="to"]:not(:empty)').waitFor();
  await panel.locator(`#referral-to option[value="${expertId}"]`).waitFor({ state: "attached" });
  await panel.locator("#referral-to").selectOption(expertId);
  await panel.locator("#referral-note").fill("She ran Pune's heat plan.");
  await panel.locator("#referral-save").click();
  await panel.locator('li[data-status="offered"]', { hasText: expertName }).waitFor();
  await screenshot(page, "referral-a-console");

  const phone = await device("expert");
  await signIn(phone.page, expert);
  const offer = phone.page.locator("#referral-offers li[data-offer]", { hasText: title });
  await offer.waitFor();
  await screenshot(phone.page, "referral-b-offer");
  await offer.locator('[data-action="accept"]').click();
  await offer.waitFor({ state: "detached" });
  await requestRow(phone.page, title).click();
  await phone.page.locator("#referred-note").waitFor();
  const message = "Start with a heat map of the wards.";
  await sendMessage(phone.page, message);
  await screenshot(phone.page, "referral-c-joined");
  await panel.locator('li[data-status="accepted"]', { hasText: expertName }).waitFor();

  const requester = await device("requester");
  await signIn(requester.page, "rahima");
  await requester.page.goto(`${BASE_URL}/#/r/${id}`);
  await requester.page.locator("#connections", { hasText: expertName }).waitFor();
  await requester.page.locator("#conversation .message", { hasText: message }).first().waitFor();
  return { message };
});
