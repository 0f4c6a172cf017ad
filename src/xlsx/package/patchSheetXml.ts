import { strFromU8 } from "fflate";
import { areaOfA1 } from "../area";
import { cellAddress } from "../../workbook/a1";
import { SaveRefusal } from "./saveRefusal";
import { Utf8Builder } from "./utf8Builder";
import { attribute, elements, findElement, withAttribute, withoutAttribute } from "./xmlText";

/** Renders the desk's cell at a 0-based row and column, given the style index the cell had (0 for none). */
export type RenderCell = (row: number, column: number, originalStyle: number) => string | null;

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
/** A cell's start tag up to its reference's column letters. */
const CELL_COLUMN = /<c\b[^>]*?\sr="\$?([A-Za-z]+)/g;

/**
 * A sheet part with the desk's cells replaced or inserted and everything else — other cells, rows,
 * drawings, comments' anchors, conditional formats, validations, extensions — left as it was,
 * character for character. Column widths the desk chose are added where the sheet sets none.
 *
 * @example
 * patchSheetXml(xml, new Map([[4, new Set([9])]]), render, new Map([[9, 14]])) // row 5 gains J5
 */
export function patchSheetXml(xml: string, cells: ReadonlyMap<number, ReadonlySet<number>>, render: RenderCell, widths: ReadonlyMap<number, number>, sheetName = "the sheet"): string {
  return strFromU8(patchSheetPart(xml, cells, render, widths, sheetName));
}

/**
 * `patchSheetXml` as the part's UTF-8 bytes, the rows encoded as they are patched (a large sheet
 * is never one string). `frame` edits the part around its rows (the sheet's Table parts); it
 * sees an empty `<sheetData></sheetData>` where the rows go.
 *
 * @example
 * patchSheetPart(xml, cells, render, widths, "AR", (part) => withTableParts(part, ["rId3"])) //=> Uint8Array
 */
export function patchSheetPart(
  xml: string, cells: ReadonlyMap<number, ReadonlySet<number>>, render: RenderCell, widths: ReadonlyMap<number, number>, sheetName: string, frame: (part: string) => string = (part) => part,
): Uint8Array {
  const data = findElement(xml, "sheetData");
  if (!data) throw new Error("the sheet has no sheetData");
  const inner = data.selfClosing ? "" : xml.slice(data.openEnd, data.end - "</sheetData>".length);
  const framed = frame(`${withDimension(withColumns(xml.slice(0, data.start), widths), cells)}<sheetData></sheetData>${xml.slice(data.end)}`);
  const bodyAt = findElement(framed, "sheetData")?.openEnd ?? 0;
  const out = new Utf8Builder();
  out.push(framed.slice(0, bodyAt));
  patchRows(inner, cells, render, sheetName, out);
  out.push(framed.slice(bodyAt));
  return out.bytes();
}

function patchRows(inner: string, cells: ReadonlyMap<number, ReadonlySet<number>>, render: RenderCell, sheetName: string, out: Utf8Builder): void {
  const pending = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  for (const match of inner.matchAll(ROW)) {
    const text = match[0];
    const row = Number(attribute(text, "r")) - 1;
    if (!Number.isInteger(row) || row < 0) throw new Error("a row of the sheet has no row number");
    while (next < pending.length && (pending[next] ?? 0) < row) out.push(newRow(pending[next++] ?? 0, cells, render));
    if (pending[next] === row) {
      next += 1;
      out.push(patchRow(text, row, cells.get(row) ?? new Set(), render, sheetName));
    } else out.push(text);
  }
  while (next < pending.length) out.push(newRow(pending[next++] ?? 0, cells, render));
}

function newRow(row: number, cells: ReadonlyMap<number, ReadonlySet<number>>, render: RenderCell): string {
  const columns = [...(cells.get(row) ?? [])].sort((a, b) => a - b);
  return `<row r="${row + 1}">${columns.map((column) => render(row, column, 0) ?? "").join("")}</row>`;
}

function patchRow(text: string, row: number, columns: ReadonlySet<number>, render: RenderCell, sheetName: string): string {
  const tagEnd = text.indexOf(">") + 1;
  const selfClosing = text[tagEnd - 2] === "/";
  // spans is a hint of the row's first and last column; the row may now reach further.
  const tag = withoutAttribute(selfClosing ? `${text.slice(0, tagEnd - 2)}>` : text.slice(0, tagEnd), "spans");
  const inner = selfClosing ? "" : text.slice(tagEnd, text.length - "</row>".length);
  if (before(inner, Math.min(...columns))) return `${tag}${inner}${[...columns].sort((a, b) => a - b).map((column) => render(row, column, 0) ?? "").join("")}</row>`;
  const kept: { column: number; xml: string }[] = [];
  const styles = new Map<number, number>();
  for (const match of inner.matchAll(CELL)) {
    const reference = attribute(match[0], "r");
    if (reference === null) throw new Error(`a cell of row ${row + 1} has no reference`);
    const column = areaOfA1(reference).left;
    if (!columns.has(column)) {
      kept.push({ column, xml: match[0] });
      continue;
    }
    // A shared formula's first cell holds the formula its copies use; an array formula spans cells.
    if (/<f\b[^>]*\bt="(?:shared|array)"[^>]*\bref="/.test(match[0])) throw new SaveRefusal(`the ${/t="array"/.test(match[0]) ? "array formula" : "shared formula (a filled-down formula other cells copy)"} in ${sheetName}!${reference}`);
    styles.set(column, Number(attribute(match[0], "s") ?? 0));
  }
  for (const column of columns) kept.push({ column, xml: render(row, column, styles.get(column) ?? 0) ?? "" });
  kept.sort((a, b) => a.column - b.column);
  return `${tag}${kept.map((cell) => cell.xml).join("")}</row>`;
}

/**
 * Whether every cell of a row lies left of a column: the desk's cells then follow the row's as
 * they are (the usual case, AR columns right of the list), and no cell needs taking apart.
 */
function before(inner: string, column: number): boolean {
  let cells = 0;
  for (const match of inner.matchAll(CELL_COLUMN)) {
    cells += 1;
    if (columnIndex(match[1] ?? "") >= column) return false;
  }
  // A cell without a reference (or an unexpected spelling) goes the careful way.
  return cells === (inner.match(/<c\b/g) ?? []).length;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (let at = 0; at < letters.length; at += 1) index = index * 26 + (letters.charCodeAt(at) & 0x1f);
  return index - 1;
}

/** The `<cols>` element with a `<col>` for every desk width no existing one covers. */
function withColumns(head: string, widths: ReadonlyMap<number, number>): string {
  if (widths.size === 0) return head;
  const cols = findElement(head, "cols");
  const existing = cols ? elements(head.slice(cols.openEnd, cols.end), "col") : [];
  const covered = existing.map((tag) => ({ min: Number(attribute(tag, "min")), max: Number(attribute(tag, "max")), tag }));
  const added = [...widths]
    .filter(([column]) => !covered.some((range) => column + 1 >= range.min && column + 1 <= range.max))
    .map(([column, width]) => ({ min: column + 1, max: column + 1, tag: `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>` }));
  if (added.length === 0) return head;
  const all = [...covered, ...added].sort((a, b) => a.min - b.min).map((range) => range.tag).join("");
  if (cols) return `${head.slice(0, cols.start)}<cols>${all}</cols>${head.slice(cols.end)}`;
  return `${head}<cols>${all}</cols>`;
}

/** The `<dimension>` grown to hold the desk's cells. */
function withDimension(head: string, cells: ReadonlyMap<number, ReadonlySet<number>>): string {
  const dimension = findElement(head, "dimension");
  if (!dimension || cells.size === 0) return head;
  const area = areaOfA1(attribute(dimension.tag, "ref") ?? "A1");
  let bottom = area.top + area.rows - 1;
  let right = area.left + area.columns - 1;
  for (const [row, columns] of cells) {
    bottom = Math.max(bottom, row);
    for (const column of columns) right = Math.max(right, column);
  }
  const ref = `${cellAddress(area.top, area.left)}:${cellAddress(bottom, right)}`;
  return `${head.slice(0, dimension.start)}${withAttribute(dimension.tag, "ref", ref)}${head.slice(dimension.end)}`;
}
