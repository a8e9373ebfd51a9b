#!/usr/bin/env node
// Nothing typed is lost: drafts are kept while typing and come back after a reload, even one
// made right after a keystroke; validation errors appear next to their field and never clear
// the form; a filed request clears its draft.
//
// Result: `{"ok":true,"id":...,"title":...}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME and HUBDESK_MARKER are required.

import { BASE_URL, expectValue, openRequest, required, run, signIn } from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");

run("pwa-drafts", async ({ device }) => {
  const { page } = await device();
  await signIn(page, username);
  await page.goto(`${BASE_URL}/#/new`);
  const form = page.locator("#request-form");
  const title = `নারী দলের অংশগ্রহণ ${marker}`;
  const description = "আমাদের ঝুঁকি মূল্যায়নে নারী দলগুলোকে কীভাবে যুক্ত করব?";
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("What do you need?").fill(description);
  await page.locator(".saved-state", { hasText: "Draft saved on this device" }).waitFor();

  // A reload brings the draft back.
  await page.reload();
  await page.locator(".saved-state", { hasText: "Your unfinished draft is back." }).waitFor();
  await expectValue(form.getByLabel("Title"), title);
  await expectValue(form.getByLabel("What do you need?"), description);

  // So does a reload right after a keystroke, before the draft was saved by the pause.
  const more = `${description} We also want to hear from Colombo.`;
  await form.getByLabel("What do you need?").fill(more);
  await page.reload();
  await page.locator(".saved-state", { hasText: "Your unfinished draft is back." }).waitFor();
  await expectValue(form.getByLabel("What do you need?"), more);

  // A validation error sits next to its field and keeps what was typed.
  await form.getByRole("button", { name: "Save and send" }).click();
  await form.locator('[data-error-for="category"]', { hasText: "Choose a topic." }).waitFor();
  if ((await form.getByLabel("Topic").getAttribute("aria-invalid")) !== "true") {
    throw new Error("the topic is not marked invalid");
  }
  await expectValue(form.getByLabel("Title"), title);
  await expectValue(form.getByLabel("What do you need?"), more);

  // The fund's cap is checked as amounts are typed, with a message naming the cap.
  await page.goto(`${BASE_URL}/#/new/fund`);
  await form.getByLabel("Title").fill(`Cap check ${marker}`);
  await form.getByLabel("Include a grant application").check();
  await form.locator('[name="application.lines[0].quantity"]').fill("1");
  await form.locator('[name="application.lines[0].unit_cost_cents"]').fill("13,000");
  await form.getByLabel("Amount you ask for (USD)").fill("13000");
  await form.getByLabel("Amount you ask for (USD)").blur();
  await form
    .locator('[data-error-for="application.requested_cents"]', { hasText: "USD 12,500.00" })
    .waitFor();
  await page.locator("#budget-verdict", { hasText: "Over the cap" }).waitFor();
  await page.locator("#lines-total", { hasText: "USD 13,000.00" }).waitFor();

  // Filing clears the draft; the next new request starts empty.
  await page.goto(`${BASE_URL}/#/new`);
  await expectValue(form.getByLabel("Title"), title);
  await form.getByLabel("Topic").selectOption("local_voices");
  await form.getByRole("button", { name: "Save and send" }).click();
  await page.locator("#request-title", { hasText: title }).waitFor();
  const id = new URL(page.url()).hash.replace("#/r/", "");
  await page.goto(`${BASE_URL}/#/new`);
  await expectValue(form.getByLabel("Title"), "");
  await page.goto(`${BASE_URL}/#/`);
  await page.locator("li.request", { hasText: title }).waitFor();
  if (await page.locator(".draft-link", { hasText: "Unfinished request" }).count()) {
    throw new Error("the filed request's draft is still offered");
  }

  // A message being written comes back too.
  await openRequest(page, id);
  const message = "We can meet on Thursday.";
  await page.getByLabel("Your message").fill(message);
  await page.locator("#message-form .saved-state", { hasText: "Draft saved" }).waitFor();
  await page.reload();
  await page.locator("#request-title").waitFor();
  await expectValue(page.getByLabel("Your message"), message);
  return { id, title };
});
