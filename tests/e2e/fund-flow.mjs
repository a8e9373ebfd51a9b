#!/usr/bin/env node
// The fund from both ends, in one Chromium: a practitioner drafts an application offline and
// submits it when back online; a fund manager asks for a change in the console; the
// practitioner edits offline and submits again; the manager approves; the round's ledger shows
// the commitment; and the phone shows the decision with its amount.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER. Result: `{"ok":true,"id":...}`.

import {
  BASE_URL,
  openRequest,
  required,
  run,
  screenshot,
  setOnline,
  signIn,
  waitForSync,
} from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");

run("fund-flow", async ({ device }) => {
  const phone = await device("phone");
  const { page } = phone;
  await signIn(page, "rahima");
  // Online once: the phone learns the rounds, and keeps them for offline use.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("hubdesk.rounds") ?? "[]").length > 0);
  await setOnline(phone, false);

  const title = `Ward youth forum grant ${marker}`;
  await page.goto(`${BASE_URL}/#/new/fund`);
  const form = page.locator("#request-form");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Your question or idea").fill("A monthly forum between young people and ward officers.");
  await form.getByLabel("Include a grant application").check();
  await form.locator('[name="application.round_id"]').selectOption({ index: 1 });
  await form.getByLabel("Lead organisation").fill("Ward 12 Youth Forum");
  await form.getByLabel("Local government partner").fill("Dhaka North City Corporation");
  await form.getByLabel("Risks it assessed").fill("Young people left out of ward planning");
  await form.getByLabel("How this initiative mitigates them").fill("A monthly forum with ward officers");
  await form.getByLabel("Partners and resources").fill("Ward 12 Youth Forum, ward officers, a facilitator");
  await form.getByRole("button", { name: "+ Add milestone" }).click();
  await form.locator('[name="application.milestones[0].name"]').fill("First forum");
  await form.locator('[name="application.milestones[0].due"]').fill("2027-03-01");
  await form.locator('[name="application.lines[0].category"]').selectOption("activities_events");
  await form.locator('[name="application.lines[0].description"]').fill("Forum sessions");
  await form.locator('[name="application.lines[0].quantity"]').fill("4");
  await form.locator('[name="application.lines[0].unit_cost_cents"]').fill("1,000");
  await form.getByLabel("Amount you ask for (USD)").fill("4,000");
  await form.getByRole("button", { name: "Save and send" }).click();
  await page.locator("#request-title", { hasText: title }).waitFor();
  const id = new URL(page.url()).hash.replace("#/r/", "");

  // Submitted offline: it counts when it reaches the hub.
  await page.locator("#submit-application").click();
  await page.locator("#fund-status[data-status='submitted']").waitFor();
  await screenshot(page, "fund-a-submitted-offline");
  await setOnline(phone, true);
  await page.goto(`${BASE_URL}/#/`);
  await waitForSync(page, title, "hub");

  // The fund manager asks for a change in the console.
  const desk = await device("desk");
  const console_ = desk.page;
  await console_.setViewportSize({ width: 1280, height: 800 });
  await console_.goto(`${BASE_URL}/console/#/r/${id}`);
  await console_.getByLabel("Username").fill("fund");
  await console_.getByLabel("Password").fill("hubdesk-demo");
  await console_.getByRole("button", { name: "Sign in" }).click();
  await console_.locator("#application-status[data-status='submitted']").waitFor();
  await console_.locator("#milestones", { hasText: "First forum (due 2027-03-01)" }).waitFor();
  await console_.locator("#changes-note").fill("Please name the ward officers who will attend.");
  await console_.locator("#request-changes").click();
  await console_.locator("#application-status[data-status='changes_requested']").waitFor();

  // The practitioner edits offline and submits again.
  await openRequest(page, id);
  await page.locator("#fund-status[data-status='changes_requested']").waitFor();
  await setOnline(phone, false);
  await page.locator("#edit-application").click();
  const edit = page.locator("#application-form");
  await edit.getByLabel("Objectives").fill(`Officers of wards 12 and 14 attend every forum ${marker}`);
  await edit.getByRole("button", { name: "Save the application" }).click();
  await page.locator("#submit-application").click();
  await page.locator("#fund-status[data-status='submitted']").waitFor();
  await setOnline(phone, true);

  // The manager sees it back and approves; the round's ledger shows the commitment.
  await console_.locator("#application-status[data-status='submitted']").waitFor();
  await console_.locator("#fund-panel", { hasText: `wards 12 and 14 attend every forum ${marker}` }).waitFor();
  // The panel redraws as the resubmission's records arrive. A person's typing holds a redraw
  // off, but Playwright can fill an input a redraw has just replaced: then the amount is empty
  // and the console says so, as it would to a person, who would type it again.
  for (let attempt = 1; ; attempt++) {
    await console_.locator("#approve-amount").fill("4,000");
    await console_.locator("#approve").click();
    const outcome = await console_
      .locator("#application-status[data-status='approved'], #fund-error:not(:empty)")
      .first()
      .waitFor()
      .then(async () => (await console_.locator("#application-status[data-status='approved']").count()) > 0);
    if (outcome) break;
    if (attempt >= 3) throw new Error(`approving failed: ${await console_.locator("#fund-error").textContent()}`);
  }
  await screenshot(console_, "fund-b-approved-console");
  await console_.goto(`${BASE_URL}/console/#/fund`);
  await console_.locator("[data-round] svg.chart").first().waitFor();
  await screenshot(console_, "fund-c-rounds");
  await console_.getByRole("button", { name: "Change or close" }).first().click();
  const name = await console_.locator("#round-name").inputValue();
  if (!name) throw new Error("changing a round does not show its values");

  // The phone shows the decision and its amount.
  await page.locator("#fund-status[data-status='approved']", { hasText: "USD 4,000.00" }).waitFor();
  const card = await page.locator("#fund").textContent();
  if (/\bnull\b|undefined/.test(card)) throw new Error(`the application card reads: ${card}`);
  await screenshot(page, "fund-d-approved-phone");
  return { id };
});
