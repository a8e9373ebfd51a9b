// HubDesk's service worker: keeps the app shell and the wasm client on the device, so the app
// opens with no network once it has been opened online, and shows the hub's pushes
// (js/push-sw.js).
//
// - The shell (SHELL below) is cached at install in a cache named after VERSION, which the build
//   writes to pkg/shell-version.js as a hash of the shell. A new hash makes browsers install the
//   new shell in the background (the page then offers to reload), and the shell is served from
//   the cache: no network at all for it. Without that file (an unstamped build) VERSION is
//   "dev" and the shell is fetched network first, so a developer never runs stale code; the
//   cache is only the fallback then.
// - Page loads (navigations) are network first, falling back to the cached page when the
//   network fails or is too slow, so a working network always gives the newest page.
// - /api, /sync and anything not from this origin are never cached: records live in IndexedDB,
//   kept by the wasm client, not here.
//
// Assets are fetched with the browser's normal fetch, so the server's precompressed (brotli or
// gzip) files are what crosses the network, and revalidation (`cache: "no-cache"`) costs a 304
// when nothing changed.

// pkg/shell-version.js sets self.HUBDESK_SHELL_VERSION. Browsers check imported scripts for
// changes too, so a new build is noticed even though this file stays the same.
try {
  importScripts("pkg/shell-version.js");
} catch {
  // An unstamped (development) build.
}
const VERSION = self.HUBDESK_SHELL_VERSION ?? "dev";
// Pushes and clicks on notifications, shared with the console's worker.
importScripts("js/push-sw.js");
const CACHE = `hubdesk-shell-${VERSION}`;
const CACHE_PREFIX = "hubdesk-shell-";

// Every file the app needs to start and to show any screen. Keep in step with web/ (the browser
// tests open every screen offline, so a missing file fails them).
const SHELL = [
  "./",
  "app.css",
  "notifications.css",
  "events.css",
  "app.js",
  "icons/icon.svg",
  "icons/icon-192.png",
  "icons/icon-512.png",
  "icons/maskable-512.png",
  "js/boot.js",
  "js/install.js",
  "js/chrome.js",
  "js/inbox.js",
  "js/hub.js",
  "js/push.js",
  "js/notification-settings.js",
  "js/events.js",
  "js/outbox.js",
  "js/directory.js",
  "js/needs.js",
  "js/referrals.js",
  "js/practices.js",
  "js/dom.js",
  "js/labels.js",
  "js/i18n.js",
  "js/language.js",
  "js/session.js",
  "js/sync-status.js",
  "js/drafts.js",
  "js/forms.js",
  "js/rounds.js",
  "js/wasm.js",
  "js/uploads.js",
  "js/views/sign-in.js",
  "js/views/reset-password.js",
  "js/views/requests.js",
  "js/views/new-request.js",
  "js/views/detail.js",
  "js/views/attachments.js",
  "js/views/fund.js",
  "js/views/guidance.js",
  "js/views/account.js",
  "js/views/lock.js",
  "js/views/notifications.js",
  "js/views/events.js",
  "js/views/directory.js",
  "js/views/handover.js",
  "js/views/practice.js",
  "js/views/needs.js",
  "pkg/hubdesk_client.js",
  "pkg/hubdesk_client_bg.wasm",
  "locales/index.json",
  "vendor/fluent/index.js",
  "vendor/fluent/ast.js",
  "vendor/fluent/builtins.js",
  "vendor/fluent/bundle.js",
  "vendor/fluent/memoizer.js",
  "vendor/fluent/resolver.js",
  "vendor/fluent/resource.js",
  "vendor/fluent/scope.js",
  "vendor/fluent/types.js",
];

// How long a page load waits for the network before showing the cached page.
const NAVIGATION_TIMEOUT_MS = 4000;

const scoped = (path) => new URL(path, self.registration.scope).href;
const shellUrls = new Set(SHELL.map(scoped));

// Tries to fetch a shell file many times, pausing longer each time (up to 5 s); any failure but
// the last is a cut or slow link, not an answer. On a 2G link that cuts out every 20 s or so,
// the wasm client (over half a megabyte) often needs several tries; should they all fail, the
// page registers the worker again (js/install.js).
async function fetchPatiently(request, attempts = 30) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(request);
      if (response.ok) return response;
      if (attempt >= attempts) throw new Error(`${request.url} answered ${response.status}`);
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * attempt, 5000)));
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Revalidate rather than reload: what the page has just downloaded comes from the HTTP
      // cache with a 304, so the first visit does not download the shell twice. Each file is
      // tried a few times, so a cut link during the first visit does not cost the offline app.
      await Promise.all(
        SHELL.map(async (path) => {
          const request = new Request(scoped(path), { cache: "no-cache" });
          await cache.put(request, await fetchPatiently(request));
        }),
      );
      await Promise.all(
        (await localeFilesKept()).map(async (url) => {
          const request = new Request(url, { cache: "no-cache" });
          await cache.put(request, await fetchPatiently(request));
        }),
      );
      // An unstamped build has no versions to keep apart; take over at once.
      if (VERSION === "dev") await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/**
 * The catalogue files to keep in this version: those earlier versions kept, and those of the
 * language the page noted (js/language.js) when it loaded one.
 */
async function localeFilesKept() {
  const urls = new Set();
  const noted = await (await caches.open("hubdesk-language")).match(scoped("language.json"));
  for (const url of noted ? await noted.json().catch(() => []) : []) {
    if (isLocaleFile(new URL(url))) urls.add(url);
  }
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) {
      if (isLocaleFile(new URL(request.url))) urls.add(request.url);
    }
  }
  return [...urls];
}

// A language's catalogue files (locales/<tag>/*.ftl) and its manifest (manifests/<tag>.webmanifest)
// are kept once used: only the person's
// language is downloaded, and a language used before works offline. A new version fetches the
// same languages' files again at install.
const isLocaleFile = (url) =>
  url.origin === self.location.origin &&
  ((url.pathname.startsWith(new URL("locales/", self.registration.scope).pathname) && url.pathname.endsWith(".ftl")) ||
    (url.pathname.startsWith(new URL("manifests/", self.registration.scope).pathname) && url.pathname.endsWith(".webmanifest")));

// The page asks a waiting worker to take over when the person accepts an update, and to keep
// the files of the language it loaded (on a first visit it fetched them before this worker ran).
self.addEventListener("message", (event) => {
  if (event.data?.type === "skip-waiting") self.skipWaiting();
  if (event.data?.type === "keep" && Array.isArray(event.data.urls)) {
    event.waitUntil(
      Promise.all(
        event.data.urls
          .filter((url) => isLocaleFile(new URL(url)))
          .map(async (url) => {
            if (await fromCache(url)) return;
            await store(url, await fetchPatiently(new Request(url), 5));
          }),
      ).catch((error) => console.warn("hubdesk: could not keep a catalogue file", error)),
    );
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname === "/sync" || url.pathname === "/healthz") {
    return;
  }
  // The staff console works online at a desk and is not part of the field app's offline shell.
  if (url.pathname === "/console" || url.pathname.startsWith("/console/")) return;
  if (request.mode === "navigate") {
    event.respondWith(navigation(event));
    return;
  }
  const key = url.origin + url.pathname;
  if (!shellUrls.has(key) && !isLocaleFile(url)) return;
  event.respondWith(VERSION === "dev" ? networkFirst(request, key) : cacheFirst(request, key));
});

async function fromCache(key) {
  const cache = await caches.open(CACHE);
  return cache.match(key, { ignoreVary: true, ignoreSearch: true });
}

async function store(key, response) {
  if (!response.ok || response.type !== "basic") return;
  const cache = await caches.open(CACHE);
  await cache.put(key, response);
}

async function cacheFirst(request, key) {
  const cached = await fromCache(key);
  if (cached) return cached;
  const response = await fetch(request);
  await store(key, response.clone());
  return response;
}

async function networkFirst(request, key) {
  try {
    const response = await fetch(request, { cache: "no-cache" });
    await store(key, response.clone());
    return response;
  } catch (error) {
    const cached = await fromCache(key);
    if (cached) return cached;
    throw error;
  }
}

async function navigation(event) {
  const page = scoped("./");
  const network = fetch(event.request).then(async (response) => {
    // Only the app's own page is kept; any other URL under the scope is the same app.
    if (new URL(event.request.url).pathname === new URL(page).pathname) {
      await store(page, response.clone());
    }
    return response;
  });
  // Keep the worker alive until the cache is updated, even if the cached page answered first.
  event.waitUntil(network.catch(() => {}));
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // No network: the cached page below.
  }
  const cached = await fromCache(page);
  if (cached) return cached;
  return network;
}
