// Attached files on their way to the hub. A file is checked by the client (the hub's own rules)
// before any data is spent on it, kept sealed on the phone with the rest of the unsent work, and
// sent over tus 1.0 a piece at a time once its request is with the hub, resuming from what the
// hub holds after a cut, a reload or days offline. A failed upload never holds back the record's
// other changes, which sync on their own.
//
// Low-data mode: photos are reduced before they are kept (long edge and quality chosen in the
// Account screen; the person sees both sizes and chooses), and files wait for Wi-Fi or a tap on
// "Send now" while text goes first.

import { languageHeader } from "./i18n.js";

const LOW_DATA = "hubdesk.low-data";
const PHOTO_EDGE = "hubdesk.photo-edge";
const PHOTO_QUALITY = "hubdesk.photo-quality";

export const PHOTO_EDGES = [1024, 1600, 2048];
export const PHOTO_QUALITIES = [0.5, 0.7, 0.85];

/** Whether low-data mode is on (files wait for Wi-Fi or a tap). */
export const lowData = () => localStorage.getItem(LOW_DATA) === "1";
export const setLowData = (on) => localStorage.setItem(LOW_DATA, on ? "1" : "0");

/** How photos are reduced before sending. */
export function photoSettings() {
  const edge = Number(localStorage.getItem(PHOTO_EDGE));
  const quality = Number(localStorage.getItem(PHOTO_QUALITY));
  return {
    edge: PHOTO_EDGES.includes(edge) ? edge : 1600,
    quality: PHOTO_QUALITIES.includes(quality) ? quality : 0.7,
  };
}

export function setPhotoSettings({ edge, quality }) {
  localStorage.setItem(PHOTO_EDGE, String(edge));
  localStorage.setItem(PHOTO_QUALITY, String(quality));
}

/** Whether the phone says it is on Wi-Fi (or a cable); unknown counts as not. */
export function onWifi() {
  const type = navigator.connection?.type;
  return type === "wifi" || type === "ethernet";
}

// ----- choosing and keeping a file -----------------------------------------------------------

const HEAD_BYTES = 4096;

/**
 * Checks a chosen file with the client, before reading more than its first bytes: `{name, type,
 * photo}` or `{refused}` (a problem the page words with `picked`).
 */
export async function checkChosen(HubClient, file) {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return HubClient.checkFile(file.name, head, file.size);
}

/** A photo reduced to the chosen long edge and quality, as a JPEG `File`; null if it cannot be. */
export async function reducePhoto(file, { edge, quality } = photoSettings()) {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, edge / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext("2d").drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality });
    const stem = file.name.replace(/\.[^.]*$/, "") || "photo";
    return new File([blob], `${stem}.jpg`, { type: "image/jpeg" });
  } catch {
    return null;
  }
}

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");

/**
 * Keeps `file` on the phone for request `requestId` (at `place`: `{message}`, `{requirement}`
 * or `{report}`, or none for the request itself). Resolves once it is stored; then sends it
 * when it may go.
 */
export async function keep(ctx, requestId, file, place = {}) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = hex(await crypto.subtle.digest("SHA-256", bytes));
  const checked = ctx.HubClient.checkFile(file.name, bytes.subarray(0, HEAD_BYTES), bytes.length);
  if (checked.refused) throw checked.refused;
  const record = {
    id: crypto.randomUUID(),
    request_id: requestId,
    place,
    name: checked.name,
    type: checked.type,
    size: bytes.length,
    sha256,
    kept_at: Date.now(),
    url: null,
    sent: 0,
    send_now: false,
    done: false,
    refused: null,
  };
  await ctx.client.keepFile(record, bytes);
  changed();
  send(ctx);
  return record;
}

// ----- what is waiting, for the screens ------------------------------------------------------

const listeners = new Set();
/** Bytes sent so far of the files being sent now, by id (kept records lag a piece behind). */
const live = new Map();

export function onFilesChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  for (const listener of listeners) listener();
}

/** The files kept on the phone, with how much of each has reached the hub. */
export async function waiting(client) {
  const files = await client.keptFiles();
  return files.map((f) => ({ ...f, sent: Math.max(f.sent, live.get(f.id) ?? 0) }));
}

/** Bytes of files still to send. */
export async function bytesWaiting(client) {
  return (await waiting(client)).filter((f) => !f.done && !f.refused).reduce((sum, f) => sum + f.size - f.sent, 0);
}

/** Sends file `id` now, whatever the mode. */
export async function sendNow(ctx, id) {
  const file = (await ctx.client.keptFiles()).find((f) => f.id === id);
  if (!file) return;
  await ctx.client.updateFile(id, { ...file, send_now: true });
  changed();
  send(ctx);
}

/** Gives up on sending file `id` (it is deleted from the phone). */
export async function forget(ctx, id) {
  await ctx.client.dropFile(id);
  changed();
}

// ----- sending -------------------------------------------------------------------------------

let running = null;
let again = false;

/** Sends what may go now; a call while sending runs once more after. */
export function send(ctx) {
  if (running) {
    again = true;
    return running;
  }
  running = sendAll(ctx)
    .catch((error) => console.warn("hubdesk: sending files stopped", error))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        send(ctx);
      }
    });
  return running;
}

async function sendAll(ctx) {
  const { client } = ctx;
  if (!client || client.status().connection !== "connected") return;
  for (const file of await client.keptFiles()) {
    if (file.refused) continue;
    const request = await client.request(file.request_id);
    if (file.done) {
      // The hub holds it; once the record lists it, the phone's copy goes.
      if (request?.attachments.some((a) => a.id === file.id)) await client.dropFile(file.id);
      continue;
    }
    if (lowData() && !file.send_now && !onWifi()) continue;
    // The record (and the message a file belongs to) goes first: the hub attaches files only
    // to what it has.
    if (!request || request.sync !== "hub") continue;
    if (file.place.message && request.messages.find((m) => m.id === file.place.message)?.sync !== "hub") continue;
    await upload(ctx, file);
    changed();
  }
}

const b64 = (text) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** A refusal the hub worded (413, 415, 422, 400): kept with the file, shown, not retried. */
const REFUSED = new Set([400, 413, 415, 422]);

async function upload(ctx, file) {
  const { client, session, HubClient } = ctx;
  const auth = { Authorization: `Bearer ${session.token}`, "Tus-Resumable": "1.0.0", ...languageHeader() };
  const save = (changes) => {
    Object.assign(file, changes);
    return client.updateFile(file.id, file);
  };
  const refuse = async (response) => {
    const body = await response.json().catch(() => ({}));
    await save({ refused: body.reason ?? body.error?.message ?? String(response.status) });
  };
  let offset = 0;
  if (file.url) {
    const head = await fetch(file.url, { method: "HEAD", headers: auth, cache: "no-store" });
    if (head.ok) offset = Number(head.headers.get("upload-offset") ?? 0);
    else if (head.status === 404) await save({ url: null, sent: 0 });
    else return;
  }
  if (!file.url) {
    const metadata = [
      ["request_id", file.request_id],
      ["filename", file.name],
      ["filetype", file.type],
      ["attachment_id", file.id],
      ["sha256", file.sha256],
      ...(file.place.message ? [["message_id", file.place.message]] : []),
      ...(file.place.requirement ? [["requirement", file.place.requirement]] : []),
      ...(file.place.report ? [["report_id", file.place.report]] : []),
    ]
      .map(([key, value]) => `${key} ${b64(value)}`)
      .join(",");
    const created = await fetch("/api/uploads", {
      method: "POST",
      headers: { ...auth, "Upload-Length": String(file.size), "Upload-Metadata": metadata },
    });
    if (REFUSED.has(created.status)) return refuse(created);
    if (created.status !== 201) return;
    await save({ url: created.headers.get("location") });
    // A creation retried after a cut finds an upload the hub may already hold bytes of.
    const head = await fetch(file.url, { method: "HEAD", headers: auth, cache: "no-store" });
    offset = head.ok ? Number(head.headers.get("upload-offset") ?? 0) : 0;
  }
  const piece = HubClient.filePieceBytes();
  while (offset < file.size) {
    const bytes = await client.fileBytes(file.id, offset, piece);
    const sent = await fetch(file.url, {
      method: "PATCH",
      headers: { ...auth, "Content-Type": "application/offset+octet-stream", "Upload-Offset": String(offset) },
      body: bytes,
    });
    if (sent.status === 409 || sent.status === 460) {
      const head = await fetch(file.url, { method: "HEAD", headers: auth, cache: "no-store" });
      if (!head.ok) return;
      offset = Number(head.headers.get("upload-offset") ?? 0);
      continue;
    }
    if (REFUSED.has(sent.status)) return refuse(sent);
    if (sent.status !== 204) return;
    offset = Number(sent.headers.get("upload-offset") ?? offset + bytes.length);
    live.set(file.id, offset);
    changed();
    await save({ sent: offset });
  }
  live.delete(file.id);
  await save({ done: true, sent: file.size });
}
