// Draws one window of the grid: the column letters, the row numbers and the cells in view, each
// placed at its pixel position relative to the viewport (the layer holding them stays put while
// the spacer behind it scrolls). ARIA grid roles, with row and column indexes of the whole sheet.
import { columnLetters } from "../../workbook/a1";
import { element } from "../element";
import type { GridCell } from "./gridWorkbook";
import { isSelected, type GridSelection } from "./gridSelection";
import { gridSizes, type GridWindow } from "./gridWindow";

/** What one drawing needs: the window, the scroll offsets, the selection and a cell reader. */
export interface GridPicture {
  readonly window: GridWindow;
  readonly scrollTop: number;
  readonly scrollLeft: number;
  readonly selection: GridSelection;
  readonly cell: (row: number, column: number) => GridCell;
  /** Prefix of the cells' ids (aria-activedescendant points at the active one). */
  readonly idPrefix: string;
}

/**
 * The rows of a window as elements: the header row, then one row per sheet row.
 *
 * @example
 * layer.replaceChildren(...gridRows({ window, scrollTop: 0, scrollLeft: 0, selection, cell, idPrefix: "grid" }))
 */
export function gridRows(picture: GridPicture): HTMLElement[] {
  const { window: view, selection } = picture;
  const columns = range(view.firstColumn, view.lastColumn);
  const left = (column: number) => gridSizes.rowHeaderWidth + column * gridSizes.columnWidth - picture.scrollLeft;
  const selectedColumns = new Set(selection.areas.flatMap((area) => range(area.left, area.left + area.columns - 1)));
  const header = element(
    "div",
    { role: "row", "aria-rowindex": 1, class: "grid-row grid-header-row", style: "top:0" },
    element("div", { class: "grid-corner", "aria-hidden": "true" }),
    columns.map((column) =>
      element(
        "div",
        { role: "columnheader", "aria-colindex": column + 2, class: `grid-column-header${selectedColumns.has(column) ? " highlighted" : ""}`, style: `left:${left(column)}px` },
        columnLetters(column),
      ),
    ),
  );
  const rows = range(view.firstRow, view.lastRow).map((row) => {
    const top = gridSizes.headerHeight + row * gridSizes.rowHeight - picture.scrollTop;
    const rowSelected = selection.areas.some((area) => row >= area.top && row < area.top + area.rows);
    return element(
      "div",
      { role: "row", "aria-rowindex": row + 2, class: "grid-row", style: `top:${top}px` },
      columns.map((column) => cellElement(picture, row, column, left(column))),
      element("div", { role: "rowheader", class: `grid-row-header${rowSelected ? " highlighted" : ""}`, "data-row": row }, String(row + 1)),
    );
  });
  return [...rows, header];
}

function cellElement(picture: GridPicture, row: number, column: number, left: number): HTMLElement {
  const { text, value, formula } = picture.cell(row, column);
  const { anchor } = picture.selection;
  const active = anchor.row === row && anchor.column === column;
  const selected = isSelected(picture.selection, row, column);
  const classes = ["grid-cell", typeof value === "number" ? "number" : "", selected ? "selected" : "", active ? "active" : "", formula ? "formula" : ""];
  return element(
    "div",
    {
      role: "gridcell",
      id: `${picture.idPrefix}-${row}-${column}`,
      "aria-colindex": column + 2,
      "aria-selected": selected ? "true" : "false",
      class: classes.filter(Boolean).join(" "),
      style: `left:${left}px`,
      "data-row": row,
      "data-column": column,
      title: text.length > 12 ? text : null,
    },
    text,
  );
}

function range(first: number, last: number): number[] {
  return last < first ? [] : Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
