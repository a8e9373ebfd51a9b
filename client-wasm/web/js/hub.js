// Calling the hub's REST API from either app, as the signed-in person, in the page's language.

import { language } from "./i18n.js";

/**
 * Calls the hub's REST API with `token`. Resolves with the JSON body; rejects with an Error in
 * the hub's own words when it refuses (with `field` when it named one, `errors` when it named
 * several, and `status`), or with
 * `httpError(status)` when it gave none.
 */
export async function hub(token, path, { method = "GET", body, httpError }) {
  const response = await fetch(path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "accept-language": language().tag,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(json?.error?.message ?? httpError(response.status));
    error.field = json?.error?.field;
    // Every field at fault, when the hub named several (`[{field, message}]`).
    error.errors = json?.errors;
    error.status = response.status;
    throw error;
  }
  return json;
}
