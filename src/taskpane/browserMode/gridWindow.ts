// Which rows and columns of a sheet the grid draws: only those in view (plus one spare each way),
// so a sheet of 100,000 rows costs no more to show than one of 30. Pure arithmetic on fixed sizes.

/** Fixed sizes of the grid, in CSS pixels. */
export const gridSizes = {
  rowHeight: 24,
  columnWidth: 104,
  headerHeight: 24,
  rowHeaderWidth: 56,
} as const;

/** The rows and columns to draw: first and last (inclusive), 0-based. */
export interface GridWindow {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** The scroll position and size of the grid's viewport. */
export interface Viewport {
  readonly scrollTop: number;
  readonly scrollLeft: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The cells a viewport shows of a grid of `rows` × `columns`.
 *
 * @example
 * visibleWindow({ scrollTop: 240, scrollLeft: 0, width: 600, height: 300 }, 100_000, 12)
 * //=> { firstRow: 9, lastRow: 22, firstColumn: 0, lastColumn: 6 }
 */
export function visibleWindow(view: Viewport, rows: number, columns: number): GridWindow {
  const { rowHeight, columnWidth, headerHeight, rowHeaderWidth } = gridSizes;
  const firstRow = Math.max(0, Math.floor(view.scrollTop / rowHeight) - 1);
  const lastRow = Math.min(rows - 1, Math.ceil((view.scrollTop + view.height - headerHeight) / rowHeight));
  const firstColumn = Math.max(0, Math.floor(view.scrollLeft / columnWidth) - 1);
  const lastColumn = Math.min(columns - 1, Math.ceil((view.scrollLeft + view.width - rowHeaderWidth) / columnWidth));
  return { firstRow, lastRow, firstColumn, lastColumn };
}

/**
 * The scroll position that brings a cell fully into view, changing as little as possible.
 *
 * @example
 * scrollToShow({ scrollTop: 0, scrollLeft: 0, width: 600, height: 300 }, 40, 0)
 * //=> { scrollTop: 708, scrollLeft: 0 }
 */
export function scrollToShow(view: Viewport, row: number, column: number): { scrollTop: number; scrollLeft: number } {
  const { rowHeight, columnWidth, headerHeight, rowHeaderWidth } = gridSizes;
  return {
    scrollTop: along(view.scrollTop, view.height - headerHeight, row * rowHeight, rowHeight),
    scrollLeft: along(view.scrollLeft, view.width - rowHeaderWidth, column * columnWidth, columnWidth),
  };
}

/** One axis: the scroll offset that shows [start, start + size) within `visible` pixels. */
function along(scroll: number, visible: number, start: number, size: number): number {
  if (start < scroll) return start;
  if (start + size > scroll + visible) return Math.max(0, start + size - visible);
  return scroll;
}
