// What the browser tests need to know about a fixture workbook, computed in Node with the core:
// the header row and mapping the pane should preselect, the figures it should show, and the
// block it read (from the address the Load panel reports) to plan the AR columns the same way.
import { findHeaderRow } from "../../src/core/columns";
import type { Day } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import type { AgingData } from "../../src/excel";
import { analyzeSheet, type Analysis } from "../../src/app/analysis";
import { fieldColumnsOf, initialChoices } from "../../src/app/mappingChoices";
import type { FakeSheetState } from "../support/fakeExcel";

export interface Expected {
  readonly headerRow: number;
  readonly choices: Readonly<Record<string, number>>;
  readonly analysis: Extract<Analysis, { ok: true }>;
}

/** A block of the sheet, 0-based. */
export interface SheetBlock {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The core's reading of a sheet (0-based sheet rows, so problem addresses match the pane's):
 * the whole sheet, or only the list's block when given (cells outside it read as blank).
 */
export function expectedFor(sheet: FakeSheetState, today: Day, list?: SheetBlock): Expected {
  const whole = grid(sheet);
  const inside = (row: number, column: number) => !list || (row >= list.top && row < list.top + list.rows && column >= list.left && column < list.left + list.columns);
  const values = whole.values.map((cells, row) => cells.map((value, column) => (inside(row, column) ? value : "")));
  const numberFormats = whole.numberFormats;
  const search = findHeaderRow(values);
  if (!search.ok) throw new Error(search.message);
  const choices = initialChoices(search.mapping, null);
  const analysis = analyzeSheet({ values, numberFormats }, { row: search.row, mapping: fieldColumnsOf(choices) }, defaultPolicy, today);
  if (!analysis.ok) throw new Error(analysis.message);
  return { headerRow: search.row, choices, analysis };
}

/**
 * The block behind an A1 address such as "Open Invoices!A5:H27", cut from the sheet's state.
 *
 * @example
 * blockOf(sheet, "Open Invoices!A5:H27", null).top //=> 4
 */
export function blockOf(sheet: FakeSheetState, address: string, tableName: string | null): AgingData {
  const match = /!?\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`not a block address: ${address}`);
  const [left, top, right, bottom] = [columnIndex(match[1] ?? ""), Number(match[2]) - 1, columnIndex(match[3] ?? ""), Number(match[4]) - 1];
  const { values, numberFormats } = grid(sheet);
  const cut = <T>(rows: T[][], fill: T) =>
    rows.slice(top, bottom + 1).map((row) => Array.from({ length: right - left + 1 }, (_, c) => row[left + c] ?? fill));
  return { sheetName: sheet.name, address, tableName, top, left, values: cut<unknown>(values, ""), numberFormats: cut(numberFormats, "General") };
}

function grid(sheet: FakeSheetState): { values: unknown[][]; numberFormats: string[][] } {
  const values = sheet.values.map((row) => Array.from(row, (value) => value ?? ""));
  const numberFormats = values.map((row, r) => row.map((_, c) => sheet.numberFormats?.[r]?.[c] ?? "General"));
  return { values, numberFormats };
}

function columnIndex(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** A 0-based cell of an address such as "B7". */
export function cellOfAddress(address: string): { row: number; column: number } {
  const match = /([A-Z]+)(\d+)$/.exec(address);
  if (!match?.[1] || !match[2]) throw new Error(`not an address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}
