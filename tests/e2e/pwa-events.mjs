#!/usr/bin/env node
// Registering for a training from the phone with no network: the registration waits on the
// phone (sealed, across a reload) and takes its place in line when it reaches the hub.
//
// Steps: sign in online and open the events (a link on the guidance screen); the event the test
// published shows its seats. Offline, register: the phone says the registration waits to be
// sent, and says so again after a reload; report `{"event":"queued"}` and wait for `{"event":"go"}`
// (meanwhile the test has someone else take the last seat through REST). Back online, the
// registration reaches the hub behind them: on the waiting list. Report `{"event":"waiting"}`
// and wait for `{"event":"freed"}` (the test cancels the other registration); opened again,
// the phone shows the seat.
//
// Environment: see lib/pwa.mjs; HUBDESK_EVENT_ID. Result: `{"ok":true}`.

import { BASE_URL, command, event, required, run, screenshot, setOnline, signIn } from "./lib/pwa.mjs";

const id = required("HUBDESK_EVENT_ID");

run("pwa-events", async ({ device }) => {
  const phone = await device("phone");
  const { page } = phone;
  await signIn(page, "rahima");
  await page.goto(`${BASE_URL}/#/guidance`);
  await page.locator("#events-link").click();
  const card = page.locator(`#events li[data-event="${id}"]`);
  await card.locator("button[data-action=register]").waitFor();
  await screenshot(page, "events-c-phone-list", { focus: `#events li[data-event="${id}"]` });

  await setOnline(phone, false);
  await card.locator("button[data-action=register]").click();
  await card.locator("[data-status=queued-register]").waitFor();
  // Kept on the phone, sealed: still waiting after a reload with no network.
  await page.reload();
  await card.locator("[data-status=queued-register]").waitFor();
  await screenshot(page, "events-d-phone-queued", { focus: `#events li[data-event="${id}"]` });
  event("queued");
  await command("go");

  await setOnline(phone, true);
  await card.locator("[data-status=waiting]").waitFor();
  await screenshot(page, "events-e-phone-waiting", { focus: `#events li[data-event="${id}"]` });
  event("waiting");
  await command("freed");

  await page.goto(`${BASE_URL}/#/guidance`);
  await page.goto(`${BASE_URL}/#/events`);
  await card.locator("[data-status=admitted]").waitFor();
  return {};
});
