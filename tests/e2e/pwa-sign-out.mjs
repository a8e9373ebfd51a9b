#!/usr/bin/env node
// Signing out warns about what the hub does not have yet, and then leaves nothing of the user's
// on the phone: no database, no drafts, no session. The app itself stays installed.
//
// Result: `{"ok":true,"title":...}` (the title of the request that was never sent).
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME and HUBDESK_MARKER are required.

import { BASE_URL, fileRequest, required, run, setOnline, signIn } from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");

run("pwa-sign-out", async ({ device }) => {
  const phone = await device();
  const { page } = phone;
  await signIn(page, username);
  const userId = await page.evaluate(() => JSON.parse(localStorage.getItem("hubdesk.session")).user.id);
  await setOnline(phone, false);
  const title = `Never sent ${marker}`;
  await fileRequest(page, { title, description: "Written offline, then the phone was signed out." });
  await page.goto(`${BASE_URL}/#/new`);
  await page.getByLabel("Title").fill("An unfinished thought");
  await page.locator(".saved-state", { hasText: "Draft saved on this device" }).waitFor();

  await page.goto(`${BASE_URL}/#/account`);
  await page.locator("#sign-out").click();
  const dialog = page.locator("#sign-out-dialog");
  await dialog.locator("#unsent-list li", { hasText: title }).waitFor();
  await dialog.locator("#unsent-list li", { hasText: "1 unfinished draft" }).waitFor();
  await dialog.getByRole("button", { name: "Keep me signed in" }).click();
  await dialog.waitFor({ state: "detached" });

  await page.locator("#sign-out").click();
  await dialog.getByRole("button", { name: "Sign out and delete them" }).click();
  await page.locator("#sign-in-form").waitFor();

  const left = await page.evaluate(async (id) => ({
    databases: (await indexedDB.databases()).map((d) => d.name).filter((name) => name.includes(id)),
    // The phone's language (and the start screen's words in it) is the device's setting, not
    // the person's.
    storage: Object.keys(localStorage).filter(
      (key) => key.startsWith("hubdesk.") && !["hubdesk.language", "hubdesk.boot-text"].includes(key),
    ),
    worker: Boolean(await navigator.serviceWorker.getRegistration()),
    shell: (await caches.keys()).some((name) => name.startsWith("hubdesk-shell-")),
  }), userId);
  if (left.databases.length > 0 || left.storage.length > 0) {
    throw new Error(`signing out left data behind: ${JSON.stringify(left)}`);
  }
  if (!left.worker || !left.shell) throw new Error(`signing out removed the app itself: ${JSON.stringify(left)}`);

  // Signed in again, the phone has only what the hub has.
  await phone.context.setOffline(false);
  await signIn(page, username);
  await page.locator("li.request").first().waitFor();
  if (await page.locator("li.request", { hasText: title }).count()) {
    throw new Error("the deleted request came back");
  }
  return { title };
});
