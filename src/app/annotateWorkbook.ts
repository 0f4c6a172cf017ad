import type { Policy } from "../core/policy";
import { policyForSheet } from "../core/policyForSheet";
import { isFailure } from "../workbook/agingData";
import { singleCurrency } from "../core/currency/currencyReading";
import { planArColumns, type ArColumnPlan } from "../workbook/arColumnPlan";
import type { Conflict } from "../workbook/conflicts";
import type { WorkbookPort } from "../workbook/port";
import type { Progress } from "../workbook/progress";
import type { AgingList } from "./agingList";
import { deskCurrencyCodes } from "./deskCurrencyCodes";
import { ensurePolicySheet, type PolicySheetChange, type PolicySheetOptions } from "./ensurePolicySheet";

export interface AnnotateOptions extends Pick<PolicySheetOptions, "asOfSerial" | "keepAsOf" | "replace"> {
  /** Overwrite non-empty cells where the AR columns go (the pane's "Overwrite these cells"). */
  readonly confirmOverwrite: boolean;
}

export type Annotated =
  | { readonly ok: true; readonly plan: ArColumnPlan; readonly rows: number; readonly policySheet: PolicySheetChange; readonly policy: Policy }
  | { readonly ok: false; readonly step: "policy" | "columns" | "summary"; readonly message: string; readonly conflicts: readonly Conflict[] };

/**
 * The pane's "Add AR columns" then "Create summary sheet" over any workbook port: the policy
 * sheet first (the formulas read it), the AR formula columns beside the list, then the summary
 * sheet with its bucket table live over the Bucket column. Cells in the way come back as
 * conflicts and nothing more is written, unless `confirmOverwrite`.
 *
 * @param list - the list as analysed (`analyzeAgingList`)
 * @param policy - the policy in force (the list's date order and separator are applied here)
 *
 * @example
 * await annotateWorkbook(port, list, defaultPolicy, { asOfSerial: 46068, keepAsOf: false, replace: false, confirmOverwrite: false })
 * //=> { ok: true, plan: { columns: [{ header: "Days overdue", … }, …] }, rows: 119, policySheet: "added", policy }
 */
export async function annotateWorkbook(port: WorkbookPort, list: AgingList, policy: Policy, options: AnnotateOptions, progress?: Progress): Promise<Annotated> {
  const ensured = await ensurePolicySheet(port, policyForSheet(policy, list.ledger), options);
  if (!ensured.ok) return { ok: false, step: "policy", message: ensured.message, conflicts: ensured.conflicts };
  const plan = planArColumns(list.data, list.headerRow, list.mapping, list.invoiceRows, singleCurrency(list.ledger.currency), new Map(deskCurrencyCodes(list.ledger, list.mapping)), list.repeatedRows);
  const written = await port.writeArColumns(plan, { confirmOverwrite: options.confirmOverwrite }, progress);
  if (isFailure(written)) return { ok: false, step: "columns", message: written.error, conflicts: [] };
  if (!written.ok) return { ok: false, step: "columns", message: "Cells where the AR columns go already hold data: nothing was written.", conflicts: written.conflicts };
  const summary = await port.createSummarySheet(list.summary, list.data, plan);
  if (isFailure(summary)) return { ok: false, step: "summary", message: `Could not create the summary sheet: ${summary.error}`, conflicts: [] };
  return { ok: true, plan, rows: written.rows, policySheet: ensured.change, policy: ensured.policy };
}
