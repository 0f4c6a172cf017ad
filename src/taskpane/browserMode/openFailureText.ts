// What the page says when a file cannot be opened, one message per failure the .xlsx adapter
// reports (OpenFailureKind), in words a user can act on.

/** Why a file did not open (the .xlsx adapter's OpenFailureKind). */
export type OpenFailureKind = "missing" | "notXlsx" | "encrypted" | "unreadable";

const messages: Readonly<Record<OpenFailureKind, (name: string) => string>> = {
  missing: (name) => `${name} could not be read: the file is empty or no longer there. Choose it again.`,
  notXlsx: (name) => `${name} is not an Excel workbook (.xlsx). In Excel, use File > Save As > Excel Workbook (*.xlsx), then open that file here.`,
  encrypted: (name) => `${name} is protected with a password. In Excel, remove it (File > Info > Protect Workbook > Encrypt with Password), save, then open the file here.`,
  unreadable: (name) => `${name} looks like an .xlsx file but could not be read. Open it in Excel, save it again, and retry.`,
};

/**
 * The notice for a file that did not open; the adapter's own words are added as the detail.
 *
 * @example
 * openFailureText("notes.xlsx", "notXlsx", "not a zip file")
 * //=> "notes.xlsx is not an Excel workbook (.xlsx). In Excel, use File > Save As > Excel Workbook (*.xlsx), then open that file here. (not a zip file)"
 */
export function openFailureText(name: string, kind: OpenFailureKind, detail: string): string {
  const text = (messages[kind] ?? messages.unreadable)(name);
  return detail ? `${text} (${detail})` : text;
}
