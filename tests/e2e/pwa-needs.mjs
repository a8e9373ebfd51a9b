#!/usr/bin/env node
// A city's needs from its focal point's phone, with no network: the form opens from the
// directory, the answers are kept on the phone (across a reload, still offline) and reach the
// hub once it is online; the console then shows them added up for the country, with the
// requests of the groups the city serves.
//
// Environment: see lib/pwa.mjs; HUBDESK_CITY_ID (a member city whose focal point is rahima).
// Result: `{"ok":true}`.

import { BASE_URL, required, run, screenshot, setOnline, signIn, signInConsole } from "./lib/pwa.mjs";

const cityId = required("HUBDESK_CITY_ID");

run("pwa-needs", async ({ device }) => {
  const phone = await device("phone");
  const { page } = phone;
  await signIn(page, "rahima");
  await page.goto(`${BASE_URL}/#/directory`);
  await page.locator("#needs-link").click();
  const form = page.locator(`form.needs-form[data-city="${cityId}"]`);
  await form.waitFor();
  await setOnline(phone, false);
  await form.locator('input[name="training.urgency"][value="3"]').check();
  await form.locator('[data-area="training"] summary').click();
  await form.locator('input[name="training.topics"][value="youth_engagement"]').check();
  await form.locator('textarea[name="training.detail"]').fill("Running youth councils");
  await form.locator('input[name="capacity.urgency"][value="2"]').check();
  await form.locator('input[name="groups"][value="youth"]').check();
  await form.locator('input[name="groups"][value="minorities"]').check();
  await form.locator("button[type=submit]").click();
  await form.locator('[data-status="queued"]').waitFor();
  await screenshot(page, "needs-a-queued");
  // Kept on the phone: still waiting, with the answers, after a reload with no network.
  await page.reload();
  await form.locator('[data-status="queued"]').waitFor();
  if (!(await form.locator('input[name="groups"][value="minorities"]').isChecked())) throw new Error("the answers were not kept");
  await setOnline(phone, true);
  await page.reload();
  await form.locator('[data-status="sent"]').waitFor();

  const desk = await device("desk");
  await signInConsole(desk.page, "agent");
  await desk.page.locator("#needs-link").click();
  const bangladesh = desk.page.locator('#needs-report section[data-country="BD"]');
  await bangladesh.locator('td[data-count="cities"]', { hasText: "1" }).waitFor();
  await bangladesh.locator("svg.chart rect.need-bar.training").waitFor();
  await desk.page.locator('#needs-by-group tr[data-group="minorities"] td[data-count="requests"]').waitFor();
  await screenshot(desk.page, "needs-b-console");
  return {};
});
