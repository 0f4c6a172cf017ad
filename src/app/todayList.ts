import { mediumOf, type Channel } from "../core/channel";
import type { Day } from "../core/days";
import type { Policy } from "../core/policy";
import { nextWorkingDay } from "../core/workingDays";
import { checkAddressList } from "../mail/headers";
import type { CustomerLine } from "./customerView";

/** How today's contact goes out: drafted e-mail, a call (with its script), or a letter's text. */
export type TodayMedium = "email" | "call" | "letter";

export interface TodayEntry {
  readonly line: CustomerLine;
  readonly medium: TodayMedium;
}

/** Today's worklist and what is at stake over it, per currency (amounts of two currencies never add up; null: not chosen). */
export interface TodayList {
  readonly entries: readonly TodayEntry[];
  readonly atStake: ReadonlyMap<string | null, number>;
}

/**
 * Today's worklist: the customers whose next contact day is today or past (on a weekend or
 * holiday, the next working day's, as Remind prepares them), most at stake first (ties: the older
 * debt first, then list order), each with the medium its channel and address allow: e-mail when
 * it has a valid address, a call for phone, SMS and WhatsApp customers (R4), else a letter (R13).
 *
 * @example
 * todayList(customerView(invoices, asOf, policy, options), asOf, policy)
 * //=> { entries: [{ line: { customer: "Acme", atStake: 390, action: "Consequences", … }, medium: "email" }, …], atStake: Map { "USD" => 390 } }
 */
export function todayList(lines: readonly CustomerLine[], asOf: Day, policy: Policy): TodayList {
  const due = nextWorkingDay(asOf, policy);
  const entries = lines
    .filter((line) => line.nextContactDay !== null && line.nextContactDay <= due)
    .sort((a, b) => b.atStake - a.atStake || (b.oldestDaysOverdue ?? 0) - (a.oldestDaysOverdue ?? 0) || a.firstRow - b.firstRow)
    .map((line) => ({ line, medium: mediumOfLine(line) }));
  const atStake = new Map<string | null, number>();
  for (const { line } of entries) atStake.set(line.currency, Math.round(((atStake.get(line.currency) ?? 0) + line.atStake) * 100) / 100);
  return { entries, atStake };
}

function mediumOfLine(line: CustomerLine): TodayMedium {
  const medium = mediumOf(line.channel as Channel);
  if (medium !== "email") return medium;
  // The internal note to sales goes by e-mail to the account owner, whatever the customer's address.
  if (line.action === "Ask sales") return "email";
  return line.email !== null && checkAddressList(line.email).ok ? "email" : "letter";
}
