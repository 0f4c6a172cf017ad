/**
 * Rows of cells as aligned plain-text columns, two spaces apart, indented; columns listed in
 * `right` are right-aligned (amounts, counts).
 *
 * @example
 * textTable([["Bucket", "Amount"], ["Current", "1,200.00"]], [1])
 * //=> "  Bucket     Amount\n  Current  1,200.00"
 */
export function textTable(rows: readonly (readonly string[])[], right: readonly number[] = [], indent = "  "): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, [...cell].length)));
  return rows
    .map((row) => indent + row.map((cell, column) => pad(cell, widths[column] ?? 0, right.includes(column), column === row.length - 1)).join("  "))
    .join("\n");
}

function pad(cell: string, width: number, right: boolean, last: boolean): string {
  const fill = " ".repeat(Math.max(0, width - [...cell].length));
  if (right) return fill + cell;
  return last ? cell : cell + fill;
}
