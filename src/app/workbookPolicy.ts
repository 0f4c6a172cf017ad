import { defaultPolicy, type Policy } from "../core/policy";
import { readPolicyTable } from "../core/policyTable";
import { upgradePolicySheet } from "../core/policyUpgrade";
import { isFailure } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";

/** The policy in force, and where it comes from (for the user: "the defaults are used because …"). */
export interface WorkbookPolicy {
  readonly policy: Policy;
  readonly source: "sheet" | "defaults";
  /** Why the defaults are used although the workbook has a policy sheet; null when all is well. */
  readonly warning: string | null;
  /** What reading an earlier version's sheet changed (`upgradePolicySheet`): say it to the user. */
  readonly notices: readonly string[];
}

/**
 * The workbook's policy as the pane loads it: its policy sheet read with `readPolicyTable`, or
 * the playbook's defaults (with a warning when the sheet exists but cannot be used). A default an
 * earlier version wrote onto the sheet reads as today's, with a notice (`upgradePolicySheet`).
 *
 * @example
 * await workbookPolicy(port) //=> { policy: { ...defaultPolicy, graceDays: 14 }, source: "sheet", warning: null, notices: [] }
 * await workbookPolicy(emptyPort) //=> { policy: defaultPolicy, source: "defaults", warning: null, notices: [] }
 */
export async function workbookPolicy(port: WorkbookPort): Promise<WorkbookPolicy> {
  let rows: unknown;
  try {
    rows = await port.readPolicySheet();
  } catch (error) {
    return { policy: defaultPolicy, source: "defaults", warning: `The policy sheet could not be read (${error instanceof Error ? error.message : String(error)}); the defaults are used.`, notices: [] };
  }
  if (isFailure(rows)) return { policy: defaultPolicy, source: "defaults", warning: `The policy sheet could not be read (${rows.error}); the defaults are used.`, notices: [] };
  if (!Array.isArray(rows)) return { policy: defaultPolicy, source: "defaults", warning: null, notices: [] };
  const upgraded = upgradePolicySheet(rows as unknown[][]);
  const read = readPolicyTable(upgraded.rows);
  if (!read.ok) return { policy: defaultPolicy, source: "defaults", warning: `The policy sheet has a problem (${read.problem}); the defaults are used.`, notices: [] };
  return { policy: read.policy, source: "sheet", warning: null, notices: upgraded.notices };
}
