import { defaultPolicy, type Policy } from "./policy";
import { readPolicyTable } from "./policyTable";

/** A named policy set: a column of the policy Table whose blank cells keep the default value. */
export interface PolicySet {
  readonly name: string;
  readonly policy: Policy;
}

export type PolicySetsResult = { readonly ok: true; readonly sets: readonly PolicySet[] } | { readonly ok: false; readonly problem: string };

const OWN_COLUMNS = new Set(["name", "value", "setting", "help"]);

/**
 * Reads the named policy sets of the policy Table (header row first): every column besides
 * Name, Value, Setting and Help is a set named by its header, each cell overriding that row's
 * value, a blank cell keeping it. Each set is read as the formulas read a policy, so a bad value
 * is refused naming the set and the setting. (Functions may take a set's name later; today they
 * read `DunningPolicy`, the Value column.)
 *
 * @param table - the Table's values, header first: Name | Value | Setting | Help | <set>…
 * @param base - the policy the Value column overrides
 *
 * @example
 * readPolicySets([["Name", "Value", "Setting", "Help", "Strict"], ["graceDays", 30, "Grace", "", 14]])
 * //=> { ok: true, sets: [{ name: "Strict", policy: { ...defaultPolicy, graceDays: 14 } }] }
 */
export function readPolicySets(table: readonly (readonly unknown[])[], base: Policy = defaultPolicy): PolicySetsResult {
  const [header = [], ...rows] = table;
  const columns = header.flatMap((cell, column) => (typeof cell === "string" && cell.trim() !== "" && !OWN_COLUMNS.has(cell.trim().toLowerCase()) ? [{ name: cell.trim(), column }] : []));
  const sets: PolicySet[] = [];
  for (const { name, column } of columns) {
    const pairs = rows.map((row) => [row[0], isBlank(row[column]) ? row[1] : row[column]] as const);
    const read = readPolicyTable(pairs, base);
    if (!read.ok) return { ok: false, problem: `policy set "${name}": ${read.problem}` };
    sets.push({ name, policy: read.policy });
  }
  return { ok: true, sets };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Policy per customer: the set the first of its Policy set cells names (ignoring case and
 * spaces), else the policy in force; the name itself when the policy sheet has no such set, for
 * the caller to say so (a customer is never decided with a policy it did not name).
 *
 * @param cells - the customer's Policy set cells, in list order (null: blank)
 *
 * @example
 * customerPolicy([null, "Strict "], defaultPolicy, [{ name: "strict", policy: strict }]) //=> strict
 * customerPolicy(["gentel"], defaultPolicy, [{ name: "gentle", policy: gentle }])       //=> "gentel"
 */
export function customerPolicy(cells: readonly (string | null)[], policy: Policy, sets: readonly PolicySet[]): Policy | string {
  const name = cells.map((cell) => cell?.trim() ?? "").find((text) => text !== "") ?? "";
  if (name === "") return policy;
  const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");
  return sets.find((set) => fold(set.name) === fold(name))?.policy ?? name;
}
