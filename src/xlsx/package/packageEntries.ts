import { Zip, strFromU8, strToU8, unzipSync, zipSync, type ZipInputFile, type Zippable } from "fflate";

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
export function writePackage(entries: PackageEntries, deflate?: PackageDeflate): Uint8Array {
  if (deflate) return writeWith(entries, deflate);
  const zippable: Zippable = {};
  for (const [path, data] of entries) zippable[path] = [data, { level: 1 }];
  return zipSync(zippable);
}

/**
 * A native raw deflate and CRC-32 (Node's zlib in the command line): about seven times less CPU
 * than fflate's JavaScript deflate on a 100,000-row sheet (0.34 s against 2.39 s for 114 MB).
 */
export interface PackageDeflate {
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** The zip written by fflate's container around entries deflated by `deflate` (fflate's documented ZipInputFile). */
function writeWith(entries: PackageEntries, deflate: PackageDeflate): Uint8Array {
  const chunks: Uint8Array<ArrayBufferLike>[] = [];
  const failed: { error: Error | null } = { error: null };
  const zip = new Zip((error, chunk) => {
    if (error) failed.error = error;
    else chunks.push(chunk);
  });
  for (const [path, data] of entries) {
    const stored = data.length === 0; // folder entries and empty parts: nothing to deflate
    const file: ZipInputFile = { filename: path, size: data.length, crc: stored ? 0 : deflate.crc32(data), compression: stored ? 0 : 8 };
    zip.add(file);
    file.ondata?.(null, (stored ? data : deflate.deflateRaw(data)) as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failed.error) throw failed.error;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
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
