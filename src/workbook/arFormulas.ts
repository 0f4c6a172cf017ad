import type { Field } from "../core/columnSynonyms";
import { policyNames } from "./policyNames";

/** The AR columns, by the function each one calls. */
export type ArFormulaKey = "daysOverdue" | "bucket" | "nextAction" | "reason" | "settleOffer" | "nextContact";

/** A same-row reference to a column of the block (0-based within it). */
export type CellReference = (column: number) => string;

/**
 * The formula of each AR column, from references to the data's fields and to the AR columns
 * themselves. Arguments the sheet lacks are left empty (Excel passes null, the function's
 * default applies); trailing empty arguments are dropped. Without a due date column the due date
 * is `DunningAsOf` minus the sheet's days overdue, else the invoice date (ages then count from it).
 * The status argument joins the user's Status and the desk's Dunning status (`RC9&"; "&RC12`).
 * The ladder functions get the notes column, when mapped, as their last argument.
 * The Settle offer column is STEPOFFER (what the row's step proposes): the ladder's arguments,
 * then the margin and the row's currency (the currency column, else the list's one currency as a
 * code) so its offer is rounded to that currency's step. The ladder functions get the row's
 * channel, customer since, currency and policy set columns when the sheet has them; with a policy
 * set column they read `DunningPolicyTable[#All]`, the policy table with its set columns. The
 * customer total (`customerTotalFormula`, a SUMIFS the plan builds) goes in its place when given.
 *
 * @example
 * arFormulas((f) => (f === "dueDate" ? "RC3" : f === "balance" ? "RC5" : null), () => "RC9")("nextAction")
 * //=> "=AR.NEXTACTION(RC3,RC5,,,,,DunningAsOf,DunningPolicy)"
 */
export function arFormulas(field: (field: Field) => string | null, own: (key: ArFormulaKey) => string, listCurrency: string | null = null, customerTotal: string | null = null): (key: ArFormulaKey) => string {
  const { asOf, policy } = policyNames;
  const daysRef = field("daysOverdue");
  const due = field("dueDate") ?? (daysRef ? `${asOf}-${daysRef}` : field("invoiceDate")) ?? "";
  const balance = field("balance") ?? field("amount") ?? "";
  const currency = field("currency") ?? (listCurrency === null ? null : `"${listCurrency}"`);
  // A policy set is a column of the policy table: with one, the formulas read the whole table.
  const set = field("policySet");
  const ladderPolicy = set === null ? policy : `${policyNames.table}[#All]`;
  // After the policy, the notes (the parameter came later: a formula only reads it, never writes it),
  // then the case's facts (issue 12 item 10): channel, customer since, customer total (the plan's
  // SUMIFS over the customer and currency, when it adds up what the ledger does), currency, policy set.
  const ladder = [
    due, balance, field("remindersSent"), field("lastContact"), statusArgument(field("status"), field("dunningStatus")), field("promiseDate"), asOf, ladderPolicy,
    field("notes"), field("channel"), field("customerSince"), customerTotal, field("currency"), set,
  ];
  return (key) => {
    switch (key) {
      case "daysOverdue":
        return call("DAYSOVERDUE", [due, asOf, policy]);
      case "bucket":
        return call("AGINGBUCKET", [own("daysOverdue")]);
      case "nextAction":
        return call("NEXTACTION", ladder);
      case "reason":
        return call("ACTIONREASON", ladder);
      case "settleOffer":
        // What the row's step proposes (issue 12): the ladder's arguments, then margin and currency.
        return call("STEPOFFER", [...ladder, field("margin"), currency]);
      case "nextContact":
        return call("NEXTCONTACT", ladder);
    }
  };
}

/** The status argument: the user's Status and the desk's Dunning status, joined when both are there (the ladder reads both). */
function statusArgument(status: string | null, dunningStatus: string | null): string | null {
  if (status === null || dunningStatus === null) return status ?? dunningStatus;
  return `${status}&"; "&${dunningStatus}`;
}

function call(name: string, args: readonly (string | null)[]): string {
  const texts = args.map((arg) => arg ?? "");
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return `=AR.${name}(${texts.join(",")})`;
}
