/*
 * What src/core says for a fixture, computed apart from the command line: the sheet read whole
 * with ExcelJS (test/support/fakeExcel/fromXlsx), its header found, its ledger and figures. Rows
 * and columns are the sheet's own (0-based), so they point at the cells the CLI wrote.
 */
import { join } from "node:path";
import { findHeaderRow } from "../../src/core/columns";
import type { Day } from "../../src/core/days";
import { readLedger, type Ledger } from "../../src/core/ledger";
import { defaultPolicy, type Policy } from "../../src/core/policy";
import { policyForSheet } from "../../src/core/policyForSheet";
import { summarizeReceivables, type Receivables } from "../../src/core/receivables";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { fixturesDir } from "./cliRun";

export interface FixtureFigures {
  readonly sheetName: string;
  readonly ledger: Ledger;
  readonly summary: Receivables;
  /** The policy the AR formulas are written with: the defaults, read as this sheet writes text. */
  readonly sheetPolicy: Policy;
}

/** The figures of the first sheet of a fixture that has a header row. */
export async function fixtureFigures(file: string, asOf: Day): Promise<FixtureFigures> {
  const state = await fromXlsx(join(fixturesDir, file));
  for (const sheet of state.sheets) {
    const cells = sheet.values as unknown[][];
    const header = findHeaderRow(cells);
    if (!header.ok) continue;
    const ledger = readLedger({ cells, numberFormats: sheet.numberFormats ?? [] }, header, { dateSystem: 1900, asOf });
    const summary = summarizeReceivables(ledger.invoices, asOf, defaultPolicy);
    if (!summary.ok) throw new Error(summary.message);
    return { sheetName: sheet.name, ledger, summary, sheetPolicy: policyForSheet(defaultPolicy, ledger) };
  }
  throw new Error(`${file}: no header row`);
}

export const fixtureFiles = ["plain-table.xlsx", "quickbooks-open-invoices.xlsx", "xero-aged-receivables.xlsx", "indonesian-hand-made.xlsx"];
