#!/usr/bin/env node
// The same application forms checked by the wasm client in Chromium, as the field app checks
// them: prints the fields each form's problems name, for the Rust test to compare with what
// the server answers for the same inputs.
//
// Environment: see lib/pwa.mjs; HUBDESK_ROUND (JSON of the round), HUBDESK_CASES (JSON list of
// application forms as the field app builds them). Result: `{"ok":true,"fields":[[...], ...]}`.

import { BASE_URL, required, run } from "./lib/pwa.mjs";

const round = JSON.parse(required("HUBDESK_ROUND"));
const cases = JSON.parse(required("HUBDESK_CASES"));

run("parity", async ({ device }) => {
  const { page } = await device();
  await page.goto(`${BASE_URL}/`);
  const fields = await page.evaluate(
    async ({ round, cases }) => {
      const module = await import("/pkg/hubdesk_client.js");
      await module.default();
      module.HubClient.setRounds([round]);
      return cases.map((application) => {
        const form = {
          kind: "fund_query",
          title: "Parity check",
          description: "The same inputs on both sides.",
          category: "support_fund",
          country: "BD",
          city: "Dhaka",
          application,
        };
        return module.HubClient.checkDraft(form).errors.map((e) => e.field).sort();
      });
    },
    { round, cases },
  );
  return { fields };
});
