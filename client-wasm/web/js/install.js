// Installing the field app for offline use: registers the service worker (sw.js), which keeps
// the app shell and the wasm client on the phone, and says when a new version is ready.
//
// On a slow link that cuts out, an install can fail: registering fetches sw.js, and installing
// fetches every file of the shell, any of which a cut can leave unfinished more times than the
// worker retries it. Either way the app is tried again, pausing longer each time, for as long as
// the page stays open, until a version is installed.

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30000;

/**
 * Registers the service worker, and calls `offer(worker)` when a new version has installed and
 * waits to take over (never for the first install, which takes over by itself).
 */
export function installForOffline(offer) {
  if (!("serviceWorker" in navigator)) return;
  let attempts = 0;
  const watched = new WeakSet();
  const again = () => {
    attempts += 1;
    setTimeout(register, Math.min(RETRY_FIRST_MS * 2 ** (attempts - 1), RETRY_MAX_MS));
  };

  async function register() {
    let registration;
    try {
      registration = await navigator.serviceWorker.register("sw.js");
    } catch (error) {
      console.warn("hubdesk: the app cannot be installed for offline use yet:", error?.message ?? error);
      again();
      return;
    }
    const watch = (worker) => {
      if (!worker || watched.has(worker)) return;
      watched.add(worker);
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
        // A failed install leaves nothing new; with no version installed at all, try again.
        if (worker.state === "redundant" && !registration.active && !registration.waiting && !registration.installing) {
          again();
        }
      });
    };
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    watch(registration.installing);
    if (!watched.has(registration)) {
      watched.add(registration);
      registration.addEventListener("updatefound", () => watch(registration.installing));
    }
  }

  register();
}
