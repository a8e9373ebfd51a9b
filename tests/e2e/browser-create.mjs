#!/usr/bin/env node
// Browser test: a practitioner signs in on a phone-sized page, writes a request through the
// form, and sees it reach the hub. It drives the real page (client-wasm/web) in headless
// Chromium, so it covers the wasm client, IndexedDB and the websocket together.
//
// Environment:
//   HUBDESK_BASE_URL   the server, for example http://127.0.0.1:18081 (required)
//   HUBDESK_USERNAME   who signs in (required)
//   HUBDESK_PASSWORD   their password (required)
//   HUBDESK_TITLE      the request's title; make it unique so the check is unambiguous (required)
//   HUBDESK_ARTIFACTS  a directory for screenshots (optional)
//   HUBDESK_CHROMIUM   the browser binary (optional, default /usr/bin/chromium)
//   HUBDESK_BROWSER_TIMEOUT_MS  how long each step may take (optional, default 30000)
//
// On success it prints one JSON line, {"ok":true,"title":...}, and exits 0. On failure it
// prints the reason (and the page's console errors) to stderr and exits 1.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "./lib/chromium.mjs";

const TIMEOUT_MS = Number(process.env.HUBDESK_BROWSER_TIMEOUT_MS ?? 30000);

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

async function run() {
  const baseUrl = required("HUBDESK_BASE_URL");
  const username = required("HUBDESK_USERNAME");
  const password = required("HUBDESK_PASSWORD");
  const title = required("HUBDESK_TITLE");
  const artifacts = process.env.HUBDESK_ARTIFACTS;

  const browser = await launchChromium();
  // Whatever the page logs as an error is kept, so a failure says what went wrong inside it.
  const pageErrors = [];
  let page;
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    context.setDefaultTimeout(TIMEOUT_MS);
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(baseUrl);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Either the signed-in page appears or the form says why not; the latter ends the test early
    // with the page's own words.
    await page.locator("#pin-form, #sign-in-error:not(:empty)").first().waitFor();
    const refused = page.locator("#sign-in-error:not(:empty)");
    if (await refused.count()) throw new Error(`sign-in failed: ${await refused.textContent()}`);
    // The first sign-in asks for a PIN that locks the phone's copy.
    await page.locator("#pin-new").fill("294716");
    await page.locator("#pin-again").fill("294716");
    await page.getByRole("button", { name: "Save PIN" }).click();
    await page.locator("#requests").waitFor();

    await page.locator("#tabs").getByRole("link", { name: "Ask the hub" }).click();
    const form = page.locator("#request-form");
    await form.getByLabel("Title").fill(title);
    await form
      .getByLabel("What do you need?")
      .fill("We are planning a city-wide youth council and would like to hear from a city that has run one.");
    await form.getByLabel("Topic").selectOption("youth_engagement");
    await form.getByLabel("Country").selectOption("BD");
    await form.getByLabel("City").fill("Dhaka");
    await form.getByRole("button", { name: "Save and send" }).click();

    await page.locator("#request-title").or(form.locator(".error:not(:empty)")).first().waitFor();
    const formErrors = await form.locator(".error:not(:empty)").allTextContents().catch(() => []);
    if (formErrors.length > 0) throw new Error(`the request was not saved: ${formErrors.join("; ")}`);
    await page.locator("#tabs").getByRole("link", { name: "Requests" }).click();
    const item = page.locator("li.request", { hasText: title });
    await item.getByText("With the hub", { exact: true }).waitFor();

    if (artifacts) {
      await mkdir(artifacts, { recursive: true });
      await page.screenshot({ path: path.join(artifacts, "browser-create.png"), fullPage: true });
    }
    process.stdout.write(`${JSON.stringify({ ok: true, title })}\n`);
  } catch (error) {
    if (page && artifacts) {
      await mkdir(artifacts, { recursive: true }).catch(() => {});
      await page.screenshot({ path: path.join(artifacts, "browser-create-failure.png"), fullPage: true }).catch(() => {});
    }
    throw error;
  } finally {
    if (pageErrors.length > 0) {
      process.stderr.write(`browser-create: the page logged errors:\n  ${pageErrors.join("\n  ")}\n`);
    }
    await browser.close();
  }
}

run().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`browser-create: ${error?.message ?? error}\n`);
    process.exit(1);
  },
);
