// Panel 2, Mapping: the header row and a column per field, preselected from the saved mapping or
// the header search (with how sure it is), correctable in dropdowns, saved with the workbook.
import { fields, type Field } from "../core/columnSynonyms";
import { findHeaderRow, mapHeaderRow, requiredFields, type ColumnMapping } from "../core/columns";
import { withoutOwnColumns } from "../workbook/ownCells";
import { applyUserMapping, type ColumnChoices } from "../core/columnMapping";
import { fieldNames } from "../core/ledgerProblems";
import type { AgingData } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import { mappingKey } from "../workbook/mappingKey";
import { element, replaceChildren } from "./element";
import { capitalize } from "./sentence";
import { columnOptions, confidenceText, initialChoices, withDeskColumns, type ChoiceSource } from "../app/mappingChoices";
import type { PaneAnalysis } from "./paneAnalysis";
import { clearNotice, errorText, showNotice } from "./notice";

/** The mapping the user settled on: header row (index in the values read) and a column per field. */
export interface ChosenHeader {
  readonly row: number;
  readonly choices: ColumnChoices;
  /** The currency the user chose for the list, saved with the mapping; null: detected from the sheet. */
  readonly currency: string | null;
}

/** Currencies the correction offers besides those detected: the four countries' and the usual ones. */
const OFFERED_CURRENCIES = ["EUR", "GBP", "IDR", "THB", "USD", "AUD", "CAD", "SGD", "MYR", "CHF"];

export interface MappingPanel {
  readonly section: HTMLElement;
  /** Shows the mapping for newly read values. */
  show(data: AgingData): Promise<void>;
}

const requiredSet = new Set<Field>(requiredFields.flat());

/**
 * Builds the Mapping panel. `preview` reads the sheet with a mapping (for the date order and
 * decimal separator in words); `onUse` gets the mapping once it is valid and saved.
 */
export function createMappingPanel(workbook: WorkbookPort, preview: (header: ChosenHeader) => Promise<PaneAnalysis>, onUse: (header: ChosenHeader) => void): MappingPanel {
  const body = element("div", { class: "mapping-body" });
  const notice = element("div", { class: "notice-host" });
  const section = element(
    "section",
    { class: "panel", id: "mapping-panel", "aria-labelledby": "mapping-heading", hidden: true },
    element("h2", { id: "mapping-heading", tabindex: -1 }, "2. Columns"),
    body,
    notice,
  );
  let data: AgingData | null = null;
  let headerRow = 0;
  let found: ColumnMapping = {};
  let choices: Partial<Record<Field, number>> = {};
  let source: ChoiceSource = "found";
  let customerFromHeadings = false;
  let currency: string | null = null;

  async function show(read: AgingData): Promise<void> {
    data = read;
    clearNotice(notice);
    section.hidden = false;
    // The desk's own AR columns (a second Add AR columns) are never offered as the list's fields.
    const searched = withoutOwnColumns(read.values, read.ownColumns);
    const search = findHeaderRow(searched);
    const saved = await loadSaved(read);
    if (saved) {
      headerRow = saved.row;
      source = "saved";
    } else if (search.ok) {
      headerRow = search.row;
      source = "found";
    } else {
      headerRow = search.best?.row ?? 0;
      source = "found";
      showNotice(notice, "warning", `${capitalize(search.message)}. Choose the header row and the columns below.`);
    }
    const atRow = search.ok && search.row === headerRow ? search : search.ok ? null : search.best?.row === headerRow ? search.best : null;
    found = atRow ? atRow.mapping : mapHeaderRow(searched[headerRow] ?? []).mapping;
    customerFromHeadings = atRow?.customerFromHeadings ?? false;
    // Columns the desk created since the mapping was saved (Mark as sent, the restore) are its fields too.
    choices = { ...initialChoices(found, saved ? withDeskColumns(saved.choices, searched[headerRow] ?? []) : null) };
    currency = saved?.currency ?? null;
    render();
  }

  async function loadSaved(read: AgingData): Promise<ChosenHeader | null> {
    try {
      const saved = await workbook.loadSavedMapping(mappingKey(read));
      if (!saved) return null;
      const width = (read.values[saved.headerRow] ?? []).length;
      const fits = saved.headerRow < read.values.length && Object.values(saved.columns).every((column) => column < width);
      return fits ? { row: saved.headerRow, choices: saved.columns, currency: saved.currency ?? null } : null; // the block changed shape: match again
    } catch (error) {
      showNotice(notice, "warning", `The saved column mapping could not be read (${errorText(error)}); the columns were matched again.`);
      return null;
    }
  }

  function render(): void {
    if (!data) return;
    const read = data;
    const headerCells = read.values[headerRow] ?? [];
    const options = columnOptions(headerCells, read.left);
    const rowInput = element("input", {
      id: "header-row",
      type: "number",
      min: read.top + 1,
      max: read.top + read.values.length,
      value: read.top + headerRow + 1,
      inputmode: "numeric",
    });
    rowInput.addEventListener("change", () => {
      const row = Number(rowInput.value) - read.top - 1;
      if (!Number.isInteger(row) || row < 0 || row >= read.values.length) {
        showNotice(notice, "error", `The header row must be a row from ${read.top + 1} to ${read.top + read.values.length}.`);
        return;
      }
      headerRow = row;
      const mapped = mapHeaderRow(read.values[row] ?? []);
      found = mapped.mapping;
      customerFromHeadings = false;
      choices = { ...initialChoices(found, null) };
      source = "found";
      clearNotice(notice);
      render();
      document.getElementById("header-row")?.focus();
    });
    const shown = fields.filter((field) => requiredSet.has(field) || choices[field] !== undefined);
    const others = fields.filter((field) => !shown.includes(field));
    const readings = element("p", { class: "readings", id: "mapping-readings" });
    const currencyLine = element("p", { class: "readings", id: "mapping-currency", role: "status" });
    const currencySelect = element(
      "select",
      { id: "map-currency-choice", "aria-describedby": "mapping-currency" },
      element("option", { value: "", selected: currency === null }, "As the sheet shows it"),
      OFFERED_CURRENCIES.map((code) => element("option", { value: code, selected: currency === code }, code)),
    );
    currencySelect.addEventListener("change", () => {
      currency = currencySelect.value === "" ? null : currencySelect.value;
      updateReadings(readings, currencyLine);
    });
    const use = element("fluent-button", { type: "button", appearance: "primary", id: "use-mapping" }, "Use this mapping");
    use.addEventListener("click", () => void useMapping(headerCells));
    replaceChildren(
      body,
      element(
        "p",
        { class: "hint" },
        `${read.sheetName}: ${source === "saved" ? "the mapping saved with this workbook" : "columns matched by their headers"}. Correct any column below. Needed: a customer, a balance or amount, and a due date, days overdue or invoice date.`,
      ),
      element("div", { class: "field-row" }, element("label", { for: "header-row" }, "Header row"), rowInput),
      element("div", { class: "field-grid" }, shown.map((field) => fieldRow(field, options))),
      others.length > 0 &&
        element(
          "details",
          { class: "more-fields" },
          element("summary", {}, `Other columns (${others.length} not found)`),
          element("div", { class: "field-grid" }, others.map((field) => fieldRow(field, options))),
        ),
      readings,
      currencyLine,
      element("div", { class: "field-row" }, element("label", { for: "map-currency-choice" }, "Currency of the list"), currencySelect),
      element("div", { class: "actions" }, use),
    );
    updateReadings(readings, currencyLine);
  }

  function fieldRow(field: Field, options: ReturnType<typeof columnOptions>): HTMLElement {
    const id = `map-${field}`;
    const select = element(
      "select",
      { id, "data-field": field, "aria-describedby": `${id}-confidence` },
      element("option", { value: "" }, "(none)"),
      options.map((option) => element("option", { value: option.column, selected: choices[field] === option.column }, option.label)),
    );
    const describe = (from: typeof source) =>
      // QuickBooks-style lists name the customer in a heading row above its invoices, not in a column.
      field === "customer" && choices[field] === undefined && customerFromHeadings ? "from the customer heading rows" : confidenceText(choices[field], found[field], from);
    const confidence = element("span", { class: "confidence", id: `${id}-confidence` }, describe(source));
    select.addEventListener("change", () => {
      if (select.value === "") delete choices[field];
      else choices[field] = Number(select.value);
      confidence.textContent = describe("user");
      const readings = document.getElementById("mapping-readings");
      if (readings) readings.textContent = "Date order and decimal separator are read again when you use this mapping.";
    });
    const label = capitalize(fieldNames[field]);
    return element("div", { class: "field-row" }, element("label", { for: id }, label), select, confidence);
  }

  function updateReadings(host: HTMLElement, currencyHost: HTMLElement | null = document.getElementById("mapping-currency")): void {
    if (!data) return;
    const check = applyUserMapping(choices, data.values[headerRow] ?? [], customerFromHeadings);
    if (!check.ok) {
      host.textContent = check.problems.map((problem) => capitalize(problem.message)).join(". ") + ".";
      return;
    }
    host.textContent = "Reading the dates and amounts…";
    void preview({ row: headerRow, choices: { ...choices }, currency }).then((analysis) => {
      host.textContent = analysis.ok
        ? `${analysis.notes.join(". ")}.`
        : analysis.message;
      if (!currencyHost || !analysis.ok) return;
      // "Currency: EUR, from the header 'Atlikums EUR'" — or the question a bare "$" raises on a sheet that is not English.
      currencyHost.textContent = `${analysis.currency.sentence}.`;
      currencyHost.classList.toggle("question", analysis.currency.question !== null);
    });
  }

  async function useMapping(headerCells: readonly unknown[]): Promise<void> {
    if (!data) return;
    const check = applyUserMapping(choices, headerCells, customerFromHeadings);
    if (!check.ok) {
      showNotice(notice, "error", check.problems.map((problem) => capitalize(problem.message)).join(". ") + ".");
      return;
    }
    clearNotice(notice);
    const header = { row: headerRow, choices: { ...choices }, currency };
    updateReadings(document.getElementById("mapping-readings") ?? element("p"));
    onUse(header);
    try {
      const saved = await workbook.saveMapping(mappingKey(data), currency === null ? { headerRow, columns: { ...choices } } : { headerRow, columns: { ...choices }, currency });
      if (saved) showNotice(notice, "error", `The mapping is in use but was not saved in the workbook: ${saved.error}`);
      else showNotice(notice, "success", "Mapping saved with the workbook; it is used the next time this list is read.");
    } catch (error) {
      showNotice(notice, "error", `The mapping is in use but could not be saved in the workbook: ${errorText(error)}`);
    }
  }

  return { section, show };
}
