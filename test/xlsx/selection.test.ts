/*
 * The .xlsx adapter's selection: what the grid sets with select(), the hidden rows a filter
 * leaves in the file, Table or region at the selection, and selectCell telling the grid.
 */
import ExcelJS from "exceljs";
import { isFailure, type AgingData } from "../../src/workbook/agingData";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";

async function workbook(): Promise<FileWorkbook> {
  const file = new ExcelJS.Workbook();
  const sheet = file.addWorksheet("AR");
  sheet.addRow(["Aging report"]);
  sheet.addRow([]);
  sheet.addRow(["Customer", "Due date", "Balance"]);
  for (let i = 0; i < 6; i += 1) sheet.addRow([`Customer ${i}`, 46_000 + i, 100 * (i + 1)]);
  sheet.getRow(6).hidden = true; // "Customer 2", filtered out
  sheet.addRow([]);
  sheet.addRow(["Notes"]);
  const other = file.addWorksheet("Hidden");
  other.state = "hidden";
  const book = await openWorkbookFile(new Uint8Array(await file.xlsx.writeBuffer()));
  if (!book.ok) throw new Error(book.error);
  return book;
}

async function read(book: FileWorkbook, scope: "auto" | "region" | "table"): Promise<AgingData> {
  const data = await book.port.readAgingData(scope);
  if (isFailure(data)) throw new Error(data.error);
  return data;
}

describe("the .xlsx adapter's selection", () => {
  it("reads the region around the selected cell, and refuses 'table' without a Table", async () => {
    const book = await workbook();
    expect(book.sheetNames()).toEqual(["AR"]);
    book.select("AR", [{ top: 4, left: 1, rows: 1, columns: 1 }]);
    expect((await read(book, "auto")).address).toBe("AR!A3:C9");
    expect(await book.port.readAgingData("table")).toEqual({ error: expect.stringContaining("no Excel Table") as string });
    book.select("AR", [{ top: 1, left: 5, rows: 1, columns: 1 }]);
    expect(await book.port.readAgingData("region")).toEqual({ error: expect.stringContaining("not inside any data") as string });
  });

  it("leaves out hidden rows and lists areas outside the list", async () => {
    const book = await workbook();
    book.select("AR", [{ top: 3, left: 0, rows: 1, columns: 1 }]);
    const data = await read(book, "auto");
    book.select("AR", [{ top: 0, left: 0, rows: 1_048_576, columns: 1 }, { top: 10, left: 0, rows: 1, columns: 1 }]);
    expect(await book.port.readSelection(data, 0)).toEqual({ rows: [1, 2, 4, 5, 6], hiddenRows: 1, outside: ["AR!A11"], address: "AR!A:A, AR!A11" });
    book.select("AR", [{ top: 3, left: 5, rows: 2, columns: 1 }]);
    expect(await book.port.readSelection(data, 0)).toEqual({ rows: [], hiddenRows: 0, outside: ["AR!F4:F5"], address: "AR!F4:F5" });
  });

  it("selectCell selects the cell and tells the grid", async () => {
    const book = await workbook();
    const seen: unknown[] = [];
    book.onSelectCell((sheet, row, column) => seen.push([sheet, row, column]));
    expect(await book.port.selectCell("AR", 5, 2)).toBeUndefined();
    expect(seen).toEqual([["AR", 5, 2]]);
    expect(book.selection()).toEqual({ sheetName: "AR", areas: [{ top: 5, left: 2, rows: 1, columns: 1 }] });
    expect(await book.port.selectCell("Nowhere", 0, 0)).toEqual({ error: expect.any(String) as string });
  });
});
