// The sample workbook opened with its dates moved (browser mode's "Try the sample workbook" moves
// them to today): date cells move by whole days; text that only looks like a date does not.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";
import { sampleShift } from "../../src/taskpane/browserMode/pickedFile";
import { dayFromIsoText, type Day } from "../../src/core/days";

const bytes = readFileSync(join(__dirname, "..", "..", "assets", "sample-aging.xlsx"));

async function open(shiftDates: number): Promise<FileWorkbook> {
  const book = await openWorkbookFile(bytes, { shiftDates });
  if (!book.ok) throw new Error(book.error);
  return book;
}

/** Every cell of the sample's list: value and whether it is shown as a date. */
function cells(book: FileWorkbook): { value: unknown; text: string }[] {
  const sheet = book.sheetNames()[0] ?? "";
  const { rows, columns } = book.usedSize(sheet);
  return Array.from({ length: rows * columns }, (_, i) => book.cell(sheet, Math.floor(i / columns), i % columns));
}

describe("opening with shifted dates", () => {
  it("moves every date cell by the days asked and leaves everything else", async () => {
    const [before, after] = [cells(await open(0)), cells(await open(281))];
    let moved = 0;
    before.forEach((cell, i) => {
      const later = after[i];
      if (/^\d{4}-\d{2}-\d{2}$/.test(cell.text) && typeof cell.value === "number") {
        expect(later?.value).toBe(cell.value + 281);
        moved += 1;
      } else expect(later).toEqual(cell);
    });
    expect(moved).toBeGreaterThan(160); // invoice and due dates of 80 invoices, and more
    expect(before.some((cell) => cell.value === "31/13/2025")).toBe(true); // the text date stays a mistake
  });

  it("moves the sample to today", () => {
    expect(sampleShift(dayFromIsoText("2026-02-15") as Day)).toBe(0);
    expect(sampleShift(dayFromIsoText("2026-11-23") as Day)).toBe(281);
  });
});
