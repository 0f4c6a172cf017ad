import ExcelJS from "exceljs";
import type { Area } from "./area";
import { FileBook } from "./fileBook";
import { fileMessages } from "./fileMessages";
import { filePort } from "./filePort";
import { registerFileBook } from "./fileInspection";
import { gridCell, type GridCell } from "./gridCell";
import { sniffBytes } from "./sniffBytes";
import type { WorkbookPort } from "../workbook/port";
import { usedArea } from "./sheetExtent";
import { shiftDates } from "./shiftDates";
import { readPackage, type PackageDeflate, type PackageEntries } from "./package/packageEntries";
import { savePackage } from "./package/savePackage";
import { excelJsReadable } from "./package/excelJsReadable";

/** Why a file could not be opened. */
export type OpenFailureKind = "missing" | "notXlsx" | "encrypted" | "unreadable";

/** A file that could not be opened: the kind, and a sentence for the user. */
export interface OpenFailure {
  readonly ok: false;
  readonly kind: OpenFailureKind;
  readonly error: string;
}

/** An .xlsx workbook held in memory: the port over it, what the pane's grid shows, and the bytes to save. */
export interface FileWorkbook {
  readonly ok: true;
  readonly port: WorkbookPort;
  sheetNames(): string[];
  activeSheet(): string;
  activate(sheetName: string): void;
  usedSize(sheetName: string): { readonly rows: number; readonly columns: number };
  cell(sheetName: string, row: number, column: number): GridCell;
  select(sheetName: string, areas: readonly Area[]): void;
  selection(): { readonly sheetName: string; readonly areas: readonly Area[] };
  onSelectCell(listener: (sheetName: string, row: number, column: number) => void): void;
  save(): Promise<Uint8Array>;
}

export interface OpenOptions {
  /** Whole days to move every date cell by (the sample workbook, moved to today); default 0. */
  readonly shiftDates?: number;
  /** A native deflate for saving (the command line passes Node's zlib); fflate's otherwise. */
  readonly deflate?: PackageDeflate;
}

/**
 * Opens .xlsx bytes (Node or a browser: bytes in, bytes out). The bytes are sniffed first: a
 * password-protected workbook and an old .xls get a sentence saying what to do; a zip that
 * ExcelJS cannot read is "unreadable" with its reason.
 *
 * @example
 * const book = await openWorkbookFile(bytes); if (book.ok) await book.port.readAgingData("auto")
 * await openWorkbookFile(new Uint8Array()) //=> { ok: false, kind: "missing", error: "No file was given: …" }
 */
export async function openWorkbookFile(bytes: Uint8Array, options: OpenOptions = {}): Promise<FileWorkbook | OpenFailure> {
  if (bytes.length === 0) return { ok: false, kind: "missing", error: fileMessages.missing };
  const kind = sniffBytes(bytes);
  if (kind === "encrypted") return { ok: false, kind: "encrypted", error: fileMessages.encrypted };
  if (kind === "ole") return { ok: false, kind: "notXlsx", error: fileMessages.oldXls };
  if (kind === "other") return { ok: false, kind: "notXlsx", error: fileMessages.notXlsx };
  const workbook = new ExcelJS.Workbook();
  let original: PackageEntries;
  try {
    original = readPackage(bytes);
    await workbook.xlsx.load(excelJsReadable(original) as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, kind: "unreadable", error: fileMessages.unreadable(error instanceof Error ? error.message : String(error)) };
  }
  const book = new FileBook(workbook);
  shiftDates(workbook, options.shiftDates ?? 0, (cell) => book.written.cell(cell.worksheet, Number(cell.row) - 1, Number(cell.col) - 1));
  return fileWorkbook(book, original, options.deflate);
}

function fileWorkbook(book: FileBook, original: PackageEntries, deflate: PackageDeflate | undefined): FileWorkbook {
  const workbook = fileWorkbookOver(book, original, deflate);
  registerFileBook(workbook, book);
  return workbook;
}

function fileWorkbookOver(book: FileBook, original: PackageEntries, deflate: PackageDeflate | undefined): FileWorkbook {
  const sheet = (name: string) => {
    const found = book.sheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    ok: true,
    port: filePort(book),
    sheetNames: () => book.visibleSheets().map((item) => item.name),
    activeSheet: () => book.active.name,
    activate: (name) => {
      book.active = sheet(name);
    },
    usedSize: (name) => {
      const used = usedArea(book, sheet(name));
      return used ? { rows: used.top + used.rows, columns: used.left + used.columns } : { rows: 0, columns: 0 };
    },
    cell: (name, row, column) => {
      book.calculate();
      return gridCell(book, sheet(name), row, column);
    },
    select: (name, areas) => book.select(sheet(name), [...areas]),
    selection: () => ({ sheetName: (book.selection?.sheet ?? book.active).name, areas: book.selection?.areas ?? [] }),
    onSelectCell: (listener) => void book.listeners.push(listener),
    // A refusal (SaveRefusal) rejects the promise: nothing is written.
    save: () =>
      Promise.resolve().then(() => {
        book.calculate();
        return savePackage(book, original, deflate);
      }),
  };
}
