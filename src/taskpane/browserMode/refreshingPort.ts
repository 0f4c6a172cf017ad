// A decorator over the workbook port for browser mode: the panels write through it as through any
// port, and after each write (settled either way) the grid is drawn again and the file counts as
// changed since it was saved. Writes still running are known, so Save waits for them.
import type { WorkbookPort } from "../../workbook/port";

/** The port the panels get, and what the workspace asks of it. */
export interface RefreshingPort {
  readonly port: WorkbookPort;
  /** Resolves once no write is running. */
  idle(): Promise<void>;
}

type WriteName = "saveMapping" | "writePolicySheet" | "writeArColumns" | "createSummarySheet" | "selectCell" | "writeRemindersSheet" | "appendContactLog" | "patchCells" | "saveTemplate" | "removeTemplate";

/** The port's methods that change the workbook (selectCell changes only the selection: no `changed`). */
const WRITES: readonly WriteName[] = ["saveMapping", "writePolicySheet", "writeArColumns", "createSummarySheet", "selectCell", "writeRemindersSheet", "appendContactLog", "patchCells", "saveTemplate", "removeTemplate"];

/**
 * Wraps `port` so that `afterWrite(changed)` runs after every write; reads pass straight through.
 *
 * @example
 * const { port } = refreshingPort(file.port, () => grid.refresh()); createPane({ workbook: port, … })
 */
export function refreshingPort(port: WorkbookPort, afterWrite: (changed: boolean) => void): RefreshingPort {
  const running = new Set<Promise<unknown>>();
  const wrapped: Record<string, unknown> = {};
  for (const name of WRITES) {
    wrapped[name] = (...args: unknown[]) => {
      const call = (port[name] as (this: WorkbookPort, ...args: unknown[]) => Promise<unknown>).apply(port, args);
      running.add(call);
      const done = () => {
        running.delete(call);
        afterWrite(name !== "selectCell");
      };
      call.then(done, done);
      return call;
    };
  }
  return {
    port: {
      readAgingData: (scope, progress) => port.readAgingData(scope, progress),
      readTitleRows: (data, rows) => port.readTitleRows(data, rows),
      loadSavedMapping: (key) => port.loadSavedMapping(key),
      readPolicySheet: () => port.readPolicySheet(),
      ...(port.readPolicyTable ? { readPolicyTable: () => port.readPolicyTable?.() ?? Promise.resolve(null) } : {}),
      readSelection: (data, headerRow) => port.readSelection(data, headerRow),
      readTemplates: () => port.readTemplates(),
      readTable: (name) => port.readTable(name),
      readCells: (sheetName, rows, columns) => port.readCells(sheetName, rows, columns),
      rowEnd: (sheetName, row, tableName) => port.rowEnd(sheetName, row, tableName),
      ...(port.summaryChart === undefined ? {} : { summaryChart: port.summaryChart }),
      ...(wrapped as Pick<WorkbookPort, WriteName>),
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
