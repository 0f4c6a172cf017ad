/*
 * What the engine says for an invoice, as the AR columns should show it: the "expected" side
 * when the written formulas are evaluated through src/functions.
 */
import { agingBucket, daysOverdue } from "../../src/core/aging";
import { serialFromDay, type Day } from "../../src/core/days";
import type { Invoice } from "../../src/core/invoiceRow";
import { caseContactDay } from "../../src/core/caseContactDay";
import { decideCase } from "../../src/core/caseDecision";
import { caseFactsOfInvoice } from "../../src/core/invoiceCase";
import type { Policy } from "../../src/core/policy";
import { ladderStep } from "../../src/core/ladderStep";
import { stepOffer } from "../../src/core/stepOffer";
import { accountOfInvoice } from "../../src/core/receivables";

export interface EngineAnswers {
  readonly daysOverdue: number;
  readonly bucket: string;
  readonly nextAction: string;
  readonly settleOffer: number;
  readonly nextContact: number | string;
}

/** The engine's answers for an invoice with a known status (null when its status has an unknown word). */
export function engineAnswers(invoice: Invoice, asOf: Day, policy: Policy): EngineAnswers | null {
  const account = accountOfInvoice(invoice);
  if (typeof account === "string") return null;
  const days = daysOverdue(invoice.dueDay, asOf);
  // What the formulas see: the row's own case facts (channel, customer since, currency), no customer total.
  const decision = decideCase(account, caseFactsOfInvoice(invoice, null), asOf, policy);
  const contact = caseContactDay(decision, account, asOf);
  return {
    daysOverdue: days,
    bucket: agingBucket(days),
    nextAction: decision.action,
    // The Settle offer column is what the row's step proposes (STEPOFFER, issue 12).
    settleOffer: stepOffer(ladderStep(account, asOf, policy), invoice.balance, policy, invoice.margin, invoice.currency),
    nextContact: contact === null ? "" : serialFromDay(contact, policy.dateSystem),
  };
}
