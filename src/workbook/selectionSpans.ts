import type { AgingData } from "./agingData";

/** Rows of a sheet, 0-based: `top` and `count` rows down. */
export interface Span {
  readonly top: number;
  readonly count: number;
}

/** The sheet rows and columns of the list's invoice rows: [top, end) and [left, right). */
export interface ListBounds {
  readonly top: number;
  readonly end: number;
  readonly left: number;
  readonly right: number;
}

/** A selected area: 0-based corner and size. */
export interface AreaGeometry {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Where the invoice rows of a list read by `readAgingData` lie: below its header row.
 *
 * @example
 * listBounds({ top: 2, left: 0, values: rows41x8, … }, 0) //=> { top: 3, end: 43, left: 0, right: 8 }
 */
export function listBounds(data: Pick<AgingData, "top" | "left" | "values">, headerRow: number): ListBounds {
  const width = data.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  return { top: data.top + headerRow + 1, end: data.top + data.values.length, left: data.left, right: data.left + width };
}

/**
 * The list rows an area covers, or null when it misses the list (whole columns and rows are
 * clipped to the list).
 *
 * @example
 * clipToList({ top: 0, left: 1, rows: 1_048_576, columns: 1 }, { top: 3, end: 43, left: 0, right: 8 }) //=> { top: 3, count: 40 }
 */
export function clipToList(area: AreaGeometry, list: ListBounds): Span | null {
  const top = Math.max(area.top, list.top);
  const end = Math.min(area.top + area.rows, list.end);
  const columnsMeet = area.left < list.right && area.left + area.columns > list.left;
  return columnsMeet && end > top ? { top, count: end - top } : null;
}

/**
 * Overlapping or touching spans joined, in order: each row is asked about once.
 *
 * @example
 * mergeSpans([{ top: 5, count: 2 }, { top: 2, count: 4 }]) //=> [{ top: 2, count: 5 }]
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: { top: number; count: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.top - b.top)) {
    const last = merged[merged.length - 1];
    if (last && span.top <= last.top + last.count) last.count = Math.max(last.count, span.top + span.count - last.top);
    else merged.push({ ...span });
  }
  return merged;
}
