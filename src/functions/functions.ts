/*
 * The AR custom functions. Each is a one-line wrapper over the one runner (runFunction.ts),
 * which reads the arguments by the function's parameter specs (functionRegistry.ts), calls the
 * pure engine in src/core and checks the result. The JSDoc blocks are the IntelliSense users
 * see: the build turns them into functions.json and registers each function under the id in
 * its @customfunction tag (custom-functions-metadata-plugin).
 * Parameters are `unknown` (metadata type "any") so that bad input reaches us and gets a
 * message, instead of a bare #VALUE! from Excel's own type check.
 * Every function has an array form, `<NAME>.EACH`, that takes ranges for its arguments and
 * spills one result per row (Excel calls JavaScript once per column, not once per cell).
 */
// First: outside Excel, the registrations appended to this module need somewhere to go.
import "./registrationsOutsideExcel";
import { runEach, runFunction } from "./runFunction";

/**
 * Days past due on the as-of date: 0 on the due date, negative before it.
 * @customfunction DAYSOVERDUE
 * @helpurl https://localhost:3000/assets/help.html#DAYSOVERDUE
 * @param dueDate Due date of the invoice: an Excel date or yyyy-mm-dd text.
 * @param [asOf] The date to age on; left out, today. Point every row at one as-of cell.
 * @param [policy] Policy range (name, value), read here for its dateSystem.
 * @returns Days past due.
 */
export function daysOverdue(dueDate: unknown, asOf?: unknown, policy?: unknown[][]): number {
  return runFunction("DAYSOVERDUE", [dueDate, asOf, policy]) as number;
}

/**
 * The aging bucket of a debt: Current, 1-30, 31-60, 61-90, 91-120, 120+ (or your own edges).
 * @customfunction AGINGBUCKET
 * @helpurl https://localhost:3000/assets/help.html#AGINGBUCKET
 * @param daysOverdue Days past due (from AR.DAYSOVERDUE).
 * @param [edges] Upper bounds of the buckets in days, e.g. {30,60,90}; left out, 30, 60, 90, 120.
 * @returns The bucket's label.
 */
export function agingBucket(daysOverdue: unknown, edges?: unknown[][]): string {
  return runFunction("AGINGBUCKET", [daysOverdue, edges]) as string;
}

/**
 * The next step of the escalation ladder for an invoice: Reminder, Consequences, Incentive, Ask sales, Settlement offer, Agency…
 * @customfunction NEXTACTION
 * @helpurl https://localhost:3000/assets/help.html#NEXTACTION
 * @param dueDate Due date of the invoice.
 * @param balance Open balance (0 or less: nothing to do).
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns The action to take next.
 */
export function nextAction(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][], notes?: unknown, channel?: unknown, customerSince?: unknown, customerTotal?: unknown, currency?: unknown, policySet?: unknown): string {
  return runFunction("NEXTACTION", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]) as string;
}

/**
 * Why AR.NEXTACTION chose its step, with the playbook rule, e.g. "Reminder — R4: 34 days overdue, no reminder sent yet".
 * @customfunction ACTIONREASON
 * @helpurl https://localhost:3000/assets/help.html#ACTIONREASON
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns The action, the rule id and the facts behind it.
 */
export function actionReason(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][], notes?: unknown, channel?: unknown, customerSince?: unknown, customerTotal?: unknown, currency?: unknown, policySet?: unknown): string {
  return runFunction("ACTIONREASON", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]) as string;
}

/**
 * The date of the next contact: when a wait ends, or today / the next cadence day; never inside the minimum gap (R17). Blank when nothing is owed.
 * @customfunction NEXTCONTACT
 * @helpurl https://localhost:3000/assets/help.html#NEXTCONTACT
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns A date (format the cell as a date), or blank.
 */
export function nextContact(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][], notes?: unknown, channel?: unknown, customerSince?: unknown, customerTotal?: unknown, currency?: unknown, policySet?: unknown): number | string {
  return runFunction("NEXTCONTACT", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]) as number | string;
}

/**
 * The amount to propose: the balance in the grace period, an incentive within the margin, then a settlement for less (R6, R20).
 * @customfunction SETTLEOFFER
 * @helpurl https://localhost:3000/assets/help.html#SETTLEOFFER
 * @param balance Open balance.
 * @param daysOverdue Days past due (from AR.DAYSOVERDUE).
 * @param [margin] Gross margin of the sale, e.g. 25%; a discount never eats more than it.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @param [currency] Currency of the balance (IDR, Rp, €, บาท…), for its rounding step (Rp to 1,000, baht to 10); left out, the policy's currency.
 * @returns The amount to ask for.
 */
export function settleOffer(balance: unknown, daysOverdue: unknown, margin?: unknown, policy?: unknown[][], currency?: unknown): number {
  return runFunction("SETTLEOFFER", [balance, daysOverdue, margin, policy, currency]) as number;
}

/**
 * What the ladder's step proposes: the full balance before the incentive step, the incentive at it (R6), the settlement amount from the settlement step on (R20). SETTLEOFFER is the age-only calculator.
 * @customfunction STEPOFFER
 * @helpurl https://localhost:3000/assets/help.html#STEPOFFER
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Words such as disputed, hardship, unreachable, offered, sales asked (comma-separated).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @param [margin] Gross margin of the sale, e.g. 25%; an incentive never eats more than it.
 * @param [offerCurrency] Currency of the offer (IDR, Rp, €, บาท…), for its rounding step; left out, the policy's currency.
 * @returns The amount this step asks for.
 */
export function stepOffer(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][], notes?: unknown, channel?: unknown, customerSince?: unknown, customerTotal?: unknown, currency?: unknown, policySet?: unknown, margin?: unknown, offerCurrency?: unknown): number {
  return runFunction("STEPOFFER", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet, margin, offerCurrency]) as number;
}

/**
 * The money expected to be lost by waiting one more contact cycle: balance × the fall of the collection-probability curve over the cadence; 0 when paid, disputed, promised and not yet due, or do not contact. The worklist's sort key.
 * @customfunction ATSTAKE
 * @helpurl https://localhost:3000/assets/help.html#ATSTAKE
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns The amount at stake, in the balance's currency.
 */
export function atStake(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][], notes?: unknown, channel?: unknown, customerSince?: unknown, customerTotal?: unknown, currency?: unknown, policySet?: unknown): number {
  return runFunction("ATSTAKE", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]) as number;
}

/**
 * Value at stake in words: the amount and how the chance of collecting falls over the next contact cycle, or why nothing is at stake.
 * @customfunction STAKEREASON
 * @helpurl https://localhost:3000/assets/help.html#STAKEREASON
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns The stake and its figures, in words.
 */
export function stakeReason(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][], notes?: unknown, channel?: unknown, customerSince?: unknown, customerTotal?: unknown, currency?: unknown, policySet?: unknown): string {
  return runFunction("STAKEREASON", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]) as string;
}

/**
 * The probability of collecting a business debt of this age, from the policy's table (by default the CLLA survey curve).
 * @customfunction COLLECTPROB
 * @helpurl https://localhost:3000/assets/help.html#COLLECTPROB
 * @param daysOverdue Days past due.
 * @param [policy] Policy range (name, value); rows "collectProb 90" and so on replace the table.
 * @returns A probability from 0 to 1 (format as %).
 */
export function collectProb(daysOverdue: unknown, policy?: unknown[][]): number {
  return runFunction("COLLECTPROB", [daysOverdue, policy]) as number;
}

/**
 * Expected net of handing the debt to a collection agency: balance × P(collect) × (1 − fee) − in-house cost (R10).
 * @customfunction AGENCYNET
 * @helpurl https://localhost:3000/assets/help.html#AGENCYNET
 * @param balance Open balance.
 * @param daysOverdue Days past due.
 * @param [policy] Policy range (name, value) overriding agencyFeeRate, collectionCost and the table.
 * @returns The expected amount, in cents.
 */
export function agencyNet(balance: unknown, daysOverdue: unknown, policy?: unknown[][]): number {
  return runFunction("AGENCYNET", [balance, daysOverdue, policy]) as number;
}

/**
 * A written payment plan (R7) that spills: one row per instalment, its date and amount; the amounts add up to the balance to the cent.
 * @customfunction PAYMENTPLAN
 * @helpurl https://localhost:3000/assets/help.html#PAYMENTPLAN
 * @param balance Amount to schedule.
 * @param instalments Number of instalments (1 to 360).
 * @param firstDate Date of the first instalment.
 * @param [interval] Days between instalments, or "monthly" (the default), "weekly", "quarterly".
 * @param [policy] Policy range (name, value), read here for its dateSystem.
 * @returns Rows of date (format as a date) and amount.
 */
export function paymentPlan(balance: unknown, instalments: unknown, firstDate: unknown, interval?: unknown, policy?: unknown[][]): number[][] {
  return runFunction("PAYMENTPLAN", [balance, instalments, firstDate, interval, policy]) as number[][];
}

/**
 * Whether a customer is a repeat late payer (R24): late payments plus broken promises in the last 12 months reach the policy's repeatLateCount (3).
 * @customfunction LATEPAYER
 * @helpurl https://localhost:3000/assets/help.html#LATEPAYER
 * @param latePayments Invoices of the customer paid late, or still open past the grace period, in the last 12 months (e.g. a COUNTIFS).
 * @param [brokenPromises] Promises to pay that passed unpaid in the last 12 months; left out, 0.
 * @param [policy] Policy range (name, value) overriding repeatLateCount.
 * @returns TRUE for a repeat late payer.
 */
export function latePayer(latePayments: unknown, brokenPromises?: unknown, policy?: unknown[][]): boolean {
  return runFunction("LATEPAYER", [latePayments, brokenPromises, policy]) as boolean;
}

// The array forms: the same parameters as ranges, one result per cell (runEach broadcasts).
/**
 * AR.DAYSOVERDUE over ranges: one result per row (or cell), spilled. Days past due on the as-of date: 0 on the due date, negative before it.
 * @customfunction DAYSOVERDUE.EACH
 * @helpurl https://localhost:3000/assets/help.html#DAYSOVERDUE
 * @param dueDate Due date of the invoice: an Excel date or yyyy-mm-dd text.
 * @param [asOf] The date to age on; left out, today. Point every row at one as-of cell.
 * @param [policy] Policy range (name, value), read here for its dateSystem.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function daysOverdueEach(dueDate: unknown[][], asOf?: unknown[][], policy?: unknown[][]): unknown[][] {
  return runEach("DAYSOVERDUE", [dueDate, asOf, policy]);
}
/**
 * AR.AGINGBUCKET over ranges: one result per row (or cell), spilled. The aging bucket of a debt: Current, 1-30, 31-60, 61-90, 91-120, 120+ (or your own edges).
 * @customfunction AGINGBUCKET.EACH
 * @helpurl https://localhost:3000/assets/help.html#AGINGBUCKET
 * @param daysOverdue Days past due (from AR.DAYSOVERDUE).
 * @param [edges] Upper bounds of the buckets in days, e.g. {30,60,90}; left out, 30, 60, 90, 120.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function agingBucketEach(daysOverdue: unknown[][], edges?: unknown[][]): unknown[][] {
  return runEach("AGINGBUCKET", [daysOverdue, edges]);
}
/**
 * AR.NEXTACTION over ranges: one result per row (or cell), spilled. The next step of the escalation ladder for an invoice: Reminder, Consequences, Incentive, Ask sales, Settlement offer, Agency…
 * @customfunction NEXTACTION.EACH
 * @helpurl https://localhost:3000/assets/help.html#NEXTACTION
 * @param dueDate Due date of the invoice.
 * @param balance Open balance (0 or less: nothing to do).
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function nextActionEach(dueDate: unknown[][], balance: unknown[][], remindersSent?: unknown[][], lastContact?: unknown[][], status?: unknown[][], promiseDate?: unknown[][], asOf?: unknown[][], policy?: unknown[][], notes?: unknown[][], channel?: unknown[][], customerSince?: unknown[][], customerTotal?: unknown[][], currency?: unknown[][], policySet?: unknown[][]): unknown[][] {
  return runEach("NEXTACTION", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]);
}
/**
 * AR.ACTIONREASON over ranges: one result per row (or cell), spilled. Why AR.NEXTACTION chose its step, with the playbook rule, e.g. "Reminder — R4: 34 days overdue, no reminder sent yet".
 * @customfunction ACTIONREASON.EACH
 * @helpurl https://localhost:3000/assets/help.html#ACTIONREASON
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function actionReasonEach(dueDate: unknown[][], balance: unknown[][], remindersSent?: unknown[][], lastContact?: unknown[][], status?: unknown[][], promiseDate?: unknown[][], asOf?: unknown[][], policy?: unknown[][], notes?: unknown[][], channel?: unknown[][], customerSince?: unknown[][], customerTotal?: unknown[][], currency?: unknown[][], policySet?: unknown[][]): unknown[][] {
  return runEach("ACTIONREASON", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]);
}
/**
 * AR.NEXTCONTACT over ranges: one result per row (or cell), spilled. The date of the next contact: when a wait ends, or today / the next cadence day; never inside the minimum gap (R17). Blank when nothing is owed.
 * @customfunction NEXTCONTACT.EACH
 * @helpurl https://localhost:3000/assets/help.html#NEXTCONTACT
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function nextContactEach(dueDate: unknown[][], balance: unknown[][], remindersSent?: unknown[][], lastContact?: unknown[][], status?: unknown[][], promiseDate?: unknown[][], asOf?: unknown[][], policy?: unknown[][], notes?: unknown[][], channel?: unknown[][], customerSince?: unknown[][], customerTotal?: unknown[][], currency?: unknown[][], policySet?: unknown[][]): unknown[][] {
  return runEach("NEXTCONTACT", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]);
}
/**
 * AR.SETTLEOFFER over ranges: one result per row (or cell), spilled. The amount to propose: the balance in the grace period, an incentive within the margin, then a settlement for less (R6, R20).
 * @customfunction SETTLEOFFER.EACH
 * @helpurl https://localhost:3000/assets/help.html#SETTLEOFFER
 * @param balance Open balance.
 * @param daysOverdue Days past due (from AR.DAYSOVERDUE).
 * @param [margin] Gross margin of the sale, e.g. 25%; a discount never eats more than it.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @param [currency] Currency of the balance (IDR, Rp, €, บาท…), for its rounding step (Rp to 1,000, baht to 10); left out, the policy's currency.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function settleOfferEach(balance: unknown[][], daysOverdue: unknown[][], margin?: unknown[][], policy?: unknown[][], currency?: unknown[][]): unknown[][] {
  return runEach("SETTLEOFFER", [balance, daysOverdue, margin, policy, currency]);
}
/**
 * AR.STEPOFFER over ranges: one result per row (or cell), spilled. What the ladder's step proposes: the full balance before the incentive step, the incentive at it (R6), the settlement amount from the settlement step on (R20).
 * @customfunction STEPOFFER.EACH
 * @helpurl https://localhost:3000/assets/help.html#STEPOFFER
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Words such as disputed, hardship, unreachable, offered, sales asked (comma-separated).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @param [margin] Gross margin of the sale, e.g. 25%; an incentive never eats more than it.
 * @param [offerCurrency] Currency of the offer (IDR, Rp, €, บาท…), for its rounding step; left out, the policy's currency.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function stepOfferEach(dueDate: unknown[][], balance: unknown[][], remindersSent?: unknown[][], lastContact?: unknown[][], status?: unknown[][], promiseDate?: unknown[][], asOf?: unknown[][], policy?: unknown[][], notes?: unknown[][], channel?: unknown[][], customerSince?: unknown[][], customerTotal?: unknown[][], currency?: unknown[][], policySet?: unknown[][], margin?: unknown[][], offerCurrency?: unknown[][]): unknown[][] {
  return runEach("STEPOFFER", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet, margin, offerCurrency]);
}
/**
 * AR.ATSTAKE over ranges: one result per row (or cell), spilled. The money expected to be lost by waiting one more contact cycle: balance × the fall of the collection-probability curve over the cadence; 0 when paid, disputed, promised and not yet due, or do not contact. The worklist's sort key.
 * @customfunction ATSTAKE.EACH
 * @helpurl https://localhost:3000/assets/help.html#ATSTAKE
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function atStakeEach(dueDate: unknown[][], balance: unknown[][], remindersSent?: unknown[][], lastContact?: unknown[][], status?: unknown[][], promiseDate?: unknown[][], asOf?: unknown[][], policy?: unknown[][], notes?: unknown[][], channel?: unknown[][], customerSince?: unknown[][], customerTotal?: unknown[][], currency?: unknown[][], policySet?: unknown[][]): unknown[][] {
  return runEach("ATSTAKE", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]);
}
/**
 * AR.STAKEREASON over ranges: one result per row (or cell), spilled. Value at stake in words: the amount and how the chance of collecting falls over the next contact cycle, or why nothing is at stake.
 * @customfunction STAKEREASON.EACH
 * @helpurl https://localhost:3000/assets/help.html#STAKEREASON
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Status words, comma-separated: disputed, promise to pay <date>, unreachable, hardship, offered, sales asked (or in Indonesian, Latvian, Thai).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults; with a policySet, the whole policy table DunningPolicyTable[#All].
 * @param [notes] A notes, memo or remarks cell in free text; status words in it count ("sengketa", "janji bayar 30/11/2026"), other text is ignored.
 * @param [channel] How the customer is reached (R4): email, phone, letter, sms, whatsapp, fax, or telepon, surat, tālrunis, โทรศัพท์…; left out, the policy's channel.
 * @param [customerSince] Date the customer relationship began (R15): long-standing customers owing little get more grace, new ones owing much less.
 * @param [customerTotal] The customer's open total in this currency, e.g. SUMIFS of the balances; below the policy's minimumAmount nothing is dunned. Left out (or 0), this balance.
 * @param [currency] Currency of the balance, for the minimum amount and small balance of that currency; left out, the policy's currency.
 * @param [policySet] Name of a policy set (a column of the policy table, e.g. strict or gentle) this customer follows; left out, the Value column.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function stakeReasonEach(dueDate: unknown[][], balance: unknown[][], remindersSent?: unknown[][], lastContact?: unknown[][], status?: unknown[][], promiseDate?: unknown[][], asOf?: unknown[][], policy?: unknown[][], notes?: unknown[][], channel?: unknown[][], customerSince?: unknown[][], customerTotal?: unknown[][], currency?: unknown[][], policySet?: unknown[][]): unknown[][] {
  return runEach("STAKEREASON", [dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet]);
}
/**
 * AR.COLLECTPROB over ranges: one result per row (or cell), spilled. The probability of collecting a business debt of this age, from the policy's table (by default the CLLA survey curve).
 * @customfunction COLLECTPROB.EACH
 * @helpurl https://localhost:3000/assets/help.html#COLLECTPROB
 * @param daysOverdue Days past due.
 * @param [policy] Policy range (name, value); rows "collectProb 90" and so on replace the table.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function collectProbEach(daysOverdue: unknown[][], policy?: unknown[][]): unknown[][] {
  return runEach("COLLECTPROB", [daysOverdue, policy]);
}
/**
 * AR.AGENCYNET over ranges: one result per row (or cell), spilled. Expected net of handing the debt to a collection agency: balance × P(collect) × (1 − fee) − in-house cost (R10).
 * @customfunction AGENCYNET.EACH
 * @helpurl https://localhost:3000/assets/help.html#AGENCYNET
 * @param balance Open balance.
 * @param daysOverdue Days past due.
 * @param [policy] Policy range (name, value) overriding agencyFeeRate, collectionCost and the table.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function agencyNetEach(balance: unknown[][], daysOverdue: unknown[][], policy?: unknown[][]): unknown[][] {
  return runEach("AGENCYNET", [balance, daysOverdue, policy]);
}
/**
 * AR.LATEPAYER over ranges: one result per row (or cell), spilled. Whether a customer is a repeat late payer (R24): late payments plus broken promises in the last 12 months reach the policy's repeatLateCount (3).
 * @customfunction LATEPAYER.EACH
 * @helpurl https://localhost:3000/assets/help.html#LATEPAYER
 * @param latePayments Invoices of the customer paid late, or still open past the grace period, in the last 12 months (e.g. a COUNTIFS).
 * @param [brokenPromises] Promises to pay that passed unpaid in the last 12 months; left out, 0.
 * @param [policy] Policy range (name, value) overriding repeatLateCount.
 * @returns One result per cell of the ranges; a cell error where that row's arguments are bad.
 */
export function latePayerEach(latePayments: unknown[][], brokenPromises?: unknown[][], policy?: unknown[][]): unknown[][] {
  return runEach("LATEPAYER", [latePayments, brokenPromises, policy]);
}
