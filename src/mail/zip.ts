import { strToU8, zipSync, type Zippable } from "fflate";
import { utcDateOfDay, type Day } from "../core/days";
import { withoutBidiControls } from "./bidiControls";
import { shortened, withinBytes } from "./shortened";

/** A file to put in the zip: a wished-for name (made safe and unique) and its text. */
export interface ZipEntry {
  readonly name: string;
  readonly text: string;
}

/**
 * Several drafts in one .zip (fflate `zipSync`). Names are made safe for every file system
 * (`safeFileName`) and unique (" (2)", " (3)" … before the extension, ignoring case).
 *
 * @param entries - the files
 * @param day - the files' modification date (passed in: no clock)
 *
 * @example
 * zipFiles([{ name: "Acme.eml", text: eml1 }, { name: "Acme.eml", text: eml2 }], 20488)
 * //=> Uint8Array (a zip holding "Acme.eml" and "Acme (2).eml")
 */
export function zipFiles(entries: readonly ZipEntry[], day: Day): Uint8Array {
  const files: Zippable = {};
  const taken = new Set<string>();
  for (const entry of entries) {
    const name = uniqueName(safeFileName(entry.name), taken);
    files[name] = [strToU8(entry.text), { mtime: utcDateOfDay(day) }];
  }
  return zipSync(files, { level: 6 });
}

/**
 * A file name safe on Windows, macOS and Linux: no path separators, no reserved characters,
 * control or bidirectional control characters (U+202E would show "gnp.exe" as "exe.png"), no
 * leading/trailing dots or spaces, not a Windows device name, at most 100 characters and 200
 * bytes of UTF-8 (extension kept; file systems allow 255 bytes, which 100 Thai letters exceed,
 * and `uniqueName` may add " (2)"). Letters of any script are kept.
 *
 * @example
 * safeFileName('Acme/"Ltd": Final notice?.eml') //=> "Acme_Ltd_ Final notice_.eml"
 * safeFileName("CON.eml")                       //=> "_CON.eml"
 */
export function safeFileName(name: string): string {
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? "";
  // eslint-disable-next-line no-control-regex
  let base = withoutBidiControls(name.slice(0, name.length - extension.length)).replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, "_");
  base = withinBytes(shortened(base.replace(/\s+/g, " ").replace(/^[\s.]+|[\s.]+$/g, ""), 100 - extension.length), 200 - extension.length);
  if (base === "") base = "message";
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
  return base + extension;
}

/**
 * A file name not yet in `taken` (compared without case, as Windows and macOS do): "a.eml", then
 * "a (2).eml"…; the name returned is added to `taken`.
 *
 * @example
 * uniqueName("Acme.eml", new Set(["acme.eml"])) //=> "Acme (2).eml"
 */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf(".");
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let candidate = name;
  for (let count = 2; taken.has(candidate.toLowerCase()); count += 1) candidate = `${base} (${count})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
