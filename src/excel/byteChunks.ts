import { chunkLimits } from "./chunking";

/** A run of rows, `start` included and `end` excluded. */
export interface RowChunk {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts rows into consecutive chunks whose JSON stays under a byte budget (2 MB by default,
 * Excel on the web refuses requests over 5 MB) and under the cell cap of one request. Rows vary
 * a lot (an HTML body next to a one-line note), so each row is measured, not averaged. A single
 * row over the budget gets a chunk of its own.
 *
 * @param rows - the rows to write, as they go into `values`
 * @param extraBytesPerRow - what travels with every row besides its values (number formats)
 * @param budget - bytes per chunk
 *
 * @example
 * byteChunks([["a"], ["b"], ["c"]], 0, 8) //=> [{ start: 0, end: 2 }, { start: 2, end: 3 }]
 */
export function byteChunks(rows: readonly (readonly unknown[])[], extraBytesPerRow = 0, budget: number = chunkLimits.budgetBytes): RowChunk[] {
  const maxRows = Math.max(1, Math.floor(chunkLimits.maxCells / Math.max(1, rows[0]?.length ?? 1)));
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = rowBytes(row) + extraBytesPerRow;
    if (index > start && (bytes + size > budget || index - start >= maxRows)) {
      chunks.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) chunks.push({ start, end: rows.length });
  return chunks;
}

/**
 * The bytes a row takes in a request's JSON, on the safe side: UTF-8 (Thai or Latvian text takes
 * two or three bytes a character), escaped quotes, backslashes and line breaks, numbers as 12.
 *
 * @example
 * rowBytes(["Acme", 10]) //=> 19
 */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 0;
  for (const cell of row) bytes += typeof cell === "string" ? textBytes(cell) + 3 : typeof cell === "number" ? 12 : 5;
  return bytes;
}

function textBytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
    else if (code === 0x22 || code === 0x5c || code < 0x20) bytes += 1;
  }
  return bytes;
}
