// Loading the wasm client on a flaky link. It is the largest download of the first visit, so a
// cut is most likely to land in it; instead of leaving the app broken until a reload, loading
// tries again with growing pauses (what the service worker has cached loads at once later).

const ATTEMPTS = 12;
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 4000;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Imports the wasm-bindgen module at `url` (relative to this file) and instantiates its wasm;
 * resolves with the module. Rejects with the last error after ATTEMPTS tries.
 */
export async function loadClient(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      const module = await import(new URL(url, import.meta.url).href);
      // wasm-bindgen keeps nothing from a failed start, so calling it again fetches afresh.
      await module.default();
      return module;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await pause(Math.min(FIRST_PAUSE_MS * 2 ** (attempt - 1), LONGEST_PAUSE_MS));
    }
  }
}
