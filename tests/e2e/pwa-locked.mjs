#!/usr/bin/env node
// The phone's lock and its encrypted store (issue 11, parts 2, 3 and 8):
// - after a session (sign-in, the seeded requests synced, a request filed with a message, one
//   kept unsent, a draft), the raw IndexedDB and localStorage hold none of the requests' text,
//   and no stored chunk is a readable Automerge chunk;
// - reopened, the phone shows the lock and nothing else until the PIN is entered: not on the
//   lock screen, not at a request's address, not after a wrong PIN; the right PIN shows all;
// - unused for longer than the idle time, the open app locks itself and drops what it showed;
// - after longer than the hub's offline lock without reaching it, the phone asks for an online
//   sign-in first, and keeps the unsent request through it (the test checks the hub has it);
// - a forgotten PIN says what will be lost, then signing in online starts the phone afresh;
// - ten wrong PINs wipe the phone, and its sign-in screen says why.
//
// Events: `{"event":"unsent-request","id":...}` once the unsent request exists, and the result
// `{"ok":true,"sent":...,"unsent":...}` (ids of the request sent at once and of the one first
// kept unsent).
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME and HUBDESK_MARKER are required.

import {
  BASE_URL,
  PIN,
  choosePin,
  event,
  fileRequest,
  indexedDbText,
  openRequest,
  required,
  run,
  screenshot,
  sendMessage,
  setOnline,
  signIn,
  storedChunks,
  unlock,
  waitForSync,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");
const DAY_MS = 24 * 60 * 60 * 1000;

run("pwa-locked", async ({ device }) => {
  const phone = await device();
  phone.autoUnlock = false;
  const { page } = phone;
  await signIn(page, username);

  // A session: the seeded requests arrive; one request is filed and answered by its author,
  // another is kept unsent, and a draft is left in the form.
  await page.locator("li.request").first().waitFor();
  const seeded = (await page.locator("li.request h3").allTextContents()).map((t) => t.trim());
  if (seeded.length === 0) throw new Error("no seeded request reached the phone");
  const sentTitle = `Ward safety audit ${marker}`;
  const sent = await fileRequest(page, { title: sentTitle, description: `Secret description ${marker}` });
  await openRequest(page, sent);
  await sendMessage(page, `Private message ${marker}`);
  await page.goto(`${BASE_URL}/#/`);
  await waitForSync(page, sentTitle, "hub");
  await setOnline(phone, false);
  const unsentTitle = `Unsent council note ${marker}`;
  const unsent = await fileRequest(page, { title: unsentTitle, description: `Kept offline ${marker}` });
  event("unsent-request", { id: unsent });
  await page.goto(`${BASE_URL}/#/new`);
  await page.locator("#request-form").getByLabel("Title").fill(`Draft words ${marker}`);
  await page.locator(".saved-state", { hasText: "Draft saved on this device" }).waitFor();

  // The raw stores hold none of it.
  const secrets = [marker, ...seeded];
  const raw = await indexedDbText(page);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  for (const secret of secrets) {
    if (raw.includes(secret)) throw new Error(`IndexedDB holds ${JSON.stringify(secret)} in the clear`);
    if (storage.includes(secret)) throw new Error(`localStorage holds ${JSON.stringify(secret)} in the clear`);
  }
  const automergeChunks = await countAutomergeChunks(page);
  if (automergeChunks.sealed === 0) throw new Error("no sealed chunk found: the check looked at nothing");
  if (automergeChunks.readable > 0) throw new Error(`${automergeChunks.readable} stored chunks are readable Automerge`);

  // Reopened: the lock, and nothing else, even at a request's address.
  await page.goto(`${BASE_URL}/#/r/${sent}`);
  await page.reload();
  await page.locator("#unlock-form").waitFor();
  await screenshot(page, "pwa-locked");
  await showsNothing(page, [sentTitle, unsentTitle, ...seeded]);
  await unlock(page, wrongPin());
  await page.locator("#pin-error", { hasText: "9 tries left" }).waitFor();
  await showsNothing(page, [sentTitle, unsentTitle, ...seeded]);
  await unlock(page);
  await page.locator("#request-title", { hasText: sentTitle }).waitFor();
  await page.goto(`${BASE_URL}/#/new`);
  await page.locator(".saved-state", { hasText: "Your unfinished draft is back." }).waitFor();

  // Idle: the open app locks itself once its idle time has passed (the page's clock is moved on).
  const rules = await page.evaluate(async () => (await import("./pkg/hubdesk_client.js")).HubClient.lockRules());
  await page.goto(`${BASE_URL}/#/`);
  await page.locator("li.request", { hasText: unsentTitle }).waitFor();
  await page.evaluate((ms) => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + ms;
    document.dispatchEvent(new Event("visibilitychange"));
  }, rules.idle_lock_ms + 1000);
  await page.locator("#unlock-form").waitFor();
  await showsNothing(page, [sentTitle, unsentTitle, ...seeded]);
  await unlock(page);
  await page.locator("li.request", { hasText: unsentTitle }).waitFor();

  // Too long without the hub: an online sign-in first; the unsent request is kept through it.
  await page.evaluate(
    ([days, dayMs]) => {
      const counters = JSON.parse(localStorage.getItem("hubdesk.lock"));
      counters.last_contact_at = Date.now() - (days + 1) * dayMs;
      localStorage.setItem("hubdesk.lock", JSON.stringify(counters));
    },
    [rules.default_offline_lock_days, DAY_MS],
  );
  await page.reload();
  await page.locator("#offline-locked").waitFor();
  await screenshot(page, "pwa-offline-locked");
  await showsNothing(page, [sentTitle, unsentTitle, ...seeded]);
  await phone.context.setOffline(false);
  await page.locator("#password").fill(process.env.HUBDESK_PASSWORD ?? "hubdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("#unlock-form").waitFor();
  await unlock(page);
  await waitForSync(page, unsentTitle, "hub");

  // A forgotten PIN: the phone says what would be lost, and signing in starts it afresh.
  await setOnline(phone, false);
  const lostTitle = `Lost with the PIN ${marker}`;
  await fileRequest(page, { title: lostTitle, description: "Never reaches the hub." });
  await page.goto(`${BASE_URL}/#/`);
  await page.locator("li.request", { hasText: lostTitle }).waitFor();
  await page.reload();
  await page.locator("#unlock-form").waitFor();
  await page.getByText("Forgot your PIN?").click();
  await page.locator("#forgot-unsent", { hasText: "1 request has changes not yet sent" }).waitFor();
  await page.getByRole("button", { name: "Sign in again and start afresh" }).click();
  await page.locator("#forgot-warning", { hasText: "1 request has changes that never reached the hub" }).waitFor();
  await phone.context.setOffline(false);
  await page.locator("#password").fill(process.env.HUBDESK_PASSWORD ?? "hubdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await choosePin(page, "582039");
  await waitForSync(page, sentTitle, "hub");
  await waitForSync(page, unsentTitle, "hub");
  if ((await page.locator("li.request", { hasText: lostTitle }).count()) > 0) {
    throw new Error("the request that never reached the hub is still listed after starting afresh");
  }

  // Ten wrong PINs wipe the phone.
  await page.reload();
  await page.locator("#unlock-form").waitFor();
  for (let i = 0; i < rules.max_wrong_pins; i++) {
    await unlock(page, wrongPin());
    await page.locator("#pin-error:not(:empty), #wiped").first().waitFor();
  }
  await page.locator("#wiped", { hasText: "Too many wrong PINs" }).waitFor();
  await screenshot(page, "pwa-wiped-after-wrong-pins");
  const left = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  if (left.some((name) => name.startsWith("hubdesk-"))) throw new Error(`databases left after the wipe: ${left}`);
  if (await page.evaluate(() => localStorage.getItem("hubdesk.session"))) throw new Error("the session is still kept");
  return { sent, unsent };
});

function wrongPin() {
  return PIN.split("").reverse().join("");
}

/** The page shows none of `texts`, no tabs and no sync state. */
async function showsNothing(page, texts) {
  const shown = await page.evaluate(() => document.body.innerText);
  for (const text of texts) {
    if (shown.includes(text)) throw new Error(`the locked phone shows ${JSON.stringify(text)}`);
  }
  if (await page.locator("#tabs").isVisible()) throw new Error("the locked phone shows its tabs");
  if ((await page.locator("li.request").count()) > 0) throw new Error("the locked phone lists requests");
}

/** Stored chunks that are readable Automerge (its magic bytes), and the others. */
async function countAutomergeChunks(page) {
  let readable = 0;
  let sealed = 0;
  for (const [, chunks] of await storedChunks(page)) {
    for (const bytes of chunks) {
      if (bytes[0] === 0x85 && bytes[1] === 0x6f && bytes[2] === 0x4a && bytes[3] === 0x83) readable++;
      else sealed++;
    }
  }
  return { readable, sealed };
}
