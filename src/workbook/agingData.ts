/** Where to read the aging report from: see `readAgingData`. */
export type AgingScope = "auto" | "table" | "region" | "usedRange";

/**
 * A block of the sheet as read: its values and number formats, and where it sits.
 * `top` and `left` are the 0-based sheet row and column of `values[0][0]`.
 *
 * @example
 * { sheetName: "Sheet1", address: "Sheet1!A1:H120", tableName: null, top: 0, left: 0, values: [...], numberFormats: [...] }
 */
export interface AgingData {
  readonly sheetName: string;
  readonly address: string;
  readonly tableName: string | null;
  readonly top: number;
  readonly left: number;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  /** Columns (within the block) that hold the desk's own AR formulas (`ownArColumns`): never mapped as the list's fields, refreshed without asking. */
  readonly ownColumns?: readonly number[];
}

/** An expected failure, as a value the pane can show. */
export interface ExcelFailure {
  readonly error: string;
  /** The Office error code behind it, when Excel raised one. */
  readonly code?: string;
}

/**
 * Whether a result is an expected failure.
 *
 * @example
 * isFailure({ error: "Cancelled." }) //=> true
 */
export function isFailure(result: unknown): result is ExcelFailure {
  return typeof result === "object" && result !== null && "error" in result && typeof result.error === "string";
}
