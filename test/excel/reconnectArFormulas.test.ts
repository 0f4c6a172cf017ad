import fc from "fast-check";
import { arRuns, reconnectArFormulas } from "../../src/excel/reconnectArFormulas";
import { officeWorkbook } from "../../src/excel";
import { excelMessages } from "../../src/workbook/excelMessages";
import { createFakeExcel } from "../support/fakeExcel";

const values = [
  ["Customer", "Due date", "Days overdue", "Bucket", "Note"],
  ["Acme", 46_000, "", "", "=AR.AGINGBUCKET(C2) as text"],
  ["Beta", 46_010, "", "", ""],
  ["Gamma", 46_020, "", "", "keep"],
];

/** Formulas as a file written outside Excel leaves them: the file's spelling in one column, Excel's in the other. */
const formulas = {
  "1,2": "=_xldudf_AR_DAYSOVERDUE(B2,DunningAsOf)",
  "2,2": "=_xldudf_ar_daysoverdue(B3,DunningAsOf)",
  "3,2": "=_xldudf_AR_DAYSOVERDUE(B4,DunningAsOf)",
  "1,3": "=AR.AGINGBUCKET(C2)",
  "3,3": "=AR.AGINGBUCKET(C4)",
  "1,1": "=DATE(2025,12,9)",
};

describe("Reconnect AR formulas (Office adapter)", () => {
  it("assigns every AR cell's formula to itself, in Excel's spelling, and writes no other cell", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "AR", values, formulas }, { name: "Notes", values: [["n"], ["=AR.NEXTACTION text"]] }] });
    fake.install();
    const writes: string[] = [];
    const original = fake.book.write.bind(fake.book);
    fake.book.write = (sheet, row, column, input, mode) => {
      writes.push(`${sheet.name}!${row},${column}`);
      original(sheet, row, column, input, mode);
    };
    expect(await officeWorkbook.reconnectArFormulas?.()).toEqual({ ok: true, cells: 5, sheets: ["AR"] });
    expect(writes.sort()).toEqual(["AR!1,2", "AR!1,3", "AR!2,2", "AR!3,2", "AR!3,3"]);
    expect(fake.cell("AR", 2, 2).formula).toBe("=AR.DAYSOVERDUE(B3,DunningAsOf)");
    expect(fake.cell("AR", 1, 3).formula).toBe("=AR.AGINGBUCKET(C2)");
    // A user's formula, a text that looks like one, and empty cells are left as they were.
    expect(fake.cell("AR", 1, 1).formula).toBe("=DATE(2025,12,9)");
    expect(fake.cell("AR", 1, 4)).toMatchObject({ value: "=AR.AGINGBUCKET(C2) as text", formula: null });
    expect(fake.cell("AR", 2, 3).formula).toBeNull();
  });

  it("stops when cancelled, writing nothing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "AR", values, formulas }] });
    fake.install();
    expect(await reconnectArFormulas({ cancelled: true, report: () => undefined })).toEqual({ error: excelMessages.cancelled });
    expect(fake.cell("AR", 2, 2).formula).toBe("=_xldudf_ar_daysoverdue(B3,DunningAsOf)");
  });

  it("arRuns: runs cover exactly the AR formula cells whose value differs from the formula (fast-check, seeded)", () => {
    const cell = fc.oneof(fc.constant("=AR.AGINGBUCKET(C2)"), fc.constant("=SUM(A1)"), fc.constant(""), fc.string({ maxLength: 4 }), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 12 }), fc.boolean(), (grid, asText) => {
        const shown = grid.map((row) => row.map((formula) => (asText ? formula : typeof formula === "string" && formula.startsWith("=") ? 7 : formula)));
        const runs = arRuns(grid, shown);
        const covered = new Set(runs.flatMap((run) => run.formulas.map((_, i) => `${run.top + i},${run.column}`)));
        const expected = new Set(grid.flatMap((row, r) => row.flatMap((formula, c) => (!asText && formula === "=AR.AGINGBUCKET(C2)" ? [`${r},${c}`] : []))));
        expect(covered).toEqual(expected);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
