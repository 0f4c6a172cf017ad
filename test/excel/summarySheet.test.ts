import { defaultPolicy } from "../../src/core/policy";
import { summarizeReceivables, type Receivables } from "../../src/core/receivables";
import { createSummarySheet, selectCell, type AgingData } from "../../src/excel";
import { createFakeExcel } from "../support/fakeExcel";

const data: AgingData = { sheetName: "AR", address: "AR!A1:D3", tableName: null, top: 0, left: 0, values: [], numberFormats: [] };
const invoice = (customer: string, dueDay: number, balance: number, row: number) => ({
  row, customer, invoiceNumber: null, invoiceDay: null, dueDay, balance, email: null, phone: null, lastContactDay: null, remindersSent: 0,
  statusText: null, promiseDay: null, currency: null, language: null, channel: null, terms: null, margin: null, escalationContact: null, accountOwner: null, customerSinceDay: null, policySet: null,
});

function summary(): Receivables {
  const result = summarizeReceivables([invoice("=HYPERLINK(\"x\")", 20_400, 500, 1), invoice("+1 Trading", 20_300, 250, 2)], 20_484, defaultPolicy);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("createSummarySheet", () => {
  it("without AR columns writes the figures as values, names as text, and never overwrites a sheet", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "AR", values: [["x"]] }, { name: "AR Summary", values: [["mine"]] }] });
    fake.install();
    expect(await createSummarySheet(summary(), data, null)).toBeUndefined();
    expect(fake.cell("AR Summary", 0, 0).value).toBe("mine");
    expect(fake.cell("AR Summary 2", 4, 1)).toEqual({ value: 750, formula: null, numberFormat: "#,##0.00" });
    const names = [21, 22].map((row) => fake.cell("AR Summary 2", row, 0));
    expect(names).toEqual([
      { value: "=HYPERLINK(\"x\")", formula: null, numberFormat: "@" },
      { value: "+1 Trading", formula: null, numberFormat: "@" },
    ]);
    expect(fake.book.active.name).toBe("AR Summary 2");
    expect(fake.book.charts[0]).toMatchObject({ title: "Receivables by aging bucket", legendVisible: false });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "One", values: [] }, { name: "Two", values: [] }] });
    fake.install();
    expect(await selectCell("Two", 41, 3)).toBeUndefined();
    expect(fake.book.selection).toMatchObject({ row: 41, column: 3 });
    expect(fake.book.active.name).toBe("Two");
    expect(await selectCell("Gone", 0, 0)).toMatchObject({ code: "ItemNotFound" });
  });
});
