import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeAgingList } from "../../src/app/agingList";
import { locateAgingList } from "../../src/app/locateAgingList";
import { dayFromIsoText } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import { openWorkbookFile } from "../../src/xlsx";
import { runCli } from "../cli/cliRun";

const fixture = join(__dirname, "..", "fixtures", "user-formulas.xlsx");
const asOf = dayFromIsoText("2026-02-15") as number;

async function opened() {
  const book = await openWorkbookFile(readFileSync(fixture));
  if (!book.ok) throw new Error(book.error);
  return book;
}

describe("the list is the block the pane reads, also when the file holds no selection", () => {
  it("reads the block around the header, not the user's own totals below a blank row", async () => {
    const located = await locateAgingList(await opened(), null);
    if (!located.ok) throw new Error(located.message);
    expect(located.data.address).toBe("Piutang!A4:F8");
    const list = analyzeAgingList(located, defaultPolicy, asOf, null);
    if (!list.ok) throw new Error(list.message);
    // Row 11 ("Faktur > Rp 5 jt" with a COUNTIFS) is the user's count, not an invoice without a due date.
    // The one warning is CV Maju Bersama's "Janji bayar akhir bulan": a promise with no date the desk reads (R7).
    expect(list.problems.map((problem) => [problem.code, problem.row])).toEqual([["undatedPromise", 1]]);
    expect(list.ledger.invoices).toHaveLength(4);
  });

  it("the command line's analysis agrees with the pane's: no row problem but the undated promise", async () => {
    const run = await runCli(["analyze", fixture, "--as-of", "2026-02-15", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { list: { address: string }; problems: { code: string; cell: string }[] };
    expect(json.list.address).toBe("Piutang!A4:F8");
    expect(json.problems.map((problem) => [problem.code, problem.cell])).toEqual([["undatedPromise", "F5"]]);
  });
});
