// What the sync indicator in the top bar says: its state and words from the client's status and
// the number of requests with changes only on this phone, and the progress of a long catch-up.
// Each text is one catalogue message (locales/*/field.ftl, `sync-`), counted with plurals.

import { bytes as bytesText, t } from "./i18n.js";

export function indicator(status, waiting) {
  if (status.session_rejected) return ["offline", t("sync-sign-in")];
  if (status.connection === "connected") {
    return waiting > 0 ? ["sending", t("sync-sending-count", { count: waiting })] : ["hub", t("sync-up-to-date")];
  }
  if (!status.network) {
    return ["offline", waiting > 0 ? t("sync-offline-waiting", { count: waiting }) : t("sync-offline")];
  }
  return ["connecting", waiting > 0 ? t("sync-connecting-waiting", { count: waiting }) : t("sync-connecting")];
}

// A catch-up is long enough to show its progress from this many bytes left (the hub's triage
// records arriving after a request is with the hub are small and not worth a display).
const CATCH_UP_BYTES = 16 * 1024;

/** What to show while a long catch-up with the hub runs, or null when there is none. */
export function catchingUp(progress) {
  if (!progress || progress.docs === 0) return null;
  const bytes = progress.bytes_to_send + progress.bytes_to_receive;
  if (bytes < CATCH_UP_BYTES) return null;
  const numbers = { docs: progress.docs, kb: Math.round(bytes / 1024) };
  return {
    bytes,
    // Short enough to leave the screen title room on a 360 px phone.
    text: t("sync-catching-up-short", numbers),
    explain: t("sync-catching-up", numbers),
  };
}

/** What to say of files waiting to go up (`bytes` of them), or null when none wait. */
export function filesLeft(bytes) {
  if (!bytes) return null;
  const size = bytesText(bytes);
  return { text: t("sync-files-waiting", { size }), explain: t("sync-files-explain", { size }) };
}

export function explain(status, waiting) {
  if (status.connection === "connected") return t("sync-explain-connected", { waiting });
  if (!status.network) return t("sync-explain-offline", { waiting });
  if (status.retry_in_ms) {
    return t("sync-explain-retrying", { waiting, seconds: Math.ceil(status.retry_in_ms / 1000) });
  }
  return t("sync-explain-connecting", { waiting });
}
