import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

/** An export that lists Acme's invoice A-1 twice (an export joined from two runs), and B-2 once. */
async function writeList(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Aging");
  sheet.addRow(["Customer", "Invoice", "Due date", "Balance"]);
  sheet.addRow(["Acme", "A-1", new Date(Date.UTC(2026, 0, 1)), 1000]);
  sheet.addRow(["Acme", "B-2", new Date(Date.UTC(2026, 0, 10)), 300]);
  sheet.addRow(["Acme", "A-1", new Date(Date.UTC(2026, 0, 1)), 1000]);
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  const path = join(folder, "duplicates.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("dunning-desk annotate: a repeated invoice is marked and counted once (issue 12 item 3)", () => {
  it("the repeat's Next action says which row it repeats, it gets no bucket, and the summary counts 1,300", async () => {
    const folder = temporaryFolder();
    const input = await writeList(folder);
    const output = join(folder, "out.xlsx");
    const run = await runCli(["annotate", input, "-o", output, "--as-of", "2026-02-16", "--json"], folder);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet("Aging");
    const headers = (sheet?.getRow(1).values as unknown[]).map((value) => (typeof value === "string" ? value : ""));
    const nextAction = headers.indexOf("Next action");
    const bucket = headers.indexOf("Bucket");
    expect(sheet?.getCell(4, nextAction).value).toBe("Duplicate of row 2");
    expect(sheet?.getCell(4, bucket).value ?? "").toBe("");
    expect(sheet?.getCell(2, nextAction).value).toMatchObject({ result: "Reminder" });
    const summary = workbook.getWorksheet("AR Summary");
    let total: unknown = null;
    summary?.eachRow((row) => {
      if (row.getCell(1).value === "Total receivables") {
        const cell = row.getCell(2).value;
        total = typeof cell === "object" && cell !== null && "result" in cell ? cell.result : cell;
      }
    });
    expect(total).toBe(1300);
  }, 60_000);
});
