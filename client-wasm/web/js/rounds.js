// The fund rounds this phone knows: fetched from the hub when online, kept in localStorage so
// an application can be checked against its round's own cap offline, and handed to the wasm
// client, which does the checking.

const KEY = "hubdesk.rounds";

/** The rounds saved on this phone (possibly none). */
export function savedRounds() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(saved) ? saved : [];
  } catch {
    return [];
  }
}

/** Signing out leaves nothing behind, the rounds included. */
export function forgetRounds() {
  localStorage.removeItem(KEY);
}

/** Hands the saved rounds to the client, then asks the hub for fresh ones if it can. */
export async function loadRounds(HubClient, token) {
  HubClient.setRounds(savedRounds());
  try {
    const response = await fetch("/api/fund/rounds", { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return;
    const rounds = (await response.json()).map((r) => ({
      id: r.id,
      name: r.name,
      currency: r.currency,
      cap_cents: r.cap_cents,
      cap_text: HubClient.formatMoney(r.cap_cents, r.currency),
      opens_at: r.opens_at,
      closes_at: r.closes_at,
      // Which attachments an application needs: the field app's checklist, offline too.
      required_attachments: r.required_attachments ?? [],
    }));
    localStorage.setItem(KEY, JSON.stringify(rounds));
    HubClient.setRounds(rounds);
  } catch {
    // Offline: the saved rounds stand.
  }
}
