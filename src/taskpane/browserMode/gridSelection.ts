// The grid's selection as Excel keeps it: one or more rectangular areas, the active cell (where
// the last area started) and the corner that moves when the selection is extended. Pure: the
// grid turns clicks and keys into these calls and hands `areas` to the workbook.

/** A rectangle of cells, 0-based (the .xlsx adapter's `Area`). */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** A 0-based cell. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** What is selected: `anchor` is the active cell, `focus` the corner that moves with Shift. */
export interface GridSelection {
  readonly areas: readonly Area[];
  readonly anchor: CellPosition;
  readonly focus: CellPosition;
  /** The last area spans whole rows (a row header was clicked). */
  readonly wholeRows: boolean;
}

/** How a click changes the selection: a new one, Shift (extend the last area), Ctrl/Cmd (another area). */
export type SelectMode = "replace" | "extend" | "add";

/**
 * The selection of a single cell.
 *
 * @example
 * cellSelection({ row: 4, column: 1 }).areas //=> [{ top: 4, left: 1, rows: 1, columns: 1 }]
 */
export function cellSelection(cell: CellPosition): GridSelection {
  return { areas: [rectangle(cell, cell)], anchor: cell, focus: cell, wholeRows: false };
}

/**
 * A click on a cell: select it, extend the last area to it (Shift), or add it as an area (Ctrl).
 *
 * @example
 * selectCell(cellSelection({ row: 1, column: 0 }), { row: 3, column: 2 }, "extend").areas
 * //=> [{ top: 1, left: 0, rows: 3, columns: 3 }]
 */
export function selectCell(selection: GridSelection, cell: CellPosition, mode: SelectMode): GridSelection {
  if (mode === "replace") return cellSelection(cell);
  if (mode === "add") return { areas: [...selection.areas, rectangle(cell, cell)], anchor: cell, focus: cell, wholeRows: false };
  return withLastArea(selection, cell, selection.wholeRows ? 0 : null);
}

/**
 * A click on a row header: whole rows, `columns` wide (the sheet's used columns).
 *
 * @example
 * selectRows(cellSelection({ row: 2, column: 0 }), 5, "extend", 8).areas //=> [{ top: 2, left: 0, rows: 4, columns: 8 }]
 */
export function selectRows(selection: GridSelection, row: number, mode: SelectMode, columns: number): GridSelection {
  const width = Math.max(columns, 1);
  if (mode === "extend") {
    const top = Math.min(selection.anchor.row, row);
    const area = { top, left: 0, rows: Math.abs(selection.anchor.row - row) + 1, columns: width };
    return { areas: [...selection.areas.slice(0, -1), area], anchor: selection.anchor, focus: { row, column: width - 1 }, wholeRows: true };
  }
  const anchor = { row, column: 0 };
  const area = { top: row, left: 0, rows: 1, columns: width };
  const areas = mode === "add" ? [...selection.areas, area] : [area];
  return { areas, anchor, focus: { row, column: width - 1 }, wholeRows: true };
}

/**
 * An arrow key: moves the active cell, or with Shift moves the far corner of the last area.
 * `limits` are the grid's row and column counts.
 *
 * @example
 * moveSelection(cellSelection({ row: 0, column: 0 }), 1, 0, true, { rows: 10, columns: 5 }).areas
 * //=> [{ top: 0, left: 0, rows: 2, columns: 1 }]
 */
export function moveSelection(selection: GridSelection, rows: number, columns: number, extend: boolean, limits: { readonly rows: number; readonly columns: number }): GridSelection {
  const from = extend ? selection.focus : selection.anchor;
  const to = { row: clamp(from.row + rows, limits.rows), column: clamp(from.column + columns, limits.columns) };
  return extend ? withLastArea({ ...selection, wholeRows: false }, to, null) : cellSelection(to);
}

/**
 * The selection an adapter reports, as the grid keeps it (the active cell is the last area's top-left).
 *
 * @example
 * selectionOfAreas([{ top: 2, left: 0, rows: 3, columns: 4 }]).anchor //=> { row: 2, column: 0 }
 */
export function selectionOfAreas(areas: readonly Area[]): GridSelection {
  const last = areas[areas.length - 1];
  if (!last) return cellSelection({ row: 0, column: 0 });
  const anchor = { row: last.top, column: last.left };
  return { areas, anchor, focus: { row: last.top + last.rows - 1, column: last.left + last.columns - 1 }, wholeRows: false };
}

/**
 * Whether a cell lies in any area of the selection.
 *
 * @example
 * isSelected(cellSelection({ row: 1, column: 1 }), 1, 1) //=> true
 */
export function isSelected(selection: GridSelection, row: number, column: number): boolean {
  return selection.areas.some((area) => row >= area.top && row < area.top + area.rows && column >= area.left && column < area.left + area.columns);
}

/** The last area stretched from the anchor to `corner` (whole rows keep their left at `left`). */
function withLastArea(selection: GridSelection, corner: CellPosition, left: number | null): GridSelection {
  const area = rectangle(selection.anchor, corner);
  const last = left === null ? area : { ...area, left, columns: Math.max(selection.focus.column + 1, area.left + area.columns) };
  return { areas: [...selection.areas.slice(0, -1), last], anchor: selection.anchor, focus: corner, wholeRows: left !== null };
}

function rectangle(a: CellPosition, b: CellPosition): Area {
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.column, b.column);
  return { top, left, rows: Math.abs(a.row - b.row) + 1, columns: Math.abs(a.column - b.column) + 1 };
}

function clamp(value: number, count: number): number {
  return Math.max(0, Math.min(value, Math.max(count, 1) - 1));
}
