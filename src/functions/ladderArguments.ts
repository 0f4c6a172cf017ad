import type { Day } from "../core/days";
import type { Account } from "../core/nextAction";
import type { Policy } from "../core/policy";
import { readStatus, statusWords } from "../core/status";
import { quoted } from "../core/problems";
import { asOfDay, optionalDay, optionalText, requiredDay, requiredAmount, wholeNumber, BadArgument } from "./cellValues";
import { policyArgument } from "./rangeArguments";

/**
 * What NEXTACTION, ACTIONREASON and NEXTCONTACT read from their shared arguments: the account,
 * with the as-of day and policy alongside (one object per call: this runs on every row).
 */
export interface LadderInput extends Account {
  readonly asOf: Day;
  readonly policy: Policy;
}

const knownStatusWords = Object.keys(statusWords).join(", ");

/**
 * Reads the eight arguments of the ladder functions, in their spreadsheet order:
 * dueDate, balance, [remindersSent], [lastContact], [status], [promiseDate], [asOf], [policy].
 */
export function readLadderArguments(
  dueDate: unknown,
  balance: unknown,
  remindersSent: unknown,
  lastContact: unknown,
  status: unknown,
  promiseDate: unknown,
  asOf: unknown,
  policy: unknown,
): LadderInput {
  const rules = policyArgument(policy);
  const flags = readStatus(optionalText(status, "status"));
  if (typeof flags === "string") throw new BadArgument(quoted.unknownStatus(flags, knownStatusWords));
  return {
    dueDay: requiredDay(dueDate, "dueDate", rules),
    balance: requiredAmount(balance, "balance", rules),
    remindersSent: wholeNumber(remindersSent, "remindersSent", 0, 0, 1_000),
    lastContactDay: optionalDay(lastContact, "lastContact", rules),
    promiseDay: optionalDay(promiseDate, "promiseDate", rules),
    status: flags,
    asOf: asOfDay(asOf, rules),
    policy: rules,
  };
}
