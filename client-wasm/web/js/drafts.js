// Drafts: what is typed into a form is kept on the device while it is typed, so a reload, a
// crash or a dead battery never loses it. Each form has a key (`new:help_desk`, `message:<id>`,
// ...) and its draft lives in the wasm client's IndexedDB, per user.
//
// Saving waits for a short pause in typing, and is forced when the page is hidden or closed.
// Because an IndexedDB write started while the page unloads may be cut off, the unsaved values
// are then also written synchronously to localStorage, sealed by the client (with the rescue
// key, as nothing asynchronous such as WebCrypto finishes then), and moved into IndexedDB on the
// next start.

import { t } from "./i18n.js";
import { fromBase64, toBase64 } from "./session.js";

const PAUSE_MS = 300;
const unsavedKey = (userId) => `hubdesk.unsaved-drafts.${userId}`;
// What this page rescued, by form: each rescue seals all of it again.
const rescued = {};

/** Moves drafts rescued while a page was unloading into IndexedDB. Call once at start. */
export async function recoverUnsaved(client, userId) {
  const sealed = localStorage.getItem(unsavedKey(userId));
  if (!sealed) return;
  let drafts = {};
  try {
    drafts = JSON.parse(client.openRescue(fromBase64(sealed))) ?? {};
  } catch (error) {
    console.warn("hubdesk: drafts rescued at the last unload could not be read", error);
  }
  for (const [key, value] of Object.entries(drafts)) await client.saveDraft(key, value);
  localStorage.removeItem(unsavedKey(userId));
}

/** Forgets rescued drafts (signing out). */
export function forgetUnsaved(userId) {
  localStorage.removeItem(unsavedKey(userId));
}

/**
 * Keeps one form's draft. `read()` returns the form's current value; `onState(state)` hears
 * "saving", "saved" or "failed" (with the error) so the form can say so.
 */
export class Autosave {
  constructor(client, userId, key, read, onState = () => {}) {
    Object.assign(this, { client, userId, key, read, onState });
    this.timer = null;
    this.dirty = false;
    this.writing = Promise.resolve();
    this.onHide = () => this.rescue();
    this.onVisibility = () => {
      if (document.visibilityState === "hidden") this.rescue();
    };
    addEventListener("pagehide", this.onHide);
    document.addEventListener("visibilitychange", this.onVisibility);
  }

  /** Call on every change to the form. */
  changed() {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), PAUSE_MS);
  }

  /** Saves now if anything changed; resolves once it is stored. */
  flush() {
    clearTimeout(this.timer);
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const value = this.read();
    this.onState("saving");
    this.writing = this.writing
      .then(() => this.client.saveDraft(this.key, value))
      .then(
        () => this.onState(this.dirty ? "saving" : "saved"),
        (error) => {
          this.dirty = true;
          this.onState("failed", error);
        },
      );
    return this.writing;
  }

  /** The page is going away: keep the unsaved value synchronously, then try IndexedDB too. */
  rescue() {
    if (!this.dirty) return;
    try {
      rescued[this.key] = this.read();
      const sealed = this.client.sealRescue(JSON.stringify(rescued));
      localStorage.setItem(unsavedKey(this.userId), toBase64(sealed));
    } catch {
      // Storage full or blocked, or the client already locked: the IndexedDB write below is all
      // we can do.
    }
    this.flush();
  }

  /** The form was submitted and what it made is stored: the draft is no longer needed. */
  async clear() {
    clearTimeout(this.timer);
    this.dirty = false;
    await this.writing;
    await this.client.deleteDraft(this.key);
  }

  /** The form is leaving the screen: save what is pending and stop listening. Resolves once saved. */
  dispose() {
    removeEventListener("pagehide", this.onHide);
    document.removeEventListener("visibilitychange", this.onVisibility);
    return this.flush();
  }
}

/** Words for an autosave state, shown under a form. */
export function savedText(state) {
  switch (state) {
    case "saving":
      return t("draft-saving");
    case "saved":
      return t("draft-saved");
    case "failed":
      return t("draft-failed");
    default:
      return "";
  }
}
