// The Contact Log folded into each invoice's state (issue 12 item 2): what a fresh export is
// restored from. Serials are of the 1900 system; 46058 is 2026-02-05.
import { contactLogRows, invoiceKey, keyOfInvoice, loggedStates, type LogRow } from "../../src/app/loggedState";
import { dayFromIsoText, type Day } from "../../src/core/days";
import { emptyLadderState } from "../../src/core/ladderState";
import { contactLogLayout } from "../../src/workbook/contactLogLayout";

const day = (iso: string) => dayFromIsoText(iso) as Day;
const FEB_5 = 46_058;
let ids = 0;
function row(stage: string, loggedAt: number, invoices = "INV-1", changes: Partial<LogRow> = {}): LogRow {
  ids += 1;
  return { loggedAt, customer: "Acme GmbH", invoices, stage, draftId: `2026-02-05-${String(ids).padStart(32, "0")}`, undoes: "", ...changes };
}
const stateOf = (rows: LogRow[], invoice = "INV-1", customer = "Acme GmbH") => loggedStates(rows, 1900).get(invoiceKey(customer, invoice));

describe("loggedStates: the Contact Log folded per invoice", () => {
  it.each([
    ["a reminder", ["Reminder"], { lastContact: day("2026-02-05"), remindersSent: 1, ladder: { ...emptyLadderState, salesAsked: null } }],
    ["the customer-facing steps count, Ask sales does not", ["Reminder", "Consequences", "Incentive", "Ask sales", "Follow up"], { lastContact: day("2026-02-09"), remindersSent: 4, ladder: { ...emptyLadderState, salesAsked: day("2026-02-08") } }],
    ["Ask sales alone: no contact", ["Ask sales"], { lastContact: null, remindersSent: 0, ladder: { ...emptyLadderState, salesAsked: day("2026-02-05") } }],
    ["a settlement offer runs to the drafting day + 14", ["Settlement offer"], { lastContact: day("2026-02-05"), remindersSent: 1, ladder: { ...emptyLadderState, offered: { day: day("2026-02-05"), until: day("2026-02-19") } } }],
    ["a step the desk does not know is a contact, as Mark as sent counts it", ["Phone call"], { lastContact: day("2026-02-05"), remindersSent: 1, ladder: { ...emptyLadderState, salesAsked: null } }],
  ])("%s", (_case, stages, expected) => {
    expect(stateOf(stages.map((stage, index) => row(stage, FEB_5 + index + 0.4)))).toEqual(expected);
  });

  it("reads a step recorded in one click as the Dunning status entry it wrote; only a call is a contact", () => {
    const recorded = (stage: string, subject: string, at: number) => row(stage, at, "INV-1", { subject });
    const rows = [
      row("Reminder", FEB_5 + 0.4),
      recorded("Dispute opened", "dispute opened 2026-02-06", FEB_5 + 1.4),
      recorded("Dispute resolved", "dispute resolved 2026-02-09", FEB_5 + 4.4),
      recorded("Promise to pay", "promised 2026-02-10 to pay by 2026-02-20", FEB_5 + 5.4),
      recorded("Call", "called 2026-02-11", FEB_5 + 6.4),
    ];
    expect(stateOf(rows)).toEqual({
      lastContact: day("2026-02-11"), remindersSent: 2,
      ladder: { ...emptyLadderState, dispute: { open: false, day: day("2026-02-09") }, promised: { day: day("2026-02-10"), payBy: day("2026-02-20"), amount: null }, called: day("2026-02-11") },
    });
  });

  it("applies a customer's message to every invoice it listed, and to no other customer's", () => {
    const rows = [row("Reminder", FEB_5 + 0.4, "INV-1, INV-2, (no number, due 2026-01-05)")];
    expect(stateOf(rows, "INV-2")?.remindersSent).toBe(1);
    expect(loggedStates(rows, 1900).get(keyOfInvoice({ customer: " acme gmbh ", invoiceNumber: null, dueDay: day("2026-01-05") }))?.remindersSent).toBe(1);
    expect(stateOf(rows, "INV-1", "Beta AG")).toBeUndefined();
    expect(stateOf(rows, "INV-3")).toBeUndefined();
  });

  it.each([
    ["marked and undone: not at all", ["mark", "undo"], 0],
    ["marked, undone and marked again: once", ["mark", "undo", "mark"], 1],
    ["an undo row of a draft never marked takes nothing", ["undo"], 0],
  ])("%s", (_case, steps, count) => {
    const id = "2026-02-05-undone";
    const rows = steps.map((step, index) => row("Reminder", FEB_5 + index * 0.1, "INV-1", step === "undo" ? { draftId: id, undoes: id } : { draftId: id }));
    expect(stateOf([...rows, row("Ask sales", FEB_5)])?.remindersSent).toBe(count);
  });

  it("keeps the latest of each dated step, whatever the log's order", () => {
    const rows = [row("Settlement offer", FEB_5 + 20, "INV-1", { draftId: "2026-02-25-b" }), row("Settlement offer", FEB_5 + 1, "INV-1", { draftId: "2026-02-06-a" }), row("Ask sales", FEB_5 + 3), row("Ask sales", FEB_5 + 2)];
    expect(stateOf(rows)?.ladder).toEqual({ ...emptyLadderState, salesAsked: day("2026-02-08"), offered: { day: day("2026-02-25"), until: day("2026-03-11") } });
  });

  it("reads the log's columns by name, a version-1 log (no Undoes) and rows without a date left out", () => {
    const header = [...contactLogLayout.headers];
    const line = (loggedAt: unknown) => header.map((name) => ({ "Logged at": loggedAt, Customer: "Acme", Invoices: "INV-1", Stage: "Reminder", "Draft id": "2026-02-05-x" })[name as "Customer"] ?? "");
    expect(contactLogRows([header, line(FEB_5 + 0.5), line("yesterday")])).toEqual([{ loggedAt: FEB_5 + 0.5, customer: "Acme", invoices: "INV-1", stage: "Reminder", subject: "", draftId: "2026-02-05-x", undoes: "" }]);
    expect(contactLogRows([header.slice(0, 11), line(FEB_5).slice(0, 11)])[0]?.undoes).toBe("");
  });
});
