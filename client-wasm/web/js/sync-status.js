// What the sync indicator in the top bar says: its state and words from the client's status and
// the number of requests with changes only on this phone, and the progress of a long catch-up.

export function indicator(status, waiting) {
  if (status.session_rejected) return ["offline", "Sign in to sync"];
  if (status.connection === "connected") {
    return waiting > 0 ? ["sending", `Sending ${waiting}…`] : ["hub", "Up to date"];
  }
  const suffix = waiting > 0 ? ` · ${waiting} waiting` : "";
  if (!status.network) return ["offline", `Offline${suffix}`];
  return ["connecting", `Connecting…${suffix}`];
}

// A catch-up is long enough to show its progress from this many bytes left (the hub's triage
// records arriving after a request is with the hub are small and not worth a display).
const CATCH_UP_BYTES = 16 * 1024;

/** What to show while a long catch-up with the hub runs, or null when there is none. */
export function catchingUp(progress) {
  if (!progress || progress.docs === 0) return null;
  const bytes = progress.bytes_to_send + progress.bytes_to_receive;
  if (bytes < CATCH_UP_BYTES) return null;
  const size = `${Math.round(bytes / 1024).toLocaleString()} KB`;
  const records = `${progress.docs} record${progress.docs === 1 ? "" : "s"}`;
  return {
    bytes,
    // Short enough to leave the screen title room on a 360 px phone.
    text: `${progress.docs} left · ${size}`,
    explain: `Catching up with the hub: ${records} and ${size} still to go. You can keep working.`,
  };
}

export function explain(status, waiting) {
  const where = waiting === 0
    ? "Everything on this phone is with the hub."
    : `${waiting} request${waiting === 1 ? " has" : "s have"} changes only on this phone.`;
  if (status.connection === "connected") return `Connected to the hub. ${where}`;
  if (!status.network) return `No network. ${where} They are sent when the network is back.`;
  const retry = status.retry_in_ms ? ` Trying again in ${Math.ceil(status.retry_in_ms / 1000)} s.` : "";
  return `Not connected to the hub yet.${retry} ${where}`;
}
