import { defaultPolicy, type Policy } from "../core/policy";
import { readPolicyTable } from "../core/policyTable";
import { isFailure } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";

/** The policy in force, and where it comes from (for the user: "the defaults are used because …"). */
export interface WorkbookPolicy {
  readonly policy: Policy;
  readonly source: "sheet" | "defaults";
  /** Why the defaults are used although the workbook has a policy sheet; null when all is well. */
  readonly warning: string | null;
}

/**
 * The workbook's policy as the pane loads it: its policy sheet read with `readPolicyTable`, or
 * the playbook's defaults (with a warning when the sheet exists but cannot be used).
 *
 * @example
 * await workbookPolicy(port) //=> { policy: { ...defaultPolicy, graceDays: 14 }, source: "sheet", warning: null }
 * await workbookPolicy(emptyPort) //=> { policy: defaultPolicy, source: "defaults", warning: null }
 */
export async function workbookPolicy(port: WorkbookPort): Promise<WorkbookPolicy> {
  let rows: unknown;
  try {
    rows = await port.readPolicySheet();
  } catch (error) {
    return { policy: defaultPolicy, source: "defaults", warning: `The policy sheet could not be read (${error instanceof Error ? error.message : String(error)}); the defaults are used.` };
  }
  if (isFailure(rows)) return { policy: defaultPolicy, source: "defaults", warning: `The policy sheet could not be read (${rows.error}); the defaults are used.` };
  if (!Array.isArray(rows)) return { policy: defaultPolicy, source: "defaults", warning: null };
  const read = readPolicyTable(rows as unknown[][]);
  if (!read.ok) return { policy: defaultPolicy, source: "defaults", warning: `The policy sheet has a problem (${read.problem}); the defaults are used.` };
  return { policy: read.policy, source: "sheet", warning: null };
}
