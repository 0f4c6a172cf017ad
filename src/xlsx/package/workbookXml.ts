import { appendChildren, attribute, elements, escapeXml, findElement, withAttribute } from "./xmlText";

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/**
 * The calculation engine id Excel 365 writes (and has since 2019). A file whose calcId is at least
 * Excel's own is not recalculated in full on open, so every cached result — the user's formulas'
 * and the engine's AR answers — is shown as saved until something recalculates it.
 */
export const CALC_ID = 191029;
/** workbook.xml's children that come after definedNames (ECMA-376 §18.2.27 order). */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** A sheet entry of workbook.xml. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
}

/**
 * The sheets workbook.xml lists, in tab order.
 *
 * @example
 * workbookSheets(xml) //=> [{ name: "Aged Debtors", sheetId: 1, relationshipId: "rId2" }, …]
 */
export function workbookSheets(xml: string): SheetEntry[] {
  const prefix = relationshipsPrefix(xml);
  const sheets = findElement(xml, "sheets");
  if (!sheets) return [];
  return elements(xml.slice(sheets.openEnd, sheets.end), "sheet").map((tag) => ({
    name: attribute(tag, "name") ?? "",
    sheetId: Number(attribute(tag, "sheetId") ?? 0),
    relationshipId: attribute(tag, `${prefix}:id`) ?? "",
  }));
}

/**
 * workbook.xml with new sheets appended after the user's (hidden ones marked so).
 *
 * @example
 * withSheets(xml, [{ name: "AR Summary", sheetId: 3, relationshipId: "rId9", hidden: false }])
 */
export function withSheets(xml: string, sheets: readonly (SheetEntry & { readonly hidden: boolean })[]): string {
  if (sheets.length === 0) return xml;
  const prefix = relationshipsPrefix(xml);
  const tags = sheets.map((sheet) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}"${sheet.hidden ? ' state="hidden"' : ""} ${prefix}:id="${sheet.relationshipId}"/>`);
  const added = appendChildren(xml, "sheets", tags.join(""));
  if (added === null) throw new Error("workbook.xml has no sheets");
  return added;
}

/**
 * workbook.xml with workbook-level defined names set (an existing one of that name is replaced).
 *
 * @example
 * withDefinedNames(xml, new Map([["DunningAsOf", "'Dunning Policy'!$B$2"]]))
 */
export function withDefinedNames(xml: string, names: ReadonlyMap<string, string>): string {
  let out = xml;
  for (const [name, reference] of names) {
    const element = `<definedName name="${escapeXml(name)}">${escapeXml(reference)}</definedName>`;
    const block = findElement(out, "definedNames");
    const existing = block ? elements(out.slice(block.openEnd, block.end), "definedName").find((tag) => attribute(tag, "name")?.toLowerCase() === name.toLowerCase() && attribute(tag, "localSheetId") === null) : undefined;
    if (existing) out = out.replace(existing, element);
    else if (block) out = appendChildren(out, "definedNames", element) ?? out;
    else out = insertBefore(out, AFTER_DEFINED_NAMES, `<definedNames>${element}</definedNames>`);
  }
  return out;
}

/**
 * workbook.xml whose calcPr claims Excel 365's engine (`CALC_ID`) and never forces a full
 * recalculation on load the user did not ask for.
 *
 * @example
 * withCalculation('…<calcPr iterate="false"/>…') //=> '…<calcPr iterate="false" calcId="191029"/>…'
 */
export function withCalculation(xml: string): string {
  const calcPr = findElement(xml, "calcPr");
  if (!calcPr) return insertBefore(xml, AFTER_DEFINED_NAMES.slice(1), `<calcPr calcId="${CALC_ID}"/>`);
  if (Number(attribute(calcPr.tag, "calcId") ?? 0) >= CALC_ID) return xml;
  return `${xml.slice(0, calcPr.start)}${withAttribute(calcPr.tag, "calcId", String(CALC_ID))}${xml.slice(calcPr.start + calcPr.tag.length)}`;
}

/** The prefix workbook.xml binds to the relationships namespace ("r" in every file seen). */
function relationshipsPrefix(xml: string): string {
  return new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS}"`).exec(xml)?.[1] ?? "r";
}

function insertBefore(xml: string, names: readonly string[], text: string): string {
  const positions = names.map((name) => findElement(xml, name)?.start ?? -1).filter((at) => at >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf("</workbook>");
  return `${xml.slice(0, at)}${text}${xml.slice(at)}`;
}
