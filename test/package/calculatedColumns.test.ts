import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { isFailure } from "../../src/workbook/agingData";
import { openWorkbookFile } from "../../src/xlsx";
import { runCli } from "../cli/cliRun";
import { temporaryFolder } from "../cli/errorCases";
import { engineValue, readSavedWorkbook } from "../support/savedWorkbook";

const fixture = join(__dirname, "..", "fixtures", "plain-table.xlsx");
const folder = temporaryFolder();
const AR_HEADERS = ["Days overdue", "Bucket", "Next action", "Reason", "Settle offer", "Next contact"];

/** The cells of one row of a sheet part: reference → its `<f>` text and `<v>` text. */
function rowCells(sheetXml: string, row: number): Map<string, { formula: string | null; value: string | null }> {
  const rowXml = new RegExp(`<row\\b[^>]*\\sr="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml)?.[1] ?? "";
  const cells = new Map<string, { formula: string | null; value: string | null }>();
  for (const match of rowXml.matchAll(/<c\b[^>]*\sr="([A-Z]+)\d+"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const inner = match[2] ?? "";
    cells.set(match[1] ?? "", { formula: /<f>([\s\S]*?)<\/f>/.exec(inner)?.[1] ?? null, value: /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? null });
  }
  return cells;
}

describe("AR columns in a Table are calculated columns in the saved file", () => {
  let entries: Record<string, Uint8Array>;
  let saved: Uint8Array;

  beforeAll(async () => {
    const output = join(folder, "annotated-plain-table.xlsx");
    const run = await runCli(["annotate", fixture, "-o", output, "--as-of", "2026-02-15", "--force"]);
    expect(run.code).toBe(0);
    saved = readFileSync(output);
    entries = unzipSync(saved);
  }, 60_000); // the first CLI run in a worker compiles the CLI's modules

  it("the Table part lists the AR columns with their formulas in the Table's own this-row references, its range widened", () => {
    const table = strFromU8(entries["xl/tables/table1.xml"] ?? new Uint8Array());
    expect(table).toMatch(/<table\b[^>]*\sref="A3:N43"/);
    expect(table).toMatch(/<autoFilter ref="A3:N43">/);
    expect(table).toContain('<tableColumns count="14">');
    for (const header of AR_HEADERS) {
      const column = new RegExp(`<tableColumn id="\\d+" name="${header}"><calculatedColumnFormula>([^<]+)</calculatedColumnFormula></tableColumn>`).exec(table);
      expect(column?.[1]).toMatch(/^_xldudf_AR_[A-Z]+\(.*Invoices\[\[#This Row\],\[[^\]]+\]\]/);
    }
    // The user's columns and their attributes are as they were.
    expect(table).toContain('<tableColumn id="1" name="Customer" totalsRowLabel="Total"/>');
  });

  it("every row's cell holds the column's formula and a cached value the engine computes again", async () => {
    const table = strFromU8(entries["xl/tables/table1.xml"] ?? new Uint8Array());
    const formulas = new Map([...table.matchAll(/name="([^"]+)"><calculatedColumnFormula>([^<]+)</g)].map((match) => [match[1] ?? "", (match[2] ?? "").replace(/&quot;/g, '"')]));
    const sheet = strFromU8(entries["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    const book = await readSavedWorkbook(saved);
    for (let row = 4; row <= 43; row += 1) {
      const cells = rowCells(sheet, row);
      AR_HEADERS.forEach((header, index) => {
        const letter = String.fromCharCode("I".charCodeAt(0) + index);
        const cell = cells.get(letter);
        expect(cell?.formula?.replace(/&quot;/g, '"')).toBe(formulas.get(header));
        expect(cell?.value).not.toBeNull();
        const cached = book.getWorksheet("Receivables")?.getCell(`${letter}${row}`);
        const value = cached?.result instanceof Date ? cached.result : cached?.result ?? null;
        const computed = engineValue(book, "Receivables", row - 1, 8 + index);
        if (!(value instanceof Date)) expect(value === null || value === "" ? "" : value).toEqual(computed === null ? "" : computed);
      });
    }
  });

  it("ExcelJS opens the file and reads the widened Table (its own reader stops at the first calculated column: see excelJsReadable)", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Receivables");
    const table = (sheet as unknown as { tables: Record<string, { table: { tableRef: string; columns: { name: string }[] } }> }).tables.Invoices?.table;
    expect(table?.tableRef).toBe("A3:N43");
    // ExcelJS 4.4 drops every Table column after the first one with a child element. When this
    // fails because ExcelJS reads all six, src/xlsx/package/excelJsReadable.ts can go.
    expect(table?.columns.map((column) => column.name).slice(8)).toEqual(AR_HEADERS.slice(0, 1));
  });

  it("a second annotate keeps one calculated formula per AR column (reused columns, no duplicates)", async () => {
    const first = join(folder, "annotated-plain-table.xlsx");
    const output = join(folder, "annotated-twice-plain-table.xlsx");
    const run = await runCli(["annotate", first, "-o", output, "--as-of", "2026-02-20", "--force"]);
    expect(run.code).toBe(0);
    const table = strFromU8(unzipSync(readFileSync(output))["xl/tables/table1.xml"] ?? new Uint8Array());
    expect(table).toContain('<tableColumns count="14">');
    expect((table.match(/<calculatedColumnFormula>/g) ?? []).length).toBe(6);
  }, 30_000);
});

describe("a file whose Table has calculated columns opens with every column", () => {
  it("the desk's own annotated file, opened again, has all 14 Table columns (ExcelJS alone stops at the first calculated one)", async () => {
    const saved = readFileSync(join(folder, "annotated-plain-table.xlsx"));
    const opened = await openWorkbookFile(saved);
    if (!opened.ok) throw new Error(opened.error);
    const data = await opened.port.readAgingData("auto");
    if (isFailure(data)) throw new Error(data.error);
    expect(data.tableName).toBe("Invoices");
    expect(data.values[0]?.slice(8)).toEqual(AR_HEADERS);
    // Saved again unchanged, the Table part is the one the file had.
    expect(strFromU8(unzipSync(await opened.save())["xl/tables/table1.xml"] ?? new Uint8Array())).toBe(strFromU8(unzipSync(saved)["xl/tables/table1.xml"] ?? new Uint8Array()));
  });
});

describe("a Table over 20,000 rows: the file adapter writes in chunks and still makes calculated columns", () => {
  const ROWS = 25_000; // five of the file adapter's 5,000-row chunks

  it("the Table part lists all six AR columns' formulas and every body row's cells hold them", async () => {
    const input = join(folder, "long-table.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Receivables");
    const rows = Array.from({ length: ROWS }, (_, index) => [`Customer ${index % 300}`, `INV-${10_000 + index}`, new Date(Date.UTC(2025, 10, 1 + (index % 90))), 100 + (index % 700)]);
    sheet.addTable({ name: "Invoices", ref: "A1", columns: ["Customer", "Invoice", "Due date", "Balance"].map((name) => ({ name })), rows });
    await workbook.xlsx.writeFile(input);
    const output = join(folder, "long-table-annotated.xlsx");
    expect((await runCli(["annotate", input, "-o", output, "--as-of", "2026-02-15", "--force", "--quiet"])).code).toBe(0);
    const saved = unzipSync(readFileSync(output));
    const table = strFromU8(saved["xl/tables/table1.xml"] ?? new Uint8Array());
    expect(table).toMatch(new RegExp(`<table\\b[^>]*\\sref="A1:J${ROWS + 1}"`));
    const formulas = [...table.matchAll(/name="([^"]+)"><calculatedColumnFormula>([^<]+)</g)].map((match) => match[2] ?? "");
    expect(formulas).toHaveLength(AR_HEADERS.length);
    const sheetXml = strFromU8(saved["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    const cellFormulas = [...sheetXml.matchAll(/<c r="([E-J])(\d+)"[^>]*><f>([^<]*)<\/f>/g)];
    expect(cellFormulas).toHaveLength(ROWS * AR_HEADERS.length);
    // One comparison, not 150,000 expect calls (each costs more than the check).
    const differing = cellFormulas.filter(([, letter = "", , formula]) => formula !== formulas[letter.charCodeAt(0) - "E".charCodeAt(0)]);
    expect(differing.map((match) => match[0])).toEqual([]);
  }, 120_000);
});
