#!/usr/bin/env node
// (d) After the first visit, the app opens with no network at all: the service worker serves the
// shell and the wasm, IndexedDB the records, and every screen opens.
//
// Steps: sign in, file a request, visit the guidance library; report `{"event":"visited"}` and
// wait for `{"event":"server-stopped"}` (the test stops the server). Then, with the browser
// offline too, a new tab loads the app and opens every screen. Result: `{"ok":true}`.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME and HUBDESK_MARKER are required.

import {
  BASE_URL,
  command,
  event,
  fileRequest,
  required,
  run,
  screenshot,
  signIn,
  waitForSync,
  watch,
} from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");
const marker = required("HUBDESK_MARKER");

run("pwa-offline-start", async ({ device }) => {
  const phone = await device();
  await signIn(phone.page, username);
  const title = `Offline start ${marker}`;
  const id = await fileRequest(phone.page, { title, description: "Written on the first visit." });
  await phone.page.goto(`${BASE_URL}/#/`);
  await waitForSync(phone.page, title, "hub");
  event("visited");
  await command("server-stopped");

  await phone.context.setOffline(true);
  await phone.page.close();
  const page = await phone.context.newPage();
  watch(phone, page);
  const response = await page.goto(BASE_URL);
  if (!response?.fromServiceWorker()) throw new Error("the page did not come from the service worker");
  await waitForSync(page, title, "hub");
  await page.locator("#sync[data-state=offline]").waitFor();
  await screenshot(page, "pwa-d-offline-start");

  // Every screen's code comes from the cache.
  for (const [hash, ready] of [
    ["#/new", "#request-form"],
    ["#/new/fund", "#request-form"],
    [`#/r/${id}`, "#request-title"],
    ["#/guidance", "#guidance"],
    ["#/account", "#device"],
  ]) {
    await page.goto(`${BASE_URL}/${hash}`);
    await page.locator(ready).waitFor();
  }
  // Installable offline too: the manifest of the page's language and its icons come from the
  // cache.
  const manifest = await page.evaluate(async () => {
    const at = document.querySelector('link[rel="manifest"]').href;
    const manifest = await (await fetch(at)).json();
    const icons = [];
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, at));
      icons.push({ src: icon.src, sizes: icon.sizes, ok: response.ok, type: response.headers.get("content-type") });
    }
    return { name: manifest.name, display: manifest.display, icons };
  });
  if (manifest.name !== "HubDesk" || manifest.display !== "standalone") {
    throw new Error(`unexpected manifest: ${JSON.stringify(manifest)}`);
  }
  for (const size of ["192x192", "512x512"]) {
    if (!manifest.icons.some((icon) => icon.sizes === size && icon.ok && icon.type === "image/png")) {
      throw new Error(`no ${size} PNG icon available offline: ${JSON.stringify(manifest.icons)}`);
    }
  }
  if (phone.errors.length > 0) throw new Error(`the page logged errors: ${phone.errors.join("; ")}`);
  return { id };
});
