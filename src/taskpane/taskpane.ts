// Task pane bootstrap: registers the Fluent web components the pane uses, follows the Office
// theme, and mounts the panels over the workbook Excel has open. Every Office call — readiness
// and theme included — goes through src/excel/; outside Office (a plain browser) the pane says
// how to open it from Excel.
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/progress-bar.js";
import { officeTheme, officeWorkbook, whenOfficeReady, type OfficeHostInfo } from "../excel";
import { createAnalysisClient } from "./analysisClient";
import { hostAbilities } from "./hostAbilities";
import { createPane } from "./pane";
import { followTheme } from "./theme";

const statusLine = document.getElementById("status");
const panelsHost = document.getElementById("panels");

/** The figures are computed off the pane's thread: a 100,000-row list takes over a second. */
const analysis = createAnalysisClient(
  typeof Worker === "function" ? () => new Worker(/* webpackChunkName: "analysis-worker" */ new URL("./analysisWorker.ts", import.meta.url)) : null,
);

/** Shows where the pane runs; inside Excel, mounts the panels. */
function start(info: OfficeHostInfo): void {
  if (statusLine) {
    statusLine.textContent = info.host
      ? `Running in ${info.host} (${info.platform ?? "unknown platform"}).`
      : "Open this page from Excel (Home > Dunning Desk) to use it with a workbook.";
  }
  if (!info.host || !panelsHost) return; // no workbook to read: show no controls that cannot work
  panelsHost.append(...createPane({ workbook: officeWorkbook, abilities: hostAbilities(info.platform), analysis, status: statusLine }));
}

followTheme(officeTheme());
void whenOfficeReady().then((info) => {
  followTheme(officeTheme()); // the theme is known for sure once Office is ready
  start(info);
});
