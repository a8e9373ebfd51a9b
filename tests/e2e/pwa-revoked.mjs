#!/usr/bin/env node
// A lost phone, revoked while it is open and offline (issue 11, part 8):
// - the practitioner signs out her other device from the phone's account page;
// - her phone sends one request, then goes offline and keeps another unsent and
//   a draft;
// - the test (Rust side) revokes the phone as an admin while it is offline;
// - back online, the phone learns it was revoked, deletes everything HubDesk kept on it (the
//   unsent request and the draft included) and says why on its sign-in screen.
// Prints {"ok":true} once the phone's IndexedDB, localStorage and screen show nothing of hers.

import {
  BASE_URL,
  command,
  event,
  fileRequest,
  marker,
  run,
  screenshot,
  setOnline,
  signIn,
  waitForSync,
} from "./lib/pwa.mjs";

const sent = `Sent before the loss ${marker()}`;
const unsent = `Never sent ${marker()}`;
const drafted = `Draft words ${marker()}`;

run("pwa-revoked", async ({ device }) => {
  const phone = await device("phone");
  const page = phone.page;
  await signIn(page, "rahima");

  // Her devices, from the account page: this phone, and another sign-in, which she signs out.
  await page.goto(`${BASE_URL}/#/account`);
  await page.locator("#devices li.device", { hasText: "(this phone)" }).waitFor();
  const other = page.locator("#devices li.device", { hasText: "Unnamed device" }).filter({ has: page.getByRole("button", { name: "Sign it out" }) }).first();
  page.once("dialog", (dialog) => dialog.accept());
  await other.getByRole("button", { name: "Sign it out" }).click();
  await page.locator("#devices li.device", { hasText: "signed out" }).waitFor();
  await screenshot(page, "pwa-account-devices");
  await fileRequest(page, { title: sent, description: "It reached the hub." });
  await page.goto(`${BASE_URL}/#/`);
  await waitForSync(page, sent, "hub");

  await setOnline(phone, false);
  await fileRequest(page, { title: unsent, description: "Written offline, never sent." });
  await page.goto(`${BASE_URL}/#/new`);
  await page.locator("#request-form").getByLabel("Title").fill(drafted);
  // Drafts are kept as they are typed: wait until this one is stored, and the unsent request
  // listed as kept on the phone.
  await page.locator(".saved-state", { hasText: "Draft saved on this device" }).waitFor();
  await page.goto(`${BASE_URL}/#/`);
  await waitForSync(page, unsent, "device");
  const userId = await page.evaluate(() => JSON.parse(localStorage.getItem("hubdesk.session")).user.id);
  if (!(await databaseNames(page)).includes(`hubdesk-${userId}`)) throw new Error("the phone keeps no database");

  event("offline");
  await command("revoked");
  await phone.context.setOffline(false);

  // The phone hears it was revoked, wipes itself and says why.
  await page.locator("#wiped").waitFor({ timeout: 60_000 });
  await screenshot(page, "pwa-revoked-wiped");
  const after = await databaseNames(page);
  if (after.includes(`hubdesk-${userId}`)) throw new Error(`the phone's database is still there after the wipe: ${after}`);
  // What remains is the device's own: why it was wiped, and its language.
  const deviceKeys = ["hubdesk.wiped", "hubdesk.language", "hubdesk.boot-text"];
  const kept = await page.evaluate(
    (keys) => Object.keys(localStorage).filter((key) => !keys.includes(key) && key.startsWith("hubdesk.")),
    deviceKeys,
  );
  if (kept.length > 0) throw new Error(`localStorage still keeps ${kept}`);
  if (await page.locator("li.request").count()) throw new Error("requests are still shown");
  // A reload (the app opening again) still shows the sign-in screen and why.
  await page.reload();
  await page.locator("#wiped").waitFor();
  return {};
});

async function databaseNames(page) {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
}
