/**
 * The letters of a 0-based column index, as Excel names columns.
 *
 * @example
 * columnLetters(0) //=> "A"
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * A sheet name as it appears in a reference: quoted when it holds anything but letters, digits,
 * dots and underscores (Excel's own rule), with inner quotes doubled.
 *
 * @example
 * sheetReference("Sheet1") //=> "Sheet1"
 * sheetReference("Open Invoices") //=> "'Open Invoices'"
 */
export function sheetReference(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/g, "''")}'`;
}

/**
 * The A1 address of a block given by its 0-based top-left corner and size; absolute with `$` on request.
 *
 * @example
 * blockAddress("Open Invoices", 4, 0, 3, 2) //=> "'Open Invoices'!A5:B7"
 * blockAddress("S", 0, 2, 1, 1, true) //=> "S!$C$1"
 */
export function blockAddress(sheetName: string, top: number, left: number, rows: number, columns: number, absolute = false): string {
  const start = cellAddress(top, left, absolute);
  const end = cellAddress(top + rows - 1, left + columns - 1, absolute);
  return `${sheetReference(sheetName)}!${rows === 1 && columns === 1 ? start : `${start}:${end}`}`;
}

/**
 * The A1 address of one cell (0-based), without a sheet.
 *
 * @example
 * cellAddress(0, 0) //=> "A1"
 */
export function cellAddress(row: number, column: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(column)}${dollar}${row + 1}`;
}
