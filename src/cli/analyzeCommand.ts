import type { CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import { counted, type CommandResult } from "./commandResult";
import { loadList, type LoadedList } from "./loadList";
import type { ProgressLine } from "./progressLine";
import { restorableInvoices } from "./restoreStep";
import { actionCounts, currencyLabel, formatMoneyFigure, totalsOf } from "../app/figures";
import type { CurrencyFigures } from "../core/currencyFigures";
import { asOfJson, currencyLine, listPlace, mappingLetters, problemJson, sheetCell } from "./listText";
import { textTable } from "./textTable";
import { readingNotes } from "../core/readingNotes";

/**
 * `analyze`: the Analyze panel's figures for the aging list, as tables or --json.
 *
 * @example
 * await analyzeCommand(io, args, progress) //=> { ok: true, text: "Aging list: AR!A1:H120 …", json: { summary: {…} }, … }
 */
export async function analyzeCommand(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<CommandResult> {
  const loaded = await loadList(io, args, progress);
  if (!loaded.ok) return loaded;
  const { summary, problems } = loaded.list;
  // analyze writes nothing: it says what annotate and remind would restore first.
  const restorable = args.noRestore ? null : await restorableInvoices(loaded);
  const restoreNote = restorable === null || restorable === 0 ? "" : `\nThe Contact Log holds later state than the list for ${counted(restorable, "invoice")} (a fresh export?): annotate and remind restore it first; these figures are without it.\n`;
  return {
    ok: true,
    text: `${analysisText(loaded)}${restoreNote}`,
    json: { ...analysisJson(loaded), restorable },
    summary: `analyze: ${counted(summary.invoices, "invoice")}, ${counted(summary.customers, "customer")}, ${counted(problems.length, "row problem")} in ${loaded.list.data.address}`,
    warnings: loaded.warnings,
  };
}

/**
 * The Analyze figures for --json: where the list is, how it was read, the summary as the core
 * computes it, and every row problem with its cell.
 *
 * @example
 * analysisJson(loaded) //=> { ok: true, command: "analyze", summary: { total: 7000, overdue: 7500, … }, problems: [{ cell: "D7", … }], … }
 */
export function analysisJson(loaded: LoadedList): Record<string, unknown> {
  const { data, headerRow, mappingSource, ledger, summary, problems } = loaded.list;
  const { problems: _merged, ...figures } = summary;
  return {
    ok: true,
    command: "analyze",
    file: loaded.path,
    ...asOfJson(loaded),
    list: { sheet: data.sheetName, address: data.address, table: data.tableName, headerRow: data.top + headerRow + 1, mappingSource, columns: mappingLetters(loaded) },
    dateOrder: ledger.dateOrder.order,
    notes: readingNotes(ledger),
    decimalSeparator: ledger.decimalSeparator.separator,
    currency: { sentence: ledger.currency.sentence, currencies: ledger.currency.currencies },
    summary: figures,
    problems: problems.map((problem) => problemJson(loaded, problem)),
    warnings: loaded.warnings,
  };
}

/**
 * The Analyze figures as readable tables: totals, buckets, top customers, next actions, problems.
 *
 * @example
 * analysisText(loaded)
 * //=> "Aging list: AR!A1:H120, header row 1, …\n\nTotals\n  Receivables  7,000.00\n…"
 */
export function analysisText(loaded: LoadedList): string {
  const { data, summary, problems } = loaded.list;
  const several = summary.currencies.length > 1;
  const sections = [
    `Aging list: ${listPlace(loaded)}`,
    currencyLine(loaded),
    readingNotes(loaded.list.ledger).join("\n"),
    `Totals\n${textTable(totalsOf(summary).map((figure) => [figure.label, figure.value]), [1])}`,
    ...summary.currencies.flatMap((figures) => currencySections(figures, several)),
    `Next actions\n${textTable([["Action", "Invoices"], ...actionCounts(summary.actions).map((line) => [line.action, String(line.count)])], [1])}`,
    problems.length === 0
      ? "Row problems: none"
      : `Row problems (${problems.length})\n${textTable(problems.map((problem) => [sheetCell(data, problem.row, problem.column), problem.customer ?? "", problem.severity, problem.message]))}`,
  ];
  return `${sections.join("\n\n")}\n`;
}

/** One currency's bucket table and top customers; the headings name the currency when the list has several. */
function currencySections(figures: CurrencyFigures, several: boolean): string[] {
  const suffix = several ? ` in ${currencyLabel(figures.currency)}` : "";
  const money = (amount: number) => formatMoneyFigure(amount, figures.currency);
  return [
    `Aging buckets${suffix}\n${textTable([["Bucket", "Amount", "Invoices"], ...figures.buckets.map((bucket) => [bucket.label, money(bucket.amount), String(bucket.invoices)])], [1, 2])}`,
    figures.topCustomers.length === 0
      ? `Top customers by overdue${suffix}: none overdue`
      : `Top customers by overdue${suffix}\n${textTable([["Customer", "Overdue", "Invoices"], ...figures.topCustomers.map((customer) => [customer.customer, money(customer.overdue), String(customer.invoices)])], [1, 2])}`,
  ];
}
