import { excelMessages, planArColumns, writeArColumns, type AgingData } from "../../src/excel";
import { createFakeExcel, type FakeWorkbookState } from "../support/fakeExcel";
import { evaluateArFormula } from "../support/fakeExcel/arEvaluator";

const values = [
  ["Customer", "Due date", "Balance", "Days overdue"],
  ["Acme", 46_000, 100, ""],
  ["Beta", 46_010, 50, ""],
  ["Gamma", 46_020, 75, ""],
];
const data: AgingData = { sheetName: "AR", address: "AR!A1:D4", tableName: null, top: 0, left: 0, values, numberFormats: values.map((row) => row.map(() => "General")) };
const mapping = { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } };

function install(extra: Partial<FakeWorkbookState["sheets"][number]> = {}) {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values, ...extra }] });
  fake.install();
  return fake;
}

describe("writeArColumns on the fake workbook", () => {
  it("reuses an existing Days overdue column and puts the others right of the data", () => {
    const plan = planArColumns(data, 0, mapping);
    expect(plan.columns.map((column) => [column.header, column.column, column.reused])).toEqual([
      ["Days overdue", 3, true], ["Bucket", 4, false], ["Next action", 5, false], ["Reason", 6, false], ["Settle offer", 7, false], ["Next contact", 8, false],
    ]);
    expect(plan.columns[1]?.formula).toBe("=AR.AGINGBUCKET(RC4)");
  });

  it("writes nothing and lists the non-empty cells when a target cell holds data", async () => {
    const fake = install({ values: values.map((row, r) => (r === 2 ? [...row, "", "", "note"] : row)) });
    const plan = planArColumns(data, 0, mapping);
    expect(await writeArColumns(plan, { confirmOverwrite: false })).toEqual({ ok: false, conflicts: [{ address: "AR!G3", value: "note" }] });
    expect(fake.cell("AR", 0, 4).value).toBe("");
    expect(fake.cell("AR", 1, 3).formula).toBeNull();
    expect(fake.cell("AR", 2, 6).value).toBe("note");
  });

  it("overwrites after confirmation, in one chunk for a small sheet", async () => {
    const fake = install({ values: values.map((row, r) => (r === 2 ? [...row, "", "", "note"] : row)) });
    const plan = planArColumns(data, 0, mapping);
    fake.resetStats();
    expect(await writeArColumns(plan, { confirmOverwrite: true })).toEqual({ ok: true, columns: 6, rows: 3 });
    expect(fake.cell("AR", 2, 6)).toEqual({ value: null, formula: "=AR.ACTIONREASON(RC2,RC3,,,,,DunningAsOf,DunningPolicy)", numberFormat: "General" });
    expect(fake.cell("AR", 0, 8).value).toBe("Next contact");
    expect(fake.cell("AR", 3, 8).numberFormat).toBe("yyyy-mm-dd");
    expect(fake.cell("AR", 3, 7).numberFormat).toBe("#,##0.00");
    expect(fake.stats.syncs).toBe(1);
  });

  it("counts the reused column's filled body as a conflict", async () => {
    install({ values: values.map((row, r) => (r === 1 ? ["Acme", 46_000, 100, 12] : row)) });
    const plan = planArColumns(data, 0, mapping);
    expect(await writeArColumns(plan, { confirmOverwrite: false })).toEqual({ ok: false, conflicts: [{ address: "AR!D2", value: 12 }] });
  });

  it("leaves rows that are not invoices blank", async () => {
    const fake = install();
    const plan = planArColumns(data, 0, mapping, [1, 3]);
    expect(await writeArColumns(plan, { confirmOverwrite: false })).toMatchObject({ ok: true });
    expect(fake.cell("AR", 2, 5).formula).toBeNull();
    // The customer total: a SUMIFS of the balances over the customer, rows 2–4 of the list.
    expect(fake.cell("AR", 3, 5).formula).toBe("=AR.NEXTACTION(RC2,RC3,,,,,DunningAsOf,DunningPolicy,,,,SUMIFS(R2C3:R4C3,R2C1:R4C1,RC1))");
  });

  it("stops between chunks when cancelled", async () => {
    const many = [values[0] ?? [], ...Array.from({ length: 20_000 }, (_, i) => [`C${i}`, 46_000, 10, ""])];
    const fake = createFakeExcel({ sheets: [{ name: "AR", values: many }] });
    fake.install();
    const plan = planArColumns({ ...data, values: many, numberFormats: many.map(() => []) }, 0, mapping);
    const progress = { cancelled: false, report: (done: number) => void (progress.cancelled = done > 0) };
    expect(await writeArColumns(plan, { confirmOverwrite: false }, progress)).toEqual({ error: excelMessages.cancelled });
    expect(fake.cell("AR", 1, 5).formula).not.toBeNull();
    expect(fake.cell("AR", 20_000, 5).formula).toBeNull();
  });

  it("retries once in cell-edit mode", async () => {
    const fake = install();
    fake.setCellEditMode(1);
    expect(await writeArColumns(planArColumns(data, 0, mapping), { confirmOverwrite: false })).toMatchObject({ ok: true });
  });
});

describe("writeArColumns into an Excel Table: calculated columns", () => {
  const tableValues = [
    ["Customer", "Due date", "Balance"],
    ["Acme", 46_000, 100],
    ["Beta", 46_010, 50],
    ["Gamma", 46_020, 75],
  ];
  const tableData: AgingData = { ...data, address: "AR!A1:C4", tableName: "Invoices", values: tableValues, numberFormats: tableValues.map((row) => row.map(() => "General")) };

  function installTable(rows = tableValues) {
    const fake = createFakeExcel({ sheets: [{ name: "AR", values: rows, tables: [{ name: "Invoices", top: 0, left: 0, rows: rows.length, columns: 3 }] }] }, { evaluate: evaluateArFormula });
    fake.install();
    return fake;
  }

  it("adds each AR column as a Table column whose whole body gets one formula: a calculated column", async () => {
    const fake = installTable();
    const plan = planArColumns(tableData, 0, mapping);
    expect(await writeArColumns(plan, { confirmOverwrite: false })).toEqual({ ok: true, columns: 6, rows: 3 });
    const table = fake.book.tableNamed("Invoices");
    expect(table?.columns).toBe(9);
    expect([...(table?.calculated ?? new Map<number, string>())].sort(([a], [b]) => a - b)).toEqual(plan.columns.map((column) => [column.column, column.formula]));
    expect(plan.columns[0]?.formula).toBe("=AR.DAYSOVERDUE([@[Due date]],DunningAsOf,DunningPolicy)");
  });

  it("a row the user adds to the Table afterwards gets the AR formulas", async () => {
    const fake = installTable();
    await writeArColumns(planArColumns(tableData, 0, mapping), { confirmOverwrite: false });
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Invoices").rows.add(undefined, [["Delta", 46_030, 20, "", "", "", "", "", ""]]);
      await context.sync();
    });
    const added = 4;
    expect(fake.cell("AR", added, 3).formula).toBe("=AR.DAYSOVERDUE([@[Due date]],DunningAsOf,DunningPolicy)");
    expect(fake.cell("AR", added, 5).formula).toBe(fake.cell("AR", 1, 5).formula);
  });

  it("a Table longer than one request still gets the same formula on every row, one column per request", async () => {
    const many = [tableValues[0] ?? [], ...Array.from({ length: 30_000 }, (_, i) => [`C${i}`, 46_000 + (i % 50), 10])];
    const fake = installTable(many);
    const plan = planArColumns({ ...tableData, values: many, numberFormats: many.map(() => []) }, 0, mapping);
    fake.resetStats();
    expect(await writeArColumns(plan, { confirmOverwrite: false })).toMatchObject({ ok: true, rows: 30_000 });
    for (const row of [1, 15_000, 30_000]) expect(fake.cell("AR", row, 4).formula).toBe(plan.columns[1]?.formula);
    expect(fake.stats.syncs).toBeGreaterThanOrEqual(plan.columns.length);
  });

  it("a Table over 20,000 rows: each AR column's body is written in contiguous chunks, each under the request limit, covering every row once with the one formula", async () => {
    const rows = 45_000;
    const many = [tableValues[0] ?? [], ...Array.from({ length: rows }, (_, i) => [`C${i}`, 46_000 + (i % 50), 10])];
    const fake = installTable(many);
    const plan = planArColumns({ ...tableData, values: many, numberFormats: many.map(() => []) }, 0, mapping);
    const writes: { left: number; top: number; rows: number; columns: number; same: boolean; first: unknown }[] = [];
    const mark = fake.book.markCalculatedColumns.bind(fake.book);
    jest.spyOn(fake.book, "markCalculatedColumns").mockImplementation((sheet, rect, grid) => {
      const first = grid[0]?.[0];
      writes.push({ ...rect, first, same: grid.every((row) => row.length === 1 && row[0] === first) });
      mark(sheet, rect, grid);
    });
    fake.resetStats();
    expect(await writeArColumns(plan, { confirmOverwrite: false })).toMatchObject({ ok: true, rows });
    for (const column of plan.columns) {
      const chunks = writes.filter((write) => write.left === column.column).sort((a, b) => a.top - b.top);
      expect(chunks.length).toBeGreaterThanOrEqual(2);
      expect(chunks.every((chunk) => chunk.columns === 1 && chunk.same && chunk.first === column.formula)).toBe(true);
      let next = 1; // the body's first row, under the header
      for (const chunk of chunks) {
        expect(chunk.top).toBe(next);
        next += chunk.rows;
      }
      expect(next - 1).toBe(rows);
    }
    // Excel on the web refuses a request above 5 MB (see src/excel/chunking.ts).
    expect(fake.stats.maxSyncBytes).toBeLessThanOrEqual(5_000_000);
    for (const row of [1, 20_001, rows]) expect(fake.cell("AR", row, 8).formula).toBe(plan.columns[5]?.formula);
  });
});
