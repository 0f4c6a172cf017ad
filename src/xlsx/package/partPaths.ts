import { attribute, elements } from "./xmlText";
import { partText, type PackageEntries } from "./packageEntries";

/** One relationship of a part: its id, type (the last word of its URI) and the target's package path. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly path: string;
  readonly external: boolean;
}

/**
 * The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels").
 *
 * @example
 * relationshipsPath("xl/worksheets/sheet1.xml") //=> "xl/worksheets/_rels/sheet1.xml.rels"
 */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The relationships of a part, targets resolved to package paths.
 *
 * @example
 * relationships(entries, "xl/workbook.xml")[0] //=> { id: "rId1", type: "worksheet", path: "xl/worksheets/sheet1.xml", external: false }
 */
export function relationships(entries: PackageEntries, part: string): Relationship[] {
  const text = partText(entries, relationshipsPath(part));
  if (text === null) return [];
  return elements(text, "Relationship").map((tag) => {
    const external = attribute(tag, "TargetMode") === "External";
    const target = attribute(tag, "Target") ?? "";
    return { id: attribute(tag, "Id") ?? "", type: (attribute(tag, "Type") ?? "").split("/").pop() ?? "", path: external ? target : resolvePath(part, target), external };
  });
}

/**
 * The package path of the workbook part (the package's officeDocument), usually "xl/workbook.xml".
 *
 * @example
 * workbookPath(entries) //=> "xl/workbook.xml"
 */
export function workbookPath(entries: PackageEntries): string | null {
  return relationships(entries, "").find((relation) => relation.type === "officeDocument")?.path ?? null;
}

/**
 * A target relative to its source part, as a package path ("/xl/x.xml" is absolute).
 *
 * @example
 * resolvePath("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml") //=> "xl/drawings/drawing1.xml"
 */
export function resolvePath(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * A package path relative to a source part's folder (for a new relationship's Target).
 *
 * @example
 * relativePath("xl/workbook.xml", "xl/worksheets/sheet3.xml") //=> "worksheets/sheet3.xml"
 */
export function relativePath(source: string, path: string): string {
  const folder = source.split("/").slice(0, -1);
  const target = path.split("/");
  let common = 0;
  while (common < folder.length && folder[common] === target[common]) common += 1;
  return [...folder.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}
