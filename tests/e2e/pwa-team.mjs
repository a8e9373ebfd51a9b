#!/usr/bin/env node
// City-team sharing on two phones (issue 11, part 1):
// - Rahima files a request and shares it with her city team, for writing, from its screen;
// - Nila, another practitioner in Dhaka (made by the Rust side), finds it on her phone, sees
//   whose it is, answers in it, and still has it with her phone offline and the app reopened;
// - Rahima's phone shows Nila's answer as a colleague's.
// Prints {"ok":true,"id":...} for the Rust side to check the hub's copy.

import {
  BASE_URL,
  fileRequest,
  marker,
  openRequest,
  requestRow,
  run,
  screenshot,
  sendMessage,
  signIn,
  waitForSync,
} from "./lib/pwa.mjs";

const title = `Ward youth forum ${marker()}`;
const answer = `We ran one last spring ${marker()}`;

run("pwa-team", async ({ device }) => {
  const rahima = await device("rahima");
  await signIn(rahima.page, "rahima");
  const id = await fileRequest(rahima.page, { title, description: "Has any ward in Dhaka run a youth forum?" });
  const share = rahima.page.locator("#team-sharing");
  await share.getByLabel("Share with my city team").selectOption("write");
  await share.locator(".saved-state", { hasText: "Saved on this phone" }).waitFor();
  await screenshot(rahima.page, "pwa-team-shared");
  await rahima.page.goto(`${BASE_URL}/#/`);
  await waitForSync(rahima.page, title, "hub");

  const nila = await device("nila");
  await signIn(nila.page, "nila");
  await requestRow(nila.page, title).locator("[data-team]", { hasText: "From your city team" }).waitFor();
  await openRequest(nila.page, id);
  await nila.page.locator("#team-note", { hasText: "read it and write" }).waitFor();
  if (await nila.page.locator("#team-sharing").isVisible()) throw new Error("a colleague is offered to share someone else's request");
  await sendMessage(nila.page, answer);
  await screenshot(nila.page, "pwa-team-colleague");
  await nila.page.goto(`${BASE_URL}/#/`);
  await waitForSync(nila.page, title, "hub");

  // Offline, with the app opened again, the shared request is still on her phone.
  await nila.context.setOffline(true);
  await nila.page.reload();
  await requestRow(nila.page, title).waitFor();
  await openRequest(nila.page, id);
  await nila.page.locator("#conversation .message", { hasText: answer }).waitFor();

  // On Rahima's phone the answer arrives as a colleague's.
  await openRequest(rahima.page, id);
  const arrived = rahima.page.locator("#conversation .message.requester", { hasText: answer });
  await arrived.waitFor({ timeout: 60_000 });
  const who = await arrived.locator(".who").textContent();
  if (who !== "A colleague") throw new Error(`Nila's answer is shown as from ${JSON.stringify(who)}`);
  return { id, answer };
});
