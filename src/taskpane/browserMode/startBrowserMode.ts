// Browser mode: the pane in an ordinary browser (no Office host), working on an .xlsx file the
// user opens. The workbook side (left, or on top when narrow) opens a file and shows it as a grid
// to select in; the pane (right) is the same createPane as in Excel, over the .xlsx adapter's
// port. Loaded lazily by taskpane.ts; exceljs (in the adapter) is a further lazy chunk, fetched
// while the user picks a file.
import type { FileWorkbook, OpenFailure } from "../../xlsx";
import type { AnalysisClient } from "../analysisClient";
import { downloadFile } from "../downloadFile";
import { element } from "../element";
import { hostAbilities } from "../hostAbilities";
import { errorText } from "../notice";
import { createPane } from "../pane";
import { confirmDiscard } from "./discardConfirm";
import { createFileBar } from "./fileBar";
import { acceptFileDrops } from "./fileDrop";
import { openFailureText } from "./openFailureText";
import { createOpenerView } from "./openerView";
import { pickedFile, type PickedFile } from "./pickedFile";
import { refreshingPort } from "./refreshingPort";
import { savedFileName } from "./savedFileName";
import { createSheetGrid } from "./sheetGrid";

/** Where browser mode puts things on the page. */
export interface BrowserModeHost {
  /** The workbook side: opener, file bar, grid. */
  readonly view: HTMLElement;
  /** Where the pane's panels go (replaced for each file opened). */
  readonly panels: HTMLElement;
  readonly status: HTMLElement | null;
  readonly analysis: AnalysisClient;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/**
 * Turns the page into browser mode: the opener now, a grid and the pane once a file is open.
 *
 * @example
 * startBrowserMode({ view, panels, status, analysis })
 */
export function startBrowserMode(host: BrowserModeHost): void {
  const { view, panels, status } = host;
  const adapter = import(/* webpackChunkName: "xlsx" */ "../../xlsx");
  adapter.catch(() => undefined); // reported when a file is opened
  const opener = createOpenerView((file) => void open(file));
  const workspace = element("div", { class: "workspace" });
  let current: { readonly name: string; changed: boolean } | null = null;

  document.body.classList.add("browser-mode");
  view.hidden = false;
  view.replaceChildren(opener.element, workspace);
  acceptFileDrops(view, (file) => void pickedFile(file).then(open, (error: unknown) => opener.notify("error", `${file.name} could not be read: ${errorText(error)}`)));
  window.addEventListener("beforeunload", (event) => {
    if (current?.changed) event.preventDefault(); // the browser asks before the changes are lost
  });
  setStatus("Browser mode: open an aging workbook (.xlsx) to start.");

  async function open(file: PickedFile): Promise<void> {
    if (current?.changed && !(await confirmDiscard(opener.element.querySelector("#open-notice") ?? view, current.name, file.name))) return;
    opener.busy(`Opening ${file.name}…`);
    let opened: FileWorkbook | OpenFailure;
    try {
      opened = await (await adapter).openWorkbookFile(file.bytes, { shiftDates: file.shiftDates ?? 0 });
    } catch (error) {
      opened = { ok: false, kind: "unreadable", error: errorText(error) };
    } finally {
      opener.busy(null);
    }
    if (!opened.ok) {
      opener.notify("error", openFailureText(file.name, opened.kind, opened.error));
      return;
    }
    mount(file.name, opened, file.shiftDates ?? 0);
  }

  function mount(name: string, file: FileWorkbook, shifted: number): void {
    const session = { name, changed: false };
    current = session;
    const grid = createSheetGrid(file);
    const bar = createFileBar(name, () => void save());
    const writes = refreshingPort(file.port, (changed) => {
      if (current !== session) return; // a write that finished after another file was opened
      grid.refresh();
      if (changed) session.changed = true;
      bar.changed(session.changed);
    });

    async function save(): Promise<void> {
      bar.saving(true);
      try {
        await writes.idle();
        const bytes = await file.save();
        const saved = savedFileName(name);
        downloadFile(saved, bytes, saved.endsWith(".xlsm") ? XLSM_TYPE : XLSX_TYPE);
        session.changed = false;
        opener.notify("success", `Saved: your browser downloads the workbook as ${saved}.`);
      } catch (error) {
        opener.notify("error", `The workbook could not be saved: ${errorText(error)}`);
      } finally {
        bar.saving(false);
        bar.changed(session.changed);
      }
    }

    opener.compact();
    const dated = shifted === 0 ? "" : ` Its dates were moved ${shifted} days so that it is as of today.`;
    opener.notify("success", `Opened ${name}.${dated} Select a cell in the aging list, then read it in the pane.`);
    workspace.replaceChildren(bar.element, grid.element);
    panels.replaceChildren(...createPane({ workbook: writes.port, abilities: hostAbilities(null), analysis: host.analysis, status }));
    setStatus(`Browser mode: ${name} is open in this page. Save workbook downloads it with your changes.`);
    grid.refresh(); // sized now that the grid is on the page
  }

  function setStatus(text: string): void {
    if (status) status.textContent = text;
  }
}
