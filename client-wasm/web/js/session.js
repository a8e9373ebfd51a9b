// The signed-in session, kept in localStorage so the app opens signed in with no network. It
// holds the token and who the user is; their records live in the wasm client's IndexedDB.

const KEY = "hubdesk.session";

/** The saved session, or null. */
export function readSession() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null");
    return saved?.token && saved?.user?.id ? saved : null;
  } catch {
    return null;
  }
}

export function saveSession(session) {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function forgetSession() {
  localStorage.removeItem(KEY);
}

/** Calls `listener` when another tab signs in or out. */
export function onSessionChange(listener) {
  addEventListener("storage", (event) => {
    if (event.key === KEY) listener();
  });
}

/**
 * Signs in with the REST API. Resolves with `{token, user}`; rejects with an Error whose message
 * can be shown as is.
 */
export async function signIn(username, password) {
  let response;
  try {
    response = await fetch("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new Error("The hub cannot be reached. Signing in needs a network once; after that the app works offline.");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) throw new Error("That username and password do not match.");
    throw new Error(body?.error?.message ?? `Signing in failed (HTTP ${response.status}).`);
  }
  return body;
}
