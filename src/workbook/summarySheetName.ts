const BASE_NAME = "AR Summary";

/**
 * The name of a new summary sheet: "AR Summary", or "AR Summary 2"… when taken (an existing
 * sheet is never overwritten; Excel compares sheet names without case).
 *
 * @example
 * summarySheetName(["AR", "AR Summary"]) //=> "AR Summary 2"
 */
export function summarySheetName(taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(BASE_NAME.toLowerCase())) return BASE_NAME;
  let n = 2;
  while (lower.has(`${BASE_NAME} ${n}`.toLowerCase())) n += 1;
  return `${BASE_NAME} ${n}`;
}
