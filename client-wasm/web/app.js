// HubDesk's practitioner page: sign in, write a request, see whether the hub has it.
//
// The page holds no rules of its own. The wasm client (`./pkg/hubdesk_client.js`) validates
// drafts with the same code the server runs, stores them in IndexedDB and syncs them; this file
// only moves values between the form and the client and shows what comes back.

import init, { HubClient } from "./pkg/hubdesk_client.js";

// A signed-in session survives reloads, so a practitioner who opens the page offline can keep
// working with what is on the device.
const SESSION_KEY = "hubdesk.session";

// Display names for the codes the client offers; a code without one is shown tidied up.
const LABELS = {
  help_desk: "Help-desk request",
  fund_query: "Support fund query",
  peer_learning: "Peer learning",
  capacity_building: "Capacity building",
  cooperation: "Cooperation",
  local_voices: "Local voices",
  youth_engagement: "Youth engagement",
  local_action_planning: "Local action planning",
  support_fund: "Technical support fund",
  other: "Other",
  BD: "Bangladesh",
  IN: "India",
  LK: "Sri Lanka",
  MV: "Maldives",
  PK: "Pakistan",
};

const $ = (id) => document.getElementById(id);

let client = null;
let session = null;

function label(code) {
  return LABELS[code] ?? code.replaceAll("_", " ").replace(/^./, (c) => c.toUpperCase());
}

function readSession() {
  try {
    const saved = JSON.parse(localStorage.getItem(SESSION_KEY) ?? "null");
    return saved?.token && saved?.user?.id ? saved : null;
  } catch {
    return null;
  }
}

function syncUrl(token) {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.host}/sync?token=${encodeURIComponent(token)}`;
}

function show(view) {
  $("boot").hidden = true;
  $("sign-in-view").hidden = view !== "sign-in";
  $("app-view").hidden = view !== "app";
  $("sign-out").hidden = view !== "app";
  $("status").hidden = view !== "app";
}

// ----- sign in ------------------------------------------------------------------------------

async function signIn(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const button = form.querySelector("button[type=submit]");
  $("sign-in-error").textContent = "";
  button.disabled = true;
  try {
    const response = await fetch("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: form.username.value, password: form.password.value }),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(body?.error?.message ?? `sign-in failed (HTTP ${response.status})`);
    }
    localStorage.setItem(SESSION_KEY, JSON.stringify(body));
    form.password.value = "";
    await start(body);
  } catch (error) {
    $("sign-in-error").textContent =
      error instanceof TypeError ? "The hub cannot be reached. Check your connection." : error.message;
  } finally {
    button.disabled = false;
  }
}

function signOut() {
  localStorage.removeItem(SESSION_KEY);
  client?.disconnect();
  location.reload();
}

// ----- the signed-in page -------------------------------------------------------------------

async function start(saved) {
  session = saved;
  // One database per user, so two people sharing a phone never see each other's requests.
  client = await HubClient.open(`hubdesk-${session.user.id}`);
  client.onChange(scheduleRender);
  fillChoices();
  show("app");
  await render();
  client.connect(syncUrl(session.token));
}

function fillChoices() {
  const choices = HubClient.choices();
  const form = $("request-form");
  for (const name of ["kind", "category", "country"]) {
    const select = form.elements[name];
    select.replaceChildren();
    // An empty first choice for the topic makes the writer pick one rather than accept a guess.
    if (name === "category") select.append(new Option("Choose a topic…", ""));
    for (const code of choices[name]) select.append(new Option(label(code), code));
  }
  resetForm();
}

function resetForm() {
  const form = $("request-form");
  form.reset();
  if (session.user.country) form.elements.country.value = session.user.country;
  form.elements.city.value = session.user.city ?? "";
  clearErrors();
}

function clearErrors() {
  const form = $("request-form");
  for (const p of form.querySelectorAll("[data-error-for]")) p.textContent = "";
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  $("request-error").textContent = "";
}

// Puts each error the client returned next to its field; errors for fields this form does not
// have (such as `id`) go under the form.
function showErrors(errors) {
  const form = $("request-form");
  const general = [];
  for (const { field, message } of errors) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (!slot) {
      general.push(message);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    form.elements[field]?.setAttribute("aria-invalid", "true");
  }
  $("request-error").textContent = general.join(" ");
  // Focus the topmost field at fault, whatever order the errors came in.
  form.querySelector('[aria-invalid="true"]')?.focus();
}

async function createRequest(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const button = form.querySelector("button[type=submit]");
  clearErrors();
  $("request-saved").textContent = "";
  const draft = {};
  for (const name of ["kind", "title", "description", "category", "country", "city"]) {
    draft[name] = form.elements[name].value;
  }
  button.disabled = true;
  try {
    await client.createRequest(session.user.id, draft);
    resetForm();
    $("request-saved").textContent = client.isConnected()
      ? "Saved. It is on its way to the hub."
      : "Saved on this device. It goes to the hub when you are back online.";
    await render();
  } catch (error) {
    if (Array.isArray(error?.errors)) {
      showErrors(error.errors);
    } else {
      $("request-error").textContent = error?.message ?? String(error);
    }
  } finally {
    button.disabled = false;
  }
}

// ----- the list ----------------------------------------------------------------------------

let rendering = null;
let renderAgain = false;

// The client reports changes in bursts; render at most one list at a time, and once more after
// it if anything changed meanwhile.
function scheduleRender() {
  if (rendering) {
    renderAgain = true;
    return;
  }
  rendering = render().finally(() => {
    rendering = null;
    if (renderAgain) {
      renderAgain = false;
      scheduleRender();
    }
  });
}

async function render() {
  const online = client.isConnected();
  const status = $("status");
  status.textContent = online ? "Online" : "Offline";
  status.classList.toggle("online", online);

  let requests;
  try {
    requests = await client.listRequests();
  } catch (error) {
    $("empty").textContent = `Could not read this device's requests: ${error?.message ?? error}`;
    $("empty").hidden = false;
    return;
  }
  $("empty").hidden = requests.length > 0;
  $("requests").replaceChildren(...requests.map(requestItem));
}

function requestItem(request) {
  const item = document.createElement("li");
  item.className = "request";
  item.dataset.id = request.id;

  const title = document.createElement("h3");
  title.textContent = request.title;

  const meta = document.createElement("p");
  meta.className = "meta";
  const created = new Date(request.created_at).toLocaleDateString(undefined, { dateStyle: "medium" });
  meta.textContent = [label(request.kind), label(request.category), `${request.city}, ${label(request.country)}`, created].join(" · ");

  const badge = document.createElement("span");
  badge.className = request.synced ? "badge synced" : "badge";
  badge.textContent = request.synced ? "with the hub" : "on this device";

  item.append(title, meta, badge);
  return item;
}

// ----- boot --------------------------------------------------------------------------------

async function main() {
  $("sign-in-form").addEventListener("submit", signIn);
  $("request-form").addEventListener("submit", createRequest);
  $("sign-out").addEventListener("click", signOut);
  await init();
  const saved = readSession();
  if (saved) {
    await start(saved);
  } else {
    show("sign-in");
  }
}

main().catch((error) => {
  $("boot").hidden = false;
  $("boot").textContent = `HubDesk could not start: ${error?.message ?? error}`;
  console.error(error);
});
