// Task pane bootstrap: registers the Fluent web components the pane uses, follows the Office
// theme, and wires the panels: Load → Mapping → Analyze → Write (AR columns, summary sheet),
// then Remind (reminder drafts from the selected rows, Contact Log), with the Policy panel beside them. Every Office call — readiness and theme included — goes
// through src/excel/; outside Office (plain browser, tests) the pane says how to open it.
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/progress-bar.js";
import { dayOfLocalDate, isoTextOfDay } from "../core/days";
import { defaultPolicy, type Policy } from "../core/policy";
import { policyForSheet } from "../core/policyForSheet";
import { readPolicyTable } from "../core/policyTable";
import { isFailure, officeTheme, readPolicySheet, whenOfficeReady, type AgingData, type OfficeHostInfo } from "../excel";
import { createAnalysisClient } from "./analysisClient";
import type { PaneAnalysis } from "./paneAnalysis";
import { createAnalyzePanel } from "./analyzePanel";
import { createColumnsPanel } from "./columnsPanel";
import { createLoadPanel } from "./loadPanel";
import { fieldColumnsOf } from "./mappingChoices";
import { createMappingPanel, type ChosenHeader } from "./mappingPanel";
import { errorText } from "./notice";
import { hostAbilities } from "./hostAbilities";
import { createPolicyPanel } from "./policyPanel";
import { createRemindPanel, type RemindPanel } from "./remindPanel";
import { followTheme } from "./theme";

const statusLine = document.getElementById("status");
const panelsHost = document.getElementById("panels");

/** What the pane has read and decided so far. */
const session: { data: AgingData | null; header: ChosenHeader | null; policy: Policy } = { data: null, header: null, policy: defaultPolicy };

/** The day the figures are for: today, in the user's time zone. */
function today(): number {
  return dayOfLocalDate(new Date());
}

/** The figures are computed off the pane's thread: a 100,000-row list takes over a second. */
const analysis = createAnalysisClient(
  typeof Worker === "function" ? () => new Worker(/* webpackChunkName: "analysis-worker" */ new URL("./analysisWorker.ts", import.meta.url)) : null,
);

function analyze(header: ChosenHeader): Promise<PaneAnalysis> {
  if (!session.data) return Promise.resolve({ ok: false, message: "Read the aging list first." });
  return analysis.analyze({ row: header.row, mapping: fieldColumnsOf(header.choices) }, session.policy, today());
}

const analyzePanel = createAnalyzePanel();
const columnsPanel = createColumnsPanel();
const mappingPanel = createMappingPanel(analyze, (header) => {
  session.header = header;
  void showAnalysis().then(() => document.getElementById("analyze-heading")?.focus()); // keyboard users land on the figures
});
const loadPanel = createLoadPanel(async (data) => {
  session.data = data;
  session.header = null;
  analyzePanel.section.hidden = true;
  columnsPanel.section.hidden = true;
  if (remindPanel) remindPanel.section.hidden = true;
  await analysis.load(data);
  await mappingPanel.show(data);
  document.getElementById("mapping-heading")?.focus();
});
/** Created once the platform is known: it decides which ways out (download, mailto) are offered. */
let remindPanel: RemindPanel | null = null;

function createRemind(info: OfficeHostInfo): RemindPanel {
  return createRemindPanel({
    invoices: (rows) => {
      const { data, header } = session;
      if (!data || !header) return Promise.resolve({ ok: false, message: "Read the aging list first." });
      return analysis.invoices({ row: header.row, mapping: fieldColumnsOf(header.choices) }, session.policy, today(), rows);
    },
    today,
    abilities: hostAbilities(info.platform),
    onListChanged: () => {
      // Last contact and reminder counts changed in the pane's copy: the worker needs it again.
      if (session.data) void analysis.load(session.data).then(showAnalysis);
    },
  });
}

const policyPanel = createPolicyPanel((policy) => {
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
    if (statusLine) statusLine.textContent = figures.message;
    return;
  }
  analyzePanel.show(data, figures.summary, figures.problems, isoTextOfDay(today()));
  columnsPanel.show({
    data,
    headerRow: header.row,
    mapping: fieldColumnsOf(header.choices),
    invoiceRows: figures.invoiceRows,
    summary: figures.summary,
    // The formulas must read this sheet's text dates and amounts as the pane just did.
    policy: policyForSheet(session.policy, figures),
  });
  remindPanel?.show({ data, headerRow: header.row, mapping: fieldColumnsOf(header.choices), policy: session.policy });
}

/** Reads the workbook's policy sheet, if it has one, as the policy in force. */
async function loadPolicy(): Promise<void> {
  try {
    const rows = await readPolicySheet();
    if (isFailure(rows)) {
      policyPanel.show(defaultPolicy, `The policy sheet could not be read (${rows.error}); the defaults are used.`);
      return;
    }
    if (!rows) {
      policyPanel.show(defaultPolicy, "The workbook has no policy sheet yet: these are the playbook's defaults.");
      return;
    }
    const read = readPolicyTable(rows);
    session.policy = read.ok ? read.policy : defaultPolicy;
    policyPanel.show(session.policy, read.ok ? "The policy sheet of this workbook." : `The policy sheet has a problem (${read.problem}); the defaults are used.`);
  } catch (error) {
    policyPanel.show(defaultPolicy, `The policy sheet could not be read (${errorText(error)}); the defaults are used.`);
  }
}

/** Shows where the pane runs; inside Excel, mounts the panels. */
function start(info: OfficeHostInfo): void {
  if (statusLine) {
    statusLine.textContent = info.host
      ? `Running in ${info.host} (${info.platform ?? "unknown platform"}).`
      : "Open this page from Excel (Home > Dunning Desk) to use it with a workbook.";
  }
  if (!info.host || !panelsHost) return; // no workbook to read: show no controls that cannot work
  remindPanel = createRemind(info);
  panelsHost.append(loadPanel.section, mappingPanel.section, analyzePanel.section, columnsPanel.section, remindPanel.section, policyPanel.section);
  void loadPolicy();
}

followTheme(officeTheme());
void whenOfficeReady().then((info) => {
  followTheme(officeTheme()); // the theme is known for sure once Office is ready
  start(info);
});
