// Starts the machine's Chromium for the browser tests and the bundle benchmark. The flags keep
// Chromium from reaching for Google's services: on a closed network those connections fail and
// stall it.

import { chromium } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium from HUBDESK_CHROMIUM (default /usr/bin/chromium). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.HUBDESK_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
