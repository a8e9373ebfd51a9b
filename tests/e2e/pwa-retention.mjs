#!/usr/bin/env node
// A phone after the hub anonymised one of its requests (issue 11, part 5):
// - the practitioner files a request, which reaches the hub, and keeps the app open;
// - the test (Rust side) closes it, backdates the close past the retention period and runs the
//   retention policy, which replaces the request's documents with anonymous ones;
// - the phone hears the hub no longer provides them and deletes its copies: the request leaves
//   its list and its IndexedDB, and stays gone after the app is opened again.
// Prints {"ok":true,"id":...,"dropped":[...]}.

import { BASE_URL, event, command, fileRequest, marker, requestRow, run, screenshot, signIn, storedChunks, waitForSync } from "./lib/pwa.mjs";

const title = `Meeting with the ward 9 elders ${marker()}`;

run("pwa-retention", async ({ device }) => {
  const phone = await device("phone");
  const page = phone.page;
  await signIn(page, "rahima");
  const id = await fileRequest(page, { title, description: "Names of who will come are below." });
  await page.goto(`${BASE_URL}/#/`);
  await waitForSync(page, title, "hub");
  const before = (await storedChunks(page)).map(([doc]) => doc);

  event("filed", { id });
  await command("anonymised");

  await requestRow(page, title).waitFor({ state: "detached", timeout: 60_000 });
  await screenshot(page, "pwa-retention-dropped");
  const after = (await storedChunks(page)).map(([doc]) => doc);
  const dropped = before.filter((doc) => !after.includes(doc));
  if (dropped.length !== 2) throw new Error(`expected the request and its triage dropped, not ${JSON.stringify(dropped)}`);
  await page.reload();
  await page.locator("#requests").waitFor({ state: "attached" });
  await page.locator("li.request").first().waitFor();
  if (await requestRow(page, title).count()) throw new Error("the anonymised request came back");
  return { id, dropped };
});
