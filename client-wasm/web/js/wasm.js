// Loading code on a flaky link. The wasm client is the largest download of the first visit, so a
// cut is most likely to land in it, but a screen's module can be cut too; instead of leaving the
// app broken until a reload, loading tries again with growing pauses (what the service worker
// has cached loads at once later).

const ATTEMPTS = 12;
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 4000;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task(attempt)` (attempt counts from 1) until it resolves, pausing longer each time;
 * rejects with the last error after ATTEMPTS tries.
 */
export async function retrying(task) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await pause(Math.min(FIRST_PAUSE_MS * 2 ** (attempt - 1), LONGEST_PAUSE_MS));
    }
  }
}

/**
 * Imports the wasm-bindgen module at `url` (relative to this file) and instantiates its wasm;
 * resolves with the module.
 */
export function loadClient(url) {
  return retrying(async () => {
    const module = await import(new URL(url, import.meta.url).href);
    // wasm-bindgen keeps nothing from a failed start, so calling it again fetches afresh.
    await module.default();
    return module;
  });
}

/**
 * Imports the module at `url` (a URL object, made from the importer's `import.meta.url`). A
 * browser may keep a failed module's failure for its address, so each try after the first asks
 * at an address of its own.
 */
export function importRetrying(url) {
  const href = url.href;
  return retrying((attempt) => import(attempt === 1 ? href : `${href}?attempt=${attempt}`));
}
