import { customerView, type CreditHold, type CustomerLine } from "../app/customerView";
import { formatMoneyFigure } from "../app/figures";
import { policySetsOf } from "../app/policySetsOf";
import { isoTextOfDay, type Day } from "../core/days";
import type { CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import { counted, type CommandResult } from "./commandResult";
import type { CommandFailure } from "./exitCodes";
import { asOfJson, currencyLine, listPlace } from "./listText";
import { loadList, type LoadedList } from "./loadList";
import { restoreStep } from "./restoreStep";
import type { ProgressLine } from "./progressLine";
import { textTable } from "./textTable";

/**
 * The list read, the state a fresh export lost restored from the Contact Log as annotate and
 * remind restore it (`restoreStep`), and its customer view. `customers` and `today` save nothing:
 * the restored cells live in memory only, so cells in the way are no reason to stop
 * (--no-restore skips the restore).
 */
export async function loadRestoredView(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<
  { readonly ok: true; readonly loaded: LoadedList; readonly lines: CustomerLine[]; readonly warnings: string[] } | CommandFailure
> {
  const read = await loadList(io, args, progress);
  if (!read.ok) return read;
  const restoring = await restoreStep({ ...args, force: true }, read, progress);
  if (!restoring.ok) return restoring;
  const { loaded } = restoring;
  return { ok: true, loaded, ...(await loadCustomerView(loaded)) };
}

/** The list's customer view, with the warning the policy sets gave (a set the sheet cannot read). */
async function loadCustomerView(loaded: LoadedList): Promise<{ lines: CustomerLine[]; warnings: string[] }> {
  const sets = await policySetsOf(loaded.book.port);
  // The ledger gives every invoice its currency; one it leaves without (a bare "$" not answered) stays without.
  const lines = customerView(loaded.list.ledger.invoices, loaded.asOf, loaded.policy, { defaultCurrency: null, policySets: sets.sets });
  return { lines, warnings: [...loaded.warnings, ...(sets.warning === null ? [] : [sets.warning])] };
}

/**
 * `customers`: the customer view — one line per customer and currency with its totals, step,
 * next contact, promise, flags and value at stake — as a table or --json.
 *
 * @example
 * await customersCommand(io, args, progress) //=> { ok: true, text: "Customers of AR!A1:H120 …", json: { customers: [{ customer: "Acme", … }] }, … }
 */
export async function customersCommand(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<CommandResult> {
  const view = await loadRestoredView(io, args, progress);
  if (!view.ok) return view;
  const { loaded, lines, warnings } = view;
  return {
    ok: true,
    text: customersText(loaded, lines),
    json: { ok: true, command: "customers", file: loaded.path, ...asOfJson(loaded), customers: lines.map(customerJson) },
    summary: `customers: ${counted(lines.length, "customer line")} (customer and currency) in ${loaded.list.data.address}`,
    warnings,
  };
}

function customersText(loaded: LoadedList, lines: readonly CustomerLine[]): string {
  const header = ["Customer", "Cur", "Open", "Overdue", "Not yet due", "Oldest", "Next action", "Next contact", "Last contact", "Sent", "At stake", "Flags"];
  const rows = lines.map((line) => [
    line.customer, line.currency ?? "?", money(line.open, line.currency), money(line.overdue, line.currency), money(line.notYetDue, line.currency),
    line.oldestDaysOverdue === null ? "" : `${line.oldestDaysOverdue} d`, line.action, dayText(line.nextContactDay), dayText(line.lastContactDay),
    String(line.remindersSent), money(line.atStake, line.currency), flagsOf(line).join(", "),
  ]);
  return `Customers of ${listPlace(loaded)}\n${currencyLine(loaded)}\n\n${textTable([header, ...rows], [2, 3, 4, 5, 9, 10])}\n`;
}

/** The flags column: what a collector must know before calling, in words. */
export function flagsOf(line: CustomerLine): string[] {
  const promise = line.promise === null ? [] : [`promise ${isoTextOfDay(line.promise.day)} ${line.promise.state}`];
  return [
    ...promise,
    ...(line.disputed ? ["disputed"] : []),
    ...(line.hardship ? ["hardship"] : []),
    ...(line.repeatLate ? ["repeat late payer (R24)"] : []),
    ...(line.creditHold === null ? [] : [creditHoldText(line.creditHold, line.currency)]),
    ...(line.channel === "email" ? [] : [`by ${line.channel}`]),
  ];
}

function creditHoldText(hold: CreditHold, currency: string | null): string {
  return hold.cause === "limit" ? `hold new orders: over the credit limit of ${money(hold.limit, currency)}` : `hold new orders: ${hold.days} days past due (over ${hold.limitDays})`;
}

/** One customer line for --json: dates as yyyy-mm-dd, amounts as numbers. */
export function customerJson(line: CustomerLine): Record<string, unknown> {
  return {
    ...line,
    nextContact: line.nextContactDay === null ? null : isoTextOfDay(line.nextContactDay),
    lastContact: line.lastContactDay === null ? null : isoTextOfDay(line.lastContactDay),
    promise: line.promise === null ? null : { amount: line.promise.amount, date: isoTextOfDay(line.promise.day), state: line.promise.state },
    plan: line.plan.map((step) => ({ date: isoTextOfDay(step.day), action: step.action, rule: step.rule })),
    nextContactDay: undefined,
    lastContactDay: undefined,
  };
}

function money(amount: number, currency: string | null): string {
  return formatMoneyFigure(amount, currency);
}

function dayText(day: Day | null): string {
  return day === null ? "" : isoTextOfDay(day);
}
