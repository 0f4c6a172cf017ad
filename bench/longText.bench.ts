/*
 * Issue 13 item 2: annotate over a workbook whose every readable field holds one
 * 32,767-character digit string (see test/support/longTextWorkbook.ts), at 1,000 rows, beside
 * the same workbook with "99999" in those fields. Before the readers were made linear, one such
 * cell took 1.4 s in AR.AGINGBUCKET and a 7 KB workbook stalled annotate for 25 s.
 * Run: npm run bench.
 */
import "../test/support/customFunctionsGlobal";
import { annotateTime, LONG_DIGITS, longTextWorkbook } from "../test/support/longTextWorkbook";

async function main(): Promise<void> {
  const rows = 1_000;
  const long = await annotateTime(await longTextWorkbook(rows, LONG_DIGITS), 3);
  const short = await annotateTime(await longTextWorkbook(rows, "99999"), 3);
  console.log("| fields hold | rows | annotate CPU time (open, read, analyse, AR columns, save) |");
  console.log("|---|---|---|");
  console.log(`| a 32,767-digit string | ${rows.toLocaleString("en-US")} | ${(long / 1000).toFixed(2)} s |`);
  console.log(`| "99999" | ${rows.toLocaleString("en-US")} | ${(short / 1000).toFixed(2)} s |`);
}

void main();
