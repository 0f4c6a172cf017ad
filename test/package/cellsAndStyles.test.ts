import fc from "fast-check";
import ExcelJS from "exceljs";
import { DOMParser } from "@xmldom/xmldom";
import { cellXml } from "../../src/xlsx/package/cellXml";
import { StyleAppender } from "../../src/xlsx/package/styleAppender";

const STYLES = '<?xml version="1.0"?><styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf></cellXfs></styleSheet>';

describe("StyleAppender appends, never renumbers", () => {
  it.each([
    ["a built-in format", 0, { numberFormat: "0.00%", wrap: false }, '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"></xf>'],
    ["the file's own custom format, reused by code", 0, { numberFormat: "dd/mm/yyyy", wrap: false }, '<xf numFmtId="164"'],
    ["a new custom format after the file's", 0, { numberFormat: "yyyy-mm-dd hh:mm", wrap: false }, '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/>'],
    ["the cell's fill and border kept under the desk's format, wrapped", 1, { numberFormat: "@", wrap: true }, '<xf numFmtId="49" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" wrapText="1" vertical="top"/></xf>'],
  ])("%s", (_name, base, style, expected) => {
    const styles = new StyleAppender(STYLES);
    expect(styles.index(base, style)).toBe(2);
    const xml = styles.xml();
    expect(xml).toContain(expected);
    expect(xml).toContain('<cellXfs count="3">');
    // The file's own formats keep their places: every existing index still means what it meant.
    expect(xml).toContain('<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf><xf ');
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
  });

  it("gives one index per style and leaves the part as it was when nothing is appended", () => {
    const styles = new StyleAppender(STYLES);
    expect(styles.xml()).toBe(STYLES);
    expect([styles.index(0, { numberFormat: "0", wrap: false }), styles.index(0, { numberFormat: "0", wrap: false }), styles.index(1, { numberFormat: "0", wrap: false })]).toEqual([2, 2, 3]);
  });
});

describe("cellXml: every desk cell carries a value a reader can show", () => {
  const sheet = new ExcelJS.Workbook().addWorksheet("S");
  const at = (value: ExcelJS.CellValue) => {
    const cell = sheet.getCell("B2");
    cell.value = null;
    cell.value = value;
    return cell;
  };
  it.each([
    ["a number", 12.5, '<c r="B2" s="4"><v>12.5</v></c>'],
    ["text, as an inline string", "Smith & Sons", '<c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">Smith &amp; Sons</t></is></c>'],
    ["a formula with a text result", { formula: "_xldudf_AR_NEXTACTION(A2)", result: "Wait" }, '<c r="B2" s="4" t="str"><f>_xldudf_AR_NEXTACTION(A2)</f><v>Wait</v></c>'],
    ["a formula with a blank result", { formula: "_xldudf_AR_NEXTCONTACT(A2)", result: "" }, '<c r="B2" s="4" t="str"><f>_xldudf_AR_NEXTCONTACT(A2)</f><v></v></c>'],
    ["a formula with a zero result", { formula: "_xldudf_AR_SETTLEOFFER(A2)", result: 0 }, '<c r="B2" s="4"><f>_xldudf_AR_SETTLEOFFER(A2)</f><v>0</v></c>'],
    ["a formula with an error result", { formula: "_xldudf_AR_DAYSOVERDUE(A2)", result: { error: "#VALUE!" } }, '<c r="B2" s="4" t="e"><f>_xldudf_AR_DAYSOVERDUE(A2)</f><v>#VALUE!</v></c>'],
    ["a non-finite number, which a file cannot hold", Number.POSITIVE_INFINITY, '<c r="B2" s="4" t="e"><v>#NUM!</v></c>'],
  ] as [string, ExcelJS.CellValue, string][])("%s", (_name, value, expected) => {
    expect(cellXml(at(value), 1, 1, 4, false)).toBe(expected);
  });

  it("any text comes out well-formed and reads back as the same text (fast-check, seeded)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const xml = cellXml(at(text === "" ? "x" : text), 1, 1, 0, false) ?? "";
        const errors: string[] = [];
        const document = new DOMParser({ onError: (_level, message) => void errors.push(message) }).parseFromString(xml, "text/xml");
        expect(errors).toEqual([]);
        const shown = document.getElementsByTagName("t")[0]?.textContent ?? "";
        // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these; they are dropped
        expect(shown).toBe((text === "" ? "x" : text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/\r\n?/g, "\n"));
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });
});
