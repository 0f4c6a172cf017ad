// Panel 3, Analyze: totals, the aging buckets as bars (a table, so screen readers get the
// figures), top customers by overdue, invoices per next action, and the row problems, each a
// button that selects its cell in the sheet.
import type { LedgerProblem } from "../core/ledgerProblems";
import type { CurrencyFigures } from "../core/currencyFigures";
import type { Receivables } from "../core/receivables";
import { isFailure, type AgingData } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import { a1Address, sheetCellOf } from "./cellAddress";
import { element, replaceChildren } from "./element";
import { actionCounts, bucketBars, currencyLabel, formatMoneyFigure, totalsOf } from "../app/figures";
import { errorText, showNotice } from "./notice";
import { capitalize } from "./sentence";
import { asOfOfferElement, type AsOfOffer } from "./asOfOffer";

export interface AnalyzePanel {
  readonly section: HTMLElement;
  /** Where the offer to restore state from the Contact Log goes (kept across re-renders of the figures). */
  readonly restoreHost: HTMLElement;
  show(data: AgingData, summary: Receivables, problems: readonly LedgerProblem[], asOfText: string, offer?: AsOfOffer | null): void;
}

export function createAnalyzePanel(workbook: WorkbookPort): AnalyzePanel {
  const body = element("div", { class: "analyze-body" });
  const restoreHost = element("div", { class: "restore-host", id: "restore-host" });
  const section = element(
    "section",
    { class: "panel", id: "analyze-panel", "aria-labelledby": "analyze-heading", hidden: true },
    element("h2", { id: "analyze-heading", tabindex: -1 }, "3. Where the money is"),
    body,
  );

  function show(data: AgingData, summary: Receivables, problems: readonly LedgerProblem[], asOfText: string, offer: AsOfOffer | null = null): void {
    section.hidden = false;
    replaceChildren(
      body,
      element("p", { class: "hint", id: "analyze-as-of" }, `As of ${asOfText}, with the policy in force.`),
      offer && asOfOfferElement(offer),
      restoreHost,
      totalsList(summary),
      // One bucket table and one top-customer list per currency: amounts of different currencies are never added.
      summary.currencies.map((figures) => bucketTable(figures, summary.currencies.length > 1)),
      summary.currencies.map((figures) => topCustomers(figures, summary.currencies.length > 1)),
      actionsTable(summary),
      problemList(workbook, data, problems),
    );
  }

  return { section, restoreHost, show };
}

function totalsList(summary: Receivables): HTMLElement {
  return element(
    "dl",
    { class: "totals", id: "totals" },
    totalsOf(summary).map((figure) => element("div", { class: "total", "data-figure": figure.id }, element("dt", {}, figure.label), element("dd", {}, figure.value))),
  );
}

function bucketTable(figures: CurrencyFigures, several: boolean): HTMLElement {
  const bars = bucketBars(figures.buckets, figures.currency);
  return element(
    "table",
    { class: "buckets", id: several ? `bucket-chart-${figures.currency ?? "unknown"}` : "bucket-chart", "data-currency": figures.currency ?? "" },
    element("caption", {}, `Aging buckets (days past due), ${currencyLabel(figures.currency)}`),
    element("thead", {}, element("tr", {}, element("th", { scope: "col" }, "Bucket"), element("th", { scope: "col", class: "bar-cell" }, element("span", { class: "visually-hidden" }, "Share"), ""), element("th", { scope: "col", class: "number" }, "Amount"))),
    element(
      "tbody",
      {},
      bars.map((bar) =>
        element(
          "tr",
          { "data-bucket": bar.label, title: bar.description },
          element("th", { scope: "row" }, bar.label),
          element("td", { class: "bar-cell", "aria-hidden": "true" }, element("span", { class: "bar", style: `width: ${bar.percent}%` })),
          element("td", { class: "number" }, formatMoneyFigure(bar.amount, figures.currency), element("span", { class: "count" }, ` (${bar.invoices})`)),
        ),
      ),
    ),
  );
}

function topCustomers(figures: CurrencyFigures, several: boolean): HTMLElement {
  const id = several ? `top-customers-${figures.currency ?? "unknown"}` : "top-customers";
  const currency = currencyLabel(figures.currency);
  if (figures.topCustomers.length === 0) return element("p", { class: "hint", id }, several ? `No customer is overdue in ${currency}.` : "No customer is overdue.");
  return element(
    "table",
    { class: "figures", id, "data-currency": figures.currency ?? "" },
    element("caption", {}, `Top customers by overdue amount, ${currency}`),
    element("thead", {}, element("tr", {}, element("th", { scope: "col" }, "Customer"), element("th", { scope: "col", class: "number" }, "Overdue"))),
    element(
      "tbody",
      {},
      figures.topCustomers.map((customer) =>
        element("tr", {}, element("th", { scope: "row" }, customer.customer), element("td", { class: "number" }, formatMoneyFigure(customer.overdue, figures.currency))),
      ),
    ),
  );
}

function actionsTable(summary: Receivables): HTMLElement {
  const rows = actionCounts(summary.actions);
  return element(
    "table",
    { class: "figures", id: "next-actions" },
    element("caption", {}, "Invoices per next action"),
    element("thead", {}, element("tr", {}, element("th", { scope: "col" }, "Next action"), element("th", { scope: "col", class: "number" }, "Invoices"))),
    element("tbody", {}, rows.map((row) => element("tr", { "data-action": row.action }, element("th", { scope: "row" }, row.action), element("td", { class: "number" }, row.count)))),
  );
}

function problemList(workbook: WorkbookPort, data: AgingData, problems: readonly LedgerProblem[]): HTMLElement {
  const notice = element("div", { class: "notice-host" });
  const heading = element("h3", { id: "problems-heading" }, problems.length === 0 ? "No row problems" : `Row problems (${problems.length})`);
  if (problems.length === 0) return element("div", { id: "problems" }, heading);
  const items = problems.map((problem) => {
    const cell = sheetCellOf(data, problem.row, problem.column);
    const address = a1Address(cell);
    const button = element(
      "button",
      { type: "button", class: `problem problem-${problem.severity}`, "data-address": address },
      element("span", { class: "address" }, address),
      problem.customer ? element("span", { class: "customer" }, problem.customer) : null,
      element("span", { class: "severity" }, problem.severity === "error" ? "Left out" : "Warning"),
      element("span", { class: "message" }, capitalize(problem.message)),
    );
    button.addEventListener("click", () => {
      workbook.selectCell(data.sheetName, cell.row, cell.column)
        .then((result) => {
          if (isFailure(result)) showNotice(notice, "error", `Could not select ${address}: ${result.error}`);
        })
        .catch((error: unknown) => showNotice(notice, "error", `Could not select ${address}: ${errorText(error)}`));
    });
    return element("li", {}, button);
  });
  return element(
    "div",
    { id: "problems" },
    heading,
    element("p", { class: "hint" }, "Select a problem to go to its cell."),
    notice,
    element("ul", { class: "problems", "aria-labelledby": "problems-heading" }, items),
  );
}
