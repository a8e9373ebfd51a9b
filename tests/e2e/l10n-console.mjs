#!/usr/bin/env node
// The staff console in one language (HUBDESK_LANGUAGE) at 1280x800, signed in as an admin:
// every screen is opened, checked like the field app's (lib/l10n.mjs) and saved as
// l10n-console-<language>-NN-<screen>.png in HUBDESK_ARTIFACTS.
//
// Result: `{"ok":true,"screens":[...]}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_LANGUAGE and HUBDESK_DIR are required.

import { BASE_URL, required, run, screenshot } from "./lib/pwa.mjs";
import { screenProblems } from "./lib/l10n.mjs";

const language = required("HUBDESK_LANGUAGE");
const direction = required("HUBDESK_DIR");

run(`l10n-console-${language}`, async ({ device }) => {
  const desk = await device("desk", { language });
  const page = desk.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  const screens = [];
  const problems = [];

  async function check(name) {
    const file = `l10n-console-${language}-${String(screens.length + 1).padStart(2, "0")}-${name}`;
    await screenshot(page, file);
    screens.push(`${file}.png`);
    problems.push(...(await screenProblems(page, name, { language, direction })));
  }

  await page.goto(`${BASE_URL}/console/`);
  await page.locator("#username").waitFor();
  await check("sign-in");
  await page.locator("#username").fill("admin");
  await page.locator("#password").fill("hubdesk-demo");
  await page.locator("form.sign-in button[type=submit]").click();
  await page.locator("tr.row").first().waitFor();
  await check("queue");
  await page.locator("tr.row a").first().click();
  // Drawn once the request's documents have synced and the hub answered for its deadlines.
  await page.locator("#request-title").waitFor();
  await page.locator("#timeline li").first().waitFor();
  await check("request");
  for (const [hash, ready, name] of [
    ["#/fund", "[data-round] svg.chart", "fund-rounds"],
    ["#/reports", "#report-total", "reports"],
    ["#/users", "#user-rows tr", "users"],
    ["#/devices", "#device-rows tr", "devices"],
    ["#/audit", "#audit-rows tr", "audit"],
    ["#/canned", "#canned-list > *", "canned"],
    ["#/notifications", "#notification-settings", "notifications"],
    ["#/events", "#event-form", "events"],
    ["#/library", "#library-items [data-item]", "library"],
    ["#/new", "#intake-people [data-person]", "intake"],
    ["#/directory", "#directory-new-person", "directory"],
    ["#/needs", "#needs-csv", "needs"],
    ["#/practices", "#practice-items > *", "practices"],
  ]) {
    await page.goto(`${BASE_URL}/console/${hash}`);
    await page.locator(ready).first().waitFor();
    await check(name);
  }
  if (problems.length > 0) throw new Error(`${problems.length} problems:\n  ${problems.join("\n  ")}`);
  return { screens };
});
