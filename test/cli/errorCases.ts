/*
 * Files the command line must refuse, written into a fresh temporary folder: a text file named
 * .xlsx, a password-protected workbook (an OLE compound file holding an "EncryptedPackage"
 * stream, as Office writes one), a workbook whose sheet has no header row.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { fixturesDir } from "./fixturesDir";

/** A new empty folder under the system's temporary folder. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), "dunning-desk-cli-"));
}

/** A copy of a fixture in `folder`; returns its path. */
export function copyFixture(folder: string, file: string): string {
  const path = join(folder, file);
  copyFileSync(join(fixturesDir, file), path);
  return path;
}

/** The start of an OLE compound file whose directory names the stream "EncryptedPackage". */
export function encryptedWorkbookBytes(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18); // minor/major version, byte order, sector shift
  const name = Buffer.from("EncryptedPackage\u0000", "utf16le");
  bytes.set(name, 512 + 128); // the second directory entry of the first directory sector
  bytes[512 + 128 + 64] = name.length;
  return bytes;
}

/** Writes the error-case files into `folder`. */
export async function writeErrorCases(folder: string): Promise<{ text: string; encrypted: string; noHeader: string }> {
  const text = join(folder, "notes.xlsx");
  writeFileSync(text, "Customer,Balance\nAcme,100\n");
  const encrypted = join(folder, "locked.xlsx");
  writeFileSync(encrypted, encryptedWorkbookBytes());
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Notes");
  sheet.addRow(["Call list for Monday"]);
  sheet.addRow(["Ring the bank", 3]);
  const noHeader = join(folder, "notes-only.xlsx");
  await workbook.xlsx.writeFile(noHeader);
  return { text, encrypted, noHeader };
}
