// LibreOffice Calc 7.4 reads the files the desk wrote (CLI annotate and remind -o, which save
// through the same FileWorkbook.save as browser mode): every AR cell shows the engine's answer,
// no sheet is missing, nothing the desk wrote is too narrow (###), the user's chart and pivot
// table still render, and a file LibreOffice saves again is still read by the command line.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type ExcelJS from "exceljs";
import { analyzeAgingList } from "../../src/app/agingList";
import { locateAgingList } from "../../src/app/locateAgingList";
import { dayFromIsoText } from "../../src/core/days";
import { isDateFormat } from "../../src/core/ledgerCells";
import { defaultPolicy } from "../../src/core/policy";
import { openWorkbookFile } from "../../src/xlsx";
import { runCli } from "../cli/cliRun";
import { engineValue, readSavedWorkbook } from "../support/savedWorkbook";
import { entriesOf } from "../package/packageDiff";
import { strFromU8 } from "fflate";
import { convert, csvSheets, pdfText } from "./libreOffice";

const fixtures = join(__dirname, "..", "fixtures");
const folder = mkdtempSync(join(tmpdir(), "dunning-desk-libreoffice-"));
const profile = join(folder, "profile");
/** A list in pounds and euros told apart by the amounts' formats: the desk adds its own Currency column. */
const twoCurrencies = "countries/uk-aged-debtors-gbp-eur.xlsx";
const annotated = [twoCurrencies, "indonesian-hand-made.xlsx", "plain-table.xlsx", "quickbooks-open-invoices.xlsx", "xero-aged-receivables.xlsx", "uk-aged-debtors-libreoffice.xlsx", "lv-debitori-libreoffice.xlsx", "user-formulas.xlsx", "one-invoice.xlsx"];
const reminded = ["uk-aged-debtors-libreoffice.xlsx", "quickbooks-open-invoices.xlsx"];
/** Chart titles and pivot totals the LibreOffice-made fixtures hold (scripts/make-office-fixtures.py). */
const rendered: Record<string, readonly string[]> = {
  "uk-aged-debtors-libreoffice.xlsx": ["Balance by customer", "Total Result", "12,440.50"],
  "lv-debitori-libreoffice.xlsx": ["Atlikums pa klientiem", "Total Result", "15,741.39"],
};
const outputs: { name: string; path: string; source: string }[] = [];
let csv = "";
let pdf = "";
let resaved = "";

beforeAll(async () => {
  copyFileSync(join(__dirname, "..", "..", "assets", "sample-aging.xlsx"), join(folder, "sample-aging.xlsx"));
  const jobs = [
    ...annotated.map((file) => ({ file: join(fixtures, file), source: file, command: "annotate" })),
    { file: join(folder, "sample-aging.xlsx"), source: "sample-aging.xlsx", command: "annotate" },
    ...reminded.map((file) => ({ file: join(fixtures, file), source: file, command: "remind" })),
  ];
  for (const job of jobs) {
    const path = join(folder, `${job.command}-${basename(job.source)}`);
    const run = await runCli([job.command, job.file, "-o", path, "--as-of", "2026-02-15", "--force", "--quiet"]);
    if (run.code !== 0) throw new Error(`${job.command} ${job.source}: ${run.stderr}`);
    outputs.push({ name: basename(path, ".xlsx"), path, source: job.source });
  }
  const originals = [...new Set(outputs.map((output) => output.source))].map((file) => (file === "sample-aging.xlsx" ? join(folder, file) : join(fixtures, file)));
  csv = convert(outputs.map((output) => output.path), "csv", folder, profile);
  pdf = convert([...outputs.map((output) => output.path), ...originals], "pdf", folder, profile);
  resaved = convert(outputs.map((output) => output.path), "xlsx", join(folder, "resaved"), profile);
}, 300_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("LibreOffice shows what the engine computed", () => {
  it("every sheet of every file is there, and every AR cell shows the engine's answer", async () => {
    for (const output of outputs) {
      const book = await readSavedWorkbook(readFileSync(output.path));
      const sheets = csvSheets(csv, output.name);
      expect({ file: output.name, sheets: [...sheets.keys()].sort() }).toEqual({ file: output.name, sheets: book.worksheets.map((sheet) => sheet.name).sort() });
      const wrong = book.worksheets.flatMap((sheet) => arCells(sheet).flatMap(({ row, column, numberFormat }) => {
        const expected = engineValue(book, sheet.name, row, column);
        const shown = sheets.get(sheet.name)?.[row]?.[column] ?? "";
        return agrees(shown, expected, numberFormat) ? [] : [{ file: output.name, cell: `${sheet.name}!${row + 1}:${column + 1}`, shown, expected }];
      }));
      expect(wrong).toEqual([]);
    }
  });

  it("the desk's Currency column of a list in two currencies shows each invoice's code, as text, on the invoice's row", async () => {
    const output = outputs.find((item) => item.source === twoCurrencies && item.name.startsWith("annotate-"));
    if (!output) throw new Error("the two-currency list was not annotated");
    const opened = await openWorkbookFile(readFileSync(join(fixtures, twoCurrencies)));
    if (!opened.ok) throw new Error(opened.error);
    const located = await locateAgingList(opened, null);
    if (!located.ok) throw new Error(located.message);
    const list = analyzeAgingList(located, defaultPolicy, dayFromIsoText("2026-02-15") as number);
    if (!list.ok) throw new Error(list.message);
    const shown = csvSheets(csv, output.name).get(list.data.sheetName) ?? [];
    const headerRow = list.data.top + list.headerRow;
    const column = (shown[headerRow] ?? []).indexOf("Currency");
    expect(column).toBeGreaterThan(0);
    const codes = list.ledger.invoices.map((invoice) => ({ row: list.data.top + invoice.row + 1, code: invoice.currency }));
    expect(new Set(codes.map((item) => item.code))).toEqual(new Set(["GBP", "EUR"]));
    expect(codes.map((item) => ({ row: item.row, code: shown[item.row - 1]?.[column] ?? "" }))).toEqual(codes);
  });

  it("#NAME? only where the engine's answer is blank: LibreOffice 7.4 recalculates a formula whose cached result is empty text", async () => {
    for (const output of outputs) {
      const book = await readSavedWorkbook(readFileSync(output.path));
      for (const [sheetName, rows] of csvSheets(csv, output.name)) {
        rows.forEach((cells, row) =>
          cells.forEach((shown, column) => {
            if (shown !== "#NAME?") return;
            expect({ file: output.name, cell: `${sheetName}!${row + 1}:${column + 1}`, engine: engineValue(book, sheetName, row, column) }).toEqual({ file: output.name, cell: `${sheetName}!${row + 1}:${column + 1}`, engine: "" });
          }),
        );
      }
    }
  });

  it("no ### in the printed sheets beyond what the user's own file already showed", () => {
    for (const output of outputs) {
      const original = hashes(pdfText(join(pdf, basename(output.source, ".xlsx") + ".pdf")));
      expect({ file: output.name, hashes: hashes(pdfText(join(pdf, `${output.name}.pdf`))) }).toEqual({ file: output.name, hashes: original });
    }
  });

  it.each(Object.entries(rendered))("%s: the chart's title and the pivot table's totals still render after annotate and remind", (source, texts) => {
    for (const output of outputs.filter((item) => item.source === source)) {
      const text = pdfText(join(pdf, `${output.name}.pdf`));
      for (const piece of texts) expect({ file: output.name, piece, found: text.includes(piece) }).toEqual({ file: output.name, piece, found: true });
    }
  });

  it("a file LibreOffice saved again (functions spelled _xldudf_ar_…) is still read by the command line", async () => {
    for (const output of outputs.filter((item) => item.name.startsWith("annotate-"))) {
      const path = join(resaved, `${output.name}.xlsx`);
      const sheetXml = Object.entries(entriesOf(readFileSync(path))).filter(([name]) => name.startsWith("xl/worksheets/sheet")).map(([, bytes]) => strFromU8(bytes)).join("");
      expect(sheetXml).toMatch(/_xldudf_ar_daysoverdue\(/);
      const before = await runCli(["analyze", output.path, "--json", "--as-of", "2026-02-15"]);
      const after = await runCli(["analyze", path, "--json", "--as-of", "2026-02-15"]);
      expect({ file: output.name, code: after.code }).toEqual({ file: output.name, code: 0 });
      expect((JSON.parse(after.stdout) as { summary: unknown }).summary).toEqual((JSON.parse(before.stdout) as { summary: unknown }).summary);
    }
  });
});

/** The cells of a sheet holding an AR formula, with their number formats. */
function arCells(sheet: ExcelJS.Worksheet): { row: number; column: number; numberFormat: string }[] {
  const cells: { row: number; column: number; numberFormat: string }[] = [];
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, columnNumber) => {
      if (/_xldudf_AR_/i.test(String(cell.formula ?? ""))) cells.push({ row: rowNumber - 1, column: columnNumber - 1, numberFormat: cell.numFmt || "General" });
    }),
  );
  return cells;
}

/** Whether LibreOffice's raw CSV text of a cell shows the engine's value (dates as en-US M/D/Y, or ISO in an ISO format). */
function agrees(shown: string, expected: unknown, numberFormat: string): boolean {
  if (expected === "" || expected === null) return shown === "" || shown === "#NAME?"; // see the #NAME? test
  if (typeof expected === "string") return shown === expected;
  if (typeof expected !== "number") return false;
  if (isDateFormat(numberFormat)) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(shown);
    const [month, day, year] = iso ? [Number(iso[2]), Number(iso[3]), Number(iso[1])] : shown.split("/").map(Number);
    return Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0) / 86_400_000 + 25_569 === Math.floor(expected);
  }
  const value = shown.endsWith("%") ? Number(shown.slice(0, -1)) / 100 : Number(shown);
  return Math.abs(value - expected) < 1e-6 * Math.max(1, Math.abs(expected));
}

function hashes(text: string): number {
  return (text.match(/###/g) ?? []).length;
}
