/// <reference types="office-js" />
import { sheetReference } from "../workbook/a1";
import type { AgingData, ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import { runExcel } from "./excelRun";
import type { SelectedRows } from "../workbook/port";
import { clipToList, listBounds, mergeSpans, type Span } from "../workbook/selectionSpans";
export type { SelectedRows };

/** getSelectedRanges (RangeAreas) came with ExcelApi 1.9, later than the rest of the adapter needs. */
const SELECTION_API = "1.9";
const GEOMETRY = ["address", "rowIndex", "rowCount", "columnIndex", "columnCount"].map((name) => `items/${name}`).join(",");
const MAX_ROWS_PER_SYNC = 100_000;
/** What one sync's cell addresses may carry: well below Excel on the web's 5 MB response limit. */
const ADDRESS_BYTES_PER_SYNC = 4_000_000;

/**
 * Reads the user's selection (several areas with Ctrl+click) as rows of the aging list the pane
 * read: the visible invoice rows it covers, how many selected rows are hidden by a filter, and
 * the areas that miss the list. An area counts when it overlaps the list's invoice rows (below
 * `headerRow`) and any of its columns; whole columns and whole rows are clipped to the list.
 * Two round trips for a usual selection: the areas, then the visible rows of all of them.
 *
 * @param data - the block the pane read (sheet, top-left corner, values)
 * @param headerRow - the index in `data.values` of the header row: rows at or above it are never invoices
 *
 * @example
 * // A3:C5 and A9:A12 selected on AR, row 10 filtered out; the list starts at A1 with its header there
 * await readSelection(data, 0) //=> { rows: [2, 3, 4, 8, 10, 11], hiddenRows: 1, outside: [], address: "AR!A3:C5, AR!A9:A12" }
 */
export async function readSelection(data: AgingData, headerRow: number): Promise<SelectedRows | ExcelFailure> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", SELECTION_API)) return { error: excelMessages.selectionNeedsNewerExcel };
  return runExcel(async (context) => {
    const selection = context.workbook.getSelectedRanges().load("address");
    const areas = selection.areas.load(GEOMETRY);
    const sheet = selection.worksheet.load("name");
    // Which of the list's columns are hidden, in the same sync: rows are told visible by a
    // visible column (a hidden one has no visible cells at all).
    const width = data.values[0]?.length ?? 1;
    const columns = Array.from({ length: width }, (_, c) => sheet.getRangeByIndexes(data.top, data.left + c, 1, 1).load("columnHidden"));
    await context.sync();
    const onListSheet = sheet.name.toLowerCase() === data.sheetName.toLowerCase();
    const list = listBounds(data, headerRow);
    const spans: Span[] = [];
    const outside: string[] = [];
    for (const area of areas.items) {
      const span = onListSheet ? clipToList({ top: area.rowIndex, left: area.columnIndex, rows: area.rowCount, columns: area.columnCount }, list) : null;
      if (span) spans.push(span);
      else outside.push(area.address);
    }
    const merged = mergeSpans(spans);
    const shown = columns.findIndex((column) => column.columnHidden !== true);
    const visible = await visibleRows(context, sheet, data.left + Math.max(0, shown), data, merged);
    const selected = merged.reduce((sum, span) => sum + span.count, 0);
    const rows = [...visible].sort((a, b) => a - b);
    return { rows, hiddenRows: selected - rows.length, outside, address: selection.address };
  });
}

/**
 * The indexes into `data.values` of the visible rows of the spans, from the visible view of one
 * visible column of the list: one sync for all spans up to the per-sync row budget, more beyond it.
 */
async function visibleRows(context: Excel.RequestContext, sheet: Excel.Worksheet, column: number, data: AgingData, spans: readonly Span[]): Promise<Set<number>> {
  const visible = new Set<number>();
  // A cell address carries the sheet name (perhaps quoted) and "$A$1048576" at worst.
  const perSync = Math.min(MAX_ROWS_PER_SYNC, Math.floor(ADDRESS_BYTES_PER_SYNC / (sheetReference(data.sheetName).length + 20)));
  for (const batch of batches(spans, perSync)) {
    const views = batch.map((span) => sheet.getRangeByIndexes(span.top, column, span.count, 1).getVisibleView().load("cellAddresses"));
    await context.sync();
    for (const view of views) {
      for (const row of view.cellAddresses as unknown[][]) {
        const sheetRow = rowOfAddress(row[0]);
        if (sheetRow !== null) visible.add(sheetRow - data.top);
      }
    }
  }
  return visible;
}

/** The spans cut into pieces of at most `size` rows, grouped so that each group holds at most `size` rows. */
function batches(spans: readonly Span[], size: number): Span[][] {
  const groups: Span[][] = [];
  let group: Span[] = [];
  let room = size;
  for (const span of spans) {
    let top = span.top;
    const end = span.top + span.count;
    while (top < end) {
      const count = Math.min(room, end - top);
      group.push({ top, count });
      top += count;
      room -= count;
      if (room === 0) {
        groups.push(group);
        group = [];
        room = size;
      }
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** The 0-based row of a cell address with or without a sheet or `$`: "AR!A7", "'Open Invoices'!$A$7", "A7" → 6. */
function rowOfAddress(address: unknown): number | null {
  if (typeof address !== "string") return null;
  const match = /\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(address.slice(address.lastIndexOf("!") + 1));
  return match ? Number(match[1]) - 1 : null;
}
