/*
 * Issue 13 item 2: every regex that reads user text is linear. A workbook whose every readable
 * field holds one 32,767-character digit string (Excel's longest cell text, one shared string)
 * goes through what annotate does — open, find and read the list, analyse it, write the AR
 * columns with every formula evaluated through the functions, save — at 250 and 1,000 rows.
 * Time must grow no faster than the rows (a ratio with slack, never an absolute time), and the
 * long text must cost about what a short one does. Before the fix one such cell took 1.4 s.
 */
import { annotateTime, LONG_DIGITS, longTextWorkbook } from "../support/longTextWorkbook";

describe("a 32,767-character digit string in every readable field", () => {
  it("costs time in proportion to the rows (250 → 1,000 rows), and about what short text costs", async () => {
    const small = await annotateTime(await longTextWorkbook(250, LONG_DIGITS));
    const large = await annotateTime(await longTextWorkbook(1_000, LONG_DIGITS));
    const short = await annotateTime(await longTextWorkbook(1_000, "99999"));
    // 4× the rows: allow up to 8× the time (GC, JIT warm-up, a shared machine).
    console.log(`long text: 250 rows ${small.toFixed(0)} ms, 1,000 rows ${large.toFixed(0)} ms (×${(large / small).toFixed(1)}); 1,000 rows of short text ${short.toFixed(0)} ms`);
    expect(large / small).toBeLessThan(8);
    // A reader that walks the text more than once per character shows here: 1.4 s a cell before the fix.
    expect(large / short).toBeLessThan(10);
  }, 240_000);
});
