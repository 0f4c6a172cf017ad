import { policyColumns } from "./policyRows";

/** Where the policy Table's columns are, and the desk's columns an older sheet still lacks. */
export interface PolicyLayout {
  /** 0-based within the Table, by column name (Name, Value, Setting, Help). */
  readonly at: Readonly<Record<(typeof policyColumns)[number], number>>;
  /** Columns to add at the Table's right end, in order (an older sheet lacks Setting and Help). */
  readonly added: readonly string[];
  /** Named policy sets: every other column, by its header. */
  readonly sets: readonly { readonly name: string; readonly column: number }[];
}

/**
 * The policy Table's layout from its header row. Name and Value are its first two columns (the
 * `DunningPolicy` range the formulas read, as every sheet this desk ever wrote has them); Setting
 * and Help are found by name, and when missing (a sheet written before labels existed) added at
 * the right end, after any set columns the user added: an older sheet is upgraded, never refused.
 *
 * @param header - the Table's header cells
 *
 * @example
 * policyLayout(["Name", "Value"]) //=> { at: { Name: 0, Value: 1, Setting: 2, Help: 3 }, added: ["Setting", "Help"], sets: [] }
 * policyLayout(["Name", "Value", "Setting", "Help", "Strict"]).sets //=> [{ name: "Strict", column: 4 }]
 */
export function policyLayout(header: readonly unknown[]): PolicyLayout {
  const texts = header.map((cell) => (typeof cell === "string" ? cell.trim() : ""));
  const find = (name: string) => texts.findIndex((text, index) => index >= 2 && text.toLowerCase() === name.toLowerCase());
  let next = texts.length;
  const added: string[] = [];
  const place = (name: string): number => {
    const found = find(name);
    if (found >= 0) return found;
    added.push(name);
    return next++;
  };
  const at = { Name: 0, Value: 1, Setting: place("Setting"), Help: place("Help") };
  const own = new Set([0, 1, at.Setting, at.Help]);
  const sets = texts.flatMap((name, column) => (own.has(column) || name === "" ? [] : [{ name, column }]));
  return { at, added, sets };
}
