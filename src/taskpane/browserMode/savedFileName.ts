// The name "Save workbook" gives the download: the opened file's name with " (Dunning Desk)", so
// the user's original file is never overwritten by the browser's download.

const SUFFIX = " (Dunning Desk)";

/**
 * The download's name for a file opened as `openedName`.
 *
 * @example
 * savedFileName("aging.xlsx")                  //=> "aging (Dunning Desk).xlsx"
 * savedFileName("aging (Dunning Desk).xlsx")   //=> "aging (Dunning Desk).xlsx"
 * savedFileName("")                            //=> "workbook (Dunning Desk).xlsx"
 * savedFileName("macros.xlsm")                 //=> "macros (Dunning Desk).xlsm"
 */
export function savedFileName(openedName: string): string {
  // A workbook with macros keeps .xlsm: its package says so, and Excel refuses it under .xlsx.
  const extension = /\.xlsm$/i.test(openedName) ? ".xlsm" : ".xlsx";
  const base = openedName.replace(/\.xls[xm]$/i, "").trim() || "workbook";
  return `${base.endsWith(SUFFIX) ? base : base + SUFFIX}${extension}`;
}
