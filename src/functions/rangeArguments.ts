import { areBucketEdges, defaultBucketEdges } from "../core/aging";
import { defaultPolicy, type Policy } from "../core/policy";
import { readPolicySets, type PolicySet } from "../core/policySets";
import { readPolicyTable } from "../core/policyTable";
import { quoted } from "../core/problems";
import { BadArgument, isBlank, refuse, single } from "./cellValues";

/**
 * Reads the optional policy range: left out, it is the playbook's default policy. Excel hands
 * every call a fresh copy of the same range, so the last reading is kept and reused while the
 * cells are equal: 100,000 rows pointing at one policy range read it once.
 */
export function policyArgument(value: unknown): Policy {
  if (value === null || value === undefined) return defaultPolicy;
  const rows = matrixOf(value, "policy");
  if (lastPolicy && sameCells(rows, lastPolicy.rows)) return lastPolicy.policy;
  const result = readPolicyTable(rows);
  if (!result.ok) throw new BadArgument(result.problem);
  lastPolicy = { rows, policy: result.policy };
  return result.policy;
}

/**
 * The policy of a named set (a column of the policy table, R14/R15 "policy per customer"): the
 * range must be the whole table with its header row (`DunningPolicyTable[#All]`), each set's
 * blank cells keeping the Value column's setting. Names match ignoring case and spaces. The sets
 * of the last range read are kept, as `policyArgument` keeps its policy.
 *
 * @example
 * policySetArgument([["Name", "Value", "Setting", "Help", "Strict"], ["graceDays", 30, "", "", 14]], "strict").graceDays //=> 14
 */
export function policySetArgument(value: unknown, setName: string): Policy {
  const rows = value === null || value === undefined ? [] : matrixOf(value, "policy");
  if (!lastSets || !sameCells(rows, lastSets.rows)) {
    // Only a table with its header names sets: the DunningPolicy body (no header) has none.
    const header = rows[0]?.[0];
    const hasHeader = typeof header === "string" && header.trim().toLowerCase() === "name";
    const read = hasHeader ? readPolicySets(rows) : { ok: true as const, sets: [] };
    if (!read.ok) throw new BadArgument(read.problem);
    lastSets = { rows, sets: read.sets };
  }
  const wanted = foldSetName(setName);
  const found = lastSets.sets.find((set) => foldSetName(set.name) === wanted);
  if (!found) throw new BadArgument(quoted.unknownPolicySet(setName, lastSets.sets.map((set) => set.name).join(", ")));
  return found.policy;
}

let lastSets: { rows: readonly (readonly unknown[])[]; sets: readonly PolicySet[] } | undefined;

function foldSetName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Reads the optional bucket edges range (upper bounds in days, e.g. 30, 60, 90). */
export function bucketEdgesArgument(value: unknown): readonly number[] {
  if (value === null || value === undefined) return defaultBucketEdges;
  const rows = matrixOf(value, "edges");
  if (lastEdges && sameCells(rows, lastEdges.rows)) return lastEdges.edges;
  // Desktop hands an empty cell over as 0, the web as null: both are no edge (an edge is above 0).
  const edges = rows.flat().filter((cell) => !isBlank(cell) && cell !== 0);
  if (edges.length === 0 || !edges.every((edge) => typeof edge === "number") || !areBucketEdges(edges)) {
    refuse("edges", "bucketEdges");
  }
  lastEdges = { rows, edges };
  return edges;
}

let lastPolicy: { rows: readonly (readonly unknown[])[]; policy: Policy } | undefined;
let lastEdges: { rows: readonly (readonly unknown[])[]; edges: readonly number[] } | undefined;

/** A range argument as rows; a single value (a one-cell range on some hosts) as one row. */
function matrixOf(value: unknown, name: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(value)) return [[single(value, name)]];
  const rows = value as unknown[];
  // The file adapter hands every row's call the same array: look at its rows once, not 600,000 times.
  const known = matrices.get(rows);
  if (known) return known;
  // Excel hands a range over as rows already: use it as it is (this runs on every row's call).
  const matrix = rows.every((row) => Array.isArray(row)) ? (rows as unknown[][]) : rows.map((row): readonly unknown[] => (Array.isArray(row) ? (row as unknown[]) : [row]));
  matrices.set(rows, matrix);
  return matrix;
}

const matrices = new WeakMap<readonly unknown[], readonly (readonly unknown[])[]>();

function sameCells(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r += 1) {
    const rowA = a[r] ?? [];
    const rowB = b[r] ?? [];
    if (rowA.length !== rowB.length) return false;
    for (let c = 0; c < rowA.length; c += 1) if (rowA[c] !== rowB[c]) return false;
  }
  return true;
}
