import { readLedger } from "../../src/core/ledger";
import { readingNotes } from "../../src/core/readingNotes";

const mapping = { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } };
const notesOf = (rows: readonly (readonly unknown[])[]) =>
  readingNotes(readLedger({ cells: [["Customer", "Due Date", "Open Balance"], ...rows] }, { row: 0, mapping }, { dateSystem: 1900, asOf: 20780 }));

describe("readingNotes: what the pane and the command line say about how the sheet was read", () => {
  it("no date-order note on a sheet of real Excel dates (a US QuickBooks export)", () => {
    const notes = notesOf([["Acme Corp", 46296, 4200], ["Birch Dental", 46324, 1350]]);
    expect(notes.join(" ")).not.toMatch(/Dates read/);
  });

  it("the note when the column holds text dates, saying whether the order was inferred or assumed", () => {
    expect(notesOf([["Acme", "05/10/2026", 100]])).toContain("Dates read day-first (dd/mm/yyyy), assumed: no date shows the order");
    expect(notesOf([["Acme", "25/10/2026", 100]])).toContain("Dates read day-first (dd/mm/yyyy), inferred from the dates");
  });

  it("ISO and written-out text dates need no order: no note", () => {
    expect(notesOf([["Acme", "2026-10-05", 100], ["Birch", "5 Oct 2026", 50]]).join(" ")).not.toMatch(/Dates read/);
  });

  it("states the Buddhist-era conversion when it happened", () => {
    const notes = notesOf([["บริษัท ก", "04/09/2569", 100], ["บริษัท ข", "31/10/2569", 50]]);
    expect(notes).toContain("Buddhist-era years read as Common Era: 2569 → 2026 (2 dates, such as '04/09/2569')");
    expect(notesOf([["Acme", "25/10/2026", 100]]).join(" ")).not.toMatch(/Buddhist/);
  });
});
