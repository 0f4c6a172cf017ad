// The top of the workbook side in browser mode: "Open an aging workbook" (a file picker; a file
// can also be dropped anywhere on the workbook side), "Try the sample workbook", the notices about
// opening, and how to use Dunning Desk inside Excel instead.
import { dayOfLocalDate } from "../../core/days";
import { element } from "../element";
import { clearNotice, errorText, showNotice, type NoticeKind } from "../notice";
import { pickedFile, sampleFile, type PickedFile } from "./pickedFile";

/** The opener and what the workspace tells it. */
export interface OpenerView {
  readonly element: HTMLElement;
  /** A notice under the buttons (errors about opening, "Saved …"). */
  notify(kind: NoticeKind, text: string): void;
  /** While a file opens: buttons disabled, a busy bar with the file's name. */
  busy(text: string | null): void;
  /** Once a workbook is open the opener shrinks to a toolbar line. */
  compact(): void;
}

/**
 * Builds the opener; `onFile` gets each file the user picks, drops or asks for (the sample).
 *
 * @example
 * const opener = createOpenerView((file) => void open(file)); view.prepend(opener.element)
 */
export function createOpenerView(onFile: (file: PickedFile) => void): OpenerView {
  const input = element("input", { type: "file", id: "file-input", accept: ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12", hidden: true, "aria-label": "Aging workbook (.xlsx or .xlsm)" });
  const open = element("fluent-button", { type: "button", appearance: "primary", id: "open-file" }, "Open an aging workbook…");
  const sample = element("fluent-button", { type: "button", id: "try-sample" }, "Try the sample workbook");
  const notice = element("div", { class: "notice-host", id: "open-notice" });
  const progress = element("div", { class: "open-progress", hidden: true }, element("p", { class: "progress-text", role: "status" }), element("fluent-progress-bar", { "aria-label": "Opening the workbook" }));
  const intro = element(
    "div",
    { class: "opener-intro" },
    element("p", {}, "Work on an aging list saved as an Excel workbook (.xlsx), right here in the browser: read it, see the figures, add the AR columns and the summary, draft reminders, then save the workbook."),
    element("p", { class: "drop-zone", id: "drop-zone" }, "…or drop an .xlsx file here."),
    element("p", { class: "hint" }, "The file stays on this computer: it is opened and changed in this page, and nothing is uploaded."),
  );
  const excelNote = element(
    "details",
    { class: "excel-note" },
    element("summary", {}, "Use Dunning Desk inside Excel instead"),
    element(
      "p",
      {},
      "In Excel on the web, choose Insert > Add-ins > Upload My Add-in and upload ",
      element("a", { href: "manifest.xml", download: "manifest.xml" }, "manifest.xml"),
      ". The pane then works on the open workbook, and the AR columns' formulas (=AR.NEXTACTION and the others) recalculate in Excel every day.",
    ),
  );
  const root = element(
    "section",
    { class: "opener", "aria-labelledby": "open-heading" },
    element("h2", { id: "open-heading" }, "Open an aging workbook"),
    intro,
    element("div", { class: "actions" }, open, sample, input),
    progress,
    notice,
    excelNote,
  );

  open.addEventListener("click", () => {
    if (!open.hasAttribute("disabled")) input.click();
  });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = ""; // the same file can be opened again
    if (file) void pickedFile(file).then(onFile, (error: unknown) => showNotice(notice, "error", `${file.name} could not be read: ${errorText(error)}`));
  });
  sample.addEventListener("click", () => {
    if (sample.hasAttribute("disabled")) return;
    void sampleFile(dayOfLocalDate(new Date())).then(onFile, (error: unknown) => showNotice(notice, "error", `The sample could not be opened: ${errorText(error)}`));
  });

  return {
    element: root,
    notify: (kind, text) => showNotice(notice, kind, text),
    busy(text) {
      for (const button of [open, sample]) button.toggleAttribute("disabled", text !== null);
      progress.hidden = text === null;
      const line = progress.querySelector("p");
      if (line) line.textContent = text ?? "";
      if (text !== null) clearNotice(notice);
    },
    compact() {
      root.classList.add("compact");
      intro.hidden = true;
      open.textContent = "Open another workbook…";
    },
  };
}
