// Referrals offered to the person on this phone: the hub asks them to help with someone's
// request (its title, topic, place and the hub's note; nothing more until they accept). The
// offers are kept sealed so the list shows offline; accepting or declining needs the hub, which
// decides (`shared::referral`). Once accepted, the request comes to the phone like their own.

import { hub } from "./hub.js";
import { t } from "./i18n.js";

const KEPT = "referral-offers";

const ask = (token, path, options = {}) =>
  hub(token, path, { ...options, httpError: (status) => t("referral-hub-http", { status }) });

/** The offers the phone last heard of. */
export async function keptOffers(client) {
  return (await client.kept(KEPT).catch(() => undefined)) ?? [];
}

/** Asks the hub for the offers; resolves with whether it answered. */
export async function refreshOffers(client, token) {
  try {
    await client.keep(KEPT, await ask(token, "/api/referrals/offered"));
    return true;
  } catch {
    return false;
  }
}

/** Accepts or declines an offer; rejects with the hub's words (or no status when offline). */
export async function answerOffer(client, token, offer, accept) {
  await ask(token, `/api/requests/${offer.request_id}/referral-answer`, {
    method: "POST",
    body: { referral: offer.referral_id, accept },
  });
  await refreshOffers(client, token);
  // The request is theirs to read now: ask the hub what exists without waiting.
  if (accept) client.lookAgain();
}
