import type ExcelJS from "exceljs";

const ERROR_CODES = new Set(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!", "#NAME?", "#REF!", "#NULL!"]);

/**
 * A computed value as a formula cell's cached result in the file: an error code becomes an error
 * value (so a spreadsheet shows #VALUE!, not the text "#VALUE!"); null an empty result.
 *
 * @example
 * cachedResult("#VALUE!") //=> { error: "#VALUE!" }
 * cachedResult(42) //=> 42
 */
export function cachedResult(value: unknown): ExcelJS.CellFormulaValue["result"] {
  if (typeof value === "string" && ERROR_CODES.has(value)) return { error: value as ExcelJS.CellErrorValue["error"] };
  if (value === null || value === undefined) return undefined;
  return value as ExcelJS.CellFormulaValue["result"];
}
