import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** The entries of an OOXML package (a zip): path → bytes, in the package's own order. */
export type PackageEntries = Map<string, Uint8Array>;

/**
 * The entries of an .xlsx/.xlsm package.
 *
 * @example
 * readPackage(bytes).get("xl/workbook.xml") //=> Uint8Array […]
 */
export function readPackage(bytes: Uint8Array): PackageEntries {
  return new Map(Object.entries(unzipSync(bytes)));
}

/**
 * Zips entries in their order. Deflate level 1: on a 100,000-row list it saves about half the time
 * of level 6 for a file some 10–15% larger; every spreadsheet program reads it.
 *
 * @example
 * writePackage(new Map([["[Content_Types].xml", bytes]])) //=> Uint8Array (a zip)
 */
export function writePackage(entries: PackageEntries): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, data] of entries) zippable[path] = [data, { level: 1 }];
  return zipSync(zippable);
}

/** A part as text (UTF-8), or null when the package has no such part. */
export function partText(entries: PackageEntries, path: string): string | null {
  const bytes = entries.get(path);
  return bytes ? strFromU8(bytes) : null;
}

/** Sets a part from text (UTF-8). */
export function setPartText(entries: PackageEntries, path: string, text: string): void {
  entries.set(path, strToU8(text));
}
