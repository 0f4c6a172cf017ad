import { excelApiSupported, planArColumns, type AgingData } from "../../src/excel";
import { createFakeExcel } from "../support/fakeExcel";

const data = (values: unknown[][], tableName: string | null = null): AgingData => ({
  sheetName: "AR", address: "AR!C5:F8", tableName, top: 4, left: 2, values, numberFormats: values.map((row) => row.map(() => "General")),
});

describe("planArColumns", () => {
  it("uses absolute R1C1 columns of the sheet, not of the block", () => {
    const plan = planArColumns(data([["Customer", "Due date", "Balance", "Margin"], ["A", 1, 2, 0.2]]), 0, { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 }, margin: { column: 3 } });
    expect(plan.columns.map((column) => column.column)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(plan.columns.find((column) => column.key === "settleOffer")?.formula).toBe("=AR.STEPOFFER(RC4,RC5,,,,,DunningAsOf,DunningPolicy,,,,,,,RC6)");
    expect(plan).toMatchObject({ headerRow: 4, lastRow: 5, notation: "r1c1", balance: { column: 4, header: "Balance" } });
  });

  it("escapes structured references and passes every ladder argument the sheet has", () => {
    const values = [["Client [main]", "Due #", "Left", "Reminders", "Last contact", "Status", "Promise"], ["A", 1, 2, 0, "", "", ""]];
    const mapping = { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 }, remindersSent: { column: 3 }, lastContact: { column: 4 }, status: { column: 5 }, promiseDate: { column: 6 } };
    const plan = planArColumns(data(values, "Book"), 0, mapping);
    expect(plan.columns.find((column) => column.key === "nextAction")?.formula).toBe(
      "=AR.NEXTACTION([@[Due '#]],[@[Left]],[@[Reminders]],[@[Last contact]],[@[Status]],[@[Promise]],DunningAsOf,DunningPolicy)",
    );
    expect(plan.columns.find((column) => column.key === "bucket")?.formula).toBe("=AR.AGINGBUCKET([@[Days overdue]])");
  });

  it("passes the notes column as the ladder functions' last argument, after the policy", () => {
    const values = [["Pelanggan", "Jatuh tempo", "Sisa", "Keterangan"], ["A", 1, 2, "sengketa"]];
    const plan = planArColumns(data(values), 0, { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 }, notes: { column: 3 } });
    for (const key of ["nextAction", "reason", "nextContact"]) {
      expect(plan.columns.find((column) => column.key === key)?.formula).toMatch(/\(RC4,RC5,,,,,DunningAsOf,DunningPolicy,RC6\)$/);
    }
    expect(plan.columns.map((column) => column.column)).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it("never writes into the notes column, even one headed like an AR column", () => {
    const values = [["Customer", "Due date", "Balance", "Reason"], ["A", 1, 2, "disputed: wrong price"]];
    const plan = planArColumns(data(values), 0, { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 }, notes: { column: 3 } });
    expect(plan.columns.find((column) => column.key === "reason")).toMatchObject({ header: "Reason (AR)", reused: false, column: 9 });
    expect(plan.columns.every((column) => column.column !== 5)).toBe(true);
  });

  it("dates a sheet without due dates from its days-overdue column", () => {
    const plan = planArColumns(data([["Customer", "Days overdue", "Balance"], ["A", 3, 2]]), 0, { customer: { column: 0 }, daysOverdue: { column: 1 }, balance: { column: 2 } });
    // The sheet's own "Days overdue" feeds the formulas, so it is not reused (that would be circular).
    expect(plan.columns[0]).toMatchObject({ header: "Days overdue (AR)", column: 5, reused: false, formula: "=AR.DAYSOVERDUE(DunningAsOf-RC4,DunningAsOf,DunningPolicy)" });
    expect(plan.columns[1]?.formula).toBe("=AR.AGINGBUCKET(RC6)");
  });
});

describe("excelApiSupported", () => {
  it("asks Office for ExcelApi 1.7", () => {
    const fake = createFakeExcel({ sheets: [] });
    fake.install();
    expect(excelApiSupported()).toBe(true);
    fake.setExcelApiMinor(6);
    expect(excelApiSupported()).toBe(false);
  });
});

describe("planArColumns on a sheet that already has AR columns", () => {
  it("reuses them when the due date comes from its own column", () => {
    const values = [["Customer", "Due date", "Balance", "Days overdue", "Bucket", "Next action", "Reason", "Settle offer", "Next contact"], ["A", 1, 2, 3, "1-30", "Reminder", "…", 2, 5]];
    const plan = planArColumns(data(values), 0, { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 }, daysOverdue: { column: 3 } });
    expect(plan.columns.map((column) => [column.header, column.column, column.reused])).toEqual([
      ["Days overdue", 5, true], ["Bucket", 6, true], ["Next action", 7, true], ["Reason", 8, true], ["Settle offer", 9, true], ["Next contact", 10, true],
    ]);
  });
});
