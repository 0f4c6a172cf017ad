import { appendChildren, attribute, elements, escapeXml, findElement } from "./xmlText";
import { partText, setPartText, type PackageEntries } from "./packageEntries";
import { relationshipsPath } from "./partPaths";

const RELATIONSHIPS_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
export const TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
} as const;
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

/**
 * Adds a relationship to a part's relationships (the part is created when missing); returns its
 * new id, unused in that part.
 *
 * @example
 * addRelationship(entries, "xl/workbook.xml", TYPES.worksheet, "worksheets/sheet3.xml") //=> "rId7"
 */
export function addRelationship(entries: PackageEntries, part: string, type: string, target: string): string {
  const path = relationshipsPath(part);
  const text = partText(entries, path) ?? RELATIONSHIPS_XML;
  const ids = new Set(elements(text, "Relationship").map((tag) => attribute(tag, "Id")));
  let number = ids.size + 1;
  while (ids.has(`rId${number}`)) number += 1;
  const id = `rId${number}`;
  const added = appendChildren(text, "Relationships", `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`);
  if (added === null) throw new Error(`${path} has no Relationships`);
  setPartText(entries, path, added);
  return id;
}

/**
 * Removes the relationships of a part that point at a target path suffix (calcChain.xml).
 *
 * @example
 * removeRelationships(entries, "xl/workbook.xml", "calcChain.xml")
 */
export function removeRelationships(entries: PackageEntries, part: string, targetEnd: string): void {
  const path = relationshipsPath(part);
  const text = partText(entries, path);
  if (text === null) return;
  const removed = elements(text, "Relationship").filter((tag) => (attribute(tag, "Target") ?? "").endsWith(targetEnd));
  if (removed.length === 0) return;
  setPartText(entries, path, removed.reduce((xml, tag) => xml.replace(tag, ""), text));
}

/**
 * Declares a new part's content type, or removes one (`contentType` null).
 *
 * @example
 * setContentType(entries, "xl/worksheets/sheet3.xml", CONTENT_TYPES.worksheet)
 */
export function setContentType(entries: PackageEntries, part: string, contentType: string | null): void {
  const path = "[Content_Types].xml";
  let text = partText(entries, path);
  if (text === null) throw new Error("the package has no [Content_Types].xml");
  const existing = elements(text, "Override").find((tag) => (attribute(tag, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase());
  if (existing) text = text.replace(existing, "");
  if (contentType !== null) text = appendChildren(text, "Types", `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`) ?? text;
  setPartText(entries, path, text);
}

/**
 * A path for a new part that the package does not hold yet ("xl/worksheets/sheet" → …sheet4.xml).
 *
 * @example
 * freePath(entries, "xl/tables/table") //=> "xl/tables/table2.xml"
 */
export function freePath(entries: PackageEntries, stem: string): string {
  let number = 1;
  const taken = new Set([...entries.keys()].map((key) => key.toLowerCase()));
  while (taken.has(`${stem}${number}.xml`.toLowerCase())) number += 1;
  return `${stem}${number}.xml`;
}

/**
 * Adds Table parts to a sheet part that already exists (before its extensions, as the schema orders it).
 *
 * @example
 * withTableParts(sheetXml, ["rId4"])
 */
export function withTableParts(xml: string, ids: readonly string[]): string {
  if (ids.length === 0) return xml;
  const parts = ids.map((id) => `<tablePart r:id="${id}"/>`).join("");
  const existing = findElement(xml, "tableParts");
  if (existing) {
    const count = elements(xml.slice(existing.openEnd, existing.end), "tablePart").length + ids.length;
    return appendChildren(xml, "tableParts", parts, count) ?? xml;
  }
  const end = xml.lastIndexOf("</worksheet>");
  // The worksheet's own extLst is its last child; an extLst inside a rule ends before other elements.
  const lastExtensions = xml.lastIndexOf("</extLst>");
  const atExtensions = lastExtensions >= 0 && xml.slice(lastExtensions + "</extLst>".length, end).trim() === "" ? xml.lastIndexOf("<extLst", lastExtensions) : -1;
  const at = atExtensions >= 0 ? atExtensions : end;
  const declared = /^[\s\S]*?<worksheet\b[^>]*\sxmlns:r=/.test(xml) ? xml : xml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  const shift = declared.length - xml.length;
  return `${declared.slice(0, at + shift)}<tableParts count="${ids.length}">${parts}</tableParts>${declared.slice(at + shift)}`;
}
