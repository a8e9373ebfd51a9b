#!/usr/bin/env node
// Measures what a first visit to the web app transfers: loads HUBDESK_BASE_URL in a fresh
// Chromium profile whose browser asks for HUBDESK_LANGUAGE (English when unset), waits until
// the network is idle (service worker precache included), and
// prints one JSON object listing every response with its content encoding and the bytes that
// crossed the network. `cargo xtask bench bundle` turns it into a table.

import { launchChromium } from "./lib/chromium.mjs";

const base = process.env.HUBDESK_BASE_URL;
if (!base) {
  process.stderr.write("bench-bundle: HUBDESK_BASE_URL is required\n");
  process.exit(2);
}

const browser = await launchChromium();
try {
  const language = process.env.HUBDESK_LANGUAGE ?? "en";
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: language });
  const page = await context.newPage();
  // The devtools protocol reports encoded (on-the-wire) sizes, including for requests the
  // service worker makes while precaching.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const seen = new Map();
  cdp.on("Network.responseReceived", e => {
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    seen.set(e.requestId, {
      url: e.response.url,
      encoding: headers["content-encoding"] ?? "identity",
      bytes: 0,
    });
  });
  cdp.on("Network.loadingFinished", e => {
    const entry = seen.get(e.requestId);
    if (entry) entry.bytes = e.encodedDataLength;
  });
  await page.goto(base + "/", { waitUntil: "networkidle" });
  // Give a service worker's install step time to finish its precache.
  await page.evaluate(async () => {
    if (navigator.serviceWorker) {
      await Promise.race([
        navigator.serviceWorker.ready,
        new Promise(resolve => setTimeout(resolve, 5000)),
      ]);
    }
  });
  await page.waitForLoadState("networkidle");
  const transfers = [...seen.values()].filter(t => t.url.startsWith(base));
  process.stdout.write(JSON.stringify({ transfers }) + "\n");
} finally {
  await browser.close();
}
