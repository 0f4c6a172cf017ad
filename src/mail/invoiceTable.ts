import type { DraftRequest } from "./draftRequest";
import { formatMoney, formatShortDay } from "./formatting";
import { escapeHtml } from "./escapeHtml";
import type { Labels } from "./templates/template";

/**
 * The invoice table of a reminder as rows of cell texts: a heading row, one row per invoice
 * (credit notes included, negative), and a total row.
 *
 * @example
 * invoiceCells(draft, en.labels)
 * //=> [["Invoice", "Invoice date", …], ["INV-1", "01/05/2026", "02/04/2026", "34", "$1,200.00"], ["Total", "", "", "", "$1,200.00"]]
 */
export function invoiceCells(draft: DraftRequest, labels: Labels): string[][] {
  const { language, currency } = draft;
  const heading = [labels.invoice, labels.invoiceDate, labels.dueDate, labels.daysOverdue, labels.balance];
  const rows = draft.lines.map((line) => [
    oneLine(invoiceCell(line.invoiceNumber ?? labels.none, line.job ?? null)),
    line.invoiceDay === null ? labels.none : formatShortDay(line.invoiceDay, language),
    formatShortDay(line.dueDay, language),
    String(Math.max(0, line.daysOverdue)),
    formatMoney(line.balance, currency, language),
  ]);
  return [heading, ...rows, [labels.total, "", "", "", formatMoney(draft.total, currency, language)]];
}

/**
 * The table as plain text, columns separated by " | " and padded.
 *
 * @example
 * invoiceText([["Invoice", "Balance"], ["INV-1", "$5.00"]]) //=> "Invoice | Balance\nINV-1   | $5.00"
 */
export function invoiceText(cells: readonly (readonly string[])[]): string {
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length))) ?? [];
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ").trimEnd()).join("\n");
}

/**
 * The table as HTML, every cell escaped; amounts and days right-aligned.
 *
 * @example
 * invoiceHtml([["Invoice"], ["<b>"]]) //=> '<table …><tr><th …>Invoice</th></tr><tr><td …>&lt;b&gt;</td></tr></table>'
 */
export function invoiceHtml(cells: readonly (readonly string[])[]): string {
  const cell = (tag: string, text: string, column: number) =>
    `<${tag} style="padding:2px 8px;text-align:${column >= 3 ? "right" : "left"}">${escapeHtml(text)}</${tag}>`;
  const rows = cells.map((row, index) => `<tr>${row.map((text, column) => cell(index === 0 ? "th" : "td", text, column)).join("")}</tr>`);
  return `<table style="border-collapse:collapse">${rows.join("")}</table>`;
}

/** The invoice cell: its number, and the QuickBooks job it is for ("1184 (Warehouse fit-out)"). */
function invoiceCell(number: string, job: string | null): string {
  return job === null ? number : `${number} (${job})`;
}

/** CR, LF and other line breaks in a cell become spaces: one row per line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\t]+/g, " ");
}
