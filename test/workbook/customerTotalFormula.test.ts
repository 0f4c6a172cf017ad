// The customer-total SUMIFS of the ladder formulas (issue 12 leftovers): written where it adds up
// what the desk adds up, left out where Excel's SUMIFS would add up something else.
import { customerTotalFormula } from "../../src/workbook/customerTotalFormula";
import { planArColumns } from "../../src/workbook/arColumnPlan";
import type { AgingData } from "../../src/workbook/agingData";

const header = ["Customer", "Invoice", "Due date", "Balance", "Currency"];
const mapping = { customer: { column: 0 }, invoice: { column: 1 }, dueDate: { column: 2 }, balance: { column: 3 } };
const data = (rows: unknown[][], tableName: string | null = null): AgingData => ({
  sheetName: "AR", address: "AR!B3:F9", tableName, top: 2, left: 1, values: [header, ...rows], numberFormats: [],
});
const rows = [["Acme", "A-1", 46000, 60, "EUR"], ["acme", "A-2", 46010, 60, "EUR"], ["Beta", "B-1", 46000, 60, "USD"]];
const header2 = (column: number) => (column === 7 ? "Currency (desk)" : header[column - 1] ?? "");

describe("customerTotalFormula", () => {
  it("sums the balance over the customer's rows, in R1C1 absolute rows of the block", () => {
    expect(customerTotalFormula(data(rows), 0, mapping, [1, 2, 3], [], null, header2)).toBe("SUMIFS(R4C5:R6C5,R4C2:R6C2,RC2)");
  });

  it("adds the currency: the list's column, or the desk's own", () => {
    expect(customerTotalFormula(data(rows), 0, { ...mapping, currency: { column: 4 } }, [1, 2, 3], [], null, header2)).toBe("SUMIFS(R4C5:R6C5,R4C2:R6C2,RC2,R4C6:R6C6,RC6)");
    expect(customerTotalFormula(data(rows), 0, mapping, [1, 2, 3], [], 7, header2)).toBe("SUMIFS(R4C5:R6C5,R4C2:R6C2,RC2,R4C8:R6C8,RC8)");
  });

  it("reads a Table's columns by name", () => {
    expect(customerTotalFormula(data(rows, "Invoices"), 0, mapping, [1, 2, 3], [], 7, header2)).toBe("SUMIFS(Invoices[[Balance]],Invoices[[Customer]],[@[Customer]],Invoices[[Currency (desk)]],[@[Currency (desk)]])");
  });

  it.each([
    ["a customer named by heading rows (blank cells)", [["Acme", "", "", "", ""], ["", "A-1", 46000, 60, ""]], [2]],
    ["a balance written as text", [["Acme", "A-1", 46000, "1.200,00", ""]], [1]],
    ["a name SUMIFS reads as a pattern", [["Acme*", "A-1", 46000, 60, ""]], [1]],
    ["a name SUMIFS reads as a comparison", [[">Acme", "A-1", 46000, 60, ""]], [1]],
    ["a total row that repeats the customer beside an amount", [["Acme", "A-1", 46000, 60, ""], ["ACME", "", "", 60, ""]], [1]],
  ])("is left out for %s", (_why, list, invoiceRows) => {
    expect(customerTotalFormula(data(list), 0, mapping, invoiceRows, [], null, header2)).toBeNull();
  });

  it("is left out for a repeated invoice, a blank currency cell, or without the invoice rows", () => {
    expect(customerTotalFormula(data(rows), 0, mapping, [1, 2, 3], [[2, 1]], null, header2)).toBeNull();
    expect(customerTotalFormula(data([["Acme", "A-1", 46000, 60, ""]]), 0, { ...mapping, currency: { column: 4 } }, [1], [], null, header2)).toBeNull();
    expect(customerTotalFormula(data(rows), 0, mapping, undefined, [], null, header2)).toBeNull();
  });

  it("goes into the ladder formulas as the customerTotal argument", () => {
    const plan = planArColumns(data(rows), 0, mapping, [1, 2, 3]);
    expect(plan.columns.find((column) => column.key === "nextAction")?.formula).toBe("=AR.NEXTACTION(RC4,RC5,,,,,DunningAsOf,DunningPolicy,,,,SUMIFS(R4C5:R6C5,R4C2:R6C2,RC2))");
    expect(plan.columns.find((column) => column.key === "bucket")?.formula).not.toContain("SUMIFS");
  });
});
