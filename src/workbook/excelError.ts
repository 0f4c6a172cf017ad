import type { ExcelFailure } from "./agingData";

/**
 * A failure raised as an exception, for the one function whose contract returns a plain value
 * (`readPolicySheet`): the message is the catalog's, the Office code is kept.
 *
 * @example
 * new ExcelError({ error: "Excel is editing a cell. …", code: "InvalidOperationInCellEditMode" }).code
 * //=> "InvalidOperationInCellEditMode"
 */
export class ExcelError extends Error {
  readonly code: string | undefined;

  constructor(failure: ExcelFailure) {
    super(failure.error);
    this.name = "ExcelError";
    this.code = failure.code;
  }
}
