import { cellAddress } from "../../workbook/a1";
import type { FileTable } from "../fileTables";
import { attribute, elements, escapeXml, findElement, withAttribute } from "./xmlText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The part of a Table the desk created, from its model: name, range, columns (a column's
 * calculated formula when it has one, so Excel fills it on new rows), filter buttons and style.
 *
 * @example
 * newTableXml(table, 3) //=> '<?xml …?><table … id="3" name="DunningReminders" ref="A1:L41">…</table>'
 */
export function newTableXml(table: FileTable, id: number, formulas: ReadonlyMap<string, string> = new Map()): string {
  const { model } = table;
  const ref = tableRef(table);
  const columns = model.columns.map((column, index) => tableColumn(index + 1, column.name, formulas.get(column.name))).join("");
  const style = (model as { style?: { theme?: string; showRowStripes?: boolean } }).style;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${escapeXml(model.name)}" displayName="${escapeXml(model.displayName ?? model.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${model.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(style?.theme ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="${style?.showRowStripes === false ? 0 : 1}" showColumnStripes="0"/></table>`
  );
}

/**
 * A Table part the user made, grown by the desk: the new range (and its filter's), the added
 * columns appended, and the calculated formula of the desk's columns the Table had already (a
 * second run) — every other attribute, column and extension stays as it was.
 *
 * @example
 * grownTableXml(xml, table, formulas) // ref="A3:H43" → ref="A3:N43", six tableColumn elements added
 */
export function grownTableXml(xml: string, table: FileTable, formulas: ReadonlyMap<string, string> = new Map()): string {
  const ref = tableRef(table);
  const root = findElement(xml, "table");
  const columnsAt = findElement(xml, "tableColumns");
  if (!root || !columnsAt) throw new Error(`the Table ${table.name} has no columns`);
  const existing = elements(xml.slice(columnsAt.openEnd, columnsAt.end), "tableColumn");
  const names = new Set(existing.map((tag) => attribute(tag, "name") ?? ""));
  let nextId = Math.max(0, ...existing.map((tag) => Number(attribute(tag, "id") ?? 0))) + 1;
  const added = table.model.columns.filter((column) => !names.has(column.name)).map((column) => tableColumn(nextId++, column.name, formulas.get(column.name)));
  const close = columnsAt.end - "</tableColumns>".length;
  const kept = existing.reduce((inner, column) => {
    const formula = formulas.get(attribute(column, "name") ?? "");
    return formula === undefined ? inner : inner.replace(column, withCalculatedFormula(column, formula));
  }, xml.slice(columnsAt.openEnd, close));
  let out = `${xml.slice(0, columnsAt.start)}${withAttribute(columnsAt.tag, "count", String(existing.length + added.length))}${kept}${added.join("")}${xml.slice(close)}`;
  out = out.replace(root.tag, withAttribute(root.tag, "ref", ref));
  const filter = findElement(out, "autoFilter");
  if (filter) out = `${out.slice(0, filter.start)}${withAttribute(filter.tag, "ref", ref)}${out.slice(filter.start + filter.tag.length)}`;
  return out;
}

function tableRef(table: FileTable): string {
  const { area } = table;
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.top + area.rows - 1, area.left + area.columns - 1)}`;
}

function tableColumn(id: number, name: string, formula: string | undefined): string {
  const calculated = formula === undefined ? "" : `<calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula>`;
  return calculated ? `<tableColumn id="${id}" name="${escapeXml(name)}">${calculated}</tableColumn>` : `<tableColumn id="${id}" name="${escapeXml(name)}"/>`;
}

/** A Table column the file had, with its calculated formula set (its first child, as the schema orders them). */
function withCalculatedFormula(column: string, formula: string): string {
  const element = `<calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula>`;
  const tagEnd = column.indexOf(">") + 1;
  if (column[tagEnd - 2] === "/") return `${column.slice(0, tagEnd - 2)}>${element}</tableColumn>`;
  const inner = column.slice(tagEnd, column.length - "</tableColumn>".length).replace(/<calculatedColumnFormula\b[^>]*(?:\/>|>[\s\S]*?<\/calculatedColumnFormula>)/, "");
  return `${column.slice(0, tagEnd)}${element}${inner}</tableColumn>`;
}
