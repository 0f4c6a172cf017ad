/*
 * A promise to pay without a date, in the country fixtures' local notes (R7 awaits a promise until
 * its date): the command line warns on the notes cell, does not wait for it, and the AR formulas'
 * Reason says so — the same answer through Analyze, Remind and the formulas.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli, fixturesDir } from "./cliRun";
import { temporaryFolder } from "./errorCases";

/** Each fixture's promising customer, its dated note, and the note without its date. */
const countries = [
  { file: "id-accurate-umur-piutang.xlsx", customer: "PT Karya Baru Sentosa", dated: "janji bayar 30/11/2026", undated: "janji bayar" },
  { file: "lv-debitoru-paradi.xlsx", customer: "AS Rīgas Mēbeles", dated: "apsolīja samaksāt līdz 2026-11-30", undated: "apsolīja samaksāt" },
  { file: "th-baht-receivables.xlsx", customer: "ห้างหุ้นส่วนจำกัด เชียงใหม่ค้าไม้", dated: "สัญญาจะชำระ 30/11/2569", undated: "สัญญาจะชำระ" },
] as const;

const args = (command: string, file: string) => [command, file, "--as-of", "2026-11-23", "--json"];

describe.each(countries)("$file with the promise's date taken out of its note", ({ file, customer, dated, undated }) => {
  const folder = temporaryFolder();
  const changed = join(folder, `undated-${file}`);
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(fixturesDir, "countries", file));
    let replaced = 0;
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => {
      if (cell.value !== dated) return;
      cell.value = undated;
      replaced += 1;
    }));
    expect(replaced).toBe(1);
    await workbook.xlsx.writeFile(changed);
  });

  it("analyze warns on the notes cell: a promise without a date is not awaited", async () => {
    const run = await runCli(args("analyze", changed), folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: { actions: Record<string, number> }; problems: readonly { code: string; cell: string; message: string }[] };
    const warnings = report.problems.filter((problem) => problem.code === "undatedPromise");
    expect(warnings).toEqual([expect.objectContaining({ cell: expect.stringMatching(/^H\d+$/) as unknown, message: expect.stringContaining(`'${undated}', a promise to pay without a date: it is not awaited (R7)`) as unknown })]);
    expect(report.summary.actions["Await promise"]).toBeUndefined();
  });

  it("remind does not hold the customer back for a promise it cannot date", async () => {
    const run = await runCli([...args("remind", changed), "--out", folder, "--from", "ar@example.com"], folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { notDrafted: readonly { customer: string | null; code: string }[] };
    expect(report.notDrafted.filter((row) => row.customer === customer).map((row) => row.code)).not.toContain("promisePending");
  });

  it("annotate: the Reason formula says the promise has no date", async () => {
    const output = join(folder, `annotated-${file}`);
    const run = await runCli(["annotate", changed, "-o", output, "--as-of", "2026-11-23", "--json"], folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { sheet: string; columns: { header: string; column: string }[] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const reasonColumn = report.columns.find((column) => column.header === "Reason")?.column ?? "";
    const reasons: string[] = [];
    workbook.getWorksheet(report.sheet)?.eachRow((row) => {
      if (row.getCell("H").value === undated) reasons.push(String((row.getCell(reasonColumn).value as { result?: unknown }).result));
    });
    expect(reasons).toEqual([expect.stringContaining(`a promise to pay without a date ('${undated}') is not awaited (R7)`)]);
  });
});
