import type { Policy } from "../core/policy";
import { readPolicyTable } from "../core/policyTable";
import { upgradePolicySheet } from "../core/policyUpgrade";
import { isFailure } from "../workbook/agingData";
import type { Conflict } from "../workbook/conflicts";
import { policyNames } from "../workbook/policyNames";
import type { WorkbookPort } from "../workbook/port";

/** What happened to the policy sheet the AR formulas read. */
export type PolicySheetChange = "added" | "updated" | "replaced" | "unchanged";

export type PolicySheetResult =
  | { readonly ok: true; readonly change: PolicySheetChange; readonly policy: Policy }
  | { readonly ok: false; readonly message: string; readonly conflicts: readonly Conflict[] };

export interface PolicySheetOptions {
  /** The as-of date (Excel serial) a new sheet gets, and an existing one unless `keepAsOf`. */
  readonly asOfSerial: number;
  /** Keep an existing sheet's own as-of date (the pane: the user may have set it on purpose). */
  readonly keepAsOf: boolean;
  /** Write `policy` over an existing sheet's settings (the user gave a policy explicitly). */
  readonly replace: boolean;
}

/**
 * Makes sure the policy sheet the AR formulas read (names DunningPolicy, DunningAsOf) exists and
 * reads this list's text the way the analysis did. No sheet: `policy` is written. A sheet: its
 * settings are kept and only the date order and decimal separator follow `policy` (or every text
 * date would be #VALUE!) — unless `replace`, which writes `policy` whole. A sheet of an earlier
 * version is written upgraded (`upgradePolicySheet`), so its old default is not read as a choice.
 *
 * @param policy - the policy in force, with the list's date order and separator (`policyForSheet`)
 *
 * @example
 * await ensurePolicySheet(port, policy, { asOfSerial: 46068, keepAsOf: true, replace: false })
 * //=> { ok: true, change: "added", policy }
 */
export async function ensurePolicySheet(port: WorkbookPort, policy: Policy, options: PolicySheetOptions): Promise<PolicySheetResult> {
  let existing: unknown;
  try {
    existing = await port.readPolicySheet();
  } catch (error) {
    return failed(`The policy sheet "${policyNames.sheet}" could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (isFailure(existing)) return failed(existing.error);
  const asOf = options.keepAsOf ? null : options.asOfSerial;
  if (!Array.isArray(existing)) return write(port, policy, options.asOfSerial, "added");
  if (options.replace) return write(port, policy, asOf, "replaced");
  // An earlier version's default (language en) reads as today's, and is written so from now on.
  const upgraded = upgradePolicySheet(existing as unknown[][]);
  const sheet = readPolicyTable(upgraded.rows);
  if (!sheet.ok) return failed(`The formulas read the policy sheet "${policyNames.sheet}", which has a problem: ${sheet.problem}`);
  const { dateOrder, decimalSeparator } = policy;
  const same = sheet.policy.dateOrder === dateOrder && sheet.policy.decimalSeparator === decimalSeparator && upgraded.notices.length === 0;
  if (same && asOf === null) return { ok: true, change: "unchanged", policy: sheet.policy };
  return write(port, { ...sheet.policy, dateOrder, decimalSeparator }, asOf, same ? "unchanged" : "updated");
}

async function write(port: WorkbookPort, policy: Policy, asOfSerial: number | null, change: PolicySheetChange): Promise<PolicySheetResult> {
  const written = await port.writePolicySheet(policy, asOfSerial);
  if (isFailure(written)) return failed(`The formulas need the policy sheet, which could not be written: ${written.error}`);
  if (written && !written.ok) {
    return { ok: false, message: `The policy sheet "${policyNames.sheet}" has rows this policy does not name; delete them (or name them in the policy) first.`, conflicts: written.conflicts };
  }
  return { ok: true, change, policy };
}

function failed(message: string): PolicySheetResult {
  return { ok: false, message, conflicts: [] };
}
