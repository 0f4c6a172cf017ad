import { resolve } from "node:path";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import type { CliIo, WorkbookFile } from "./cliIo";
import { errorCode, faultFailure, FileFault } from "./fileFault";

/** An input workbook opened: where it is, its size and the file adapter over it. */
export interface OpenedInput {
  readonly ok: true;
  readonly path: string;
  readonly bytes: number;
  readonly book: WorkbookFile;
}

/**
 * Reads and opens an input workbook, every expected failure as a value with its exit code: no
 * such file, a folder, not an .xlsx (text, an old .xls), a password-protected workbook.
 *
 * @example
 * await openInput(io, "ar.xlsx")     //=> { ok: true, path: "/home/me/ar.xlsx", bytes: 9729, book }
 * await openInput(io, "missing.xlsx") //=> { ok: false, exitCode: 3, message: "No such file: /home/me/missing.xlsx" }
 */
export async function openInput(io: CliIo, file: string): Promise<OpenedInput | CommandFailure> {
  const path = resolve(io.cwd, file);
  const bytes = await readBytes(io, path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const opened = await io.open(bytes);
  if (opened.ok) return { ok: true, path, bytes: bytes.length, book: opened };
  const sniffed = sniffOle(bytes);
  if (opened.kind === "encrypted" || sniffed === "encrypted") return failure(exitCodes.encrypted, `${path} is password-protected (encrypted): open it in Excel, save a copy without a password, and run again on that copy.`);
  if (opened.kind === "missing") return failure(exitCodes.missingFile, `No such file: ${path}`);
  const why = sniffed === "xls" ? "it is an old-format Excel file (.xls): save it as .xlsx first" : opened.error;
  return failure(exitCodes.notXlsx, `${path} is not an .xlsx workbook: ${why}`);
}

async function readBytes(io: CliIo, path: string): Promise<Uint8Array | CommandFailure> {
  try {
    return await io.files.readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === null) throw error;
    if (code === "EISDIR") return failure(exitCodes.notXlsx, `${path} is a folder, not an .xlsx workbook.`);
    return faultFailure(new FileFault(code, path, "read"), io.files);
  }
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/**
 * An OLE compound file is either an encrypted .xlsx (it holds a stream named "EncryptedPackage",
 * the name stored as UTF-16LE in its directory) or an old .xls.
 *
 * @example
 * sniffOle(new Uint8Array([0x50, 0x4b, 3, 4])) //=> null
 */
export function sniffOle(bytes: Uint8Array): "encrypted" | "xls" | null {
  if (!OLE_MAGIC.every((byte, index) => bytes[index] === byte)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? "encrypted" : "xls";
}
