import fc from "fast-check";
import { asOfWords } from "../../src/core/asOfWords";
import { dayFromIsoText, isoTextOfDay } from "../../src/core/days";
import { findReportAsOf } from "../../src/core/reportAsOf";

const NOV_30 = dayFromIsoText("2026-11-30") as number;
const header = ["Customer", "Due date", "Balance"];
/** The as-of date found on a sheet whose title lines are `titles`, as yyyy-mm-dd. */
const found = (titles: readonly (readonly unknown[])[], order?: "dayFirst" | "monthFirst") => {
  const result = findReportAsOf([...titles, header], titles.length, order);
  return result === null ? null : isoTextOfDay(result.day);
};

describe("findReportAsOf: the report's own as-of line, in four languages", () => {
  it.each([
    ["As of 23 Nov 2026", "2026-11-23"],
    ["As at 30/11/2026", "2026-11-30"],
    ["Per 30 November 2026", "2026-11-30"],
    ["Uz 2026. gada 30. novembri", "2026-11-30"],
    ["Stāvoklis uz 30.11.2026.", "2026-11-30"],
    ["Per tanggal 30/11/2026", "2026-11-30"],
    ["ณ วันที่ 30/11/2569", "2026-11-30"],
    ["ณ วันที่ 30 พฤศจิกายน 2569", "2026-11-30"],
    ["As of November 30, 2026", "2026-11-30"], // QuickBooks
    ["Aged Debtors as at 30 November 2026 (unaudited)", "2026-11-30"],
    ["A/R Aging Summary As of Monday, November 30, 2026", "2026-11-30"],
    ["Umur piutang per pelanggan per 30 Nov 2026", "2026-11-30"],
    ["AS OF 2026-11-30", "2026-11-30"],
    ["Sisa piutang s/d 30/11/2026", "2026-11-30"],
  ])("%s → %s", (title, iso) => {
    expect(found([["Company Ltd"], [title]])).toBe(iso);
  });

  it("reads a date beside the words, text or an Excel date", () => {
    expect(found([["As of", "30/11/2026"]])).toBe("2026-11-30");
    expect(found([["As at:", null, 46356]])).toBe("2026-11-30");
  });

  it("a numeric date that does not show its order follows the sheet's", () => {
    expect(found([["As of 11/05/2026"]], "monthFirst")).toBe("2026-11-05");
    expect(found([["As of 11/05/2026"]], "dayFirst")).toBe("2026-05-11");
    // 30/11 shows its order whatever the sheet's.
    expect(found([["As of 30/11/2026"]], "monthFirst")).toBe("2026-11-30");
  });

  it("says when the year was Buddhist-era", () => {
    const thai = findReportAsOf([["ณ วันที่ 30/11/2569"], header], 1);
    expect(thai).toEqual({ day: NOV_30, text: "ณ วันที่ 30/11/2569", row: 0, column: 0, buddhistYear: 2569 });
    expect(findReportAsOf([["As of 30/11/2026"], header], 1)?.buddhistYear).toBeNull();
  });

  it.each([
    [["Per customer"]],
    [["As of"]],
    [["Report as of last month"]],
    [["Uzņēmums SIA Baltijas Koks"]], // "uz" inside a word
    [["Operation 30/11/2026"]], // a date without as-of words
    [["Superb 30 Nov 2026"]],
  ])("refuses %j: no as-of date", (title) => {
    expect(found([title])).toBeNull();
  });

  it("only title lines count: not the header row or the invoices below", () => {
    const cells = [["Report"], header, ["As of 30 Nov 2026", "2026-10-01", 100]];
    expect(findReportAsOf(cells, 1)).toBeNull();
  });

  it("any date after any of the catalog's words is found; any text is answered quickly, never with a throw", () => {
    const words = Object.values(asOfWords).flat();
    const start = dayFromIsoText("2000-01-01") as number;
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.integer({ min: 0, max: 36_000 }), fc.boolean(), (word, offset, upper) => {
        const day = start + offset;
        const [y, m, d] = isoTextOfDay(day).split("-");
        const title = `${upper ? word.toUpperCase() : word} ${d}/${m}/${y}`;
        expect(findReportAsOf([[title], header], 1)?.day).toBe(day);
      }),
      { seed: 4, numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ maxLength: 250 }), fc.integer(), fc.constant(null)), { maxLength: 4 }), { maxLength: 4 }), (rows) => {
        const result = findReportAsOf([...rows, header], rows.length);
        if (result !== null) expect(Number.isInteger(result.day)).toBe(true);
      }),
      { seed: 5, numRuns: 400 },
    );
  });

  it("hostile titles take linear time", () => {
    const long = `${"as of ".repeat(30)}${" ".repeat(150)}`.slice(0, 200);
    const started = performance.now();
    for (let i = 0; i < 500; i += 1) findReportAsOf([[long, "per ".repeat(50), `ณ${" ".repeat(190)}`], header], 1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
