// The console's service worker, for notifications only: it shows the hub's pushes in the
// person's language and opens the request when one is clicked (../js/push-sw.js). The console
// works online at a desk, so nothing here is cached and every request goes to the network.

importScripts("../js/push-sw.js");

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
