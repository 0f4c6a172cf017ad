// Panel 6, Policy: every setting with its default, edits checked with the core's
// readPolicyTable (a refused value shows its message beside the field), and "Write policy
// sheet" with an as-of date the user can change.
import { dayOfLocalDate, type Day } from "../core/days";
import { defaultPolicy, type Policy } from "../core/policy";
import { isFailure } from "../workbook/agingData";
import { policyNames } from "../workbook/policyNames";
import type { WorkbookPort } from "../workbook/port";
import { element, replaceChildren } from "./element";
import { capitalize } from "./sentence";
import { clearNotice, errorText, showNotice } from "./notice";
import { asOfText, checkPolicyEdits, readAsOf, settingLines, type PolicyCheck, type SettingLine } from "./policyForm";

export interface PolicyPanel {
  readonly section: HTMLElement;
  /** Shows a policy (the one in force) in the form, with the list's reading of text (`useSheetReading`) applied. */
  show(policy: Policy, from: string): void;
  /** Puts an as-of date in the form (the report's own date the user chose in Analyze). */
  setAsOf(day: Day): void;
  /**
   * How the list's text dates and amounts were read (the analysis inferred them): the form takes
   * them, so *Write policy sheet* writes them as inferred and the AR formulas keep reading the
   * list's text as the pane did (iso/"." would turn every AR cell of a text-date list #VALUE!).
   */
  useSheetReading(reading: SheetReading): void;
  /** Whether the user has edits in the form not yet applied or written (a re-read leaves them). */
  readonly editing: boolean;
}

/** The date order and decimal separator the pane read the list's text with. */
export type SheetReading = Pick<Policy, "dateOrder" | "decimalSeparator">;

/** Builds the Policy panel; `onPolicy` gets each valid policy the user settles on. */
export function createPolicyPanel(workbook: WorkbookPort, onPolicy: (policy: Policy) => void): PolicyPanel {
  const form = element("div", { class: "policy-grid", id: "policy-form" });
  const origin = element("p", { class: "hint", id: "policy-origin" });
  const asOf = element("input", { id: "policy-as-of", type: "text", value: asOfText(dayOfLocalDate(new Date())), inputmode: "numeric", "aria-describedby": "policy-as-of-hint" });
  const write = element("fluent-button", { type: "button", appearance: "primary", id: "write-policy" }, "Write policy sheet");
  const notice = element("div", { class: "notice-host", id: "policy-notice" });
  const section = element(
    "section",
    { class: "panel", id: "policy-panel", "aria-labelledby": "policy-heading" },
    element("h2", { id: "policy-heading" }, "Policy"),
    origin,
    element("p", { class: "hint" }, "A valid change applies to the figures above at once; the AR formulas use it once the policy sheet is written."),
    form,
    element("div", { class: "field-row" }, element("label", { for: "policy-as-of" }, "As-of date"), asOf),
    element("p", { class: "hint", id: "policy-as-of-hint" }, "yyyy-mm-dd; the formulas count days overdue to this date."),
    element("div", { class: "actions" }, write),
    notice,
  );
  let current: Policy | null = null;
  /** The policy the form was filled from. */
  let shown: Policy = defaultPolicy;
  /** Where `shown` came from, as the panel said it. */
  let shownFrom = "";
  let reading: SheetReading | null = null;
  /** The user typed into the form since it was filled. */
  let editing = false;

  function show(given: Policy, from: string): void {
    const policy = reading ? { ...given, ...reading } : given;
    const changed = policy.dateOrder !== given.dateOrder || policy.decimalSeparator !== given.decimalSeparator;
    current = given;
    shown = policy;
    shownFrom = from;
    editing = false;
    origin.textContent = changed ? `${from} Date order ${policy.dateOrder} and decimal separator "${policy.decimalSeparator}" as the list's text was read.` : from;
    fill(policy);
    // The session follows the form: the figures, Remind and the formulas read the list as shown here.
    if (changed) {
      current = policy;
      onPolicy(policy);
    }
  }

  function useSheetReading(next: SheetReading): void {
    if (reading && reading.dateOrder === next.dateOrder && reading.decimalSeparator === next.decimalSeparator) return;
    reading = next;
    if (!editing) show(current ?? shown, shownFrom);
  }

  function fill(policy: Policy): void {
    const rows = settingLines(policy).map((line) => ({ line, row: settingRow(line) }));
    const probabilities = rows.filter(({ line }) => line.name.startsWith("collectProb"));
    replaceChildren(
      form,
      rows.filter((row) => !probabilities.includes(row)).map(({ row }) => row),
      element(
        "details",
        { class: "more-fields", id: "probability-table" },
        element("summary", {}, `Collection probability by days past due (${probabilities.length} rows)`),
        probabilities.map(({ row }) => row),
      ),
    );
  }

  function settingRow(line: SettingLine): HTMLElement {
    const id = `policy-${line.name.replace(/\s+/g, "-")}`;
    const input = element("input", { id, type: "text", value: line.valueText, "data-setting": line.name, "aria-describedby": `${id}-note` });
    const defaultNote = `Default ${line.defaultText || "none"}`;
    const note = element("span", { class: "setting-note", id: `${id}-note`, "data-default": defaultNote }, defaultNote);
    input.addEventListener("input", () => (editing = true));
    input.addEventListener("change", () => check());
    return element("div", { class: "field-row stacked" }, element("label", { for: id }, line.name), input, note);
  }

  /** Checks the whole form; marks refused fields and returns the outcome. */
  function check(): PolicyCheck {
    const inputs = [...form.querySelectorAll<HTMLInputElement>("input[data-setting]")];
    const result = checkPolicyEdits(inputs.map((input) => [input.dataset["setting"] ?? "", input.value] as const), shown);
    for (const input of inputs) {
      const message = result.ok ? undefined : result.bySetting[input.dataset["setting"] ?? ""];
      const note = document.getElementById(input.getAttribute("aria-describedby") ?? "");
      input.setAttribute("aria-invalid", message ? "true" : "false");
      if (note) {
        note.textContent = message ? capitalize(message) : note.dataset["default"] ?? note.textContent ?? "";
        note.classList.toggle("invalid", Boolean(message));
        if (message) note.setAttribute("role", "alert");
        if (message) input.closest("details")?.setAttribute("open", "");
        else note.removeAttribute("role");
      }
    }
    if (result.ok) {
      clearNotice(notice);
      if (JSON.stringify(current) !== JSON.stringify(result.policy)) {
        current = result.policy;
        onPolicy(result.policy);
      }
    } else {
      const first = Object.values(result.bySetting)[0] ?? result.general ?? "";
      showNotice(notice, "error", `Not accepted: ${first}.`);
    }
    return result;
  }

  write.addEventListener("click", () => void writeSheet());

  async function writeSheet(): Promise<void> {
    const result = check();
    if (!result.ok) return;
    const date = readAsOf(asOf.value, result.policy.dateSystem);
    if (!date.ok) {
      showNotice(notice, "error", `Not accepted: ${date.message}.`);
      asOf.focus();
      return;
    }
    write.setAttribute("disabled", "");
    try {
      const written = await workbook.writePolicySheet(result.policy, date.serial);
      if (isFailure(written)) showNotice(notice, "error", `Could not write the policy sheet: ${written.error}`);
      else if (written) showNotice(notice, "warning", `Nothing was written: the policy sheet has rows this policy does not name. Delete them on the sheet (or add them back here), then write again: ${written.conflicts.map((conflict) => `${conflict.address.replace(/^.*!/, "")} (${String(conflict.value)})`).join(", ")}.`);
      else {
        editing = false;
        showNotice(notice, "success", `Policy sheet "${policyNames.sheet}" written, as of ${asOf.value.trim()}; the AR formulas read it.`);
      }
    } catch (error) {
      showNotice(notice, "error", `Could not write the policy sheet: ${errorText(error)}`);
    } finally {
      write.removeAttribute("disabled");
    }
  }

  function setAsOf(day: Day): void {
    asOf.value = asOfText(day);
  }

  return {
    section,
    show,
    setAsOf,
    useSheetReading,
    get editing() {
      return editing;
    },
  };
}
