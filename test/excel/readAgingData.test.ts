import { excelMessages, readAgingData, type AgingData } from "../../src/excel";
import { estimateBytes } from "../../src/excel/chunking";
import { createFakeExcel, type FakeWorkbookState } from "../support/fakeExcel";

const header = ["Customer", "Invoice", "Due date", "Balance"];
const rows = (count: number, text = "") => Array.from({ length: count }, (_, i) => [`Customer ${i}${text}`, `INV-${i}`, 46_000 + (i % 120), 100 + i]);

function install(state: FakeWorkbookState, payloadLimitBytes?: number) {
  const fake = createFakeExcel(state, payloadLimitBytes === undefined ? {} : { payloadLimitBytes });
  fake.install();
  return fake;
}

describe("readAgingData on the fake workbook", () => {
  it("auto: takes the Table holding the active cell over the sheet's first Table", async () => {
    const values = [header, ...rows(3), [], header, ...rows(2)];
    install({
      sheets: [{ name: "AR", values, tables: [{ name: "First", top: 0, left: 0, rows: 4, columns: 4 }, { name: "Second", top: 5, left: 0, rows: 3, columns: 4 }] }],
      activeCell: { row: 6, column: 1 },
    });
    expect(await readAgingData("auto")).toMatchObject({ tableName: "Second", address: "AR!A6:D8", top: 5, left: 0 });
    expect(await readAgingData("region")).toMatchObject({ tableName: null, address: "AR!A6:D8" });
  });

  it("region: refuses a selection outside any data; auto then falls back to the used range", async () => {
    install({ sheets: [{ name: "AR", values: [[], [], ["", "", "", "", "", ""], ["", "", "", ...header], ["", "", "", ...(rows(1)[0] ?? [])]] }], activeCell: { row: 0, column: 0 } });
    expect(await readAgingData("region")).toEqual({ error: excelMessages.outsideData });
    expect(await readAgingData("table")).toEqual({ error: excelMessages.noTable });
    expect(await readAgingData("auto")).toMatchObject({ address: "AR!D4:G5", top: 3, left: 3 });
  });

  it("reports an empty sheet", async () => {
    install({ sheets: [{ name: "Empty", values: [] }] });
    expect(await readAgingData("auto")).toEqual({ error: excelMessages.emptySheet });
    expect(await readAgingData("usedRange")).toEqual({ error: excelMessages.emptySheet });
  });

  it("keeps every request under Excel on the web's 5 MB on a sheet far above it", async () => {
    const long = " — a long memo that makes every row heavy".repeat(2);
    const values = [header, ...rows(60_000, long)];
    expect(estimateBytes(values)).toBeGreaterThan(5 * 1024 * 1024);
    const fake = install({ sheets: [{ name: "Big", values }] });
    const data = (await readAgingData("usedRange")) as AgingData;
    expect(data.values).toHaveLength(60_001);
    expect(data.values[59_000]).toEqual(values[59_000]);
    expect(fake.stats.maxSyncBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.stats.syncs).toBeGreaterThan(5);
  });

  it("halves the chunk when Excel refuses a response as too large, and stays below that size", async () => {
    const values = [header, ...rows(20_000, "x".repeat(30))];
    const fake = install({ sheets: [{ name: "Big", values }] }, 300_000);
    const data = (await readAgingData("usedRange")) as AgingData;
    expect(data.values).toEqual(values);
    expect(fake.stats.maxSyncBytes).toBeLessThanOrEqual(300_000);
  });

  it("reports the payload error when even the smallest chunk is too large", async () => {
    install({ sheets: [{ name: "Big", values: [header, ...rows(200, "x".repeat(3_000))] }] }, 10_000);
    expect(await readAgingData("usedRange")).toEqual({ error: excelMessages.payloadTooLarge, code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("stops when cancelled mid-read", async () => {
    const fake = install({ sheets: [{ name: "AR", values: [header, ...rows(30_000)] }] });
    const progress = { cancelled: false, report: (done: number) => void (progress.cancelled = done > 0) };
    expect(await readAgingData("usedRange", progress)).toEqual({ error: excelMessages.cancelled });
    expect(fake.stats.syncs).toBe(2);
  });

  it("retries once when Excel is in cell-edit mode, then reports it", async () => {
    const fake = install({ sheets: [{ name: "AR", values: [header, ...rows(2)] }] });
    fake.setCellEditMode(1);
    expect(await readAgingData("auto")).toMatchObject({ address: "AR!A1:D3" });
    expect(fake.stats.runs).toBe(2);
    fake.setCellEditMode(2);
    expect(await readAgingData("auto")).toEqual({ error: excelMessages.cellEditMode, code: "InvalidOperationInCellEditMode" });
  });
});
