// Shared by the field-app (PWA) browser scripts: launching Chromium, phone-sized devices, signing
// in, screenshots, and a line protocol with the Rust test that runs the script.
//
// The protocol: the script prints one JSON object per line on stdout. `{"event": name, ...}` tells
// the Rust side that a step is done (for example "the device is offline"); the Rust side may then
// act (reply as an agent, stop the server) and answer with a JSON line `{"event": name}` on stdin,
// which the script awaits with `command(name)`. The last line is `{"ok": true, ...}`. On failure
// the script prints the reason and the page's console errors to stderr, saves a screenshot of
// every open page, and exits 1.
//
// Environment:
//   HUBDESK_BASE_URL   the server (required)
//   HUBDESK_ARTIFACTS  where screenshots go (optional)
//   HUBDESK_CHROMIUM   the browser binary (default /usr/bin/chromium)
//   HUBDESK_BROWSER_TIMEOUT_MS  how long each step may take (default 30000)
//   HUBDESK_PASSWORD   the demo password (default hubdesk-demo)
//
// The field app asks for a PIN after the first sign-in and each time it opens: `signIn` chooses
// PIN, and every page a device loads is unlocked with it as it opens, unless the script sets
// `device.autoUnlock = false` to look at the lock itself.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { launchChromium } from "./chromium.mjs";

export const BASE_URL = required("HUBDESK_BASE_URL");
export const TIMEOUT_MS = Number(process.env.HUBDESK_BROWSER_TIMEOUT_MS ?? 30000);
const ARTIFACTS = process.env.HUBDESK_ARTIFACTS;
const PASSWORD = process.env.HUBDESK_PASSWORD ?? "hubdesk-demo";
/** The PIN the scripts choose for every phone. */
export const PIN = "294716";

export function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

/** Tells the Rust side a step is done. */
export function event(name, data = {}) {
  process.stdout.write(`${JSON.stringify({ event: name, ...data })}\n`);
}

const commands = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** Waits for the Rust side to send `{"event": name}`; returns the whole object. */
export async function command(name) {
  const { value, done } = await commands.next();
  if (done) throw new Error(`stdin closed while waiting for "${name}"`);
  const received = JSON.parse(value);
  if (received.event !== name) throw new Error(`expected "${name}" from the test, got ${value}`);
  return received;
}

/** A unique marker for titles, so checks against the server are unambiguous. */
export const marker = () => Math.random().toString(36).slice(2, 10);

/**
 * Runs `body(browser, tools)` with a fresh Chromium, prints `{"ok": true, ...result}` and exits 0;
 * on failure reports and exits 1.
 */
export async function run(name, body) {
  const browser = await launchChromium();
  const devices = [];
  const tools = {
    /** A phone: its own browser context (storage, service worker) and one page. */
    /** `language`: the app's language on this phone (and the browser's), chosen before it opens. */
    async device(label = "phone", { language } = {}) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        deviceScaleFactor: 1,
        ...(language ? { locale: language } : {}),
      });
      if (language) {
        await context.addInitScript((tag) => {
          if (!localStorage.getItem("hubdesk.language")) localStorage.setItem("hubdesk.language", tag);
        }, language);
      }
      context.setDefaultTimeout(TIMEOUT_MS);
      const page = await context.newPage();
      const device = { label, context, page, errors: [] };
      watch(device, page);
      // Pages the test opens later in the same context are watched too.
      context.on("page", (later) => watch(device, later));
      devices.push(device);
      return device;
    },
  };
  try {
    const result = (await body(tools)) ?? {};
    // Whatever else it checks, every browser test fails if the Content-Security-Policy refused
    // anything the apps do: the policy is strict and the apps must live within it.
    const refused = devices.flatMap((d) => d.errors.filter((e) => /Content Security Policy/i.test(e)));
    if (refused.length > 0) {
      throw new Error(`the Content-Security-Policy refused:\n  ${refused.join("\n  ")}`);
    }
    process.stdout.write(`${JSON.stringify({ ok: true, ...result })}\n`);
    await browser.close();
    process.exit(0);
  } catch (error) {
    for (const device of devices) {
      await screenshotAll(device, `${name}-failure-${device.label}`).catch(() => {});
      if (device.errors.length > 0) {
        process.stderr.write(`${name} (${device.label}): the page logged errors:\n  ${device.errors.join("\n  ")}\n`);
      }
    }
    process.stderr.write(`${name}: ${error?.stack ?? error}\n`);
    await browser.close().catch(() => {});
    process.exit(1);
  }
}

const watched = new WeakSet();

/**
 * Keeps what a page logs as an error, so a failure says what went wrong inside it, and unlocks
 * the app as it opens (see above). Watching a page twice does nothing more.
 */
export function watch(device, page) {
  if (watched.has(page)) return;
  watched.add(page);
  // Only the newest load of a page unlocks it: a watcher still waiting from an earlier load
  // (one that never showed the lock screen) must not enter the PIN a second time.
  let loads = 0;
  page.on("load", () => {
    const load = ++loads;
    if (device.autoUnlock !== false) unlockWhenAsked(page, () => load === loads).catch(() => {});
  });
  page.on("console", (message) => {
    // A refused websocket while offline or while the server is down is expected.
    if (message.type() === "error" && !/WebSocket connection|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to load resource/.test(message.text())) {
      device.errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => device.errors.push(error.message));
}

async function screenshotAll(device, name) {
  for (const [i, page] of device.context.pages().entries()) {
    await screenshot(page, i === 0 ? name : `${name}-${i}`);
  }
}

/**
 * Saves a screenshot of the phone's screen under the artifacts directory, scrolled so that the
 * element `focus` (a selector) is in the middle if given.
 */
export async function screenshot(page, name, { focus = null } = {}) {
  if (!ARTIFACTS) return;
  if (focus) {
    await page.locator(focus).first().evaluate((element) => element.scrollIntoView({ block: "center" }));
  }
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/**
 * Signs in on the app's page (opening it first unless `open` is false) and waits for the request
 * list and an active service worker. With `throughCuts`, a refusal is tried again a few times, as
 * a person on a link that cuts out taps the button again (a wrong password fails every time).
 */
export async function signIn(page, username, { open = true, throughCuts = false } = {}) {
  if (open) await page.goto(BASE_URL);
  // By id, not by words: the tests run in every language.
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(PASSWORD);
  for (let attempt = 1; ; attempt++) {
    await page.locator("#sign-in-form button[type=submit]").click();
    await page.locator("#pin-form, #unlock-form, #sign-in-error:not(:empty)").first().waitFor();
    const refused = page.locator("#sign-in-error:not(:empty)");
    if (!(await refused.count())) break;
    if (!throughCuts || attempt >= 5) {
      throw new Error(`sign-in as ${username} failed: ${await refused.textContent()}`);
    }
    await page.waitForTimeout(2000);
  }
  if (await page.locator("#pin-form").count()) await choosePin(page);
  else await unlock(page);
  // Attached, not visible: the list of someone with no request yet has no height.
  await page.locator("#requests, #pin-error:not(:empty)").first().waitFor({ state: "attached" });
  const noPin = page.locator("#pin-error:not(:empty)");
  if (await noPin.count()) throw new Error(`the PIN was refused: ${await noPin.textContent()}`);
  await serviceWorkerReady(page);
}

/** Opens the staff console on a desk-sized `page` at `hash` and signs in as `username`. */
export async function signInConsole(page, username, hash = "") {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE_URL}/console/${hash}`);
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
}

/** Enters the PIN if the page opens on the lock screen (a page that does not is left alone). */
async function unlockWhenAsked(page, newest) {
  const form = page.locator("#unlock-form");
  await form.waitFor({ timeout: TIMEOUT_MS });
  if (newest()) await unlock(page);
}

/** Opens the app; during a cut of a link the browser shows its error page: try again, as anyone would. */
export async function openThroughCuts(page) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(BASE_URL);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await page.waitForTimeout(2000);
    }
  }
}

/** Chooses `pin` on the screen that asks for one after the first sign-in. */
export async function choosePin(page, pin = PIN) {
  await page.locator("#pin-new").fill(pin);
  await page.locator("#pin-again").fill(pin);
  await page.locator("#pin-form button[type=submit]").click();
}

/** Enters `pin` on the lock screen. */
export async function unlock(page, pin = PIN) {
  const form = page.locator("#unlock-form");
  await form.locator("#pin").fill(pin);
  await form.locator("button[type=submit]").click();
}

/** Waits until the service worker has cached the shell and controls the page. */
export async function serviceWorkerReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
}

/** Turns the device's network off or on, and waits until the app shows it. */
export async function setOnline(device, online) {
  await device.context.setOffline(!online);
  const indicator = device.page.locator("#sync");
  if (online) {
    await indicator.and(device.page.locator('[data-state="hub"], [data-state="sending"]')).waitFor();
  } else {
    await indicator.and(device.page.locator('[data-state="offline"]')).waitFor();
  }
}

/** The list row of the request titled `title`. */
export const requestRow = (page, title) => page.locator("li.request", { hasText: title });

/** Waits until the row of `title` shows the sync state `sync` ("device", "sending", "hub"). */
export async function waitForSync(page, title, sync, timeout = TIMEOUT_MS) {
  await requestRow(page, title).and(page.locator(`[data-sync="${sync}"]`)).waitFor({ timeout });
}

/** Files a help-desk request through the form; resolves with its id once it is saved. */
export async function fileRequest(page, { title, description, category = "peer_learning" }) {
  await page.goto(`${BASE_URL}/#/new`);
  const form = page.locator("#request-form");
  await form.locator('[name="title"]').fill(title);
  await form.locator('[name="description"]').fill(description);
  await form.locator('[name="category"]').selectOption(category);
  await form.locator("button[type=submit]").click();
  await page.locator("#request-title", { hasText: title }).waitFor();
  return new URL(page.url()).hash.replace("#/r/", "");
}

/**
 * Files a fund query with an application through the form. `lines` are
 * `[category, description, quantity, unitCostText]`; `requested` is the amount text.
 */
export async function fileFundQuery(page, { title, description, lines, requested }) {
  await page.goto(`${BASE_URL}/#/new/fund`);
  const form = page.locator("#request-form");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Your question or idea").fill(description);
  await form.getByLabel("Include a grant application").check();
  await form.getByLabel("Lead organisation").fill("Ward 12 Youth Forum");
  await form.getByLabel("Local government partner").fill("Dhaka North City Corporation");
  for (const [i, [category, what, quantity, cost]] of lines.entries()) {
    if (i > 0) await form.getByRole("button", { name: "+ Add budget line" }).click();
    await form.locator(`[name="application.lines[${i}].category"]`).selectOption(category);
    await form.locator(`[name="application.lines[${i}].description"]`).fill(what);
    await form.locator(`[name="application.lines[${i}].quantity"]`).fill(String(quantity));
    await form.locator(`[name="application.lines[${i}].unit_cost_cents"]`).fill(cost);
  }
  await form.getByLabel("Amount you ask for (USD)").fill(requested);
  await form.getByRole("button", { name: "Save and send" }).click();
  await page.locator("#request-title", { hasText: title }).waitFor();
  return new URL(page.url()).hash.replace("#/r/", "");
}

/** Opens the detail screen of a request. */
export async function openRequest(page, id) {
  await page.goto(`${BASE_URL}/#/r/${id}`);
  await page.locator("#request-title").waitFor();
}

/** Changes fields of the open request through its edit form. */
export async function editRequest(page, changes) {
  await page.locator("#edit-request").click();
  const form = page.locator("#edit-form");
  if (changes.description !== undefined) await form.getByLabel("What you need").fill(changes.description);
  if (changes.category !== undefined) await form.getByLabel("Topic").selectOption(changes.category);
  await form.getByRole("button", { name: "Save changes" }).click();
  await page.locator("#edit-form").waitFor({ state: "detached" });
}

/** Sends a message on the open request. */
export async function sendMessage(page, body) {
  const form = page.locator("#message-form");
  await form.getByLabel("Your message").fill(body);
  await form.getByRole("button", { name: "Send" }).click();
  await page.locator("#conversation .message.requester", { hasText: body }).waitFor();
}

/**
 * Waits until the field `locator` holds `expected` (screens fill their forms from the device's
 * storage asynchronously), like Playwright Test's `toHaveValue`.
 */
export async function expectValue(locator, expected, timeout = TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await locator.inputValue().catch(() => undefined);
    if (value === expected) return;
    if (Date.now() > deadline) break;
    await locator.page().waitForTimeout(50);
  }
  throw new Error(`expected ${JSON.stringify(expected)}, found ${JSON.stringify(value)}`);
}

/** Every string and byte in every IndexedDB database of the page, as text to search. */
export async function indexedDbText(page) {
  return page.evaluate(async () => {
    const decoder = new TextDecoder("utf-8", { fatal: false });
    const text = [];
    const walk = (value) => {
      if (value === null || value === undefined) return;
      if (typeof value === "string") text.push(value);
      else if (value instanceof ArrayBuffer) text.push(decoder.decode(new Uint8Array(value)));
      else if (ArrayBuffer.isView(value)) text.push(decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
      else if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === "object") Object.values(value).forEach(walk);
      else text.push(String(value));
    };
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        walk(rows);
      }
      db.close();
    }
    return text.join("\n");
  });
}

/**
 * The signed-in user's stored documents, as `[documentId, chunks]` with each chunk as the array
 * of its bytes, straight from IndexedDB (document ids are keys in the clear; the values are
 * sealed).
 */
export async function storedChunks(page) {
  return page.evaluate(async () => {
    const userId = JSON.parse(localStorage.getItem("hubdesk.session")).user.id;
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(`hubdesk-${userId}`);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    // Both requests in one transaction, so the two arrays line up.
    const store = db.transaction("chunks").objectStore("chunks");
    const read = (request) =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
    db.close();
    return keys.map((key, i) => [key, values[i].map((chunk) => Array.from(new Uint8Array(chunk)))]);
  });
}
