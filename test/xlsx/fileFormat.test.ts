/*
 * What the saved .xlsx holds, read back with plain ExcelJS (as any other program would): custom
 * functions spelled as Excel saves them, cached results, real defined names, text as text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findHeaderRow } from "../../src/core/columns";
import { defaultPolicy } from "../../src/core/policy";
import * as functions from "../../src/functions/functions";
import { CellError } from "../../src/functions/cellError";
import { isFailure } from "../../src/workbook/agingData";
import { planArColumns } from "../../src/workbook/arColumnPlan";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";

const AS_OF_SERIAL = 46_068;

async function open(bytes: Uint8Array): Promise<FileWorkbook> {
  const book = await openWorkbookFile(bytes);
  if (!book.ok) throw new Error(book.error);
  return book;
}

async function annotated(): Promise<{ saved: ExcelJS.Workbook; book: FileWorkbook }> {
  const book = await open(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "quickbooks-open-invoices.xlsx"))));
  const data = await book.port.readAgingData("usedRange");
  if (isFailure(data)) throw new Error(data.error);
  const header = findHeaderRow(data.values);
  if (!header.ok) throw new Error(header.message);
  expect(await book.port.writePolicySheet(defaultPolicy, AS_OF_SERIAL)).toBeUndefined();
  expect(await book.port.writeArColumns(planArColumns(data, header.row, header.mapping), { confirmOverwrite: false })).toMatchObject({ ok: true });
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await book.save()) as unknown as ArrayBuffer);
  return { saved, book };
}

describe("the saved file", () => {
  it("spells AR calls as Excel saves them, with A1 same-row references and cached results", async () => {
    const { saved, book } = await annotated();
    const cell = saved.getWorksheet("Open Invoices")?.getCell("I7");
    expect(cell?.formula).toBe("_xldudf_AR_DAYSOVERDUE(F7,DunningAsOf,DunningPolicy)");
    expect(cell?.result).toBe(11);
    expect(saved.getWorksheet("Open Invoices")?.getCell("J7").result).toBe("1-30");
    expect(book.cell("Open Invoices", 6, 8)).toMatchObject({ value: 11, formula: "=AR.DAYSOVERDUE(F7,DunningAsOf,DunningPolicy)" });
  });

  it("holds DunningPolicy and DunningAsOf as workbook names", async () => {
    const { saved } = await annotated();
    const names = saved.definedNames.model as { name: string; ranges: string[] }[];
    expect(names).toEqual(expect.arrayContaining([{ name: "DunningAsOf", ranges: ["'Dunning Policy'!$B$2"] }, { name: "DunningPolicy", ranges: [expect.stringMatching(/^'Dunning Policy'!\$A\$5:\$B\$\d+$/)] }]));
  });

  it("reads the file spelling and Excel's own spelling back the same", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = { formula: "_xldudf_AR_AGINGBUCKET(B1)", result: "1-30" };
    sheet.getCell("A2").value = { formula: "AR.AGINGBUCKET(B2)", result: "Current" };
    const book = await open(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(book.cell("S", 0, 0)).toEqual({ text: "1-30", value: "1-30", formula: "=AR.AGINGBUCKET(B1)" });
    expect(book.cell("S", 1, 0).formula).toBe("=AR.AGINGBUCKET(B2)");
  });
});

describe("the custom functions outside Excel", () => {
  it("raise a CellError with the #VALUE! code when no CustomFunctions global exists", () => {
    const global = globalThis as { CustomFunctions?: unknown };
    const before = global.CustomFunctions;
    delete global.CustomFunctions;
    try {
      expect(() => functions.daysOverdue("not a date", AS_OF_SERIAL)).toThrow(CellError);
      expect(() => functions.daysOverdue("not a date", AS_OF_SERIAL)).toThrow(expect.objectContaining({ code: "#VALUE!" }) as Error);
    } finally {
      global.CustomFunctions = before;
    }
  });
});
