#!/usr/bin/env node
// The console's people pages, as an admin and as an agent, in Chromium at 1280x800:
// - the admin adds a practitioner, who signs in on a phone; the admin sees that phone among the
//   new user's devices and revokes it, and the phone's websocket is closed;
// - the admin issues a one-time reset code, shown once, with which the user sets a new password
//   on another phone's sign-in screen;
// - the audit log shows the admin's actions, filtered by action, and downloads as CSV;
// - the admin downloads everything about a person as JSON, then erases them on request;
// - an agent has no Users or Audit log link, and the users page refuses them;
// - the console's session is the tab's: kept over a reload, never on disk, not in another tab.
// Prints {"ok":true,"username":...,"code":...} for the Rust side to check through REST.

import { BASE_URL, choosePin, marker, run, screenshot } from "./lib/pwa.mjs";

const username = `leela${marker()}`;
const agentName = `ravi${marker()}`;
const password = "chennai-2026";
const NEW_PASSWORD = "set from the code";

async function consoleSignIn(page, user, pass = "hubdesk-demo") {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE_URL}/console/#/`);
  await page.getByLabel("Username").fill(user);
  await page.getByLabel("Password").fill(pass);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("#queues a").first().waitFor();
}

run("console-people", async ({ device }) => {
  const desk = await device("admin");
  const page = desk.page;
  await consoleSignIn(page, "admin");
  // The session is the tab's alone: nothing on disk, and another tab starts signed out.
  const kept = await page.evaluate(() => ({
    tab: sessionStorage.getItem("hubdesk.console.session") !== null,
    disk: localStorage.getItem("hubdesk.console.session") !== null,
  }));
  if (!kept.tab || kept.disk) throw new Error(`the console keeps its session ${JSON.stringify(kept)}`);
  const otherTab = await page.context().newPage();
  await otherTab.goto(`${BASE_URL}/console/#/`);
  await otherTab.getByRole("button", { name: "Sign in" }).waitFor();
  await otherTab.close();
  await page.reload();
  await page.locator("#queues a").first().waitFor();
  await page.getByRole("link", { name: "Users" }).click();
  await page.locator("tr.row[data-user='admin']").waitFor();

  // Add a practitioner; a bad password first, refused naming the field.
  const form = page.locator("#new-user");
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Password").fill("short");
  await form.getByLabel("Role").selectOption("practitioner");
  await form.getByLabel("Country").selectOption("IN");
  await form.getByLabel("City").fill("Chennai");
  await form.getByRole("button", { name: "Add" }).click();
  await form.locator(".error", { hasText: "Password" }).waitFor();
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Add" }).click();
  const row = page.locator(`tr.row[data-user='${username}']`);
  await row.waitFor();

  // An agent limited to India; such a limit is refused for a practitioner, saying why.
  await form.getByLabel("Username").fill(agentName);
  await form.getByLabel("Password").fill(password);
  await form.getByLabel("Handles countries").fill("in");
  await form.getByRole("button", { name: "Add" }).click();
  await form.locator(".error", { hasText: "only agents and fund managers" }).waitFor();
  await form.getByLabel("Role").selectOption("agent");
  await form.getByRole("button", { name: "Add" }).click();
  const limited = page.locator(`tr.row[data-user='${agentName}'] input[name=countries]`);
  await limited.waitFor();
  if ((await limited.inputValue()) !== "IN") throw new Error(`the agent handles ${await limited.inputValue()}`);
  await screenshot(page, "console-people-users");

  // The new practitioner signs in on a phone and syncs.
  const phone = await device("phone");
  await phone.page.goto(BASE_URL);
  await phone.page.getByLabel("Username").fill(username);
  await phone.page.getByLabel("Password").fill(password);
  await phone.page.getByRole("button", { name: "Sign in" }).click();
  await choosePin(phone.page);
  await phone.page.locator("#requests").waitFor({ state: "attached" });

  // Their devices, from the users page: the phone, which the admin revokes.
  await row.getByRole("link", { name: "Devices" }).click();
  const deviceRow = page.locator("#device-rows tr.row").first();
  await deviceRow.waitFor();
  await deviceRow.locator("td", { hasText: "Linux computer" }).waitFor();
  page.once("dialog", (dialog) => dialog.accept());
  await deviceRow.getByRole("button", { name: "Revoke" }).click();
  await deviceRow.locator(".chip", { hasText: "Revoked" }).waitFor();
  await screenshot(page, "console-people-devices");

  // A one-time reset code, shown once.
  await page.getByRole("link", { name: "Users" }).click();
  await row.waitFor();
  await row.getByRole("button", { name: "Reset password" }).click();
  const code = (await page.locator("#reset-code").textContent()).trim();
  if (!/^[A-Z2-9]{12}$/.test(code)) throw new Error(`not a reset code: ${code}`);
  await screenshot(page, "console-people-reset-code");

  // On a new phone, they set a new password with the code (typed in lower case), then sign in.
  const second = await device("second-phone");
  await second.page.goto(BASE_URL);
  await second.page.getByText("I have a one-time code from the hub").click();
  await second.page.locator("#reset-username").fill(username);
  await second.page.locator("#reset-code-input").fill(code.toLowerCase());
  await second.page.locator("#reset-password").fill(NEW_PASSWORD);
  await second.page.getByRole("button", { name: "Set my new password" }).click();
  await second.page.locator("#reset-done", { hasText: "new password is set" }).waitFor();
  await screenshot(second.page, "pwa-reset-password");
  await second.page.locator("#password").fill(NEW_PASSWORD);
  await second.page.getByRole("button", { name: "Sign in" }).click();
  await choosePin(second.page);
  await second.page.locator("#requests").waitFor({ state: "attached" });

  // The audit log: the admin's actions, filtered, and as CSV.
  await page.getByRole("link", { name: "Audit log" }).click();
  await page.locator("#audit-rows tr.row").first().waitFor();
  await page.locator("#audit-action").selectOption("user_created");
  await page.getByRole("button", { name: "Show" }).click();
  // Only the new user's creation is left once the filtered page is in.
  await page.waitForFunction(
    () => document.querySelector("#audit-rows tr.row") && !document.querySelector("#audit-rows tr.row:not([data-action='user_created'])"),
  );
  await page.locator("#audit-rows tr.row[data-action='user_created']", { hasText: username }).waitFor();
  await screenshot(page, "console-people-audit");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#audit-export").click()]);
  const csv = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
  if (!csv.startsWith("id,at,action") || !csv.includes("user_created")) throw new Error(`the CSV: ${csv.slice(0, 200)}`);

  // A person's data: everything about them as JSON, then erasure on their request, which asks
  // for their username typed again.
  await page.getByRole("link", { name: "Users" }).click();
  const aishath = page.locator("#user-rows tr[data-user='aishath']");
  await aishath.getByRole("button", { name: "Data about aishath" }).click();
  const [exported] = await Promise.all([page.waitForEvent("download"), page.locator("#person-export").click()]);
  const person = JSON.parse(await (await import("node:fs/promises")).readFile(await exported.path(), "utf8"));
  if (person.account?.username !== "aishath" || !(person.requests?.length > 0)) {
    throw new Error(`the export: ${JSON.stringify(person).slice(0, 300)}`);
  }
  await page.locator("#erase-confirm").fill("aishat");
  await page.locator("#person-erase").click();
  await page.locator("#person-data .error", { hasText: "username" }).waitFor();
  await screenshot(page, "console-person-data");
  await page.locator("#erase-confirm").fill("aishath");
  await page.locator("#person-erase").click();
  await page.locator("#erased", { hasText: "anonymised" }).waitFor();
  await page.locator("#user-rows tr[data-user^='erased-']").waitFor();

  // An agent: no admin pages.
  const agentDesk = await device("agent");
  await consoleSignIn(agentDesk.page, "agent");
  if (await agentDesk.page.getByRole("link", { name: "Users" }).count()) throw new Error("an agent is offered Users");
  await agentDesk.page.getByRole("link", { name: "Your devices" }).waitFor();
  await agentDesk.page.goto(`${BASE_URL}/console/#/users`);
  await agentDesk.page.locator("#user-rows .error", { hasText: "may not" }).waitFor();

  return { username, code };
});
