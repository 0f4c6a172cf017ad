// What the Remind panel says about a selection: how many rows it took, and one line for every
// selected row that gets no email (never ignored silently).
// Customer names as the headers show them (displayName): one line, no bidi controls, at most 100 characters.
import { displayName } from "../mail/headers";
import type { SkippedRow } from "../mail/skipReasons";
import { channelText } from "../core/channel";
import type { DraftedMessage, DraftProblem } from "../mail/draftMessages";
import type { AgingData } from "../workbook/agingData";
import type { SelectedRows } from "../workbook/port";
import type { RowLeftOut } from "../app/selectedInvoices";
import { cellAddress } from "../workbook/a1";
import { element } from "./element";

/**
 * One sentence about the selection: the rows taken, hidden rows left out, areas outside the list.
 *
 * @example
 * describeSelection({ rows: [3, 4], hiddenRows: 1, outside: [], address: "AR!A4:F6" }, data)
 * //=> "Selected AR!A4:F6: 2 rows of the list (1 hidden row left out)."
 */
export function describeSelection(selection: SelectedRows, data: Pick<AgingData, "address">): string {
  const parts = [`Selected ${selection.address}: ${selection.rows.length === 1 ? "1 row" : `${selection.rows.length} rows`} of the list`];
  if (selection.hiddenRows > 0) parts.push(` (${selection.hiddenRows === 1 ? "1 hidden row" : `${selection.hiddenRows} hidden rows`} left out)`);
  let text = `${parts.join("")}.`;
  if (selection.outside.length > 0) {
    text += ` ${selection.outside.join(", ")} ${selection.outside.length === 1 ? "is" : "are"} outside the aging list read (${data.address}) and not used.`;
  }
  if (selection.rows.length === 0) text += " Select rows of the aging list, then draft again.";
  return text;
}

/**
 * R4: the customers whose channel is the phone, SMS or WhatsApp, under "Call", with the number
 * when the sheet maps one; their text (in the preview) is the talking points. Null when none.
 *
 * @example
 * describeCalls([message]) // <div id="calls"><p>Call (1):</p><ul><li>PT Sinar Jaya — Reminder, by phone: +62 21 5550 123</li></ul></div>
 */
export function describeCalls(calls: readonly DraftedMessage[]): HTMLElement | null {
  if (calls.length === 0) return null;
  const line = ({ draft }: DraftedMessage) => `${displayName(draft.customer)} — ${draft.stage}, ${channelText(draft.channel)}: ${draft.phone ?? "no phone number in the list"}`;
  return element("div", { id: "calls" }, element("p", {}, `Call (${calls.length}):`), element("ul", { class: "calls" }, calls.map((call) => element("li", {}, line(call)))));
}

/**
 * The list of selected rows that get no email, with the sheet row, the customer and the reason.
 *
 * @example
 * describeLeftOut(data, [{ row: 9, customer: "Acme", column: 3, reason: "Due date 1899-12-01 is before 1900, Excel's first date" }], skipped, [])
 * // <ul id="left-out"><li>Row 10 (Acme), cell D10: Due date 1899-12-01 is before 1900, Excel's first date</li>…</ul>
 */
export function describeLeftOut(data: Pick<AgingData, "top" | "left">, leftOut: readonly RowLeftOut[], skipped: readonly SkippedRow[], problems: readonly DraftProblem[]): HTMLElement | null {
  const sheetRow = (row: number) => data.top + row + 1;
  const lines = [
    ...leftOut.map((item) => ({ row: item.row, text: `Row ${sheetRow(item.row)}${item.customer === null ? "" : ` (${displayName(item.customer)})`}${item.column === null ? "" : `, cell ${cellAddress(data.top + item.row, data.left + item.column)}`}: ${item.reason}` })),
    // A customer without an email address is drafted as a letter: counted there, not here.
    ...skipped.filter((item) => item.code !== "noEmail").map((item) => ({ row: item.row, text: `Row ${sheetRow(item.row)} (${displayName(item.customer)}): ${item.message}` })),
  ].sort((a, b) => a.row - b.row);
  const problemLines = problems.map((problem) => `${displayName(problem.draft.customer)}: ${problem.message}`);
  if (lines.length === 0 && problemLines.length === 0) return null;
  const gap = skipped.some((item) => item.code === "contactGap");
  return element(
    "div",
    { id: "left-out" },
    element("p", {}, `Not drafted (${lines.length + problemLines.length}):`),
    element("ul", { class: "left-out" }, [...lines.map((line) => line.text), ...problemLines].map((text) => element("li", {}, text))),
    gap && element("p", { class: "hint" }, "To contact them anyway, tick the minimum-gap box above and draft again: you confirm the exception (R17)."),
  );
}
