/*
 * src/excel against office-addin-mock (which fails a read without load + sync by returning an
 * error value instead of the data). It does not mock collections or null objects: the few
 * places that need them get small hand-made stand-ins, and every mock is synced by context.sync.
 */
import { mockContext } from "../support/officeMockContext";
import { planArColumns, readAgingData, writeArColumns, type AgingData } from "../../src/excel";


/** A range's geometry (office-addin-mock loads only properties it was given) and whether it is a null object. */
function rangeData(address: string, rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) {
  return { address, rowIndex, columnIndex, rowCount, columnCount };
}

/** office-addin-mock has no null objects: isNullObject is readable after sync without a load, as in Excel. */
function withNullState<T extends object>(object: T, isNull: boolean): T {
  Object.defineProperty(object, "isNullObject", { value: isNull });
  return object;
}

function install(context: object): void {
  Object.assign(globalThis, { Excel: { run: (batch: (context: object) => Promise<unknown>) => batch(context) } });
}

describe("readAgingData with office-addin-mock", () => {
  const ROWS = 12_001;
  const sheetValues = Array.from({ length: ROWS }, (_, r) => (r === 0 ? ["Customer", "Due date", "Balance"] : [`Customer ${r}`, 46_000 + (r % 90), r * 10]));
  const sheetFormats = sheetValues.map((_, r) => (r === 0 ? ["General", "General", "General"] : ["General", "yyyy-mm-dd", "#,##0.00"]));

  it("reads the region in row chunks: one load of values and number formats per chunk, one sync each", async () => {
    const { mock, sync, stats } = mockContext();
    const chunks: { top: number; rows: number; loads: string[] }[] = [];
    const sheet = mock({
      name: "AR",
      getUsedRangeOrNullObject: () => withNullState(mock(rangeData("AR!A1:C12001", 0, 0, ROWS, 3)), false),
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => {
        const values = sheetValues.slice(top, top + rows).map((row) => row.slice(left, left + columns));
        // Excel's formulas of cells without one are their values.
        const range = mock({ values, numberFormat: sheetFormats.slice(top, top + rows).map((row) => row.slice(left, left + columns)), formulas: values });
        const chunk = { top, rows, loads: [] as string[] };
        chunks.push(chunk);
        const load = range.load.bind(range);
        range.load = (properties: string) => (chunk.loads.push(properties), load(properties));
        return range;
      },
    });
    // Collections are not mocked by office-addin-mock: a sheet without Tables.
    const tables = { load: () => tables, items: [] };
    sheet.tables = tables;
    const region = mock({ address: "AR!A1:C12001", rowIndex: 0, columnIndex: 0, rowCount: ROWS, columnCount: 3 });
    const cell = mock({ values: [["Customer 4"]], rowIndex: 4, columnIndex: 0, getSurroundingRegion: () => region });
    install({ workbook: { worksheets: { getActiveWorksheet: () => sheet, getItem: () => sheet }, getActiveCell: () => cell }, sync });

    const reports: [number, number][] = [];
    const data = (await readAgingData("auto", { report: (done, total) => reports.push([done, total]), cancelled: false })) as AgingData;

    expect(data).toMatchObject({ sheetName: "AR", address: "AR!A1:C12001", tableName: null, top: 0, left: 0 });
    expect(data.values).toEqual(sheetValues);
    expect(data.numberFormats).toEqual(sheetFormats);
    // The first chunk's sync also brings the first 40 rows' formulas (the desk's own AR columns, issue 12.7).
    const [probe, ...reads] = chunks.filter((chunk) => chunk.top !== 0 || chunk.rows !== 40).length === chunks.length ? [undefined, ...chunks] : [chunks[1], chunks[0], ...chunks.slice(2)];
    expect(probe).toEqual({ top: 0, rows: 40, loads: ["formulas"] });
    expect(reads.map((chunk) => [chunk?.top, chunk?.rows])).toEqual([[0, 5_000], [5_000, 7_001]]);
    expect(reads.every((chunk) => chunk?.loads.length === 1 && chunk.loads[0] === "values,numberFormat")).toBe(true);
    expect(stats.syncs).toBe(1 + reads.length);
    expect(reports).toEqual([[0, ROWS], [5_000, ROWS], [ROWS, ROWS]]);
  });

  it("stops before the next chunk when the user cancels", async () => {
    const { mock, sync } = mockContext();
    const progress = { cancelled: false, report: (done: number) => (progress.cancelled = done >= 5_000) };
    const sheet = mock({
      name: "AR",
      getUsedRangeOrNullObject: () => withNullState(mock(rangeData("AR!A1:C12001", 0, 0, ROWS, 3)), false),
      getRangeByIndexes: (top: number, _left: number, rows: number) => mock({ values: sheetValues.slice(top, top + rows), numberFormat: sheetFormats.slice(top, top + rows), formulas: sheetValues.slice(top, top + rows) }),
    });
    const tables = { load: () => tables, items: [] };
    sheet.tables = tables;
    const region = mock({ address: "AR!A1:C12001", rowIndex: 0, columnIndex: 0, rowCount: ROWS, columnCount: 3 });
    const cell = mock({ values: [["x"]], rowIndex: 1, columnIndex: 0, getSurroundingRegion: () => region });
    install({ workbook: { worksheets: { getActiveWorksheet: () => sheet, getItem: () => sheet }, getActiveCell: () => cell }, sync });

    expect(await readAgingData("auto", progress)).toEqual({ error: "Cancelled." });
  });
});

describe("writeArColumns' conflict check with office-addin-mock", () => {
  const data: AgingData = {
    sheetName: "AR",
    address: "AR!A1:C4",
    tableName: null,
    top: 0,
    left: 0,
    values: [["Customer", "Due date", "Balance"], ["Acme", 46_000, 100], ["Beta", 46_010, 50], ["Gamma", 46_020, 75]],
    numberFormats: [["General", "General", "General"], ["General", "yyyy-mm-dd", "#,##0.00"], ["General", "yyyy-mm-dd", "#,##0.00"], ["General", "yyyy-mm-dd", "#,##0.00"]],
  };
  const plan = planArColumns(data, 0, { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } });

  it("returns the non-empty target cells and writes nothing", async () => {
    const { mock, sync, stats } = mockContext();
    const writes: string[] = [];
    const calls: number[][] = [];
    const suspend = jest.fn();
    const sheet = mock({
      name: "AR",
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => {
        // Only the new Next action column (F) holds something: a note in row 3.
        const used = withNullState(mock(rangeData("", 2, 5, 1, 1)), left !== 5);
        const target = mock({ values: [["call back Friday"]], getUsedRangeOrNullObject: () => used });
        calls.push([top, left, rows, columns]);
        // The mock sets `values` itself on sync; formulas and formats are ours alone.
        for (const property of ["formulasR1C1", "numberFormat"]) {
          Object.defineProperty(target, property, { set: () => writes.push(`${property}@${top},${left},${rows},${columns}`) });
        }
        return target;
      },
    });
    install({ workbook: { worksheets: { getItem: () => sheet } }, application: { suspendApiCalculationUntilNextSync: suspend }, sync });

    const result = await writeArColumns(plan, { confirmOverwrite: false });

    expect(result).toEqual({ ok: false, conflicts: [{ address: "AR!F3", value: "call back Friday" }] });
    expect(writes).toEqual([]);
    // The six target columns (D:I, header row down), their header cells (in the same sync: is an
    // AR column the desk's own?) and the head of the one used block: no header write.
    const headers = [3, 4, 5, 6, 7, 8].map((column) => [0, column, 1, 1]);
    expect(calls).toEqual([[0, 3, 4, 1], [0, 4, 4, 1], [0, 5, 4, 1], [0, 6, 4, 1], [0, 7, 4, 1], [0, 8, 4, 1], ...headers, [2, 5, 1, 1]]);
    expect(suspend).not.toHaveBeenCalled();
    expect(stats.syncs).toBe(2);
  });
});
