// The pane's panels over one workbook: Load → Mapping → Analyze → Write (AR columns, summary
// sheet), then Remind (reminder drafts from the selected rows, Contact Log), with the Policy panel
// beside them. The workbook is a port (src/workbook/port.ts): Excel through Office.js, or an
// .xlsx file in the browser; no panel knows which.
import { dayOfLocalDate, isoTextOfDay } from "../core/days";
import { defaultPolicy, type Policy } from "../core/policy";
import { policyForSheet } from "../core/policyForSheet";
import { readPolicyTable } from "../core/policyTable";
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

/** Where the pane runs: the workbook it works on, and what the host lets it do. */
export interface PaneHost {
  readonly workbook: WorkbookPort;
  readonly abilities: HostAbilities;
  /** Shared by every pane of the page: the figures are computed off the pane's thread. */
  readonly analysis: AnalysisClient;
  /** The status line: figures that cannot be computed say why here. */
  readonly status: HTMLElement | null;
}

/** The day the figures are for: today, in the user's time zone. */
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
  const session: { data: AgingData | null; header: ChosenHeader | null; policy: Policy } = { data: null, header: null, policy: defaultPolicy };

  function analyze(header: ChosenHeader): Promise<PaneAnalysis> {
    if (!session.data) return Promise.resolve({ ok: false, message: "Read the aging list first." });
    return analysis.analyze({ row: header.row, mapping: fieldColumnsOf(header.choices), currency: header.currency }, session.policy, today());
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
      return analysis.invoices({ row: header.row, mapping: fieldColumnsOf(header.choices), currency: header.currency }, session.policy, today(), rows);
    },
    today,
    abilities: host.abilities,
    onListChanged: () => {
      // Last contact and reminder counts changed in the pane's copy: the worker needs it again.
      if (session.data) void analysis.load(session.data).then(showAnalysis);
    },
  });
  const loadPanel = createLoadPanel(workbook, async (data) => {
    session.data = data;
    session.header = null;
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
    analyzePanel.show(data, figures.summary, figures.problems, isoTextOfDay(today()));
    columnsPanel.show({
      data,
      headerRow: header.row,
      mapping: fieldColumnsOf(header.choices),
      invoiceRows: figures.invoiceRows,
      invoiceCurrencies: figures.invoiceCurrencies,
      summary: figures.summary,
      currency: singleCurrency(figures.currency),
      // The formulas must read this sheet's text dates and amounts as the pane just did.
      policy: policyForSheet(session.policy, figures),
    });
    remindPanel.show({ data, headerRow: header.row, mapping: fieldColumnsOf(header.choices), policy: session.policy });
    policyPanel.useSheetReading({ dateOrder: figures.dateOrder.order, decimalSeparator: figures.decimalSeparator.separator });
  }

  /** Reads the workbook's policy sheet, if it has one, as the policy in force. */
  async function loadPolicy(): Promise<void> {
    try {
      const rows = await workbook.readPolicySheet();
      if (isFailure(rows)) {
        policyPanel.show(defaultPolicy, `The policy sheet could not be read (${rows.error}); the defaults are used.`);
        return;
      }
      if (!rows) {
        policyPanel.show(defaultPolicy, "The workbook has no policy sheet yet: these are the playbook's defaults.");
        return;
      }
      const read = readPolicyTable(rows);
      const before = JSON.stringify(session.policy);
      session.policy = read.ok ? read.policy : defaultPolicy;
      policyPanel.show(session.policy, read.ok ? "The policy sheet of this workbook." : `The policy sheet has a problem (${read.problem}); the defaults are used.`);
      if (session.header && JSON.stringify(session.policy) !== before) void showAnalysis();
    } catch (error) {
      policyPanel.show(defaultPolicy, `The policy sheet could not be read (${errorText(error)}); the defaults are used.`);
    }
  }

  void loadPolicy();
  // The user may have changed the policy sheet by hand since: read it again on coming back to the
  // panel, unless they are editing the form.
  policyPanel.section.addEventListener("focusin", (event) => {
    const from = event.relatedTarget;
    if (policyPanel.editing || (from instanceof Node && policyPanel.section.contains(from))) return;
    void loadPolicy();
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
