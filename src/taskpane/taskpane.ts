// Task pane bootstrap: registers the Fluent web components the pane uses, follows the Office
// theme, and mounts the panels over the workbook Excel has open. Every Office call — readiness
// and theme included — goes through src/excel/. Outside Office (a plain browser) it loads browser
// mode (src/taskpane/browserMode/) as a lazy chunk: the same pane over an .xlsx file the user
// opens, so exceljs never weighs on the pane inside Excel.
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

/** Shows where the pane runs; inside Excel, mounts the panels; outside, starts browser mode. */
function start(info: OfficeHostInfo): void {
  if (!info.host) {
    void startBrowser();
    return;
  }
  if (statusLine) statusLine.textContent = `Running in ${info.host} (${info.platform ?? "unknown platform"}).`;
  panelsHost?.append(...createPane({ workbook: officeWorkbook, abilities: hostAbilities(info.platform), analysis, status: statusLine }));
}

/** No Office host: the pane works on an .xlsx file the user opens in this browser. */
async function startBrowser(): Promise<void> {
  const view = document.getElementById("workbook-view");
  if (!view || !panelsHost) return;
  try {
    const { startBrowserMode } = await import(/* webpackChunkName: "browser-mode" */ "./browserMode/startBrowserMode");
    startBrowserMode({ view, panels: panelsHost, status: statusLine, analysis });
  } catch (error) {
    // The chunk could not be fetched (offline, an old cached page): say what still works.
    if (statusLine) statusLine.textContent = `Open this page from Excel (Home > Dunning Desk) to use it with a workbook. (Browser mode did not load: ${error instanceof Error ? error.message : String(error)})`;
  }
}

followTheme(officeTheme());
void whenOfficeReady().then((info) => {
  followTheme(officeTheme()); // the theme is known for sure once Office is ready
  start(info);
});
