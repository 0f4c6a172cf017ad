// Panel 1, Load: where to read the aging list from, and "Read aging sheet" with progress and Cancel.
import { isFailure, type AgingData, type AgingScope } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import { element } from "./element";
import { clearNotice, errorText, showNotice } from "./notice";
import { startProgress } from "./progressView";

const scopes: readonly { readonly value: AgingScope; readonly label: string }[] = [
  { value: "auto", label: "Automatic" },
  { value: "table", label: "The table" },
  { value: "region", label: "Cells around the selection" },
  { value: "usedRange", label: "The whole sheet" },
];

export interface LoadPanel {
  readonly section: HTMLElement;
  /** Reads the list again from where it was read (the desk added columns to it); `note` comes first in the panel's message. */
  readAgain(note: string): Promise<void>;
}

/** Builds the Load panel; `onRead` gets the values once a read succeeds (the button stays busy until it is done). */
export function createLoadPanel(workbook: WorkbookPort, onRead: (data: AgingData) => Promise<void>): LoadPanel {
  const scope = element(
    "select",
    { id: "scope", name: "scope", "aria-describedby": "scope-hint" },
    scopes.map(({ value, label }) => element("option", { value }, label)),
  );
  const read = element("fluent-button", { type: "button", appearance: "primary", id: "read-sheet" }, "Read aging sheet");
  const progressHost = element("div", { class: "progress-host", hidden: true });
  const notice = element("div", { class: "notice-host" });
  const section = element(
    "section",
    { class: "panel", id: "load-panel", "aria-labelledby": "load-heading" },
    element("h2", { id: "load-heading" }, "1. Read the aging list"),
    element("p", { class: "hint" }, "Select a cell in your aging list (or its table), then read it."),
    element("label", { for: "scope" }, "Read from"),
    scope,
    element(
      "p",
      { class: "hint", id: "scope-hint" },
      "Automatic reads the Excel table at the selected cell, else the block of cells around it.",
    ),
    element("div", { class: "actions" }, read),
    progressHost,
    notice,
  );

  read.addEventListener("click", () => {
    if (read.hasAttribute("disabled")) return;
    void runRead();
  });

  async function runRead(note = ""): Promise<void> {
    read.setAttribute("disabled", "");
    clearNotice(notice);
    const progress = startProgress(progressHost, "Reading rows");
    try {
      const result = await workbook.readAgingData(scope.value as AgingScope, progress);
      if (isFailure(result)) {
        showNotice(notice, progress.cancelled ? "info" : "error", result.error);
        return;
      }
      showNotice(notice, "success", `${note === "" ? "" : `${note} `}Read ${result.values.length.toLocaleString("en-US")} rows from ${result.sheetName}!${result.address.replace(/^.*!/, "")}${result.tableName ? ` (table ${result.tableName})` : ""}.`);
      await onRead(result);
    } catch (error) {
      showNotice(notice, "error", `Could not read the sheet: ${errorText(error)}`);
    } finally {
      progress.finish();
      read.removeAttribute("disabled");
    }
  }

  return { section, readAgain: (note) => runRead(note) };
}
