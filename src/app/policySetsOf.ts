import { readPolicySets, type PolicySet } from "../core/policySets";
import type { WorkbookPort } from "../workbook/port";

/** The workbook's named policy sets, and why there are none when they could not be read. */
export interface WorkbookPolicySets {
  readonly sets: readonly PolicySet[];
  readonly warning: string | null;
}

/**
 * The named policy sets of the workbook's policy sheet (its columns beside Name | Value | Setting
 * | Help), for policy per customer: a Policy set column of the aging list names one per customer.
 * A workbook without a policy sheet, or a port that cannot read the whole table, has none.
 *
 * @example
 * await policySetsOf(port) //=> { sets: [{ name: "Strict", policy: { ...defaultPolicy, graceDays: 14 } }], warning: null }
 */
export async function policySetsOf(port: WorkbookPort): Promise<WorkbookPolicySets> {
  let table: unknown[][] | null;
  try {
    table = (await port.readPolicyTable?.()) ?? null;
  } catch (error) {
    return { sets: [], warning: `The policy sets could not be read (${error instanceof Error ? error.message : String(error)}); customers naming one are not drafted.` };
  }
  if (table === null) return { sets: [], warning: null };
  const read = readPolicySets(table);
  return read.ok ? { sets: read.sets, warning: null } : { sets: [], warning: `The policy sheet's ${read.problem}; customers naming a set are not drafted.` };
}
