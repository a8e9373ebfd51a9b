#!/usr/bin/env node
// The hub console and the field app together, in one Chromium:
// - a practitioner files a request offline on a phone; once the phone is back online the
//   request appears in the agent's open console with no reload (timed from the phone's
//   "With the hub" to the row showing);
// - the agent opens it, assigns it to themselves, replies and adds an internal note;
// - the phone receives the reply and never the note: not on screen, and its IndexedDB (whose
//   values are sealed, but whose keys are the document ids in the clear) holds the request's own
//   document and never its notes document;
// - the agent resolves it; the practitioner writes again and the console shows it reopened;
// - the reports page charts the range and its CSV download holds the request, not its text.
//
// Result: `{"ok":true,"id":...,"live_ms":...}`. Environment: see lib/pwa.mjs; HUBDESK_MARKER.

import { readFile } from "node:fs/promises";

import { interpretAsDocumentId } from "@automerge/automerge-repo";
import {
  BASE_URL,
  indexedDbText,
  fileRequest,
  storedChunks,
  openRequest,
  required,
  run,
  screenshot,
  sendMessage,
  setOnline,
  signIn,
  waitForSync,
} from "./lib/pwa.mjs";

const marker = required("HUBDESK_MARKER");


run("console-live", async ({ device }) => {
  const phone = await device("phone");
  await signIn(phone.page, "rahima");
  await setOnline(phone, false);
  const title = `Ward youth forum ${marker}`;
  const id = await fileRequest(phone.page, {
    title,
    description: "We want to start a youth forum in two wards. Who has done this?",
    category: "youth_engagement",
  });
  await phone.page.goto(`${BASE_URL}/#/`);
  await waitForSync(phone.page, title, "device");

  // The agent's console, open on the queue of new requests.
  const desk = await device("desk");
  const console_ = desk.page;
  await console_.setViewportSize({ width: 1280, height: 800 });
  await console_.goto(`${BASE_URL}/console/#/?queue=new`);
  await console_.getByLabel("Username").fill("agent");
  await console_.getByLabel("Password").fill("hubdesk-demo");
  await console_.getByRole("button", { name: "Sign in" }).click();
  await console_.locator("tr.row").first().waitFor();
  await console_.locator("#live.on").waitFor();
  if (await console_.locator("tr.row", { hasText: title }).count()) {
    throw new Error("the request is in the console before the phone sent it");
  }

  await setOnline(phone, true);
  await waitForSync(phone.page, title, "hub");
  const withHub = Date.now();
  await console_.locator("tr.row", { hasText: title }).waitFor();
  const liveMs = Date.now() - withHub;
  await screenshot(console_, "console-a-new-request-live");

  // The agent opens it, assigns it, replies and keeps a note.
  await console_.locator("tr.row", { hasText: title }).click();
  await console_.locator("#request-title", { hasText: title }).waitFor();
  await console_.locator("#triage[data-status='new']").waitFor();
  await console_.locator(".meta", { hasText: "rahima" }).waitFor();
  // Opening it is in its access log, which staff can read beside the history.
  await console_.locator("#access summary").click();
  await console_.locator("#access-list li[data-action='request_viewed']", { hasText: "agent" }).waitFor();
  const agentOption = console_.locator("#assignee option", { hasText: "agent (Agent)" });
  await console_.locator("#assignee").selectOption(await agentOption.getAttribute("value"));
  await console_.locator("#timeline li[data-event='assignee']").waitFor();
  const reply = `Kolkata ran one; we will connect you. ${marker}`;
  await console_.locator("#composer-body").fill(reply);
  await console_.getByRole("button", { name: "Send reply" }).click();
  await console_.locator("#thread .message.staff", { hasText: reply }).waitFor();
  const note = `Internal: ask Kolkata first NOTE${marker}`;
  await console_.getByRole("button", { name: "Internal note" }).click();
  await console_.locator("#composer-body").fill(note);
  await console_.getByRole("button", { name: "Add internal note" }).click();
  await console_.locator("#thread .message.note", { hasText: note }).waitFor();
  await console_.locator("#sync-state", { hasText: "with the hub" }).waitFor();
  await screenshot(console_, "console-b-request");

  // The phone gets the reply, never the note.
  await openRequest(phone.page, id);
  await phone.page.locator("#conversation .message", { hasText: reply }).waitFor();
  if ((await phone.page.content()).includes(`NOTE${marker}`)) throw new Error("the phone shows the internal note");
  const stored = await indexedDbText(phone.page);
  if (stored.includes(reply.slice(0, 20)) || stored.includes(`NOTE${marker}`)) {
    throw new Error("the phone's IndexedDB holds a request's text in the clear");
  }
  const storedIds = (await storedChunks(phone.page)).map(([id]) => id);
  if (!storedIds.includes(documentOf(id, 0x7))) throw new Error(`the phone does not keep the request ${id}: ${storedIds}`);
  if (storedIds.includes(documentOf(id, 0x9))) throw new Error("the phone's IndexedDB holds the request's internal notes");

  // Resolved, then the practitioner writes again: the console shows it reopened.
  await console_.locator("#status").selectOption("resolved");
  await console_.locator("#apply-status").click();
  await console_.locator("#triage[data-status='resolved']").waitFor();
  await phone.page.locator("#hub-status", { hasText: "Resolved" }).waitFor();
  await sendMessage(phone.page, `One more question ${marker}`);
  await console_.locator("#triage[data-status='in_progress']").waitFor();
  await console_.locator("#thread .message.requester", { hasText: `One more question ${marker}` }).waitFor();
  await screenshot(console_, "console-c-reopened");

  // Reports: charts for the range, and the CSV download holds this request without its text.
  await console_.goto(`${BASE_URL}/console/#/reports`);
  await console_.locator("[data-dimension='status'] svg.chart rect").first().waitFor();
  const total = Number(await console_.locator("#report-total strong").textContent());
  if (!(total >= 1)) throw new Error(`the report counts ${total} requests`);
  const [download] = await Promise.all([console_.waitForEvent("download"), console_.locator("#export").click()]);
  const csv = await readFile(await download.path(), "utf8");
  if (!csv.split("\n").some((line) => line.startsWith(id))) throw new Error("the CSV lacks the request");
  if (csv.includes(marker)) throw new Error("the CSV carries request text");
  await screenshot(console_, "console-d-reports");
  return { id, live_ms: liveMs, report_total: total };
});

/**
 * The id of one of a request's documents: the request's UUID with its version nibble replaced by
 * the kind's (7 the request, 8 triage, 9 notes), as bs58check; the layout is `shared::ids`.
 */
function documentOf(requestId, nibble) {
  const bytes = Uint8Array.from(Buffer.from(requestId.replaceAll("-", ""), "hex"));
  bytes[6] = (bytes[6] & 0x0f) | (nibble << 4);
  return interpretAsDocumentId(bytes);
}
