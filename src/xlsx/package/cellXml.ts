import type ExcelJS from "exceljs";
import { apiValue } from "../apiValue";
import { cellAddress } from "../../workbook/a1";
import { escapeXml } from "./xmlText";

/**
 * A desk cell as SpreadsheetML (`<c>`), with its style index. Text is an inline string (the
 * workbook's shared strings stay as they were); a formula always carries its cached result — an
 * empty-string result as `t="str"` with an empty value and an error as `t="e"` — so a reader that
 * lacks the add-in shows the engine's answer instead of `#NAME?`. An empty cell keeps only its
 * style, or is left out (null). A cell of a calculated column gets the column's formula (`columnFormula`).
 *
 * @example
 * cellXml(cell, 4, 9, 12, false) //=> '<c r="J5" s="12" t="str"><f>_xldudf_AR_NEXTACTION(…)</f><v>Wait</v></c>'
 */
export function cellXml(cell: ExcelJS.Cell | undefined, row: number, column: number, style: number, date1904: boolean, columnFormula?: string): string | null {
  const reference = cellAddress(row, column);
  const styled = style > 0 ? ` s="${style}"` : "";
  const value = cell?.value;
  if (value === null || value === undefined) return style > 0 ? `<c r="${reference}"${styled}/>` : null;
  if (typeof value === "object" && !(value instanceof Date) && "formula" in value && typeof value.formula === "string") {
    // cell.value drops a falsy result (0, "", FALSE) in ExcelJS 4.4; cell.result keeps it.
    const result = cachedXml(cell?.result, date1904);
    return `<c r="${reference}"${styled}${result.type}><f>${escapeXml(columnFormula ?? value.formula)}</f>${result.value}</c>`;
  }
  const plain = apiValue(value, date1904);
  if (typeof plain === "string" && typeof value === "object" && !(value instanceof Date) && "error" in value) return `<c r="${reference}"${styled} t="e"><v>${escapeXml(plain)}</v></c>`;
  if (typeof plain === "number") {
    const number = numberXml(plain);
    return `<c r="${reference}"${styled}${number.type}>${number.value}</c>`;
  }
  if (typeof plain === "boolean") return `<c r="${reference}"${styled} t="b"><v>${plain ? 1 : 0}</v></c>`;
  const text = String(plain);
  if (text === "") return style > 0 ? `<c r="${reference}"${styled}/>` : null;
  return `<c r="${reference}"${styled} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A formula's cached result: the cell type attribute and the `<v>` element. */
function cachedXml(result: unknown, date1904: boolean): { type: string; value: string } {
  if (result === undefined || result === null) return { type: ' t="str"', value: "<v></v>" };
  if (typeof result === "object" && !(result instanceof Date) && "error" in result) return { type: ' t="e"', value: `<v>${escapeXml(String((result as { error: string }).error))}</v>` };
  const plain = apiValue(result as ExcelJS.CellValue, date1904);
  if (typeof plain === "number") return numberXml(plain);
  if (typeof plain === "boolean") return { type: ' t="b"', value: `<v>${plain ? 1 : 0}</v>` };
  return { type: ' t="str"', value: `<v>${escapeXml(String(plain))}</v>` };
}

/** A number as SpreadsheetML stores it; a non-finite one cannot be stored, so it is the error #NUM!. */
function numberXml(value: number): { type: string; value: string } {
  return Number.isFinite(value) ? { type: "", value: `<v>${String(value)}</v>` } : { type: ' t="e"', value: "<v>#NUM!</v>" };
}
