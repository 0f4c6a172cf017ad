/*
 * An Indonesian list in a workbook whose policy sheet an earlier version wrote with its default
 * "language en" (no locale row yet): the letters are Indonesian, from the headers, and the run
 * says why; a user's own "language en" on a sheet of today's layout keeps English.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";
import { policyNames } from "../../src/workbook/policyNames";

interface RemindReport {
  readonly language: { language: string; source: string };
  readonly warnings: readonly string[];
}

const FILE = join("countries", "id-accurate-umur-piutang.xlsx");

/** The list annotated (so it has today's policy sheet), then its policy sheet's rows changed by `edit`. */
async function withPolicySheet(folder: string, name: string, edit: (setting: string, row: ExcelJS.Row) => void): Promise<string> {
  const annotated = join(folder, `annotated-${name}.xlsx`);
  const run = await runCli(["annotate", FILE, "-o", annotated, "--as-of", "2026-11-23", "--json"]);
  expect(run.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(annotated);
  workbook.getWorksheet(policyNames.sheet)?.eachRow((row) => {
    const setting = row.getCell(1).value;
    if (typeof setting === "string") edit(setting, row);
  });
  const changed = join(folder, `${name}.xlsx`);
  await workbook.xlsx.writeFile(changed);
  return changed;
}

async function remind(file: string, folder: string): Promise<RemindReport> {
  const run = await runCli(["remind", file, "--as-of", "2026-11-23", "--out", folder, "--from", "ar@example.com", "--json"], folder);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as RemindReport;
}

describe("dunning-desk remind: the policy sheet's language, written by an earlier version or by the user", () => {
  it("an earlier version's sheet (language en, no locale row): Indonesian letters from the headers, and a warning that says why", async () => {
    const folder = temporaryFolder();
    const file = await withPolicySheet(folder, "old-sheet", (setting, row) => {
      if (setting === "language") row.getCell(2).value = "en";
      if (setting === "locale") [1, 2, 3, 4].forEach((column) => (row.getCell(column).value = null));
    });
    const report = await remind(file, folder);
    expect(report.language).toMatchObject({ language: "id", source: "headers" });
    expect(report.warnings).toContainEqual(expect.stringContaining("whose default letter language was English (language en): it is read as auto"));
  });

  it("a sheet of today's layout whose language the user set to en: English letters, no warning", async () => {
    const folder = temporaryFolder();
    const file = await withPolicySheet(folder, "user-en", (setting, row) => {
      if (setting === "language") row.getCell(2).value = "en";
    });
    const report = await remind(file, folder);
    expect(report.language).toMatchObject({ language: "en", source: "policy" });
    expect(report.warnings.join(" ")).not.toContain("earlier version");
  });
});
