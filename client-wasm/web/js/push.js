// Notifications, the part both apps share: this device's Web Push subscription, the person's
// choices, their list on the hub, and the words a service worker shows for a push
// (js/push-sw.js), kept in Cache storage in the person's language.
//
// Subscribing asks the person first (the browser's own prompt), then hands the browser's
// `PushSubscription` to the hub, which keeps it with this device: signing out or revoking the
// device ends it there. Every push is worded on the device; the hub sends no text.

import { hub } from "./hub.js";
import { language, t } from "./i18n.js";

const TEXTS_CACHE = "hubdesk-language";

/** The kinds of notification, as `shared::notify` names them. */
export const KINDS = [
  "hub_replied",
  "question_waiting",
  "resolved",
  "fund_decision",
  "changes_requested",
  "tranche_paid",
  "filed_for_you",
  "new_request",
  "urgent_request",
  "field_replied",
  "assigned",
  "sla_breaching",
];
/** The kinds a push may gather several of, and say how many. */
const GATHERED = ["new_request"];

/** The hub's answer at `path`, its refusals in its own words (js/hub.js). */
const ask = (token, path, options = {}) =>
  hub(token, path, { ...options, httpError: (status) => t("notifications-hub-http", { status }) });

/** What a notification of `kind` says; `count` when a push gathered several. */
export const wording = (kind, count) =>
  count > 1 && GATHERED.includes(kind) ? t(`notify-${kind}-gathered`, { count }) : t(`notify-${kind}`);

/**
 * Leaves the words of every kind, in the page's language, where the service worker of `scope`
 * finds them when a push wakes it. Call when the page starts and whenever its language changes.
 */
export async function keepTexts(scope) {
  if (!("caches" in self)) return;
  const lang = language().tag;
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, t(`notify-${kind}`)]));
  const gathered = {};
  for (const kind of GATHERED) gathered[kind] = pluralTemplates(lang, (count) => t(`notify-${kind}-gathered`, { count }));
  const texts = { lang, dir: language().dir, title: t("notify-title"), kinds, gathered, icon: new URL("icons/icon-192.png", scope).href };
  try {
    const cache = await caches.open(TEXTS_CACHE);
    await cache.put(new URL("notifications.json", scope).href, new Response(JSON.stringify(texts), { headers: { "content-type": "application/json" } }));
  } catch (error) {
    console.warn("hubdesk: the words for notifications could not be kept", error);
  }
}

/**
 * One template per plural category of `lang`, with `{count}` where the number goes: the worker
 * picks the category with Intl.PluralRules and puts the number in, so a gathered push reads as
 * the catalogue says for any count.
 */
function pluralTemplates(lang, say) {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const templates = {};
  for (let n = 2; n < 200 && Object.keys(templates).length < rules.resolvedOptions().pluralCategories.length; n++) {
    const category = rules.select(n);
    if (templates[category]) continue;
    templates[category] = say(n).replace(numbers.format(n), "{count}");
  }
  templates.other ??= say(100).replace(numbers.format(100), "{count}");
  return templates;
}

/**
 * Whether this device is told: `on`, `off`, `denied` (the person or the browser said no), or
 * `unsupported` (no service worker or push here).
 */
export async function pushState(registration) {
  if (!registration || !("PushManager" in self) || !("Notification" in self)) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  const subscription = await registration.pushManager.getSubscription().catch(() => null);
  return subscription && Notification.permission === "granted" ? "on" : "off";
}

/**
 * Asks the person, subscribes this browser and hands the subscription to the hub. Resolves with
 * the new state; rejects with words to show when the browser or the hub refused.
 */
export async function turnOn(token, registration, scope) {
  if ((await Notification.requestPermission()) !== "granted") return "denied";
  await keepTexts(scope);
  const { public_key: key } = await ask(token, "/api/push/key");
  let subscription;
  try {
    subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(key) }));
  } catch (error) {
    throw new Error(t("notifications-push-failed", { error: String(error?.message ?? error) }));
  }
  await ask(token, "/api/push/subscriptions", { method: "POST", body: subscription.toJSON() });
  return "on";
}

/** Stops pushes to this device: the hub forgets its subscription, and the browser ends it. */
export async function turnOff(token, registration) {
  const subscription = await registration?.pushManager.getSubscription().catch(() => null);
  if (!subscription) return "off";
  // Handing the same subscription again answers with its id (it replaces itself); then it goes.
  const { id } = await ask(token, "/api/push/subscriptions", { method: "POST", body: subscription.toJSON() });
  await ask(token, `/api/push/subscriptions/${encodeURIComponent(id)}`, { method: "DELETE" });
  await subscription.unsubscribe();
  return "off";
}

/**
 * Ends the browser's subscription without asking the hub: signing out revoked the device, and
 * its subscription went with it there.
 */
export async function forgetPush(registration) {
  const subscription = await registration?.pushManager.getSubscription().catch(() => null);
  await subscription?.unsubscribe().catch(() => {});
}

function fromBase64Url(text) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** The person's choices: `{off, quiet, digest, email, kinds, digests_available}`. */
export const preferences = (token) => ask(token, "/api/notifications/preferences");

/** Saves the person's choices; resolves with them as the hub kept them. */
export const savePreferences = (token, prefs) =>
  ask(token, "/api/notifications/preferences", { method: "PUT", body: prefs });

/** The person's recent notifications, newest first: `{items, unread}`. */
export const recent = (token) => ask(token, "/api/notifications");

/** Marks notifications read (`ids`; none marks every one). */
export const markRead = (token, ids) => ask(token, "/api/notifications/read", { method: "POST", body: { ids } });

/** This device's UTC offset in minutes, east positive, as quiet hours are kept. */
export const utcOffset = () => -new Date().getTimezoneOffset();

/** Minutes after midnight to `HH:MM`, and back. */
export const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
export const minutes = (text) => {
  const [hours, mins] = text.split(":").map(Number);
  return hours * 60 + mins;
};
