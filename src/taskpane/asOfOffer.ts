// The Analyze panel's offer of the report's own as-of date ("This report is as of 30 Nov 2026 —
// use that date, or today?"): the words, and the two buttons that settle it.
import type { Day } from "../core/days";
import type { ReportAsOf } from "../core/reportAsOf";
import { formatDay } from "../mail/formatting";
import { element } from "./element";

/** The report's date, and which date the user chose for the figures (null: not asked yet). */
export interface AsOfOffer {
  readonly report: ReportAsOf;
  readonly chosen: "report" | "today" | null;
  choose(which: "report" | "today"): void;
}

/**
 * A day as the pane writes dates in sentences: "30 Nov 2026" (never 11/30 against 30/11).
 *
 * @example
 * paneDate(20787) //=> "30 Nov 2026"
 */
export function paneDate(day: Day): string {
  return formatDay(day, "en-GB");
}

/**
 * The question, or once answered what the figures are as of; the buttons call `offer.choose`.
 *
 * @example
 * asOfOfferElement(offer) //=> <div id="as-of-offer">This report is as of 30 Nov 2026 — use that date, or today? [Use 30 Nov 2026] [Use today]</div>
 */
export function asOfOfferElement(offer: AsOfOffer): HTMLElement {
  const date = paneDate(offer.report.day);
  const buddhist = offer.report.buddhistYear === null ? "" : ` (the Buddhist-era year ${offer.report.buddhistYear} is ${offer.report.buddhistYear - 543})`;
  if (offer.chosen !== null) {
    const said = offer.chosen === "report" ? `As of ${date}, the report's own date ('${offer.report.text}')${buddhist}.` : `As of today; the report says ${date} ('${offer.report.text}').`;
    return element("p", { class: "hint", id: "as-of-offer", role: "status", tabindex: -1 }, `${said} The policy sheet's as-of date (DunningAsOf) is set to it.`);
  }
  const useReport = element("fluent-button", { type: "button", appearance: "primary", id: "use-report-as-of" }, `Use ${date}`);
  const useToday = element("fluent-button", { type: "button", id: "use-today-as-of" }, "Use today");
  useReport.addEventListener("click", () => offer.choose("report"));
  useToday.addEventListener("click", () => offer.choose("today"));
  return element(
    "div",
    { class: "as-of-offer", id: "as-of-offer", role: "group", "aria-labelledby": "as-of-question" },
    element("p", { id: "as-of-question" }, `This report is as of ${date} ('${offer.report.text}')${buddhist} — use that date, or today?`),
    element("div", { class: "actions" }, useReport, useToday),
  );
}
