import type { CaseFacts } from "../core/caseDecision";
import type { Channel } from "../core/channel";
import type { Day } from "../core/days";
import { describeStatusRead, promiseDayOf, readInvoiceStatus, undatedPromise } from "../core/invoiceStatus";
import type { Account } from "../core/nextAction";
import type { Policy } from "../core/policy";
import { quoted } from "../core/problems";
import { BadArgument } from "./cellValues";

/** The ladder's account, its as-of day, and what was read in the notes (for ACTIONREASON). */
export interface LadderArguments {
  readonly account: Account;
  readonly asOf: Day;
  /** The case's facts (R3, R4, R14, R15, minimum amount) from the arguments after the notes. */
  readonly facts: CaseFacts;
  /** "disputed, from 'sengketa'": the status words taken from the notes; "" when none. */
  readonly notesRead: string;
  /** The words of a promise to pay the row gives no date ("janji bayar"), from the status or the notes; null when none. */
  readonly undatedPromise: string | null;
}

/**
 * The account the ladder functions decide on, from their arguments as the runner read them
 * (in LADDER_PARAMETERS order: dueDate, balance, remindersSent, lastContact, status,
 * promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet).
 * Status and notes are read together by `readInvoiceStatus`, the reader the pane and the CLI use;
 * an unknown word in the status refuses, naming it. A promise in them gives the promise date when
 * the promiseDate argument is blank. The case's facts come alongside; a customer total of 0 (an
 * empty cell on Excel desktop) means "not given": the invoice's balance stands for it.
 */
export function ladderAccount(values: readonly unknown[], policy: Policy): LadderArguments {
  const [dueDay, balance, remindersSent, lastContactDay, status, promiseDay, asOf, , notes, channel, customerSinceDay, customerTotal, currency] = values;
  const reading = readInvoiceStatus({ status: status as string | null, notes: (notes ?? null) as string | null });
  if (!reading.ok) throw new BadArgument(quoted.unknownStatus(reading.word));
  const promised = promiseDayOf(promiseDay as Day | null, reading, policy.dateOrder);
  return {
    account: {
      dueDay: dueDay as Day,
      balance: balance as number,
      remindersSent: remindersSent as number,
      lastContactDay: lastContactDay as Day | null,
      promiseDay: promised,
      status: reading.flags,
    },
    facts: {
      channel: (channel ?? null) as Channel | null,
      customerSinceDay: (customerSinceDay ?? null) as Day | null,
      customerTotal: customerTotal === 0 || customerTotal === undefined ? null : (customerTotal as number | null),
      currency: (currency ?? null) as string | null,
      history: null,
    },
    asOf: asOf as Day,
    notesRead: describeStatusRead(reading, promised),
    undatedPromise: undatedPromise(reading, promised)?.text ?? null,
  };
}
