import { askedLines } from "./amountAsked";
import type { DraftRequest, InvoiceLine } from "./draftRequest";
import { formatMoney, formatShortDay } from "./formatting";
import { escapeHtml } from "./escapeHtml";
import type { Labels } from "./templates/template";

/** One table of a reminder: an optional caption, then rows of cell texts (heading first, total last). */
export interface InvoiceTable {
  readonly caption: string | null;
  readonly cells: string[][];
}

/** The invoice part of a reminder: its tables and, when some invoices are only listed, the sentence that says what is asked for. */
export interface InvoiceTables {
  readonly tables: readonly InvoiceTable[];
  readonly note: string | null;
}

/**
 * The invoice tables of a reminder: the invoices due (and credit notes), whose total is the
 * amount asked for; and, when some are not yet due, a second table of those, listed only, with a
 * sentence that says so. Without invoices not yet due it is one table, as a letter always had.
 *
 * @example
 * invoiceTables(draft, en.labels).tables[0].cells
 * //=> [["Invoice", "Invoice date", …], ["INV-1", "01/05/2026", "02/04/2026", "34", "$1,200.00"], ["Total", "", "", "", "$1,200.00"]]
 */
export function invoiceTables(draft: DraftRequest, labels: Labels): InvoiceTables {
  const { due, notYetDue } = askedLines(draft.lines, draft.stage);
  if (notYetDue.length === 0) return { tables: [{ caption: null, cells: tableCells(draft, labels, due, draft.total) }], note: null };
  const total = formatMoney(draft.total, draft.currency, draft.locale);
  return {
    tables: [
      { caption: labels.dueTable, cells: tableCells(draft, labels, due, draft.total) },
      { caption: labels.notYetDueTable, cells: tableCells(draft, labels, notYetDue, draft.notYetDue) },
    ],
    note: labels.amountAsked.replace("{total}", total),
  };
}

function tableCells(draft: DraftRequest, labels: Labels, lines: readonly InvoiceLine[], total: number): string[][] {
  const { locale, currency } = draft;
  const heading = [labels.invoice, labels.invoiceDate, labels.dueDate, labels.daysOverdue, labels.balance];
  const rows = lines.map((line) => [
    oneLine(invoiceCell(line.invoiceNumber ?? labels.none, line.job ?? null)),
    line.invoiceDay === null ? labels.none : formatShortDay(line.invoiceDay, locale),
    formatShortDay(line.dueDay, locale),
    String(Math.max(0, line.daysOverdue)),
    formatMoney(line.balance, currency, locale),
  ]);
  return [heading, ...rows, [labels.total, "", "", "", formatMoney(total, currency, locale)]];
}

/**
 * The tables as plain text: each caption on its own line, columns separated by " | " and padded,
 * a blank line between tables, then the note.
 *
 * @example
 * invoiceText({ tables: [{ caption: null, cells: [["Invoice", "Balance"], ["INV-1", "$5.00"]] }], note: null })
 * //=> "Invoice | Balance\nINV-1   | $5.00"
 */
export function invoiceText(part: InvoiceTables): string {
  const tables = part.tables.map((table) => [...(table.caption === null ? [] : [table.caption]), textTable(table.cells)].join("\n"));
  return [...tables, ...(part.note === null ? [] : [part.note])].join("\n\n");
}

/**
 * The tables as HTML, every cell escaped; amounts and days right-aligned; the caption a
 * `<caption>`, the note a paragraph.
 *
 * @example
 * invoiceHtml({ tables: [{ caption: null, cells: [["Invoice"], ["<b>"]] }], note: null })
 * //=> '<table …><tr><th …>Invoice</th></tr><tr><td …>&lt;b&gt;</td></tr></table>'
 */
export function invoiceHtml(part: InvoiceTables): string {
  const tables = part.tables.map((table) => htmlTable(table));
  return [...tables, ...(part.note === null ? [] : [`<p>${escapeHtml(part.note)}</p>`])].join("\n");
}

function textTable(cells: readonly (readonly string[])[]): string {
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length))) ?? [];
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ").trimEnd()).join("\n");
}

function htmlTable(table: InvoiceTable): string {
  const cell = (tag: string, text: string, column: number) =>
    `<${tag} style="padding:2px 8px;text-align:${column >= 3 ? "right" : "left"}">${escapeHtml(text)}</${tag}>`;
  const rows = table.cells.map((row, index) => `<tr>${row.map((text, column) => cell(index === 0 ? "th" : "td", text, column)).join("")}</tr>`);
  const caption = table.caption === null ? "" : `<caption style="text-align:left;font-weight:bold">${escapeHtml(table.caption)}</caption>`;
  return `<table style="border-collapse:collapse">${caption}${rows.join("")}</table>`;
}

/** The invoice cell: its number, and the QuickBooks job it is for ("1184 (Warehouse fit-out)"). */
function invoiceCell(number: string, job: string | null): string {
  return job === null ? number : `${number} (${job})`;
}

/** CR, LF and other line breaks in a cell become spaces: one row per line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\t]+/g, " ");
}
