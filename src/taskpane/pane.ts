// The pane's panels over one workbook: Load → Mapping → Analyze → Write (AR columns, summary
// sheet), then Remind (reminder drafts from the selected rows, Contact Log), with the Policy panel
// beside them. The workbook is a port (src/workbook/port.ts): Excel through Office.js, or an
// .xlsx file in the browser; no panel knows which.
import { dayOfLocalDate, serialFromDay, type Day } from "../core/days";
import { findReportAsOf, type ReportAsOf } from "../core/reportAsOf";
import { ensurePolicySheet } from "../app/ensurePolicySheet";
import { paneDate } from "./asOfOffer";
import { defaultPolicy, type Policy } from "../core/policy";
import { policyForSheet } from "../core/policyForSheet";
import { readPolicyTable } from "../core/policyTable";
import { upgradePolicySheet } from "../core/policyUpgrade";
import { singleCurrency } from "../core/currency/currencyReading";
import { isFailure, type AgingData } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import type { AnalysisClient } from "./analysisClient";
import { createAnalyzePanel } from "./analyzePanel";
import { createColumnsPanel } from "./columnsPanel";
import type { HostAbilities } from "./hostAbilities";
import { createLoadPanel } from "./loadPanel";
import { fieldColumnsOf } from "../app/mappingChoices";
import { createMappingPanel, type ChosenHeader } from "./mappingPanel";
import { errorText } from "./notice";
import type { PaneAnalysis } from "./paneAnalysis";
import { createPolicyPanel } from "./policyPanel";
import { createRemindPanel } from "./remindPanel";
import { restoreOfferElement } from "./restoreOffer";
import { applyCells } from "../app/markSent";
import type { StateRestored } from "../app/restoreState";
import { contactLogLayout } from "../workbook/contactLogLayout";

/** Where the pane runs: the workbook it works on, and what the host lets it do. */
export interface PaneHost {
  readonly workbook: WorkbookPort;
  readonly abilities: HostAbilities;
  /** Shared by every pane of the page: the figures are computed off the pane's thread. */
  readonly analysis: AnalysisClient;
  /** The status line: figures that cannot be computed say why here. */
  readonly status: HTMLElement | null;
}

/** The as-of day the user chose for the list read: the report's own date, or today. */
interface AsOfChoice {
  readonly day: Day;
  readonly which: "report" | "today";
}

/** How many rows above the block read may hold the report's title lines. */
const TITLE_ROWS = 10;

/** Today, in the user's time zone. */
function today(): number {
  return dayOfLocalDate(new Date());
}

/**
 * Builds the panels over `host.workbook`, in order, and reads the workbook's policy sheet.
 *
 * @example
 * panelsHost.append(...createPane({ workbook: officeWorkbook, abilities, analysis, status }))
 */
export function createPane(host: PaneHost): HTMLElement[] {
  const { analysis, status } = host;
  // Whichever panel writes the policy sheet (Add AR columns, Write policy sheet), the Policy panel
  // reads it again: it never shows, or writes back, a stale copy.
  const workbook = rereadingPolicy(host.workbook, () => void loadPolicy());
  /** What the pane has read and decided so far. */
  const session: { data: AgingData | null; header: ChosenHeader | null; policy: Policy; asOf: AsOfChoice | null; titles: readonly unknown[][] } = { data: null, header: null, policy: defaultPolicy, asOf: null, titles: [] };

  /** The day the figures and drafts are for: the report's own date when the user chose it, else today. */
  function asOfDay(): Day {
    return session.asOf?.day ?? today();
  }

  function analyze(header: ChosenHeader): Promise<PaneAnalysis> {
    if (!session.data) return Promise.resolve({ ok: false, message: "Read the aging list first." });
    return analysis.analyze({ row: header.row, mapping: fieldColumnsOf(header.choices), currency: header.currency }, session.policy, asOfDay());
  }

  const analyzePanel = createAnalyzePanel(workbook);
  const columnsPanel = createColumnsPanel(workbook);
  const mappingPanel = createMappingPanel(workbook, analyze, (header) => {
    session.header = header;
    void showAnalysis().then(() => document.getElementById("analyze-heading")?.focus()); // keyboard users land on the figures
  });
  const remindPanel = createRemindPanel({
    workbook,
    invoices: (rows) => {
      const { data, header } = session;
      if (!data || !header) return Promise.resolve({ ok: false, message: "Read the aging list first." });
      return analysis.invoices({ row: header.row, mapping: fieldColumnsOf(header.choices), currency: header.currency }, session.policy, asOfDay(), rows);
    },
    today,
    asOf: asOfDay,
    abilities: host.abilities,
    onListChanged: () => {
      // Last contact and reminder counts changed in the pane's copy: the worker needs it again.
      if (session.data) void analysis.load(session.data).then(showAnalysis);
    },
  });
  const loadPanel = createLoadPanel(workbook, async (data) => {
    session.data = data;
    session.header = null;
    session.asOf = null; // a new read asks again about its own as-of line
    session.titles = await titleRows(data);
    analyzePanel.section.hidden = true;
    columnsPanel.section.hidden = true;
    remindPanel.section.hidden = true;
    await analysis.load(data);
    await mappingPanel.show(data);
    document.getElementById("mapping-heading")?.focus();
  });
  const policyPanel = createPolicyPanel(workbook, (policy) => {
    session.policy = policy;
    if (session.header) void showAnalysis();
  });

  /** Shows the figures for the mapping in use, and enables writing. */
  async function showAnalysis(): Promise<void> {
    const { data, header } = session;
    if (!data || !header) return;
    const figures = await analyze(header);
    if (session.data !== data || session.header !== header) return; // a newer read or mapping came in meanwhile
    if (!figures.ok) {
      if (status) status.textContent = figures.message;
      return;
    }
    // The title lines may lie above the block read (a blank row ends the region around the cell).
    const report = findReportAsOf([...session.titles, ...data.values], session.titles.length + header.row, figures.dateOrder.order, session.policy.dateSystem);
    const offer = report === null ? null : { report, chosen: session.asOf?.which ?? null, choose: (which: "report" | "today") => void chooseAsOf(report, which, figures) };
    analyzePanel.show(data, figures.summary, figures.problems, paneDate(asOfDay()), offer);
    columnsPanel.show({
      data,
      headerRow: header.row,
      mapping: fieldColumnsOf(header.choices),
      invoiceRows: figures.invoiceRows,
      repeatedRows: figures.repeatedRows,
      invoiceCurrencies: figures.invoiceCurrencies,
      summary: figures.summary,
      currency: singleCurrency(figures.currency),
      // The formulas must read this sheet's text dates and amounts as the pane just did.
      policy: policyForSheet(session.policy, figures),
      asOf: asOfDay(),
    });
    remindPanel.show({ data, headerRow: header.row, mapping: fieldColumnsOf(header.choices), policy: session.policy });
    policyPanel.useSheetReading({ dateOrder: figures.dateOrder.order, decimalSeparator: figures.decimalSeparator.separator });
    void offerRestore(data, header, figures);
  }

  /** The list and mapping the restore offer was last made for: offered once per read and mapping. */
  let restoreOffered: { readonly data: AgingData; readonly header: ChosenHeader } | null = null;

  /**
   * Offers to restore state from the Contact Log when it holds later state than the list (a fresh
   * export pasted over the worked list): the Analyze panel shows how many invoices, and a button.
   */
  async function offerRestore(data: AgingData, header: ChosenHeader, figures: { readonly invoiceRows: readonly number[]; readonly repeatedRows: readonly (readonly [number, number])[] }): Promise<void> {
    if (restoreOffered?.data === data && restoreOffered.header === header) return;
    restoreOffered = { data, header };
    analyzePanel.restoreHost.replaceChildren();
    const current = () => session.data === data && session.header === header;
    try {
      // Most workbooks have no Contact Log: then the invoices are not even fetched from the worker.
      const log = await workbook.readTable(contactLogLayout.name);
      if (log === null || isFailure(log) || log.length < 2 || !current()) return;
      const mapping = fieldColumnsOf(header.choices);
      const read = await analysis.invoices({ row: header.row, mapping, currency: header.currency }, session.policy, asOfDay(), figures.invoiceRows);
      if (!read.ok || !current()) return;
      const repeats = new Set(figures.repeatedRows.map(([row]) => row));
      const invoices = read.invoices.filter((invoice) => !repeats.has(invoice.row));
      const offer = await restoreOfferElement({ workbook, list: data, headerRow: header.row, mapping, invoices, dateSystem: session.policy.dateSystem, onRestored: (text, restored) => void afterRestore(data, text, restored) }, log);
      if (offer && current()) analyzePanel.restoreHost.replaceChildren(offer);
    } catch {
      // The figures do not need it: the offer is simply not made.
    }
  }

  /** The state is written: new columns need the list read again (its mapping checked); cells within it are copied into the pane's copy. */
  async function afterRestore(data: AgingData, text: string, restored: StateRestored): Promise<void> {
    if (restored.createdColumns.length > 0) {
      const columns = restored.createdColumns.join(", ");
      await loadPanel.readAgain(`${text} The list was read again with the columns added (${columns}): check the mapping and use it.`);
      return;
    }
    applyCells(data, restored.cells);
    if (session.data === data) await analysis.load(data).then(showAnalysis);
  }

  /**
   * The user answered "use the report's date, or today?": the figures are read again as of that
   * day and the policy sheet's as-of date (the DunningAsOf name the formulas read) is set to it,
   * its settings kept (`ensurePolicySheet`).
   */
  async function chooseAsOf(report: ReportAsOf, which: "report" | "today", figures: Parameters<typeof policyForSheet>[1]): Promise<void> {
    const day = which === "report" ? report.day : today();
    session.asOf = { day, which };
    const policy = policyForSheet(session.policy, figures);
    const written = await ensurePolicySheet(workbook, policy, { asOfSerial: serialFromDay(day, policy.dateSystem), keepAsOf: false, replace: false });
    if (!written.ok && status) status.textContent = `The figures are as of ${paneDate(day)}, but the policy sheet's as-of date could not be set: ${written.message}`;
    policyPanel.setAsOf(day);
    await showAnalysis();
    document.getElementById("as-of-offer")?.focus();
  }

  /** The rows above the block read, where a report's title lines are; none when they cannot be read. */
  async function titleRows(data: AgingData): Promise<readonly unknown[][]> {
    try {
      const rows = await workbook.readTitleRows(data, TITLE_ROWS);
      return isFailure(rows) ? [] : rows;
    } catch {
      return []; // the figures do not need them: the as-of offer is simply not made
    }
  }

  /** What the policy sheet said when last read (rows as JSON), so a re-read that finds it unchanged leaves the form alone. */
  let sheetRead: string | null = null;

  /**
   * Reads the workbook's policy sheet, if it has one, as the policy in force. With `onlyIfChanged`
   * (the user came back to the panel) the form is refilled only when the sheet changed since.
   */
  async function loadPolicy(onlyIfChanged = false): Promise<void> {
    try {
      const rows = await workbook.readPolicySheet();
      const text = JSON.stringify(isFailure(rows) ? rows.error : rows);
      if (onlyIfChanged && text === sheetRead) return;
      sheetRead = text;
      if (isFailure(rows)) {
        policyPanel.show(defaultPolicy, `The policy sheet could not be read (${rows.error}); the defaults are used.`);
        return;
      }
      if (!rows) {
        policyPanel.show(defaultPolicy, "The workbook has no policy sheet yet: these are the playbook's defaults.");
        return;
      }
      const upgraded = upgradePolicySheet(rows);
      const read = readPolicyTable(upgraded.rows);
      const before = JSON.stringify(session.policy);
      session.policy = read.ok ? read.policy : defaultPolicy;
      policyPanel.show(session.policy, read.ok ? ["The policy sheet of this workbook.", ...upgraded.notices].join(" ") : `The policy sheet has a problem (${read.problem}); the defaults are used.`);
      if (session.header && JSON.stringify(session.policy) !== before) void showAnalysis();
    } catch (error) {
      policyPanel.show(defaultPolicy, `The policy sheet could not be read (${errorText(error)}); the defaults are used.`);
    }
  }

  void loadPolicy();
  // The user may have changed the policy sheet by hand since: read it again on coming back to the
  // panel (the form is refilled only if the sheet changed), unless they are editing the form.
  policyPanel.section.addEventListener("focusin", (event) => {
    const from = event.relatedTarget;
    if (policyPanel.editing || (from instanceof Node && policyPanel.section.contains(from))) return;
    void loadPolicy(true);
  });
  return [loadPanel.section, mappingPanel.section, analyzePanel.section, columnsPanel.section, remindPanel.section, policyPanel.section];
}

/** The port, with `onPolicyWritten` called after every write of the policy sheet through it. */
function rereadingPolicy(port: WorkbookPort, onPolicyWritten: () => void): WorkbookPort {
  const writePolicySheet: WorkbookPort["writePolicySheet"] = async (policy, asOfSerial) => {
    const written = await port.writePolicySheet(policy, asOfSerial);
    onPolicyWritten();
    return written;
  };
  return { ...port, writePolicySheet };
}
