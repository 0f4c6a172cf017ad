import { mockContext } from "../support/officeMockContext";
import { excelMessages, readSelection, type AgingData } from "../../src/excel";
import { createFakeExcel, FakeOfficeError, type FakeSheetState } from "../support/fakeExcel";

// The list: header in row 1 (index 0), invoices in rows 2–13 of A:C; notes in E2.
const values: unknown[][] = [["Customer", "Due date", "Balance"], ...Array.from({ length: 12 }, (_, i) => [`Customer ${i + 1}`, 46_000 + i, (i + 1) * 10])];
const data: AgingData = { sheetName: "AR", address: "AR!A1:C13", tableName: null, top: 0, left: 0, values, numberFormats: values.map((row) => row.map(() => "General")) };

function install(sheet: Partial<FakeSheetState> = {}) {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values, ...sheet }, { name: "Notes", values: [["x"]] }] });
  fake.install();
  return fake;
}

describe("readSelection", () => {
  it("reads one area as list rows in two syncs", async () => {
    const fake = install();
    fake.setSelection("AR", ["A3:C5"]);
    fake.resetStats();
    expect(await readSelection(data, 0)).toEqual({ rows: [2, 3, 4], hiddenRows: 0, outside: [], address: "AR!A3:C5" });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
  });

  it("joins two Ctrl+click areas and counts a row they share once", async () => {
    const fake = install();
    fake.setSelection("AR", ["A3:C5", "B5:B7"]);
    expect(await readSelection(data, 0)).toEqual({ rows: [2, 3, 4, 5, 6], hiddenRows: 0, outside: [], address: "AR!A3:C5, AR!B5:B7" });
  });

  it("clips whole columns and whole rows to the list without reading the sheet", async () => {
    const fake = install();
    fake.setSelection("AR", ["A:A"]);
    fake.resetStats();
    expect(await readSelection(data, 0)).toEqual({ rows: values.slice(1).map((_, i) => i + 1), hiddenRows: 0, outside: [], address: "AR!A:A" });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.payloadCells).toBeLessThan(20);
    fake.setSelection("AR", ["3:5"]);
    expect(await readSelection(data, 0)).toMatchObject({ rows: [2, 3, 4], address: "AR!3:5" });
  });

  it("leaves out rows hidden by a filter and counts them", async () => {
    const fake = install({ hiddenRows: [3] });
    fake.setSelection("AR", ["A2:C6"]);
    fake.hideRows("AR", [5]);
    expect(await readSelection(data, 0)).toEqual({ rows: [1, 2, 4], hiddenRows: 2, outside: [], address: "AR!A2:C6" });
  });

  it("finds visible rows when the list's first column is hidden (a bug: every row counted as hidden)", async () => {
    const fake = install({ hiddenRows: [3] });
    fake.hideColumns("AR", [0]);
    fake.setSelection("AR", ["B2:C6"]);
    fake.resetStats();
    expect(await readSelection(data, 0)).toEqual({ rows: [1, 2, 4, 5], hiddenRows: 1, outside: [], address: "AR!B2:C6" });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
  });

  it("reports a selection on another sheet as outside, with its address", async () => {
    const fake = install();
    fake.setSelection("Notes", ["B2:C3"]);
    fake.resetStats();
    expect(await readSelection(data, 0)).toEqual({ rows: [], hiddenRows: 0, outside: ["Notes!B2:C3"], address: "Notes!B2:C3" });
    expect(fake.stats.syncs).toBe(1);
  });

  it("reports areas beside or below the list as outside and keeps the ones on it", async () => {
    const fake = install();
    fake.setSelection("AR", ["E2:F4", "A20", "B4"]);
    expect(await readSelection(data, 0)).toEqual({ rows: [3], hiddenRows: 0, outside: ["AR!E2:F4", "AR!A20"], address: "AR!E2:F4, AR!A20, AR!B4" });
  });

  it("gives no rows for the header row alone", async () => {
    const fake = install();
    fake.setSelection("AR", ["A1:C1"]);
    expect(await readSelection(data, 0)).toEqual({ rows: [], hiddenRows: 0, outside: ["AR!A1:C1"], address: "AR!A1:C1" });
  });

  it("reads the active cell when nothing else is selected", async () => {
    createFakeExcel({ sheets: [{ name: "AR", values }], activeCell: { row: 6, column: 1 } }).install();
    expect(await readSelection(data, 0)).toEqual({ rows: [6], hiddenRows: 0, outside: [], address: "AR!B7" });
  });

  it("works on a Table-based list that starts below a title", async () => {
    const tableValues = [["Aging"], [], ...values.map((row) => ["", ...row])];
    const fake = createFakeExcel({ sheets: [{ name: "Open Invoices", values: tableValues, tables: [{ name: "Invoices", top: 2, left: 1, rows: 13, columns: 3 }], hiddenRows: [6] }] });
    fake.install();
    const tableData: AgingData = { ...data, sheetName: "Open Invoices", address: "'Open Invoices'!B3:D15", tableName: "Invoices", top: 2, left: 1 };
    fake.setSelection("Open Invoices", ["C1:C8", "A10"]);
    expect(await readSelection(tableData, 0)).toEqual({
      rows: [1, 2, 3, 5],
      hiddenRows: 1,
      outside: ["'Open Invoices'!A10"],
      address: "'Open Invoices'!C1:C8, 'Open Invoices'!A10",
    });
  });

  it("reads a very long whole-column selection in chunks of visible rows", async () => {
    const many = [values[0] ?? [], ...Array.from({ length: 150_000 }, (_, i) => [`C${i}`, 46_000, 1])];
    const fake = createFakeExcel({ sheets: [{ name: "AR", values: many, hiddenRows: [10, 149_999] }] });
    fake.install();
    fake.setSelection("AR", ["A:C"]);
    fake.resetStats();
    const result = await readSelection({ ...data, values: many }, 0);
    expect(result).toMatchObject({ hiddenRows: 2, outside: [] });
    expect("rows" in result && result.rows.length).toBe(149_998);
    expect(fake.stats.syncs).toBe(3);
  });

  it("needs ExcelApi 1.9", async () => {
    const fake = install();
    fake.setExcelApiMinor(8);
    expect(await readSelection(data, 0)).toEqual({ error: excelMessages.selectionNeedsNewerExcel });
  });
});

describe("the fake's selection", () => {
  it("fails getSelectedRange when several areas are selected, as Excel does", async () => {
    const fake = install();
    fake.setSelection("AR", ["A3:C5", "A9"]);
    const run = fake.Excel.run(async (context) => {
      context.workbook.getSelectedRange();
      await context.sync();
    });
    await expect(run).rejects.toBeInstanceOf(FakeOfficeError);
    fake.setSelection("AR", ["A3:C5"]);
    const address = await fake.Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("AR!A3:C5");
  });

  it("refuses to read selected areas or their properties before load and sync", async () => {
    const fake = install();
    fake.setSelection("AR", ["A3:C5", "A9"]);
    await expect(
      fake.Excel.run(async (context) => {
        const selection = context.workbook.getSelectedRanges();
        await context.sync();
        return selection.address;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(
      fake.Excel.run(async (context) => {
        const areas = context.workbook.getSelectedRanges().areas.load("items/address");
        await context.sync();
        return areas.items[0]?.rowIndex;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

describe("readSelection with office-addin-mock", () => {
  it("loads the areas, the sheet name and the visible views' cell addresses, two syncs in all", async () => {
    const { mock, sync, stats } = mockContext();
    const views: [number, number, number, number][] = [];
    const sheet = mock({
      name: "AR",
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => {
        // The first sync asks each header cell whether its column is hidden: none is.
        if (top === 0) return mock({ columnHidden: false });
        views.push([top, left, rows, columns]);
        // Row 4 (index 3) is filtered out; Excel may or may not put the sheet and $ in these addresses.
        const cellAddresses = top === 2 ? [["AR!$A$3"], ["AR!$A$5"]] : [["A9"]];
        return { getVisibleView: () => mock({ cellAddresses }) };
      },
    });
    // office-addin-mock does not mock collections: areas.load hands the item properties to each area.
    const items = [mock({ address: "AR!A3:C5", rowIndex: 2, rowCount: 3, columnIndex: 0, columnCount: 3 }), mock({ address: "AR!A9", rowIndex: 8, rowCount: 1, columnIndex: 0, columnCount: 1 })];
    const areaLoads: string[] = [];
    const areas = {
      items,
      load(properties: string) {
        areaLoads.push(properties);
        items.forEach((item) => item.load(properties.replace(/items\//g, "")));
        return areas;
      },
    };
    const selection = mock({ address: "AR!A3:C5, AR!A9" });
    selection.areas = areas;
    selection.worksheet = sheet;
    Object.assign(globalThis, {
      Excel: { run: (batch: (context: object) => Promise<unknown>) => batch({ workbook: { getSelectedRanges: () => selection }, sync }) },
      Office: { context: { requirements: { isSetSupported: () => true } } },
    });

    expect(await readSelection(data, 0)).toEqual({ rows: [2, 4, 8], hiddenRows: 1, outside: [], address: "AR!A3:C5, AR!A9" });
    expect(areaLoads).toEqual(["items/address,items/rowIndex,items/rowCount,items/columnIndex,items/columnCount"]);
    expect(views).toEqual([[2, 0, 3, 1], [8, 0, 1, 1]]);
    expect(stats.syncs).toBe(2);
  });
});
