#!/usr/bin/env node
// (f) A screenshot of every main screen of the field app at 360x640, written to
// HUBDESK_ARTIFACTS as pwa-screen-NN-name.png, in a realistic state: signed in as a demo
// practitioner with the demo hub's data, some work only on the phone, the network off.
//
// Result: `{"ok":true,"screens":[file names]}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME is required.

import {
  BASE_URL,
  choosePin,
  fileRequest,
  openRequest,
  required,
  run,
  screenshot,
  sendMessage,
  serviceWorkerReady,
  setOnline,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const screens = [];

async function capture(page, name, focus) {
  if (focus) {
    await page.locator(focus).first().evaluate((element) => element.scrollIntoView({ block: "center" }));
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  // Let the toast of the previous step disappear from the picture.
  await page.locator("#toast").evaluate((toast) => {
    toast.hidden = true;
  });
  const file = `pwa-screen-${String(screens.length + 1).padStart(2, "0")}-${name}`;
  await screenshot(page, file);
  screens.push(`${file}.png`);
}

run("pwa-screens", async ({ device }) => {
  const phone = await device();
  const { page } = phone;

  await page.goto(BASE_URL);
  await page.getByLabel("Username").waitFor();
  await capture(page, "sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(process.env.HUBDESK_PASSWORD ?? "hubdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("#pin-form").waitFor();
  await capture(page, "choose-pin");
  await choosePin(page);
  await page.locator("li.request").first().waitFor();
  await serviceWorkerReady(page);

  // Online: the demo hub's guidance arrives, and a filed request is answered.
  await page.goto(`${BASE_URL}/#/guidance`);
  await page.locator("li.guidance").first().waitFor();
  await page.goto(`${BASE_URL}/#/`);
  await page.locator("li.request", { hasText: "Support drafting" }).click();
  await page.locator("#conversation .message.staff").first().waitFor();
  await sendMessage(page, "Thank you. We will share the draft structure by Friday.");
  const answered = new URL(page.url()).hash.replace("#/r/", "");
  await page.locator("#conversation .message.requester[data-sync=hub]").waitFor();

  // Offline from here on: what a practitioner in the field sees.
  await setOnline(phone, false);
  await fileRequest(page, {
    title: "Training for ward officers on referral",
    description: "Could the hub run a one-day session for 20 ward officers on how to refer people at risk?",
    category: "capacity_building",
  });
  await page.goto(`${BASE_URL}/#/`);
  await page.locator("li.request[data-sync=device]").waitFor();
  await capture(page, "my-requests-offline");

  await page.goto(`${BASE_URL}/#/new`);
  const form = page.locator("#request-form");
  await form.getByLabel("What do you need?").fill("We need advice on involving women's groups in our risk assessment.");
  await form.getByRole("button", { name: "Save and send" }).click();
  await form.locator('[aria-invalid="true"]').first().waitFor();
  await capture(page, "new-request-inline-errors");

  await page.goto(`${BASE_URL}/#/new/fund`);
  await form.getByLabel("Title").fill("Ward youth councils: support fund application");
  await form.getByLabel("Your question or idea").fill("We plan youth councils in three wards, tied to action 3 of our local action plan.");
  await form.getByLabel("Include a grant application").check();
  await form.getByLabel("Lead organisation").fill("Dhaka Youth Forum");
  await form.getByLabel("Local government partner").fill("Dhaka North City Corporation");
  await form.locator('[name="application.lines[0].category"]').selectOption("activities_events");
  await form.locator('[name="application.lines[0].description"]').fill("Council sessions, 3 wards");
  await form.locator('[name="application.lines[0].quantity"]').fill("18");
  await form.locator('[name="application.lines[0].unit_cost_cents"]').fill("450");
  await form.getByRole("button", { name: "+ Add budget line" }).click();
  await form.locator('[name="application.lines[1].category"]').selectOption("materials");
  await form.locator('[name="application.lines[1].description"]').fill("Facilitation kits");
  await form.locator('[name="application.lines[1].quantity"]').fill("3");
  await form.locator('[name="application.lines[1].unit_cost_cents"]').fill("1,200");
  await form.getByLabel("Amount you ask for (USD)").fill("15,000");
  await form.getByLabel("Amount you ask for (USD)").blur();
  await page.locator(".totals.problem").waitFor();
  await capture(page, "fund-query-over-cap", "#budget-verdict");
  await form.getByRole("button", { name: "Use the lines total" }).click();
  await page.locator(".totals.ok").waitFor();
  await capture(page, "fund-query-budget", "#budget-verdict");

  await openRequest(page, answered);
  await capture(page, "request-detail");
  await capture(page, "conversation", "#conversation .message.requester");

  await page.goto(`${BASE_URL}/#/guidance`);
  await page.locator("li.guidance").first().waitFor();
  await capture(page, "guidance-library");
  await page.locator("li.guidance", { hasText: "local action plan" }).click();
  await page.locator("#guidance-body").waitFor();
  await capture(page, "guidance-item");

  await page.goto(`${BASE_URL}/#/account`);
  await page.locator("#device dl").waitFor();
  await capture(page, "account");
  await page.locator("#sign-out").click();
  await page.locator("#sign-out-dialog #unsent-list").waitFor();
  await capture(page, "sign-out-warning");
  return { screens };
});
