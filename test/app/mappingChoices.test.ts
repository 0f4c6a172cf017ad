import { findHeaderRow } from "../../src/core/columns";
import { columnOptions, confidenceText, fieldColumnsOf, initialChoices } from "../../src/app/mappingChoices";

describe("mapping choices", () => {
  const sheet = [["Aged Receivables"], [], ["Customer", "Invoice no.", "Due date (net)", "Balance"]];

  it("offers each column with the sheet's letter and header", () => {
    expect(columnOptions(["Customer", null, " Due\ndate "], 1)).toEqual([
      { column: 0, label: "B: Customer" },
      { column: 1, label: "C: (no header)" },
      { column: 2, label: "D: Due date" },
    ]);
  });

  it("preselects what the header search found, or the saved mapping", () => {
    const search = findHeaderRow(sheet);
    if (!search.ok) throw new Error(search.message);
    expect(initialChoices(search.mapping, null)).toEqual({ customer: 0, invoice: 1, dueDate: 2, balance: 3 });
    expect(initialChoices(search.mapping, { customer: 3, balance: 0 })).toEqual({ customer: 3, balance: 0 });
  });

  it("says how sure each preselection is", () => {
    const exact = { column: 0, confidence: 1, header: "Customer" };
    const partial = { column: 2, confidence: 0.7, header: "Due date (net)" };
    expect(confidenceText(0, exact, "found")).toBe("exact match");
    expect(confidenceText(2, partial, "found")).toBe("partial match (70%)");
    expect(confidenceText(1, exact, "found")).toBe("chosen by you");
    expect(confidenceText(0, exact, "saved")).toBe("saved mapping");
    expect(confidenceText(undefined, undefined, "found")).toBe("not found");
  });

  it("gives the core's FieldColumns shape", () => {
    expect(fieldColumnsOf({ customer: 0, balance: 3 })).toEqual({ customer: { column: 0 }, balance: { column: 3 } });
  });

});
