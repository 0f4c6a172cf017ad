/*
 * Entry-by-entry comparison of two .xlsx packages: which parts changed, which are gone, which are new.
 */
import { strFromU8, unzipSync } from "fflate";

/** Parts a save may change: the workbook, its relationships, content types and styles. */
export const WORKBOOK_PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];

export interface PackageDiff {
  readonly changed: string[];
  readonly missing: string[];
  readonly added: string[];
}

/** Unzipped entries of .xlsx bytes (folder entries left out). */
export function entriesOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([path]) => !path.endsWith("/")));
}

/** Which entries of `before` differ in `after` (byte for byte), are missing from it, or are new in it. */
export function packageDiff(before: Uint8Array, after: Uint8Array): PackageDiff {
  const old = entriesOf(before);
  const fresh = entriesOf(after);
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);
  return {
    changed: Object.keys(old).filter((path) => fresh[path] && !same(old[path] as Uint8Array, fresh[path])).sort(),
    missing: Object.keys(old).filter((path) => !fresh[path]).sort(),
    added: Object.keys(fresh).filter((path) => !old[path]).sort(),
  };
}

/** The package path of a sheet, by its name (workbook.xml and its relationships). */
export function sheetPath(bytes: Uint8Array, name: string): string {
  const entries = entriesOf(bytes);
  const workbook = strFromU8(entries["xl/workbook.xml"] ?? new Uint8Array());
  const rels = strFromU8(entries["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const escaped = name.replace(/&/g, "&amp;");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
