#!/usr/bin/env node
// The field app in one language (HUBDESK_LANGUAGE) at 360x640: every main screen is opened,
// checked and saved as l10n-<language>-NN-<screen>.png in HUBDESK_ARTIFACTS.
//
// - Always: the document's lang and dir follow the language, and nothing sticks out of the
//   screen or is cut off.
// - In a pseudo-locale (en-XA, en-XB): no word on any screen was written in code rather than
//   taken from the catalogue (see lib/l10n.mjs).
// - HUBDESK_TEXT_200=1: every screen again with the text twice as large, which must still fit;
//   and signing in and choosing the PIN by keyboard alone, focus visible at every step.
// - HUBDESK_GUIDANCE_TITLE: the title of the demo's guidance item in the language, which the
//   library lists (saying which other languages it exists in) and links to its other versions.
// - HUBDESK_SCRIPT (a regular expression, such as `[\u0780-\u07BF]` for Thaana): every screen
//   shows words in that script; a request is filed offline and reaches the hub once the phone
//   is back online.
//
// Result: `{"ok":true,"screens":[...],"filed":"<title>"}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME and HUBDESK_LANGUAGE are required,
// HUBDESK_DIR (ltr or rtl) and HUBDESK_MARKER too.

import { BASE_URL, fileRequest, required, run, screenshot, setOnline, signIn, waitForSync } from "./lib/pwa.mjs";
import { auditScreen, screenProblems } from "./lib/l10n.mjs";

const username = required("HUBDESK_USERNAME");
const language = required("HUBDESK_LANGUAGE");
const direction = required("HUBDESK_DIR");
const marker = required("HUBDESK_MARKER");
const script = process.env.HUBDESK_SCRIPT ? new RegExp(process.env.HUBDESK_SCRIPT, "u") : null;
const enlarged = process.env.HUBDESK_TEXT_200 === "1";

run(`l10n-${language}`, async ({ device }) => {
  const phone = await device("phone", { language });
  const page = phone.page;
  const screens = [];
  const problems = [];

  /** Fails unless `selector` has the keyboard focus, drawn with a visible outline. */
  async function expectFocus(selector) {
    const focused = await page.locator(selector).evaluate((element) => ({
      focused: document.activeElement === element,
      outline: getComputedStyle(element).outlineStyle,
    }));
    if (!focused.focused) problems.push(`keyboard: Tab did not reach ${selector}`);
    else if (focused.outline === "none") problems.push(`keyboard: ${selector} shows no focus`);
  }

  async function check(name) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("#toast").evaluate((toast) => (toast.hidden = true)).catch(() => {});
    const file = `l10n-${language}-${String(screens.length + 1).padStart(2, "0")}-${name}`;
    await screenshot(page, file);
    screens.push(`${file}.png`);
    problems.push(...(await screenProblems(page, name, { language, direction })));
    if (enlarged) {
      // The reader's text size doubled (as a phone's accessibility setting does): everything
      // still fits the 360px screen.
      await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
      await screenshot(page, `${file}-200`);
      const { overflow: big } = await auditScreen(page, { pseudo: false });
      problems.push(...big.map((o) => `${name} at 200% text: does not fit: ${o}`));
      await page.evaluate(() => (document.documentElement.style.fontSize = ""));
    }
    if (script) {
      const text = await page.locator("main").innerText();
      if (!script.test(text)) problems.push(`${name}: no word in the language's script`);
    }
  }

  await page.goto(BASE_URL);
  await page.locator("#sign-in-form").waitFor();
  await check("sign-in");
  if (enlarged) {
    // By keyboard alone: Tab moves through the form in reading order with its focus visible,
    // and Enter sends it.
    await page.locator("#username").focus();
    await page.keyboard.type(username);
    await page.keyboard.press("Tab");
    await expectFocus("#password");
    await page.keyboard.type("hubdesk-demo");
    await page.keyboard.press("Enter");
    await page.locator("#pin-form").waitFor();
    await check("choose-pin");
    await page.locator("#pin-new").focus();
    await page.keyboard.type("294716");
    await page.keyboard.press("Tab");
    await expectFocus("#pin-again");
    await page.keyboard.type("294716");
    await page.keyboard.press("Tab");
    await expectFocus("#pin-form button[type=submit]");
    await page.keyboard.press("Enter");
  } else {
    await page.locator("#username").fill(username);
    await page.locator("#password").fill("hubdesk-demo");
    await page.locator("#sign-in-form button[type=submit]").click();
    await page.locator("#pin-form").waitFor();
    await check("choose-pin");
    await page.locator("#pin-new").fill("294716");
    await page.locator("#pin-again").fill("294716");
    await page.locator("#pin-form button[type=submit]").click();
  }
  await page.locator("#requests").waitFor();
  await check("requests");

  // A request filed with no network, in the language, reaches the hub when the network is back.
  await setOnline(phone, false);
  const title = `${process.env.HUBDESK_TITLE ?? "Ward forum"} ${marker}`;
  const id = await fileRequest(page, {
    title,
    description: process.env.HUBDESK_DESCRIPTION ?? "How do other cities run ward forums?",
    category: "peer_learning",
  });
  await check("request-offline");
  await page.goto(`${BASE_URL}/#/`);
  await waitForSync(page, title, "device");
  await check("requests-offline");
  await setOnline(phone, true);
  await waitForSync(page, title, "hub", 60_000);

  for (const [hash, ready, name] of [
    ["#/new", "#request-form", "new-request"],
    ["#/new/fund", "#request-form", "new-fund-query"],
    [`#/r/${id}`, "#request-title", "request"],
    ["#/guidance", "#guidance", "guidance"],
    ["#/account", "#device", "account"],
    ["#/notifications", "#notification-settings", "notifications"],
    ["#/directory", "#directory-search", "directory"],
    ["#/practice", "#practice-form", "practice"],
  ]) {
    await page.goto(`${BASE_URL}/${hash}`);
    await page.locator(ready).waitFor();
    await check(name);
  }
  // Guidance in the reader's language first, saying which other languages it exists in.
  const guidanceTitle = process.env.HUBDESK_GUIDANCE_TITLE;
  await page.goto(`${BASE_URL}/#/guidance`);
  const item = guidanceTitle
    ? page.locator("#guidance li", { hasText: guidanceTitle })
    : page.locator("#guidance li").first();
  await item.waitFor();
  if (guidanceTitle && !(await item.locator(".also-in").count())) {
    problems.push("guidance: the item does not say which other languages it exists in");
  }
  await item.locator("a").first().click();
  await page.locator("#guidance-title").waitFor();
  await check("guidance-item");
  if (guidanceTitle) {
    const others = await page.locator("nav.versions a").count();
    if (others < 2) problems.push(`guidance-item: links to ${others} other languages, not 2`);
  }
  // An empty form sent: the errors next to each field are words of the catalogue too.
  await page.goto(`${BASE_URL}/#/new`);
  await page.locator("#request-form button[type=submit]").click();
  await page.locator("#request-form [data-error-for]:not(:empty)").first().waitFor();
  await check("new-request-errors");

  if (problems.length > 0) throw new Error(`${problems.length} problems:\n  ${problems.join("\n  ")}`);
  return { screens, filed: id };
});
