#!/usr/bin/env node
// Notifications on a phone that speaks Bengali, and in the console.
//
// Steps: sign in (the person's language is Bengali at the hub) and file a request; report
// `{"event":"filed","id":...}` and wait for `{"event":"replied"}` (the test replies as an agent).
// The bell shows one unread; the list words it in Bengali. Notifications are turned on (the
// browser's push service may be out of reach here: then the page says so in words) and the
// choices saved: "resolved" off, quiet hours on; report `{"event":"chosen"}`. Offline, a reload
// still lists it (the copy sealed on the phone). A push delivered to the service worker through
// the DevTools protocol shows a notification in Bengali; clicked with the network off, it opens
// the request. In the console, the agent sees the new request among their notifications, with
// its unread count, and opening it marks it read; the list still reads when the network drops.
//
// Environment: see lib/pwa.mjs; HUBDESK_MARKER. Result: `{"ok":true,"id":...,"pushed":...}`.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { BASE_URL, command, event, fileRequest, required, run, screenshot, setOnline, signIn } from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");
const here = path.dirname(fileURLToPath(import.meta.url));

/** A message's text as the catalogue of `tag` has it (single-line messages only). */
async function catalogueText(tag, id) {
  const text = await readFile(path.join(here, "../../locales", tag, "notifications.ftl"), "utf8");
  const line = text.split("\n").find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${tag}/notifications.ftl has no ${id}`);
  return line.slice(id.length + 3).trim();
}

run("pwa-notify", async ({ device }) => {
  const replied = await catalogueText("bn", "notify-hub_replied");
  const english = await catalogueText("en", "notify-hub_replied");

  const phone = await device("phone");
  const { page, context } = phone;
  await context.grantPermissions(["notifications"], { origin: BASE_URL });
  await signIn(page, "rahima");
  await page.locator("html[lang=bn]").waitFor();
  const id = await fileRequest(page, {
    title: `Ward committee minutes in Bangla ${marker}`,
    description: "How do other cities publish ward committee minutes for residents?",
  });
  await page.locator("#request-sync[data-sync=hub]").waitFor();
  event("filed", { id });
  await command("replied");

  // The list says it in Bengali, from the phone's own catalogue; the bell counts what is unread.
  await page.goto(`${BASE_URL}/#/`);
  await page.locator("#inbox:not([hidden])").click();
  const item = page.locator("#notifications li.unread[data-kind=hub_replied]", { hasText: marker });
  await item.waitFor();
  const unread = await page.locator("#notifications li.unread").count();
  await page.locator(`#inbox[data-unread='${unread}']`).waitFor();
  const notificationId = await item.getAttribute("data-id");
  const said = (await item.locator(".notification-text").textContent()).trim();
  if (said !== replied) throw new Error(`the list said "${said}", not the Bengali "${replied}"`);
  await screenshot(page, "notify-a-list-bn", { focus: "#notifications" });

  // Turning notifications on: the browser's prompt (granted here), then its push service.
  await page.locator("#push-toggle").click();
  await page.locator("#push-state[data-state=on], #push-error:not(:empty)").first().waitFor({ timeout: 60000 });
  const pushState = await page.locator("#push-state").getAttribute("data-state");
  // What is chosen is kept at the hub.
  await page.locator("#notification-settings input[name=kind][value=resolved]").uncheck();
  await page.locator("#quiet-on").check();
  await page.locator("#quiet-from").fill("22:00");
  await page.locator("#quiet-to").fill("06:30");
  await page.locator("#notification-settings-save").click();
  await page.locator("#notification-settings-status:not(:empty):not(.error)").waitFor();
  await screenshot(page, "notify-b-settings-bn", { focus: "#notification-settings" });
  event("chosen", { push: pushState });

  // Offline, after a reload: the list is read from what the phone keeps, sealed.
  await setOnline(phone, false);
  // The page reloads on the list (the hash stays), locked, and the watcher enters the PIN.
  await page.reload();
  await page.locator("#notifications li.unread[data-kind=hub_replied]", { hasText: marker }).waitFor();
  await page.locator("#notifications-as-of:not(:empty)").waitFor();
  await page.locator("#notification-settings-offline").waitFor();

  // A push, as a push service would deliver it, while the app is open on another screen.
  await page.goto(`${BASE_URL}/#/guidance`);
  const cdp = await context.newCDPSession(page);
  const registrations = new Promise((resolve) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations: all }) => {
      const ours = all.find((r) => r.scopeURL === `${BASE_URL}/` && !r.isDeleted);
      if (ours) resolve(ours);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  const registration = await registrations;
  const push = { kind: "hub_replied", ref: id, id: notificationId };
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin: BASE_URL,
    registrationId: registration.registrationId,
    data: JSON.stringify(push),
  });
  const shown = await page.waitForFunction(
    async () => {
      const list = await (await navigator.serviceWorker.ready).getNotifications();
      return list.length ? list.map((n) => ({ title: n.title, body: n.body, lang: n.lang, tag: n.tag })) : null;
    },
    null,
    { polling: 250 },
  );
  const [notification] = await shown.jsonValue();
  if (notification.body !== replied) throw new Error(`the notification said "${notification.body}", not "${replied}"`);
  if (notification.body === english || notification.lang !== "bn") throw new Error("the notification is not in Bengali");
  if (notification.body.includes(marker)) throw new Error("the notification names the request");

  // Clicked, with no network: the request opens, from the phone.
  const [worker] = context.serviceWorkers().filter((w) => w.url().startsWith(`${BASE_URL}/sw.js`));
  if (!worker) throw new Error("no service worker to click in");
  await worker.evaluate(async () => {
    const [shownNow] = await self.registration.getNotifications();
    self.dispatchEvent(new NotificationEvent("notificationclick", { notification: shownNow }));
  });
  await page.waitForURL(`${BASE_URL}/#/r/${id}`);
  await page.locator("#request-title", { hasText: marker }).waitFor();
  await page.locator(`#inbox[data-unread='${unread - 1}']`).waitFor();
  await screenshot(page, "notify-c-opened-offline");
  await setOnline(phone, true);

  // The console: the agent's notifications name the new request, counted until opened.
  const desk = await device("desk");
  const console_ = desk.page;
  await console_.setViewportSize({ width: 1280, height: 800 });
  await console_.goto(`${BASE_URL}/console/#/notifications`);
  await console_.locator("#username").fill("agent");
  await console_.locator("#password").fill("hubdesk-demo");
  await console_.locator("form button[type=submit]").click();
  // Named by its title, which the hub gives only to those who may read the request.
  const entry = console_.locator("#notifications li.unread[data-kind=new_request]", { hasText: marker });
  await entry.waitFor();
  await console_.locator('[data-count="notifications"]:not(:empty)').waitFor();
  const before = Number(await console_.locator('[data-count="notifications"]').textContent());
  await screenshot(console_, "notify-d-console");
  const target = await entry.locator("a").getAttribute("href");
  await entry.locator("a").click();
  await console_.waitForURL(`${BASE_URL}/console/${target}`);
  await console_.locator("#request-title", { hasText: marker }).waitFor();
  await console_.goto(`${BASE_URL}/console/#/notifications`);
  await console_.locator(`#notifications li:not(.unread) a[href="${target}"]`).first().waitFor();
  const after = Number((await console_.locator('[data-count="notifications"]').textContent()) || "0");
  if (!(after < before)) throw new Error(`the console's unread count went from ${before} to ${after}`);
  // The network drops: the tab still lists what it was told, and says as of when.
  await desk.context.setOffline(true);
  await console_.goto(`${BASE_URL}/console/#/canned`);
  await console_.goto(`${BASE_URL}/console/#/notifications`);
  await console_.locator("#notifications li[data-kind=new_request]", { hasText: marker }).waitFor();
  await console_.locator("#notifications-as-of:not(:empty)").waitFor();
  await desk.context.setOffline(false);
  return { id, push: pushState };
});
