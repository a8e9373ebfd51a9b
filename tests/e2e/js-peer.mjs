#!/usr/bin/env node
// A stock automerge-repo peer that HubDesk's Rust integration tests run as a
// child process. It uses the published Repo and WebSocketClientAdapter exactly
// as a third-party client would, with no storage adapter, so that the tests
// prove the server speaks the real automerge-repo sync protocol rather than a
// dialect that only our own client understands.
//
// Usage (HUBDESK_SYNC_URL is the full websocket URL, token included):
//   node js-peer.mjs edit <documentId> <messageId> <body>
//   node js-peer.mjs create <requestJsonFile>
//   node js-peer.mjs attack <documentId> rewrite|delete|promote
//     Tampers with the conversation as the signed-in practitioner: rewrites the
//     first hub reply, deletes it, or turns their own message into a staff
//     reply. Prints {ok, verdict} with the server's answer (see serverVerdict).
//   node js-peer.mjs triage <triageDocumentId> <status> [resolution]
//     Sets a triage record's status (and resolution note) the way any
//     automerge-repo client would; prints {ok, verdict} as for attack.
//
// On success the script prints exactly one JSON line to stdout and then keeps
// running, so the repo can finish syncing, until stdin closes or it receives
// SIGTERM/SIGINT; it then exits 0. Exit codes on failure:
//   1 unexpected error, 2 bad usage or input, 3 document unavailable,
//   4 timeout (never connected or the document never became ready),
//   5 the server refused the websocket upgrade (for example a bad token).

import { readFile } from "node:fs/promises";
import * as Automerge from "@automerge/automerge";
import {
  Repo,
  interpretAsDocumentId,
  isValidAutomergeUrl,
  stringifyAutomergeUrl,
} from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
const EXIT_UNAVAILABLE = 3;
const EXIT_TIMEOUT = 4;
const EXIT_REJECTED = 5;

// The tests parse stdout as one JSON line, but automerge-repo reports some
// internal errors with console.log. Sending every console line to stderr keeps
// stdout reserved for the single result line written below.
console.log = console.error;
console.info = console.error;

/** A failure that carries the exit code the tests should observe. */
class PeerError extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

function fail(message, exitCode) {
  process.stderr.write(`js-peer: ${message}\n`);
  process.exit(exitCode);
}

// The websocket adapter rethrows socket errors from inside an event listener,
// so a refused upgrade (HTTP 401/403) surfaces here rather than at a call site.
process.on("uncaughtException", err => {
  const message = err instanceof Error ? err.message : String(err);
  const rejected = message.startsWith("Unexpected server response");
  fail(
    rejected ? `server refused the websocket: ${message}` : `fatal: ${err?.stack ?? message}`,
    rejected ? EXIT_REJECTED : EXIT_FAILURE,
  );
});
process.on("unhandledRejection", reason => {
  fail(`fatal: ${reason?.stack ?? reason}`, EXIT_FAILURE);
});

function printResult(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function timeoutMs() {
  const raw = process.env.HUBDESK_JS_TIMEOUT_MS;
  if (raw === undefined || raw === "") return 30_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new PeerError(`HUBDESK_JS_TIMEOUT_MS must be a positive integer, got ${raw}`, EXIT_USAGE);
  }
  return value;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns the 16 raw bytes of a textual UUID. */
function uuidBytes(uuid) {
  if (typeof uuid !== "string" || !UUID_RE.test(uuid)) {
    throw new PeerError(`not a UUID: ${JSON.stringify(uuid)}`, EXIT_USAGE);
  }
  return Uint8Array.from(Buffer.from(uuid.replaceAll("-", ""), "hex"));
}

/**
 * Accepts a bs58check DocumentId (the normal case) or, for convenience, the
 * request UUID it was derived from, and returns the bs58check DocumentId.
 */
function toDocumentId(arg) {
  if (UUID_RE.test(arg)) return interpretAsDocumentId(uuidBytes(arg));
  const url = arg.startsWith("automerge:") ? arg : `automerge:${arg}`;
  if (!isValidAutomergeUrl(url)) {
    throw new PeerError(`not a valid automerge DocumentId: ${arg}`, EXIT_USAGE);
  }
  return url.slice("automerge:".length);
}

/**
 * A value Automerge stores as a plain scalar string. Automerge 3 turns every
 * ordinary JS string into collaborative text, which is right only for fields
 * people edit together (the description); identifiers, titles and message
 * bodies are replaced whole, so they are kept as scalars.
 */
function scalar(value, field) {
  if (typeof value !== "string") {
    throw new PeerError(`${field} must be a string, got ${JSON.stringify(value)}`, EXIT_USAGE);
  }
  return new Automerge.ImmutableString(value);
}

function integer(value, field) {
  if (!Number.isSafeInteger(value)) {
    throw new PeerError(`${field} must be an integer, got ${JSON.stringify(value)}`, EXIT_USAGE);
  }
  return value;
}

/** Reads a field that may come back from the document as either a scalar or text. */
function plainString(value) {
  return value === undefined || value === null ? value : String(value);
}

/**
 * Converts a JSON value of unknown shape so that every string in it is a
 * scalar; no part of it is known to be collaboratively edited text.
 */
function scalarDeep(value) {
  if (typeof value === "string") return new Automerge.ImmutableString(value);
  if (Array.isArray(value)) return value.map(scalarDeep);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalarDeep(v)]));
  }
  return value;
}

function messageFromJson(message, index) {
  const where = `messages[${index}]`;
  if (message === null || typeof message !== "object") {
    throw new PeerError(`${where} must be an object`, EXIT_USAGE);
  }
  return {
    id: scalar(message.id, `${where}.id`),
    author: scalar(message.author, `${where}.author`),
    role: scalar(message.role, `${where}.role`),
    body: scalar(message.body, `${where}.body`),
    sent_at: integer(message.sent_at, `${where}.sent_at`),
  };
}

/** Builds the initial document from a request JSON object, field by field. */
function requestDocument(request) {
  if (request === null || typeof request !== "object" || Array.isArray(request)) {
    throw new PeerError("the request JSON must be an object", EXIT_USAGE);
  }
  if (typeof request.description !== "string") {
    throw new PeerError("description must be a string", EXIT_USAGE);
  }
  const messages = request.messages ?? [];
  if (!Array.isArray(messages)) {
    throw new PeerError("messages must be an array", EXIT_USAGE);
  }
  const doc = {
    schema: integer(request.schema ?? 1, "schema"),
    id: scalar(request.id, "id"),
    kind: scalar(request.kind, "kind"),
    title: scalar(request.title, "title"),
    // A plain string becomes Automerge text, which the description should be.
    description: request.description,
    category: scalar(request.category, "category"),
    country: scalar(request.country, "country"),
    city: scalar(request.city, "city"),
    requester: scalar(request.requester, "requester"),
    created_at: integer(request.created_at, "created_at"),
    messages: messages.map(messageFromJson),
  };
  if (Object.hasOwn(request, "application")) {
    doc.application = scalarDeep(request.application);
  }
  return doc;
}

/**
 * Resolves once the server has answered our join with a `peer` message.
 * Without this, a lookup started before the connection is up is declared
 * unavailable after about a second, because the repo has no peer to ask.
 */
function whenConnected(adapter) {
  return new Promise(resolve => adapter.once("peer-candidate", resolve));
}

async function edit(repo, connected, [idArg, messageId, body]) {
  if (idArg === undefined || messageId === undefined || body === undefined) {
    throw new PeerError("usage: js-peer.mjs edit <documentId> <messageId> <body>", EXIT_USAGE);
  }
  const documentId = toDocumentId(idArg);
  await connected;

  let handle;
  try {
    handle = await repo.find(stringifyAutomergeUrl({ documentId }));
  } catch (err) {
    if (/unavailable/i.test(err?.message ?? "")) {
      printResult({ ok: false, error: "unavailable" });
      throw new PeerError(`document ${documentId} is unavailable`, EXIT_UNAVAILABLE);
    }
    throw err;
  }

  handle.change(d => {
    d.messages.push({
      id: new Automerge.ImmutableString(messageId),
      author: new Automerge.ImmutableString(plainString(d.requester) ?? ""),
      role: new Automerge.ImmutableString("requester"),
      body: new Automerge.ImmutableString(body),
      sent_at: Date.now(),
    });
  });

  // The title may be stored as a scalar (ImmutableString) or as text; the
  // tests compare it with a plain string either way.
  printResult({ ok: true, documentId, title: plainString(handle.doc().title) });
}

async function create(repo, connected, [jsonFile]) {
  if (jsonFile === undefined) {
    throw new PeerError("usage: js-peer.mjs create <requestJsonFile>", EXIT_USAGE);
  }
  let request;
  try {
    request = JSON.parse(await readFile(jsonFile, "utf8"));
  } catch (err) {
    throw new PeerError(`cannot read ${jsonFile}: ${err.message}`, EXIT_USAGE);
  }
  const initial = requestDocument(request);
  // The DocumentId is the request UUID's 16 bytes in bs58check form, so the
  // server can tie the document to its request row without a lookup table.
  const documentId = interpretAsDocumentId(uuidBytes(request.id));
  await connected;

  // Repo.create always picks a random id; importing a saved document under an
  // explicit docId is the public way to choose it. The handle becomes ready as
  // soon as the import gives it heads, and the repo then announces it to the
  // server like any other local document.
  const handle = repo.import(Automerge.save(Automerge.from(initial)), { docId: documentId });
  if (!handle.isReady()) {
    throw new PeerError(`document ${documentId} did not become ready after import`, EXIT_FAILURE);
  }
  printResult({ ok: true, documentId });
}

/**
 * Resolves with "refused" when the server answers `doc-unavailable` for the
 * document, "accepted" once a sync reply shows it has every change we made,
 * or "ignored" when sync replies keep showing it without them for a while (a
 * read-only peer's changes are never applied). One reply without them proves
 * nothing: the server may have sent it before our change reached it.
 */
function serverVerdict(adapter, handle, documentId, patienceMs = 3000) {
  const ours = Automerge.getHeads(handle.doc());
  return new Promise(resolve => {
    let waiting = null;
    const settle = verdict => {
      clearTimeout(waiting);
      resolve(verdict);
    };
    adapter.on("message", message => {
      if (message.documentId !== documentId) return;
      if (message.type === "doc-unavailable") settle("refused");
      if (message.type === "sync") {
        const { heads } = Automerge.decodeSyncMessage(message.data);
        if (ours.every(h => heads.includes(h))) settle("accepted");
        else waiting ??= setTimeout(() => resolve("ignored"), patienceMs);
      }
    });
  });
}

async function findOrFail(repo, documentId) {
  try {
    return await repo.find(stringifyAutomergeUrl({ documentId }));
  } catch (err) {
    if (/unavailable/i.test(err?.message ?? "")) {
      printResult({ ok: false, error: "unavailable" });
      throw new PeerError(`document ${documentId} is unavailable`, EXIT_UNAVAILABLE);
    }
    throw err;
  }
}

async function attack(repo, connected, [idArg, how], adapter) {
  const attacks = {
    rewrite: d => {
      const i = d.messages.findIndex(m => plainString(m.role) === "staff");
      d.messages[i].body = new Automerge.ImmutableString("The hub says you are on your own.");
    },
    delete: d => {
      const i = d.messages.findIndex(m => plainString(m.role) === "staff");
      d.messages.splice(i, 1);
    },
    promote: d => {
      const i = d.messages.findIndex(m => plainString(m.role) === "requester");
      d.messages[i].role = new Automerge.ImmutableString("staff");
    },
  };
  if (idArg === undefined || !Object.hasOwn(attacks, how)) {
    throw new PeerError("usage: js-peer.mjs attack <documentId> rewrite|delete|promote", EXIT_USAGE);
  }
  const documentId = toDocumentId(idArg);
  await connected;
  const handle = await findOrFail(repo, documentId);
  handle.change(attacks[how]);
  const verdict = await serverVerdict(adapter, handle, documentId);
  printResult({ ok: true, verdict });
}

async function triage(repo, connected, [idArg, status, resolution], adapter) {
  if (idArg === undefined || status === undefined) {
    throw new PeerError("usage: js-peer.mjs triage <triageDocumentId> <status> [resolution]", EXIT_USAGE);
  }
  const documentId = toDocumentId(idArg);
  await connected;
  const handle = await findOrFail(repo, documentId);
  handle.change(d => {
    d.status = new Automerge.ImmutableString(status);
    if (resolution !== undefined) d.resolution = new Automerge.ImmutableString(resolution);
  });
  const verdict = await serverVerdict(adapter, handle, documentId);
  printResult({ ok: true, verdict });
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const commands = { edit, create, attack, triage };
  if (!Object.hasOwn(commands, command)) {
    throw new PeerError("usage: js-peer.mjs edit|create ...", EXIT_USAGE);
  }
  const url = process.env.HUBDESK_SYNC_URL;
  if (!url) throw new PeerError("HUBDESK_SYNC_URL is not set", EXIT_USAGE);
  const limit = timeoutMs();

  // The deadline covers connecting and getting the document ready; once the
  // result line is out the peer stays up as long as the test wants it.
  const deadline = setTimeout(() => {
    fail(`timed out after ${limit} ms before the document was ready`, EXIT_TIMEOUT);
  }, limit);

  const adapter = new WebSocketClientAdapter(url);
  const connected = whenConnected(adapter);
  const repo = new Repo({ network: [adapter] });

  // Stopping is only a success once the result line is out; a signal that
  // arrives earlier means the test gave up on us.
  let finished = false;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await repo.shutdown();
    } catch {
      // The socket may already be gone; there is nothing left to flush.
    }
    if (!finished) fail("stopped before the document was ready", EXIT_FAILURE);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await commands[command](repo, connected, args, adapter);
  clearTimeout(deadline);
  finished = true;

  // Stdin is only watched once the result is out, so a caller that gives us
  // no stdin at all still gets the result line instead of a silent exit.
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();
}

main().catch(err => {
  if (err instanceof PeerError) fail(err.message, err.exitCode);
  fail(`fatal: ${err?.stack ?? err}`, EXIT_FAILURE);
});
