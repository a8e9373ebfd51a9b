#!/usr/bin/env node
// Renders the PNG icons of the web app manifest from web/icons/icon.svg with headless Chromium.
// Run from the repository root after `npm ci` in tests/e2e (which provides playwright-core):
//
//   NODE_PATH=tests/e2e/node_modules node client-wasm/tools/render-icons.mjs
//
// The PNGs are committed; run this again only when the SVG changes.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.resolve("tests/e2e/package.json"));
const { chromium } = require("playwright-core");

const icons = path.resolve("client-wasm/web/icons");
const svg = await readFile(path.join(icons, "icon.svg"), "utf8");
// A maskable icon is cropped to a circle or squircle by the launcher: fill the whole square and
// keep the drawing inside the middle 80%.
const maskable = svg
  .replace('rx="112"', 'rx="0"')
  .replace(/<path|<circle/g, (tag) => `${tag} transform="translate(256 256) scale(0.8) translate(-256 -256)"`);

const browser = await chromium.launch({
  executablePath: process.env.HUBDESK_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const [name, source, size] of [
    ["icon-192.png", svg, 192],
    ["icon-512.png", svg, 512],
    ["maskable-512.png", maskable, 512],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const html = `<html><body style="margin:0;background:transparent">${source.replace("<svg", `<svg width="${size}" height="${size}"`)}</body></html>`;
    await page.setContent(html);
    await page.locator("svg").screenshot({ path: path.join(icons, name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
