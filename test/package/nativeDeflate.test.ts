import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { readPackage, writePackage } from "../../src/xlsx/package/packageEntries";

const nodeDeflate = { deflateRaw: (data: Uint8Array) => new Uint8Array(deflateRawSync(data, { level: 1 })), crc32: (data: Uint8Array) => crc32(data) };

describe("writePackage with a native deflate (the command line's Node zlib)", () => {
  it.each(["plain-table.xlsx", "uk-aged-debtors-libreoffice.xlsx"])("%s: the same entries, in order, readable by fflate and ExcelJS", async (file) => {
    const entries = readPackage(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", file))));
    const written = writePackage(entries, nodeDeflate);
    const back = unzipSync(written);
    expect(Object.keys(back)).toEqual([...entries.keys()]);
    for (const [path, data] of entries) expect(back[path]).toEqual(data);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(written) as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThan(0);
  });
});
