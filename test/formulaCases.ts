/*
 * One table of "formula → expected result" that drives both the wrapper tests in jest
 * (test/functions/formulaCases.test.ts) and the browser check against the built add-in
 * (test/e2e/smoke.test.ts). Arguments are what Excel passes: serial dates, null for an
 * omitted optional argument, 2-D arrays for ranges. Expected values were worked out by hand
 * from the playbook; see the comment on each row.
 */
export type Expected = number | string | boolean | (number | string | boolean)[][] | { error: "#VALUE!"; messageIncludes: string };

export interface FormulaCase {
  /** The function id, as in `=AR.<id>(…)`. */
  readonly id: string;
  readonly args: readonly unknown[];
  readonly expected: Expected;
  readonly note: string;
}

// 2026-01-01 is serial 46023; 2026-02-04 is 46057 (34 days later).
const DUE = 46023;
const AS_OF = 46057;

export const formulaCases: readonly FormulaCase[] = [
  { id: "DAYSOVERDUE", args: [DUE, AS_OF, null], expected: 34, note: "34 days from 1 Jan to 4 Feb 2026" },
  { id: "DAYSOVERDUE", args: ["2026-01-01", "2026-02-04", null], expected: 34, note: "ISO date text" },
  { id: "AGINGBUCKET", args: [34, null], expected: "31-60", note: "default buckets" },
  { id: "AGINGBUCKET", args: [0, null], expected: "Current", note: "day 0 is current" },
  { id: "AGINGBUCKET", args: [45, [[15], [45]]], expected: "16-45", note: "custom edges" },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 0, null, null, null, AS_OF, null],
    expected: "Reminder",
    note: "R4: past the 30-day grace, no reminder yet",
  },
  {
    id: "ACTIONREASON",
    args: [DUE, 1200, 0, null, null, null, AS_OF, null],
    expected: "Reminder — R4: 34 days overdue, no reminder sent yet",
    note: "the reason names the rule",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 3, AS_OF - 10, "", null, AS_OF, null],
    expected: "Ask sales",
    note: "R22: the third reminder goes to sales",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 1, AS_OF - 3, null, null, AS_OF, [["minContactGapDays", 2], ["cadenceDays", 3]]],
    expected: "Consequences",
    note: "a policy range shortens the contact gap and the cadence",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 1, AS_OF - 8, null, null, AS_OF - 1, null],
    expected: "Wait",
    note: "R17 (issue 12): last contact exactly 7 days ago — past the gap, before the 10-day cadence: wait, as NEXTCONTACT says",
  },
  {
    id: "NEXTCONTACT",
    args: [DUE, 1200, 1, AS_OF - 8, null, null, AS_OF - 1, null],
    expected: AS_OF + 2,
    note: "R17 (issue 12): last contact 2026-01-27, 7 days before 2026-02-03: next contact on the 10th day, Friday 2026-02-06",
  },
  {
    id: "NEXTCONTACT",
    args: [DUE, 1200, 1, AS_OF - 6, null, null, AS_OF, null],
    expected: AS_OF + 5,
    note: "R17: the 10th day after 2026-01-29 is Saturday 2026-02-07: Monday 2026-02-09, the next working day",
  },
  {
    id: "NEXTCONTACT",
    args: [DUE, 1200, 1, AS_OF - 6, null, null, AS_OF, [["holiday 2026-02-09", "Test day"]]],
    expected: AS_OF + 6,
    note: "R17: a policy holiday on Monday 2026-02-09 moves it to Tuesday",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 1, null, "do not contact", null, AS_OF, null],
    expected: "Do not contact",
    note: "R19: a customer marked do not contact is never scheduled",
  },
  { id: "NEXTCONTACT", args: [DUE, 1200, 1, null, "do not contact", null, AS_OF, null], expected: "", note: "R19: no next contact for do not contact" },
  {
    id: "NEXTCONTACT",
    args: [DUE, 1200, 1, AS_OF - 3, null, null, AS_OF, null],
    expected: AS_OF + 7,
    note: "R17: last contact 3 days ago; the next one 10 days after it",
  },
  // The case-by-case arguments after the policy (issue 12 item 10): notes, channel, customerSince, customerTotal, currency, policySet.
  {
    id: "ACTIONREASON",
    args: [DUE, 1200, 0, null, null, null, AS_OF, null, null, "Telepon"],
    expected: "Reminder — R4: 34 days overdue, no reminder sent yet; by phone (R4): call or message, do not e-mail",
    note: "R4: a phone customer is called, not e-mailed (the Indonesian word)",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 40000, 0, null, null, null, AS_OF, [["minimumAmount IDR", 50000]], null, null, null, null, "IDR"],
    expected: "Below minimum",
    note: "a customer owing Rp 40,000 in all is below IDR's minimum of 50,000",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 40000, 0, null, null, null, AS_OF, [["minimumAmount IDR", 50000]], null, null, null, 90000, "IDR"],
    expected: "Reminder",
    note: "the minimum applies to the customer's total (Rp 90,000), not the invoice's",
  },
  {
    id: "NEXTACTION",
    args: [DUE + 20, 1200, 0, DUE - 20, null, null, AS_OF, null],
    expected: "Check in",
    note: "R3: 14 days overdue, inside the grace period, but 54 days since the last contact",
  },
  {
    id: "ACTIONREASON",
    args: [DUE, 250, 0, null, null, null, AS_OF, null, null, null, DUE - 3650, 250, "USD"],
    expected: "Wait — R1: 34 days overdue, inside the 45-day grace period until 2026-02-15; long-standing customer owing little: 15 more days of grace (R15)",
    note: "R15: $250 from a ten-year customer waits longer",
  },
  {
    id: "NEXTACTION",
    args: [DUE + 14, 1200, 0, null, null, null, AS_OF, [["Name", "Value", "Setting", "Help", "Strict"], ["graceDays", 30, "", "", 14]], null, null, null, null, null, "strict"],
    expected: "Reminder",
    note: "policy per customer: the strict set's 14-day grace at 20 days overdue",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 0, null, null, null, AS_OF, [["graceDays", 30]], null, null, null, null, null, "strict"],
    expected: { error: "#VALUE!", messageIncludes: 'policySet "strict" is not a column of the policy range' },
    note: "a set name needs the whole policy table",
  },
  { id: "LATEPAYER", args: [2, 1, null], expected: true, note: "R24: 2 late payments + 1 broken promise reach 3" },
  { id: "LATEPAYER", args: [2, null, null], expected: false, note: "R24: 2 late payments alone do not" },
  // Status words in four languages, and the notes argument (the last): free text whose status words count.
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 0, null, null, null, AS_OF, null, "Pelanggan sengketa harga, minta revisi"],
    expected: "Resolve dispute",
    note: "R8: an Indonesian note says the customer disputes the price",
  },
  {
    id: "ACTIONREASON",
    args: [DUE, 1200, 0, null, null, null, AS_OF, null, "Pelanggan sengketa harga"],
    expected: "Resolve dispute — R8: 34 days overdue, disputed by the customer; pause reminders and involve sales or service (notes: disputed, from 'sengketa')",
    note: "the reason names the words it read in the notes",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 0, null, null, null, AS_OF, null, "Pelanggan bukan sengketa, hanya minta salinan faktur"],
    expected: "Reminder",
    note: "a negated dispute is no dispute; the rest of the note is passed over",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 1, null, null, null, AS_OF, null, "janji bayar 28/02/2026"],
    expected: "Await promise",
    note: "R7: the promise's date follows it in the note (28 shows the day comes first)",
  },
  {
    id: "ACTIONREASON",
    args: [DUE, 1200, 1, null, null, null, AS_OF, null, "Klients solīja samaksāt"],
    expected: "Consequences — R5: 34 days overdue, 1 reminder unanswered; a promise to pay without a date ('solīja samaksāt') is not awaited (R7): write its date after the words or in a Promise date column",
    note: "R7: a promise without a date is not awaited, and the reason says so (not a silent 'promise to pay')",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 1, null, "promised", AS_OF + 10, AS_OF, null],
    expected: "Await promise",
    note: "R7: a Status 'promised' takes its date from the Promise date column",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 0, null, "apstrīdēts", null, AS_OF, null],
    expected: "Resolve dispute",
    note: "R8: a Latvian status word",
  },
  {
    id: "NEXTACTION",
    args: [DUE, 1200, 0, null, "sengketa harga", null, AS_OF, null],
    expected: { error: "#VALUE!", messageIncludes: 'status has an unknown word "sengketa harga"' },
    note: "a strict Status cell refuses free text, naming it (map such a column as notes)",
  },
  { id: "SETTLEOFFER", args: [10000, 120, null, null], expected: 5000, note: "R20: $10,000, 120 days late → $5,000" },
  {
    id: "STEPOFFER",
    args: [AS_OF - 130, 10000, 0, null, null, null, AS_OF, null, null, null, null, null, null, null, null, null],
    expected: 10000,
    note: "issue 12: a first Reminder past the settlement age asks for the full balance (SETTLEOFFER would say 5,000)",
  },
  { id: "STEPOFFER", args: [DUE, 10000, 2, null, null, null, AS_OF, null, null, null, null, null, null, null, null, null], expected: 9765, note: "R6: the Incentive step at 34 days, 2.36% off, rounded up" },
  { id: "STEPOFFER", args: [AS_OF - 119, 10000, 2, null, null, null, AS_OF, null, null, null, null, null, null, null, null, null], expected: 9009, note: "R6: the Incentive at 119 days" },
  // Value at stake: balance × (P(age) − P(age + cadence 10)) on the survey curve (docs/policy.md).
  { id: "ATSTAKE", args: [AS_OF - 60, 10000, 1, null, null, null, AS_OF, null, null, null, null, null, "EUR", null], expected: 390, note: "60 days: 81.3% falls to 77.4% by day 70" },
  { id: "ATSTAKE", args: [AS_OF - 60, 12500000, 1, null, null, null, AS_OF, null, null, null, null, null, "IDR", null], expected: 487500, note: "rupiah: whole units" },
  { id: "ATSTAKE", args: [AS_OF - 60, 10000, 1, null, "disputed", null, AS_OF, null, null, null, null, null, null, null], expected: 0, note: "disputed: the dispute decides" },
  { id: "ATSTAKE", args: [AS_OF - 800, 10000, 4, null, null, null, AS_OF, null, null, null, null, null, null, null], expected: 0, note: "past the curve's last point: it is flat" },
  {
    id: "STAKEREASON",
    args: [AS_OF - 60, 10000, 1, null, null, null, AS_OF, null, null, null, null, null, "EUR", null],
    expected: "390.00 EUR at stake: the chance of collecting falls from 81% to 77% in the next 10 days",
    note: "the stake in words",
  },
  { id: "STEPOFFER", args: [AS_OF - 120, 10000, 2, null, null, null, AS_OF, null, null, null, null, null, null, null, null, null], expected: 9009, note: "R6: still the Incentive step at 120 days: the largest incentive, no cliff between two days" },
  { id: "STEPOFFER", args: [AS_OF - 120, 10000, 4, null, "sales asked", null, AS_OF, null, null, null, null, null, null, null, null, null], expected: 5000, note: "R20: the Settlement offer step, $10,000 at 120 days → $5,000" },
  { id: "STEPOFFER", args: [AS_OF - 75, 1000, 2, null, null, null, AS_OF, null, null, null, null, null, null, null, 0.04, null], expected: 960, note: "R6: the incentive held to the 4% margin" },
  { id: "STEPOFFER", args: [DUE, 12500000, 2, null, null, null, AS_OF, null, null, null, null, null, null, null, null, "IDR"], expected: 12206000, note: "the currency's rounding step: Rp to 1,000" },
  { id: "SETTLEOFFER", args: [1000, 75, 0.04, null], expected: 960, note: "R6: the discount stays inside a 4% margin" },
  { id: "SETTLEOFFER", args: [23722224, 120, null, null, "IDR"], expected: 11862000, note: "R20: the offer in rupiah rounds up to Rp 1,000 (issue 10: not Rp 11,861,112)" },
  { id: "SETTLEOFFER", args: [96500, 120, null, null, "THB"], expected: 48250, note: "R20: the offer in baht rounds up to 10" },
  { id: "COLLECTPROB", args: [90, null], expected: 0.696, note: "survey point at 90 days" },
  { id: "AGENCYNET", args: [10000, 90, null], expected: 4822, note: "10,000 × 69.6% × 70% − 50" },
  {
    id: "PAYMENTPLAN",
    args: [1000, 3, 46053, null, null],
    expected: [
      [46053, 333.33],
      [46081, 333.33],
      [46112, 333.34],
    ],
    note: "R7: 31 Jan, 28 Feb, 31 Mar; the last instalment takes the leftover cent",
  },
  // The array forms: ranges in, one result per row out; single values stretch over the rows.
  { id: "DAYSOVERDUE.EACH", args: [[[DUE], [AS_OF]], [[AS_OF]], null], expected: [[34], [0]], note: "a column of due dates, one as-of cell" },
  { id: "AGINGBUCKET.EACH", args: [[[0], [34], [200]], null], expected: [["Current"], ["31-60"], ["120+"]], note: "a column of ages" },
  {
    id: "ATSTAKE.EACH",
    args: [[[AS_OF - 60], [AS_OF - 60], [AS_OF + 10]], [[10000], [10000], [10000]], null, null, [[null], ["disputed"], [null]], null, [[AS_OF]], null, null, null, null, null, [["EUR"]], null],
    expected: [[390], [0], [0]],
    note: "one stake per row: open, disputed, not yet due",
  },
  {
    id: "STAKEREASON.EACH",
    args: [[[AS_OF - 60], [AS_OF - 60]], [[10000], [0]], null, null, null, null, [[AS_OF]], null, null, null, null, null, [["EUR"]], null],
    expected: [["390.00 EUR at stake: the chance of collecting falls from 81% to 77% in the next 10 days"], ["nothing at stake: nothing is owed"]],
    note: "one reason per row",
  },
  {
    id: "NEXTACTION.EACH",
    args: [[[DUE], [DUE]], [[1200], [0]], null, null, null, null, [[AS_OF]], null],
    expected: [["Reminder"], ["None"]],
    note: "R4 for the open invoice, nothing for the paid one",
  },
  {
    id: "ACTIONREASON.EACH",
    args: [[[DUE]], [[1200]], [[0]], [[null]], [[null]], [[null]], [[AS_OF]], null],
    expected: [["Reminder — R4: 34 days overdue, no reminder sent yet"]],
    note: "a one-row range is a one-cell spill",
  },
  {
    id: "NEXTACTION.EACH",
    args: [[[DUE], [DUE]], [[1200], [1200]], null, null, null, null, [[AS_OF]], null, [["ติดต่อไม่ได้"], ["ลูกค้าโต้แย้งยอด"]]],
    expected: [["Trace debtor"], ["Resolve dispute"]],
    note: "a column of Thai notes: unreachable (R9), disputed (R8)",
  },
  {
    id: "NEXTCONTACT.EACH",
    args: [[[DUE], [DUE]], [[1200], [0]], [[1], [0]], [[AS_OF - 3], [null]], null, null, [[AS_OF]], null],
    expected: [[AS_OF + 7], [""]],
    note: "R17 for the first row; blank for the paid one",
  },
  {
    id: "SETTLEOFFER.EACH",
    args: [[[10000], [1000]], [[120], [75]], [[null], [0.04]], null],
    expected: [[5000], [960]],
    note: "R20 and R6 side by side",
  },
  {
    id: "STEPOFFER.EACH",
    args: [[[DUE], [AS_OF - 120]], [[10000], [10000]], [[0], [4]], null, [[""], ["sales asked"]], null, [[AS_OF]], null, null, null, null],
    expected: [[10000], [5000]],
    note: "a Reminder and a Settlement offer side by side",
  },
  { id: "COLLECTPROB.EACH", args: [[[0, 90]], null], expected: [[0.949, 0.696]], note: "a row of ages spills a row" },
  { id: "AGENCYNET.EACH", args: [[[10000]], [[90]], null], expected: [[4822]], note: "one row" },
  { id: "LATEPAYER.EACH", args: [[[3], [0]], [[0], [1]], null], expected: [[true], [false]], note: "R24 per customer row" },
  {
    id: "NEXTACTION.EACH",
    args: [[[DUE + 14], [DUE + 14], [DUE + 14]], [[1200]], null, null, null, null, AS_OF, [["Name", "Value", "Setting", "Help", "Strict", "Gentle"], ["graceDays", 30, "", "", 14, 45]], null, null, null, null, null, [["strict"], [""], ["Gentle"]]],
    expected: [["Reminder"], ["Wait"], ["Wait"]],
    note: "a policy set per row: strict reminds at 20 days, the Value column and gentle wait",
  },
  {
    id: "DAYSOVERDUE",
    args: ["next week", AS_OF, null],
    expected: { error: "#VALUE!", messageIncludes: "dueDate is not a date" },
    note: "text where a date belongs",
  },
  {
    id: "PAYMENTPLAN",
    args: [1000, -2, 46053, null, null],
    expected: { error: "#VALUE!", messageIncludes: "instalments must be greater than 0" },
    note: "a negative number of instalments",
  },
];
