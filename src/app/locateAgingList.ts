import { isFailure, type AgingData } from "../workbook/agingData";
import { mappingKey } from "../workbook/mappingKey";
import type { SavedMapping, WorkbookPort } from "../workbook/port";
import type { Progress } from "../workbook/progress";
import { chooseMapping, type ChosenMapping } from "./chooseMapping";

/** A block of cells: 0-based corner and size. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** What a workbook file lets a batch run do that the pane leaves to the user: pick the sheet and the cell. */
export interface SheetNavigator {
  readonly port: WorkbookPort;
  sheetNames(): string[];
  activeSheet(): string;
  activate(sheetName: string): void;
  select(sheetName: string, areas: readonly CellArea[]): void;
  /** The workbook's own selection (no areas: the file holds none). */
  selection(): { readonly sheetName: string; readonly areas: readonly CellArea[] };
}

/** The aging list found: the block read (as the pane's "Automatic" reads it) and its mapping. */
export interface LocatedList {
  readonly ok: true;
  readonly data: AgingData;
  readonly header: ChosenMapping;
}

export type LocateFailure = { readonly ok: false; readonly code: "noSheet" | "noHeader"; readonly message: string };

/** Sheets Dunning Desk writes itself: never an aging list. */
const OWN_SHEETS = /^(AR Summary( \d+)?|Dunning Policy|Dunning Templates|Reminders|Contact Log)$/i;

/**
 * Finds the aging list as a user of the pane would: the block "Automatic" reads at the
 * workbook's own selection when it has a header (or a saved mapping); else (no selection, or
 * none on the list) the header row of the whole sheet is found, that cell selected and
 * "Automatic" read there, so the Table, or the block around it, and its saved mapping are the
 * pane's — the user's own totals and counts below a blank row (user-formulas.xlsx) are not read
 * as invoices, as in the pane. Without `sheetName`, the active sheet is tried first, then the
 * others (not the sheets Dunning Desk writes).
 *
 * @example
 * await locateAgingList(book, null) //=> { ok: true, data: { sheetName: "AR", address: "AR!A1:H120", … }, header: { row: 0, … } }
 * await locateAgingList(book, "Notes") //=> { ok: false, code: "noHeader", message: "Notes: no header row in the first 30 rows …" }
 */
export async function locateAgingList(book: SheetNavigator, sheetName: string | null, progress?: Progress): Promise<LocatedList | LocateFailure> {
  const names = book.sheetNames();
  if (sheetName !== null && !names.includes(sheetName)) {
    return { ok: false, code: "noSheet", message: `There is no sheet "${sheetName}" (sheets: ${names.join(", ")}).` };
  }
  const active = book.activeSheet();
  const candidates = sheetName !== null ? [sheetName] : [active, ...names.filter((name) => name !== active && !OWN_SHEETS.test(name))];
  const reasons: string[] = [];
  for (const name of candidates) {
    const found = await listOnSheet(book, name, progress);
    if (found.ok) return found;
    reasons.push(`${name}: ${found.message}`);
  }
  return { ok: false, code: "noHeader", message: `No aging list found. ${reasons.join("; ")}.` };
}

async function listOnSheet(book: SheetNavigator, name: string, progress?: Progress): Promise<LocatedList | { ok: false; message: string }> {
  book.activate(name);
  const selection = book.selection();
  // Without a selection "Automatic" reads the used range, where a pane user clicks into the list.
  if (selection.sheetName === name && selection.areas.length > 0) {
    const atSelection = await mapped(book.port, "auto", progress);
    if (atSelection.ok) return atSelection;
  }
  const whole = await mapped(book.port, "usedRange", progress);
  if (!whole.ok) return whole;
  const { data, header } = whole;
  const firstColumn = Math.min(...Object.values(header.mapping).map((field) => field?.column ?? 0));
  book.select(name, [{ top: data.top + header.row, left: data.left + firstColumn, rows: 1, columns: 1 }]);
  const around = await mapped(book.port, "auto", progress);
  return around.ok ? around : whole;
}

async function mapped(port: WorkbookPort, scope: "auto" | "usedRange", progress?: Progress): Promise<LocatedList | { ok: false; message: string }> {
  const data = await port.readAgingData(scope, progress);
  if (isFailure(data)) return { ok: false, message: data.error.replace(/\.$/, "") };
  const header = chooseMapping(data.values, await savedMapping(port, data), data.ownColumns);
  return header.ok ? { ok: true, data, header } : { ok: false, message: header.message };
}

/** The workbook's mapping for the block; one that cannot be read is matched again, as the pane does. */
async function savedMapping(port: WorkbookPort, data: AgingData): Promise<SavedMapping | null> {
  try {
    return await port.loadSavedMapping(mappingKey(data));
  } catch {
    return null;
  }
}
