import fc from "fast-check";
import { DOMParser } from "@xmldom/xmldom";
import { patchSheetXml, type RenderCell } from "../../src/xlsx/package/patchSheetXml";
import { SaveRefusal } from "../../src/xlsx/package/saveRefusal";
import { escapeXml } from "../../src/xlsx/package/xmlText";
import { cellAddress } from "../../src/workbook/a1";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><cols><col min="1" max="3" width="12" customWidth="1"/></cols>';
const TAIL = '<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>5000</formula></cfRule></conditionalFormatting><drawing r:id="rId1"/></worksheet>';
const render: RenderCell = (row, column, style) => `<c r="${cellAddress(row, column)}" s="${style + 100}" t="inlineStr"><is><t>desk</t></is></c>`;
const cells = (entries: [number, number[]][]) => new Map(entries.map(([row, columns]) => [row, new Set(columns)]));

describe("patchSheetXml: only the desk's cells change", () => {
  const sheet = `${HEAD}<sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>7</v></c></row><row r="3"><c r="A3"><f>SUM(A1:B2)</f><v>10</v></c></row></sheetData>${TAIL}`;

  it.each([
    ["a new cell in an existing row, after the user's", cells([[0, [3]]]), '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>7</v></c><c r="D1" s="100" t="inlineStr"><is><t>desk</t></is></c></row>'],
    ["a cell replaced, keeping its own format under the desk's", cells([[0, [1]]]), '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="103" t="inlineStr"><is><t>desk</t></is></c></row>'],
    ["a new row between two of the user's", cells([[1, [0]]]), '</row><row r="2"><c r="A2" s="100" t="inlineStr"><is><t>desk</t></is></c></row><row r="3"><c r="A3"><f>SUM(A1:B2)</f><v>10</v></c></row>'],
    ["a new row after the last", cells([[5, [2]]]), '<row r="6"><c r="C6" s="100" t="inlineStr"><is><t>desk</t></is></c></row></sheetData>'],
  ])("%s", (_name, desk, expected) => {
    const patched = patchSheetXml(sheet, desk, render, new Map());
    expect(patched).toContain(expected);
    expect(patched.endsWith(TAIL)).toBe(true);
    expect(patched).toContain('<c r="A3"><f>SUM(A1:B2)</f><v>10</v></c>');
  });

  it.each([
    ["grows the dimension to the desk's cells", cells([[9, [5]]]), new Map<number, number>(), '<dimension ref="A1:F10"/>'],
    ["adds widths only for columns no <col> covers", cells([[0, [4]]]), new Map([[1, 30], [4, 14]]), '<cols><col min="1" max="3" width="12" customWidth="1"/><col min="5" max="5" width="14" customWidth="1"/></cols>'],
  ])("%s", (_name, desk, widths, expected) => {
    expect(patchSheetXml(sheet, desk, render, widths)).toContain(expected);
  });

  it.each([
    ["a shared formula's first cell", '<c r="B1"><f t="shared" ref="B1:B9" si="0">A1*2</f><v>2</v></c>', /shared formula .* in Notes!B1/],
    ["an array formula", '<c r="B1"><f t="array" ref="B1:B2">A1:A2*2</f><v>2</v></c>', /array formula in Notes!B1/],
  ])("refuses to overwrite %s, naming it", (_name, cell, message) => {
    const xml = `${HEAD}<sheetData><row r="1">${cell}</row></sheetData>${TAIL}`;
    expect(() => patchSheetXml(xml, cells([[0, [1]]]), render, new Map(), "Notes")).toThrow(SaveRefusal);
    expect(() => patchSheetXml(xml, cells([[0, [1]]]), render, new Map(), "Notes")).toThrow(message);
  });
});

describe("patchSheetXml over any sheet and any desk cells (fast-check, seeded)", () => {
  const userCell = fc.record({ column: fc.integer({ min: 0, max: 12 }), text: fc.string({ maxLength: 12 }) });
  const userSheet = fc.uniqueArray(fc.record({ row: fc.integer({ min: 0, max: 40 }), cells: fc.uniqueArray(userCell, { selector: (cell) => cell.column, maxLength: 6 }) }), { selector: (row) => row.row, maxLength: 15 });
  const deskCells = fc.uniqueArray(fc.record({ row: fc.integer({ min: 0, max: 45 }), columns: fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 4 }) }), { selector: (row) => row.row, maxLength: 10 });

  it("keeps every user cell the desk did not write, verbatim; writes every desk cell once; rows and cells stay in order; the part stays well-formed", () => {
    fc.assert(
      fc.property(userSheet, deskCells, (rows, desk) => {
        const sorted = [...rows].sort((a, b) => a.row - b.row);
        const xmlRows = sorted.map((row) => `<row r="${row.row + 1}">${[...row.cells].sort((a, b) => a.column - b.column).map((cell) => `<c r="${cellAddress(row.row, cell.column)}" t="inlineStr"><is><t>${escapeXml(cell.text)}</t></is></c>`).join("")}</row>`);
        const xml = `${HEAD}<sheetData>${xmlRows.join("")}</sheetData>${TAIL.replace(' r:id="rId1"', "")}`;
        const written = new Map(desk.map((row) => [row.row, new Set(row.columns)]));
        const patched = patchSheetXml(xml, written, render, new Map());
        const errors: string[] = [];
        const document = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(patched, "text/xml");
        expect(errors).toEqual([]);
        const references = [...patched.matchAll(/<c r="([A-Z]+)(\d+)"/g)].map((match) => ({ column: match[1] ?? "", row: Number(match[2]) }));
        const rowNumbers = [...patched.matchAll(/<row r="(\d+)"/g)].map((match) => Number(match[1]));
        expect(rowNumbers).toEqual([...rowNumbers].sort((a, b) => a - b));
        expect(new Set(rowNumbers).size).toBe(rowNumbers.length);
        for (const row of sorted) {
          for (const cell of row.cells) {
            if (written.get(row.row)?.has(cell.column)) continue;
            expect(patched).toContain(`<c r="${cellAddress(row.row, cell.column)}" t="inlineStr"><is><t>${escapeXml(cell.text)}</t></is></c>`);
          }
        }
        const deskCount = desk.reduce((sum, row) => sum + row.columns.length, 0);
        expect((patched.match(/<t>desk<\/t>/g) ?? []).length).toBe(deskCount);
        expect(document.getElementsByTagName("c").length).toBe(references.length);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
