// Panels 4 and 5: "Add AR columns" (the =AR.… formulas beside the data; cells already filled are
// listed and overwritten only after the user confirms), "Create summary sheet", and "Reconnect AR
// formulas" (Excel only: formulas entered again so they bind to the add-in).
import { dayOfLocalDate, isoTextOfDay, serialFromDay, type Day } from "../core/days";
import type { Policy } from "../core/policy";
import { ensurePolicySheet as ensurePolicy } from "../app/ensurePolicySheet";
import type { Receivables } from "../core/receivables";
import { isFailure, type AgingData } from "../workbook/agingData";
import { planArColumns, type ArColumnPlan } from "../workbook/arColumnPlan";
import type { Conflict } from "../workbook/conflicts";
import { policyNames } from "../workbook/policyNames";
import { reconnectUnavailable, type WorkbookPort } from "../workbook/port";
import type { FieldColumns } from "../core/columns";
import { element, replaceChildren } from "./element";
import { clearNotice, errorText, showNotice } from "./notice";
import { startProgress } from "./progressView";

/** The adapter lists at most this many conflicting cells (src/excel/conflicts.ts). */
const MAX_LISTED = 20;

export interface WriteContext {
  readonly data: AgingData;
  readonly headerRow: number;
  readonly mapping: FieldColumns;
  /** Rows (within data.values) holding invoices: headings and totals get no formulas. */
  readonly invoiceRows: readonly number[];
  /** Repeated invoice numbers of a customer: [row, first row]; their Next action says which row they repeat. */
  readonly repeatedRows: readonly (readonly [number, number])[];
  /** Each invoice row's currency for the desk's Currency column (several currencies, no currency column), else empty. */
  readonly invoiceCurrencies: readonly (readonly [number, string])[];
  readonly summary: Receivables;
  /** The list's one currency (SETTLEOFFER rounds to its step); null when several or none. */
  readonly currency: string | null;
  /** The policy in force: written to the policy sheet first if the workbook has none. */
  readonly policy: Policy;
  /** The figures' as-of day (today, or the report's own date the user chose): a new policy sheet gets it. */
  readonly asOf: Day;
}

export interface ColumnsPanel {
  readonly section: HTMLElement;
  show(context: WriteContext): void;
}


export function createColumnsPanel(workbook: WorkbookPort): ColumnsPanel {
  const addColumns = element("fluent-button", { type: "button", appearance: "primary", id: "add-columns" }, "Add AR columns");
  const summarySheet = element("fluent-button", { type: "button", id: "create-summary" }, "Create summary sheet");
  const canReconnect = workbook.reconnectArFormulas !== undefined;
  const reconnect = element(
    "fluent-button",
    { type: "button", id: "reconnect-formulas", ...(canReconnect ? {} : { disabled: "", "aria-describedby": "reconnect-hint" }) },
    "Reconnect AR formulas",
  );
  const reconnectHint = element(
    "p",
    { class: "hint", id: "reconnect-hint" },
    canReconnect
      ? "AR cells show #NAME? after opening a file written outside Excel, or saved before the add-in was installed? Reconnect AR formulas enters each AR formula again so Excel ties it to the add-in."
      : reconnectUnavailable,
  );
  const progressHost = element("div", { class: "progress-host", hidden: true });
  const confirmHost = element("div", { class: "confirm-host" });
  const notice = element("div", { class: "notice-host" });
  const section = element(
    "section",
    { class: "panel", id: "columns-panel", "aria-labelledby": "columns-heading", hidden: true },
    element("h2", { id: "columns-heading" }, "4. Write to the workbook"),
    element(
      "p",
      { class: "hint" },
      "Add AR columns appends Days overdue, Bucket, Next action, Reason, Settle offer and Next contact, as formulas that recalculate when the data changes.",
    ),
    element("div", { class: "actions" }, addColumns, summarySheet),
    element("div", { class: "actions" }, reconnect),
    reconnectHint,
    progressHost,
    confirmHost,
    notice,
  );
  let context: WriteContext | null = null;
  /** The plan of the AR columns written, once written. */
  let plan: ArColumnPlan | null = null;
  let busy = false;

  function setBusy(value: boolean): void {
    busy = value;
    for (const button of canReconnect ? [addColumns, summarySheet, reconnect] : [addColumns, summarySheet]) {
      if (value) button.setAttribute("disabled", "");
      else button.removeAttribute("disabled");
    }
  }

  function show(next: WriteContext): void {
    const sameList = context?.data === next.data && context.headerRow === next.headerRow && JSON.stringify(context.mapping) === JSON.stringify(next.mapping);
    context = next;
    section.hidden = false;
    if (sameList) return; // e.g. the policy changed: keep what was written and shown
    plan = null;
    clearNotice(notice);
    confirmHost.replaceChildren();
  }

  addColumns.addEventListener("click", () => {
    if (!busy && context) void write(context, false);
  });
  summarySheet.addEventListener("click", () => {
    if (!busy && context) void summary(context);
  });
  reconnect.addEventListener("click", () => {
    if (!busy && canReconnect) void reconnectFormulas();
  });

  async function reconnectFormulas(): Promise<void> {
    if (!workbook.reconnectArFormulas) return;
    setBusy(true);
    clearNotice(notice);
    const progress = startProgress(progressHost, "Entering AR formulas again");
    try {
      const result = await workbook.reconnectArFormulas(progress);
      if (isFailure(result)) showNotice(notice, progress.cancelled ? "info" : "error", result.error);
      else if (result.cells === 0) showNotice(notice, "info", "This workbook has no AR formulas to reconnect.");
      else showNotice(notice, "success", `Entered ${result.cells.toLocaleString("en-US")} AR ${result.cells === 1 ? "formula" : "formulas"} again on ${result.sheets.join(", ")}. Cells that still show #NAME? mean the add-in's functions are not loaded: reopen the pane, then try again.`);
    } catch (error) {
      showNotice(notice, "error", `Could not reconnect the AR formulas: ${errorText(error)}`);
    } finally {
      progress.finish();
      setBusy(false);
    }
  }

  async function write(current: WriteContext, confirmOverwrite: boolean): Promise<void> {
    setBusy(true);
    clearNotice(notice);
    confirmHost.replaceChildren();
    const progress = startProgress(progressHost, "Writing formulas");
    try {
      const policyNote = await ensurePolicySheet(current.policy, current.asOf);
      if (policyNote === false) return;
      const planned = planArColumns(current.data, current.headerRow, current.mapping, current.invoiceRows, current.currency, new Map(current.invoiceCurrencies), current.repeatedRows);
      const result = await workbook.writeArColumns(planned, { confirmOverwrite }, progress);
      if (isFailure(result)) {
        showNotice(notice, progress.cancelled ? "info" : "error", result.error);
      } else if (result.ok) {
        plan = planned; // the summary sheet can reference the written columns
        showNotice(notice, "success", `Wrote ${result.columns} columns of formulas on ${result.rows.toLocaleString("en-US")} rows.${policyNote}`);
      } else {
        askToOverwrite(current, result.conflicts);
      }
    } catch (error) {
      showNotice(notice, "error", `Could not write the AR columns: ${errorText(error)}`);
    } finally {
      progress.finish();
      setBusy(false);
    }
  }

  /**
   * The formulas read the names DunningPolicy and DunningAsOf: the policy sheet is written first
   * when the workbook has none, or gets this list's date order and decimal separator
   * (src/app/ensurePolicySheet.ts; its as-of date is kept). Returns a note for the success
   * message, or false after showing why the sheet could not be written.
   */
  async function ensurePolicySheet(policy: Policy, asOf: Day): Promise<string | false> {
    const asOfSerial = serialFromDay(asOf, policy.dateSystem);
    const ensured = await ensurePolicy(workbook, policy, { asOfSerial, keepAsOf: true, replace: false });
    if (!ensured.ok) {
      showNotice(notice, "error", ensured.message);
      return false;
    }
    const { dateOrder, decimalSeparator } = policy;
    if (ensured.change === "added") return ` The policy sheet "${policyNames.sheet}" they read was added, as of ${asOf === dayOfLocalDate(new Date()) ? "today" : isoTextOfDay(asOf)}.`;
    if (ensured.change === "updated") return ` The policy sheet now reads text dates as ${dateOrder} and amounts with "${decimalSeparator}" as decimal separator, as this list writes them.`;
    return "";
  }

  function askToOverwrite(current: WriteContext, conflicts: readonly Conflict[]): void {
    const overwrite = element("fluent-button", { type: "button", appearance: "primary", id: "confirm-overwrite" }, "Overwrite these cells");
    const keep = element("fluent-button", { type: "button", id: "keep-cells" }, "Keep them");
    overwrite.addEventListener("click", () => {
      if (!busy) void write(current, true);
    });
    keep.addEventListener("click", () => {
      confirmHost.replaceChildren();
      showNotice(notice, "info", "Nothing was written. Clear or move those cells, then add the AR columns again.");
      addColumns.focus();
    });
    const shown = conflicts;
    replaceChildren(
      confirmHost,
      element(
        "div",
        { class: "confirm", role: "alertdialog", "aria-labelledby": "conflict-heading", "aria-describedby": "conflict-text", id: "conflicts" },
        element("h3", { id: "conflict-heading" }, "Some cells are not empty"),
        element(
          "p",
          { id: "conflict-text" },
          `${conflicts.length === 1 ? "This cell" : `These ${conflicts.length}${conflicts.length >= MAX_LISTED ? " (or more)" : ""} cells`} where the AR columns go already ${conflicts.length === 1 ? "holds" : "hold"} something. Nothing has been written yet.`,
        ),
        element(
          "ul",
          { class: "conflicts" },
          shown.map((conflict) => element("li", {}, element("span", { class: "address" }, conflict.address.replace(/^.*!/, "")), ` ${shownCell(conflict.value)}`)),
        ),
        element("div", { class: "actions" }, overwrite, keep),
      ),
    );
    keep.focus();
  }

  async function summary(current: WriteContext): Promise<void> {
    setBusy(true);
    clearNotice(notice);
    try {
      const result = await workbook.createSummarySheet(current.summary, current.data, plan);
      if (isFailure(result)) showNotice(notice, "error", `Could not create the summary sheet: ${result.error}`);
      else showNotice(notice, "success", summaryCreated(workbook.summaryChart === true));
    } catch (error) {
      showNotice(notice, "error", `Could not create the summary sheet: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return { section, show };
}

function shownCell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(blank)";
  const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
  return `“${text.length > 40 ? `${text.slice(0, 37)}…` : text}”`;
}

/** Says what the summary sheet holds: a file written outside Excel has no chart, so none is claimed. */
function summaryCreated(withChart: boolean): string {
  return withChart
    ? "Summary sheet created with the bucket table, the customer table and a chart."
    : "Summary sheet created with the bucket table and the customer table (no chart: a file saved outside Excel cannot hold one).";
}
