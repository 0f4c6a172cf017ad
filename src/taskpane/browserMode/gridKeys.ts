// The grid's keyboard, as in Excel: arrows move the active cell, Shift+arrows extend the
// selection, Page Up/Down move a screen, Home goes to column A, Ctrl+Home to A1, Ctrl+End to the
// last used cell, Shift+Space selects the row. Pure: a key in, a move out.

/** What a key asks the grid to do. */
export type GridMove =
  | { readonly kind: "by"; readonly rows: number; readonly columns: number; readonly extend: boolean }
  | { readonly kind: "to"; readonly row: number | null; readonly column: number; readonly extend: boolean }
  | { readonly kind: "row" };

/** The key as the event gives it. */
export interface GridKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/**
 * The move a key makes, or null for keys the grid leaves alone (Tab leaves the grid).
 * `page` is how many rows one screen shows; `last` the last used cell.
 *
 * @example
 * gridMove({ key: "ArrowDown", shiftKey: true, ctrlKey: false, metaKey: false }, 20, { row: 9, column: 4 })
 * //=> { kind: "by", rows: 1, columns: 0, extend: true }
 */
export function gridMove(event: GridKey, page: number, last: { readonly row: number; readonly column: number }): GridMove | null {
  const extend = event.shiftKey;
  const command = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case "ArrowDown":
      return { kind: "by", rows: 1, columns: 0, extend };
    case "ArrowUp":
      return { kind: "by", rows: -1, columns: 0, extend };
    case "ArrowRight":
      return { kind: "by", rows: 0, columns: 1, extend };
    case "ArrowLeft":
      return { kind: "by", rows: 0, columns: -1, extend };
    case "PageDown":
      return { kind: "by", rows: page, columns: 0, extend };
    case "PageUp":
      return { kind: "by", rows: -page, columns: 0, extend };
    case "Home":
      return { kind: "to", row: command ? 0 : null, column: 0, extend };
    case "End":
      return command ? { kind: "to", row: last.row, column: last.column, extend } : null;
    case " ":
      return extend && !command ? { kind: "row" } : null;
    default:
      return null;
  }
}
