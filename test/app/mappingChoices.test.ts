import { findHeaderRow } from "../../src/core/columns";
import { chooseMapping } from "../../src/app/chooseMapping";
import { columnOptions, confidenceText, fieldColumnsOf, initialChoices, withDeskColumns } from "../../src/app/mappingChoices";

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

  // Failed before: the restore from the Contact Log added Last contact and Reminders sent right of
  // the list, but the mapping saved before kept them unmapped, so the figures ignored them.
  it("adds the desk's own columns a saved mapping predates, and keeps what the user chose", () => {
    const header = ["Customer", "Due", "Balance", "Last contact", "Reminders sent", "dunning status"];
    expect(withDeskColumns({ customer: 0, dueDate: 1, balance: 2 }, header)).toEqual({ customer: 0, dueDate: 1, balance: 2, lastContact: 3, remindersSent: 4, dunningStatus: 5 });
    expect(withDeskColumns({ customer: 0, dueDate: 1, balance: 2, lastContact: 4 }, header)).toEqual({ customer: 0, dueDate: 1, balance: 2, lastContact: 4, dunningStatus: 5 });
    expect(withDeskColumns({ customer: 0, dueDate: 1, balance: 2 }, ["Customer", "Due", "Balance", "Last contacted"])).toEqual({ customer: 0, dueDate: 1, balance: 2 });
    const chosen = chooseMapping([header, ["Acme", 46_000, 10, 46_010, 2, ""]], { headerRow: 0, columns: { customer: 0, dueDate: 1, balance: 2 } });
    expect(chosen).toMatchObject({ ok: true, source: "saved", mapping: { lastContact: { column: 3 }, remindersSent: { column: 4 }, dunningStatus: { column: 5 } } });
  });
});
