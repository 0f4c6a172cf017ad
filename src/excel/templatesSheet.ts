/// <reference types="office-js" />
import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import { runExcel } from "./excelRun";
import { TEXT_FORMAT } from "../workbook/textCell";
import type { TemplateRow } from "../workbook/port";
import { sameTemplateKey as sameKey, TEMPLATE_FIELDS, TEMPLATE_HEADERS, templateColumns, templateNames, templateOf, type TemplateColumns as Columns } from "../workbook/templateLayout";
export { templateNames };
export type { TemplateRow };

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;

const TABLE_TOP = 2; // row 3: title in row 1, a note in row 2
const HEADERS = TEMPLATE_HEADERS;
const FIELDS = TEMPLATE_FIELDS;

/**
 * The templates on the "Dunning Templates" sheet, in sheet order; rows with neither stage nor
 * language are skipped. The columns are found by their headers, so the user may move them or add
 * their own.
 *
 * @example
 * await readTemplates() //=> [{ stage: "firstReminder", language: "en", subject: "Invoice {invoice} is overdue", body: "Dear …\n…" }]
 * await readTemplates() //=> [] (the workbook has no templates sheet)
 */
export async function readTemplates(): Promise<TemplateRow[] | ExcelFailure> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(templateNames.table).load("name");
    await context.sync();
    if (table.isNullObject) return [];
    const found = await readTable(context, table);
    if ("error" in found) return found;
    return found.rows.flatMap(({ row }) => (row.stage === "" && row.language === "" ? [] : [row]));
  });
}

/**
 * Saves a template: rewrites the row of the same stage and language (compared trimmed and
 * ignoring case) in place, or adds one row, creating the sheet on first use. Every cell is written
 * as text (number format "@" first), so "=HYPERLINK(…)" or "-5% off" never becomes a formula. A
 * text longer than an Excel cell holds is refused and nothing is written.
 *
 * @example
 * await saveTemplate({ stage: "firstReminder", language: "en", subject: "=Overdue", body: "Dear …" }) //=> undefined
 * await saveTemplate({ ...row, body: "x".repeat(40_000) }) //=> { error: "The body is 40,000 characters long; …" }
 */
export async function saveTemplate(row: TemplateRow): Promise<void | ExcelFailure> {
  const tooLong = FIELDS.find((field) => row[field].length > MAX_CELL_TEXT);
  if (tooLong) return { error: excelMessages.templateTooLong(tooLong, row[tooLong].length, MAX_CELL_TEXT) };
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(templateNames.sheet).load("name");
    const table = context.workbook.tables.getItemOrNullObject(templateNames.table).load("name");
    await context.sync();
    if (sheet.isNullObject && table.isNullObject) return createTemplatesSheet(context, row);
    if (table.isNullObject) return { error: excelMessages.templatesSheetWithoutTable(templateNames.sheet) };
    const found = await readTable(context, table);
    if ("error" in found) return found;
    const index = found.rows.findIndex((existing) => sameKey(existing.row, row));
    const blank = found.rows.findIndex((existing) => FIELDS.every((field) => existing.row[field] === ""));
    const target = index >= 0 ? index : blank;
    const range = target >= 0 ? table.rows.getItemAt(target).getRange() : table.rows.add(undefined, [found.headers.map(() => "")]).getRange();
    writeRow(range, found.columns, row);
    await context.sync();
  });
}

/**
 * Removes the user's template of a stage and language, so the built-in one applies again; does
 * nothing when there is none. The Table's last row is emptied rather than deleted (a Table keeps
 * at least one body row).
 *
 * @example
 * await removeTemplate("firstReminder", "en") //=> undefined
 */
export async function removeTemplate(stage: string, language: string): Promise<void | ExcelFailure> {
  return runExcel(async (context): Promise<void | ExcelFailure> => {
    const table = context.workbook.tables.getItemOrNullObject(templateNames.table).load("name");
    await context.sync();
    if (table.isNullObject) return;
    const found = await readTable(context, table);
    if ("error" in found) return found;
    const index = found.rows.findIndex((existing) => sameKey(existing.row, { stage, language }));
    if (index < 0) return;
    if (found.rows.length > 1) table.rows.getItemAt(index).delete();
    else writeRow(table.rows.getItemAt(index).getRange(), found.columns, { stage: "", language: "", subject: "", body: "" });
    await context.sync();
  });
}

interface TableContent {
  readonly headers: readonly unknown[];
  readonly columns: Columns;
  readonly rows: readonly { readonly row: TemplateRow }[];
}

async function readTable(context: Excel.RequestContext, table: Excel.Table): Promise<TableContent | ExcelFailure> {
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  const headers = (header.values[0] ?? []) as unknown[];
  const found = templateColumns(headers);
  if ("missing" in found) return { error: excelMessages.templatesColumnsMissing(templateNames.sheet, found.missing.join(", ")) };
  const { columns } = found;
  const rows = (body.values as unknown[][]).map((cells) => ({ row: templateOf(cells, columns) }));
  return { headers, columns, rows };
}

async function createTemplatesSheet(context: Excel.RequestContext, row: TemplateRow): Promise<void> {
  const sheet = context.workbook.worksheets.add(templateNames.sheet);
  sheet.getRange("A1:A2").values = [["Dunning Desk reminder templates"], ["One row per stage and language. Delete a row to go back to the built-in template."]];
  const block = sheet.getRangeByIndexes(TABLE_TOP, 0, 2, HEADERS.length);
  block.numberFormat = [HEADERS.map(() => TEXT_FORMAT), HEADERS.map(() => TEXT_FORMAT)];
  block.values = [[...HEADERS], FIELDS.map((field) => row[field])];
  const table = sheet.tables.add(block, true);
  table.name = templateNames.table;
  await context.sync();
}

/** Writes the four fields into their cells of a Table row, as text: the format goes first, in the same batch. */
function writeRow(range: Excel.Range, columns: Columns, row: TemplateRow): void {
  for (const field of FIELDS) {
    const cell = range.getCell(0, columns[field]);
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[row[field]]];
  }
}
