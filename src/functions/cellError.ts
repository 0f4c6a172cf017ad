/**
 * The codes our wrappers raise: #VALUE! for bad input, and an input's own error passed on.
 * Only #VALUE! and #N/A show their message in Excel.
 */
export type CellErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!";

const RUNTIME_CODES = { "#VALUE!": "invalidValue", "#N/A": "notAvailable", "#DIV/0!": "divisionByZero", "#NUM!": "invalidNumber", "#NULL!": "nullReference" } as const;

/**
 * A cell error outside Excel (Node, a plain browser): the same `code` and message that
 * CustomFunctions.Error carries, so a caller can turn it into the cached error value.
 *
 * @example
 * new CellError("#VALUE!", "dueDate: not a date").code //=> "#VALUE!"
 */
export class CellError extends Error {
  constructor(
    readonly code: CellErrorCode,
    message?: string,
  ) {
    super(message);
    this.name = "CellError";
  }
}

/**
 * The error a custom function throws: `CustomFunctions.Error` inside Excel (the global exists
 * only in Excel's runtime), a `CellError` with the same code and message anywhere else.
 *
 * @example
 * cellError("#VALUE!", "balance: not a number").code //=> "#VALUE!"
 */
export function cellError(code: CellErrorCode, message: string): Error {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (!runtime?.Error) return new CellError(code, message);
  // Excel's runtime makes CustomFunctions.Error an Error subclass; its @types leave the base class out.
  return new runtime.Error(runtime.ErrorCode[RUNTIME_CODES[code]], message) as unknown as Error;
}
