/*
 * The four fixture workbooks as the contract suite reads them: where the list is, how the user
 * points at it (the selected cell and the scope), and what any adapter must find there.
 */
import { join } from "node:path";
import type { AgingScope } from "../../src/workbook/agingData";

export interface ContractFixture {
  readonly file: string;
  readonly path: string;
  readonly sheet: string;
  readonly scope: AgingScope;
  /** The cell the user selected before reading (0-based). */
  readonly cell: { readonly row: number; readonly column: number };
  readonly address: string;
  readonly tableName: string | null;
  /** Amounts are text ("Rp 1.250.000"): the summary's live SUMIFS add up no text, in Excel as here. */
  readonly textAmounts?: boolean;
}

const path = (file: string) => join(__dirname, "..", "fixtures", file);

export const contractFixtures: readonly ContractFixture[] = [
  { file: "quickbooks-open-invoices.xlsx", path: path("quickbooks-open-invoices.xlsx"), sheet: "Open Invoices", scope: "usedRange", cell: { row: 0, column: 0 }, address: "'Open Invoices'!A1:H27", tableName: null },
  { file: "xero-aged-receivables.xlsx", path: path("xero-aged-receivables.xlsx"), sheet: "Aged Receivables Detail", scope: "auto", cell: { row: 7, column: 2 }, address: "'Aged Receivables Detail'!A6:J17", tableName: null },
  { file: "indonesian-hand-made.xlsx", path: path("indonesian-hand-made.xlsx"), sheet: "Piutang", scope: "auto", cell: { row: 6, column: 1 }, address: "Piutang!A5:G12", tableName: null, textAmounts: true },
  { file: "plain-table.xlsx", path: path("plain-table.xlsx"), sheet: "Receivables", scope: "auto", cell: { row: 0, column: 0 }, address: "Receivables!A3:H43", tableName: "Invoices" },
];
