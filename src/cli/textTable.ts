import { headerText } from "../mail/headers";
import { shortened } from "../mail/shortened";

/** The widest a padded column gets: a 32,767-character customer name must not pad every line. */
export const columnLimit = 40;
/** The last column is not padded; it is cut too, so one cell cannot fill the screen. */
export const lastColumnLimit = 200;

/**
 * Rows of cells as aligned plain-text columns, two spaces apart, indented; columns listed in
 * `right` are right-aligned (amounts, counts). Each cell is one line of plain text (control
 * and bidi characters out, so a cell cannot move the cursor or reorder the line) and at most
 * `columnLimit` characters ("…" when cut; --json has the whole text).
 *
 * @example
 * textTable([["Bucket", "Amount"], ["Current", "1,200.00"]], [1])
 * //=> "  Bucket     Amount\n  Current  1,200.00"
 */
export function textTable(rows: readonly (readonly string[])[], right: readonly number[] = [], indent = "  "): string {
  const cells = rows.map((row) => row.map((cell, column) => shortened(headerText(cell), column === row.length - 1 ? lastColumnLimit : columnLimit)));
  const widths: number[] = [];
  for (const row of cells) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, [...cell].length)));
  return cells
    .map((row) => indent + row.map((cell, column) => pad(cell, widths[column] ?? 0, right.includes(column), column === row.length - 1)).join("  "))
    .join("\n");
}

function pad(cell: string, width: number, right: boolean, last: boolean): string {
  const fill = " ".repeat(Math.max(0, width - [...cell].length));
  if (right) return fill + cell;
  return last ? cell : cell + fill;
}
