import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import type { TemplateRow } from "../workbook/port";
import { CELL_TEXT_LIMIT } from "../workbook/tableLayout";
import { sameTemplateKey, TEMPLATE_FIELDS, TEMPLATE_HEADERS, templateColumns, templateNames, templateOf, type TemplateColumns } from "../workbook/templateLayout";
import { TEXT_FORMAT } from "../workbook/textCell";
import type { FileBook } from "./fileBook";
import { createFileTable, resizeFileTable, type FileTable } from "./fileTables";

const TABLE_TOP = 2; // row 3: title in row 1, a note in row 2

/**
 * The templates on "Dunning Templates" (Table "DunningTemplates"), as the Office adapter reads
 * them: rows with neither stage nor language skipped; columns found by header.
 *
 * @example
 * readFileTemplates(book) //=> [{ stage: "firstReminder", language: "en", subject: "…", body: "…" }]
 */
export function readFileTemplates(book: FileBook): TemplateRow[] | ExcelFailure {
  const found = readTable(book);
  if (found === null) return [];
  if ("error" in found) return found;
  return found.rows.filter((row) => row.stage !== "" || row.language !== "");
}

/**
 * Adds or replaces (same stage and language) a template, every cell as text; too long a text is refused.
 *
 * @example
 * saveFileTemplate(book, { stage: "firstReminder", language: "en", subject: "=Overdue", body: "Dear …" }) //=> undefined
 */
export function saveFileTemplate(book: FileBook, row: TemplateRow): void | ExcelFailure {
  const tooLong = TEMPLATE_FIELDS.find((field) => row[field].length > CELL_TEXT_LIMIT);
  if (tooLong) return { error: excelMessages.templateTooLong(tooLong, row[tooLong].length, CELL_TEXT_LIMIT) };
  const found = readTable(book);
  if (found === null) {
    if (book.sheet(templateNames.sheet)) return { error: excelMessages.templatesSheetWithoutTable(templateNames.sheet) };
    return createTemplatesSheet(book, row);
  }
  if ("error" in found) return found;
  const index = found.rows.findIndex((existing) => sameTemplateKey(existing, row));
  const blank = found.rows.findIndex((existing) => TEMPLATE_FIELDS.every((field) => existing[field] === ""));
  const target = index >= 0 ? index : blank >= 0 ? blank : found.rows.length;
  if (target === found.rows.length) resizeFileTable(found.table, found.table.area.rows + 1, found.table.area.columns);
  writeRow(book, found.table, found.columns, target, row);
}

/**
 * Removes the template of a stage and language (its row deleted and the rows below moved up
 * within the Table; the last row is emptied, as a Table keeps one).
 *
 * @example
 * removeFileTemplate(book, "firstReminder", "en") //=> undefined
 */
export function removeFileTemplate(book: FileBook, stage: string, language: string): void | ExcelFailure {
  const found = readTable(book);
  if (found === null) return;
  if ("error" in found) return found;
  const index = found.rows.findIndex((existing) => sameTemplateKey(existing, { stage, language }));
  if (index < 0) return;
  const { sheet, area } = found.table;
  for (let r = index; r < found.rows.length - 1; r += 1) {
    for (let c = 0; c < area.columns; c += 1) {
      const below = book.cell(sheet, area.top + 2 + r, area.left + c);
      book.write(sheet, area.top + 1 + r, area.left + c, book.value(sheet, area.top + 2 + r, area.left + c), below?.numFmt ?? TEXT_FORMAT);
    }
  }
  const last = found.rows.length - 1;
  for (let c = 0; c < area.columns; c += 1) book.write(sheet, area.top + 1 + last, area.left + c, "");
  if (found.rows.length > 1) resizeFileTable(found.table, area.rows - 1, area.columns);
}

interface TableContent {
  readonly table: FileTable;
  readonly columns: TemplateColumns;
  readonly rows: readonly TemplateRow[];
}

function readTable(book: FileBook): TableContent | ExcelFailure | null {
  const table = book.table(templateNames.table);
  if (!table) return null;
  const { sheet, area } = table;
  const cells = (r: number) => Array.from({ length: area.columns }, (_, c) => book.value(sheet, area.top + r, area.left + c));
  const found = templateColumns(cells(0));
  if ("missing" in found) return { error: excelMessages.templatesColumnsMissing(templateNames.sheet, found.missing.join(", ")) };
  const rows = Array.from({ length: area.rows - 1 }, (_, r) => templateOf(cells(r + 1), found.columns));
  return { table, columns: found.columns, rows };
}

function createTemplatesSheet(book: FileBook, row: TemplateRow): void {
  const sheet = book.addSheet(templateNames.sheet);
  book.write(sheet, 0, 0, "Dunning Desk reminder templates");
  book.write(sheet, 1, 0, "One row per stage and language. Delete a row to go back to the built-in template.");
  TEMPLATE_HEADERS.forEach((header, c) => book.write(sheet, TABLE_TOP, c, header, TEXT_FORMAT));
  TEMPLATE_FIELDS.forEach((field, c) => book.write(sheet, TABLE_TOP + 1, c, row[field], TEXT_FORMAT));
  createFileTable(sheet, templateNames.table, TABLE_TOP, 0, TEMPLATE_HEADERS, 1);
}

function writeRow(book: FileBook, table: FileTable, columns: TemplateColumns, index: number, row: TemplateRow): void {
  for (const field of TEMPLATE_FIELDS) book.write(table.sheet, table.area.top + 1 + index, table.area.left + columns[field], row[field], TEXT_FORMAT);
}
