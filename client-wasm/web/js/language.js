// Which language the page speaks, for both apps: the signed-in person's (kept with their
// account on the hub, and on the phone for offline starts), else the one last chosen on this
// device, else the device's own languages. Loading one also points the page at that language's
// manifest, keeps its files for offline use (sw.js) and leaves the words for pushes where the
// app's service worker finds them (js/push.js).

import { language, localize, remember, startingLanguage, t, useLanguage } from "./i18n.js";
import { keepTexts } from "./push.js";
import { noteLanguage, unsentLanguage } from "./session.js";

/** The catalogue files each app loads. */
export const FIELD_FILES = ["common", "problems", "password", "field", "requests", "attachments", "notifications"];
export const CONSOLE_FILES = ["common", "problems", "password", "console", "attachments", "notifications"];

let files = FIELD_FILES;

/**
 * The first language of a page: `preferred` (the user's, when a session is kept) if this build
 * has it, else what `startingLanguage` finds. Falls back to English when the chosen language's
 * files cannot be had (offline, never used here).
 */
export async function startLanguage(appFiles, preferred) {
  files = appFiles;
  const wanted = preferred || (await startingLanguage());
  try {
    await show(wanted);
  } catch (error) {
    console.warn(`hubdesk: language ${wanted} is not available:`, error?.message ?? error);
    await show("en");
  }
}

/**
 * Switches the page to `tag` (rejects, keeping the current language, when its files cannot be
 * had) and remembers it on this device.
 */
export async function chooseLanguage(tag) {
  await show(tag);
  remember(tag);
}

async function show(tag) {
  await useLanguage(tag, files);
  localize(document);
  const manifest = document.querySelector('link[rel="manifest"]');
  if (manifest) manifest.href = `manifests/${tag}.webmanifest`;
  keepOffline(tag);
  // The words a push shows, for the app's service worker, in the language just loaded.
  keepTexts(new URL(files === FIELD_FILES ? "../" : "../console/", import.meta.url).href);
  // The few words the field app shows before the catalogue loads (js/boot.js), for its next
  // start.
  if (files !== FIELD_FILES) return language();
  try {
    localStorage.setItem("hubdesk.boot-text", JSON.stringify({ retrying: t("boot-retrying"), loading: t("boot-loading") }));
  } catch {
    // No storage: the next start shows them in English.
  }
  return language();
}

/**
 * Switches to the language kept with the person's account on the hub, when it is not the page's:
 * someone signing in on a phone set up in another language reads the next screens in their own.
 * A language this phone cannot load now (offline, never used here) leaves the page as it is.
 */
export async function speakTheirLanguage(user) {
  if (!user?.language || user.language === language().tag) return;
  try {
    await chooseLanguage(user.language);
  } catch (error) {
    console.warn(`hubdesk: language ${user.language} is not available:`, error?.message ?? error);
  }
}

/**
 * Tells the hub the language chosen on this phone while it could not (offline), so the
 * person's other devices follow; does nothing when there is nothing to tell or no network.
 */
export async function sendLanguage(token) {
  const tag = unsentLanguage();
  if (!tag || !navigator.onLine) return;
  try {
    const response = await fetch("/api/me/language", {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ language: tag }),
    });
    if (response.ok) noteLanguage(tag, { unsent: false });
    else console.warn(`hubdesk: the hub did not keep the language (HTTP ${response.status})`);
  } catch (error) {
    console.warn("hubdesk: the language could not be saved on the hub:", error?.message ?? error);
  }
}

/**
 * Keeps this language's files and manifest on the phone: notes them where the service worker
 * looks when it installs (on a first visit the page fetched them before the worker ran), and
 * asks a running worker to keep them now.
 */
function keepOffline(tag) {
  if (files !== FIELD_FILES) return;
  const base = new URL("../locales/", import.meta.url);
  const urls = files.map((f) => String(new URL(`${tag}/${f}.ftl`, base)));
  const manifest = document.querySelector('link[rel="manifest"]');
  if (manifest) urls.push(manifest.href);
  globalThis.caches
    ?.open(LANGUAGE_CACHE)
    .then((cache) => cache.put(new URL("../language.json", import.meta.url), new Response(JSON.stringify(urls))))
    .catch(() => {});
  navigator.serviceWorker?.ready
    .then((registration) => registration.active?.postMessage({ type: "keep", urls }))
    .catch(() => {});
}

/** Where the page notes its language's files for the service worker (sw.js reads it). */
const LANGUAGE_CACHE = "hubdesk-language";
