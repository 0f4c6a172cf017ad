import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import type { PackageEntries } from "./packageEntries";

/** A Table column element with children (a calculated column's formula, a totals formula). */
const COLUMN_WITH_CHILDREN = /<tableColumn\b([^>]*[^/])?>[\s\S]*?<\/tableColumn>/g;

/**
 * The package as ExcelJS 4.4 reads it: its entries STORED, as the desk has already inflated them
 * (ExcelJS would inflate the original again, in JavaScript: half a second on a 100,000-row
 * sheet), and its Tables readable. ExcelJS's Table reader stops at the first `<tableColumn>` with
 * a child element — a calculated column, as Excel and the desk save them — and drops every column
 * after it from the Table (its TableColumnXform ends the column at the child's closing tag and
 * then the column list at the column's). The copy ExcelJS reads gets those columns without
 * children; the ORIGINAL entries are what the writer copies, so the file keeps its formulas.
 *
 * @example
 * excelJsReadable(readPackage(bytes)) //=> Uint8Array (a stored zip)
 */
export function excelJsReadable(entries: PackageEntries): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, data] of entries) {
    if (/^xl\/tables\/[^/]+\.xml$/i.test(path)) {
      const xml = strFromU8(data);
      const flat = xml.replace(COLUMN_WITH_CHILDREN, (_, attributes: string | undefined) => `<tableColumn${attributes ?? ""}/>`);
      if (flat !== xml) {
        zippable[path] = [strToU8(flat), { level: 0 }];
        continue;
      }
    }
    zippable[path] = [data, { level: 0 }];
  }
  return zipSync(zippable);
}
