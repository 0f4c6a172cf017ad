/** A block of a sheet: 0-based top-left corner and size. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Whether a cell lies in an area.
 *
 * @example
 * areaContains({ top: 2, left: 0, rows: 41, columns: 8 }, 5, 3) //=> true
 */
export function areaContains(area: Area, row: number, column: number): boolean {
  return row >= area.top && row < area.top + area.rows && column >= area.left && column < area.left + area.columns;
}

/**
 * The 0-based area of an A1 range ("B3", "$A$3:$H$43").
 *
 * @example
 * areaOfA1("A3:H43") //=> { top: 2, left: 0, rows: 41, columns: 8 }
 */
export function areaOfA1(range: string): Area {
  const [start = "A1", end = start] = range.replace(/\$/g, "").split(":");
  const [top, left] = cellIndex(start);
  const [bottom, right] = cellIndex(end);
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

function cellIndex(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/i.exec(address);
  const column = [...(match?.[1] ?? "A").toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match?.[2] ?? 1) - 1, column];
}
