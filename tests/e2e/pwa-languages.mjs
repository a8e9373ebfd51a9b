#!/usr/bin/env node
// Choosing a language on the phone: Bengali chosen online is kept; back in English and then
// offline, Bengali comes back with no network (its files stay on the phone), while Tamil,
// never used here, cannot be had offline and says so, keeping the page as it is. The phone
// restarts offline in Bengali. Chosen offline, the language reaches the hub once online.
//
// Result: `{"ok":true}`; the Rust side then reads the person's language from the hub.
//
// Environment: see lib/pwa.mjs; HUBDESK_USERNAME is required.

import { BASE_URL, required, run, screenshot, setOnline, signIn } from "./lib/pwa.mjs";

const username = required("HUBDESK_USERNAME");

run("pwa-languages", async ({ device }) => {
  const phone = await device("phone", { language: "en" });
  const page = phone.page;
  await signIn(page, username);
  const lang = () => page.evaluate(() => document.documentElement.lang);
  const choose = async (tag) => {
    await page.goto(`${BASE_URL}/#/account`);
    await page.locator("#language").selectOption(tag);
  };
  const waitForLang = (tag) => page.waitForFunction((tag) => document.documentElement.lang === tag, tag);
  // The worker keeps a language's files once the page asked it to; wait until it has them.
  const kept = (tag) =>
    page.waitForFunction(async (tag) => {
      const url = new URL(`locales/${tag}/field.ftl`, location.href).href;
      return Boolean(await caches.match(url));
    }, tag);

  await choose("bn");
  await waitForLang("bn");
  await kept("bn");
  await choose("en");
  await waitForLang("en");

  await setOnline(phone, false);
  await choose("bn");
  await waitForLang("bn");
  await page.locator("#language-section").waitFor();
  await choose("ta");
  await page.locator("#language-status:not(:empty)").waitFor();
  if ((await lang()) !== "bn") throw new Error(`Tamil offline left the page in ${await lang()}`);
  await screenshot(page, "pwa-languages-offline");

  // The phone opens again with no network (the watcher enters the PIN) on the same screen.
  await page.reload();
  await page.locator("#language-section").waitFor();
  if ((await lang()) !== "bn") throw new Error(`the phone restarted offline in ${await lang()}`);

  // Bengali was chosen offline: the hub hears of it once the phone is online.
  await setOnline(phone, true);
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem("hubdesk.session") ?? "{}").language_unsent);
  if (phone.errors.length > 0) throw new Error(`the page logged errors: ${phone.errors.join("; ")}`);
  return {};
});
