import { areaOfA1 } from "../area";
import { cellAddress } from "../../workbook/a1";
import { SaveRefusal } from "./saveRefusal";
import { attribute, elements, findElement, withAttribute, withoutAttribute } from "./xmlText";

/** Renders the desk's cell at a 0-based row and column, given the style index the cell had (0 for none). */
export type RenderCell = (row: number, column: number, originalStyle: number) => string | null;

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/**
 * A sheet part with the desk's cells replaced or inserted and everything else — other cells, rows,
 * drawings, comments' anchors, conditional formats, validations, extensions — left as it was,
 * character for character. Column widths the desk chose are added where the sheet sets none.
 *
 * @example
 * patchSheetXml(xml, new Map([[4, new Set([9])]]), render, new Map([[9, 14]])) // row 5 gains J5
 */
export function patchSheetXml(xml: string, cells: ReadonlyMap<number, ReadonlySet<number>>, render: RenderCell, widths: ReadonlyMap<number, number>, sheetName = "the sheet"): string {
  const data = findElement(xml, "sheetData");
  if (!data) throw new Error("the sheet has no sheetData");
  const inner = data.selfClosing ? "" : xml.slice(data.openEnd, data.end - "</sheetData>".length);
  const body = patchRows(inner, cells, render, sheetName);
  const before = withDimension(withColumns(xml.slice(0, data.start), widths), cells);
  return `${before}<sheetData>${body}</sheetData>${xml.slice(data.end)}`;
}

function patchRows(inner: string, cells: ReadonlyMap<number, ReadonlySet<number>>, render: RenderCell, sheetName: string): string {
  const pending = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
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
  return out.join("");
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
