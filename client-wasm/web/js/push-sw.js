// Notifications in a service worker, for both apps: the field app's worker (sw.js) and the
// console's (console/sw.js) load this with importScripts.
//
// A push from the hub carries only `{kind, ref, id, count?}`: the kind of event, the request's
// id, the notification's id, and how many it gathers. Nothing in it names anyone, so the words
// come from this device: the page leaves them, in the person's language, in Cache storage under
// `notifications.json` beside the worker's scope (js/push.js, `keepTexts`), because a worker
// woken by a push has no page to ask and no way into the sealed store.
//
// A click opens the request: an open window of the app is told to show it (a reload would lock
// the field app again), else a new one opens at `#/r/<id>`, which the field app shows after its
// PIN, from the device, with or without a network.

/* global self, caches, clients */

const PUSH_TEXTS_CACHE = "hubdesk-language";
const pushTextsUrl = () => new URL("notifications.json", self.registration.scope).href;

async function pushTexts() {
  try {
    const kept = await (await caches.open(PUSH_TEXTS_CACHE)).match(pushTextsUrl());
    return kept ? await kept.json() : null;
  } catch {
    return null;
  }
}

/** The words for a push, from what the page left; `null` when it left none. */
function wordPush(texts, push) {
  if (!texts?.kinds?.[push.kind]) return null;
  let body = texts.kinds[push.kind];
  const gathered = texts.gathered?.[push.kind];
  if (push.count > 1 && gathered) {
    const category = new Intl.PluralRules(texts.lang).select(push.count);
    const template = gathered[category] ?? gathered.other;
    if (template) body = template.replace("{count}", new Intl.NumberFormat(texts.lang).format(push.count));
  }
  return { title: texts.title, body, lang: texts.lang, dir: texts.dir };
}

self.addEventListener("push", (event) => {
  let push;
  try {
    push = event.data?.json();
  } catch {
    push = null;
  }
  if (!push?.kind || !push?.ref) return;
  event.waitUntil(
    (async () => {
      const texts = await pushTexts();
      const words = wordPush(texts, push) ?? { title: texts?.title ?? self.registration.scope, body: "" };
      await self.registration.showNotification(words.title, {
        body: words.body,
        lang: words.lang,
        dir: words.dir ?? "auto",
        // One notification per request and kind: a newer one replaces it rather than piling up.
        tag: `${push.kind}:${push.ref}`,
        renotify: true,
        icon: texts?.icon,
        data: push,
      });
      // Open windows update their unread count at once.
      for (const client of await clients.matchAll({ type: "window" })) {
        client.postMessage({ type: "notification", push });
      }
    })(),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const push = event.notification.data;
  if (!push?.ref) return;
  event.waitUntil(openRequest(push));
});

async function openRequest(push) {
  const scope = new URL(self.registration.scope);
  const hash = `#/r/${encodeURIComponent(push.ref)}`;
  const windows = await clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).pathname === scope.pathname);
  if (open) {
    open.postMessage({ type: "open", hash, push });
    // Focusing needs the click's permission, which a test's synthetic click does not carry.
    await open.focus().catch(() => {});
    return;
  }
  await clients.openWindow(new URL(hash, scope).href);
}
