/**
 * How many rows go in one request. Excel on the web refuses requests and responses above 5 MB
 * and every host refuses ranges above 5,000,000 cells, so chunks aim at a byte budget well under
 * that, measured on the previous chunk: round trips then grow with the payload, not the rows.
 */
export const chunkLimits = {
  firstRows: 5_000,
  minRows: 50,
  maxRows: 100_000,
  maxCells: 1_000_000,
  budgetBytes: 2_000_000,
} as const;

/**
 * The next chunk's row count, from the bytes the last chunk of `rows` rows moved.
 *
 * @example
 * nextChunkRows(5_000, 500_000, 8) //=> 20_000
 * nextChunkRows(5_000, 8_000_000, 8) //=> 1_250
 */
export function nextChunkRows(rows: number, bytes: number, columns: number): number {
  const perRow = Math.max(1, bytes / Math.max(1, rows));
  return clampRows(Math.floor(chunkLimits.budgetBytes / perRow), columns);
}

/**
 * The first chunk's row count for a block this wide: 5,000 rows, fewer for very wide blocks.
 *
 * @example
 * firstChunkRows(8) //=> 5_000
 */
export function firstChunkRows(columns: number): number {
  return clampRows(Math.min(chunkLimits.firstRows, Math.floor(chunkLimits.budgetBytes / (Math.max(1, columns) * 40))), columns);
}

/**
 * The bytes a 2-D array of cells takes as JSON, roughly (strings by length, numbers 12).
 *
 * @example
 * estimateBytes([["Acme", 1250.5]]) //=> 19
 */
export function estimateBytes(...grids: readonly (readonly (readonly unknown[])[])[]): number {
  let bytes = 0;
  for (const grid of grids) {
    for (const row of grid) {
      for (const cell of row) bytes += typeof cell === "string" ? cell.length + 3 : typeof cell === "number" ? 12 : 5;
    }
  }
  return bytes;
}

function clampRows(rows: number, columns: number): number {
  const cellCap = Math.floor(chunkLimits.maxCells / Math.max(1, columns));
  return Math.max(chunkLimits.minRows, Math.min(rows, chunkLimits.maxRows, cellCap));
}
