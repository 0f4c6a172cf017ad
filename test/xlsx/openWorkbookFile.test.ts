import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isFailure } from "../../src/workbook/agingData";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";
import { oleFile } from "./oleFile";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));

async function open(name: string): Promise<FileWorkbook> {
  const book = await openWorkbookFile(fixture(name));
  if (!book.ok) throw new Error(book.error);
  return book;
}

describe("openWorkbookFile", () => {
  it.each([
    ["missing", new Uint8Array(), "No file"],
    ["encrypted", oleFile(["EncryptionInfo", "EncryptedPackage"]), "protected with a password"],
    ["notXlsx", oleFile(["Workbook", "SummaryInformation"]), "old .xls"],
    ["notXlsx", new TextEncoder().encode("Customer,Balance\nAcme,10\n"), "not an Excel workbook"],
    ["unreadable", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), "could not be read"],
  ])("refuses a %s file with a sentence for the user", async (kind, bytes, words) => {
    const result = await openWorkbookFile(bytes);
    expect(result).toMatchObject({ ok: false, kind });
    expect("error" in result && result.error).toContain(words);
  });

  it("lists the visible sheets and makes the first one active", async () => {
    const book = await open("quickbooks-open-invoices.xlsx");
    expect(book.sheetNames()).toEqual(["Open Invoices"]);
    expect(book.activeSheet()).toBe("Open Invoices");
    expect(book.usedSize("Open Invoices")).toEqual({ rows: 27, columns: 8 });
  });

  it("reads the aging list, then saves bytes that open again with the same list", async () => {
    const book = await open("plain-table.xlsx");
    const data = await book.port.readAgingData("auto");
    if (isFailure(data)) throw new Error(data.error);
    expect(data).toMatchObject({ sheetName: "Receivables", address: "Receivables!A3:H43", tableName: "Invoices", top: 2, left: 0 });
    const again = await openWorkbookFile(await book.save());
    if (!again.ok) throw new Error(again.error);
    expect(await again.port.readAgingData("auto")).toEqual(data);
  });

  it("shows cells as a spreadsheet would: dates by their format, money with separators", async () => {
    const book = await open("plain-table.xlsx");
    const due = book.cell("Receivables", 3, 2);
    expect(typeof due.value).toBe("number");
    expect(due.text).toMatch(/^\d{4}-\d{2}-\d{2}$|\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(book.cell("Receivables", 2, 0)).toEqual({ text: "Customer", value: "Customer", formula: null });
  });

  it("reports progress and stops when cancelled", async () => {
    const book = await open("plain-table.xlsx");
    const reports: number[] = [];
    expect(await book.port.readAgingData("auto", { report: (done) => reports.push(done), cancelled: true })).toEqual({ error: "Cancelled." });
    expect(reports).toEqual([0]);
  });
});
