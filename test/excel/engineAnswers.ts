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

/**
 * The engine's answers for an invoice with a known status (null when its status has an unknown
 * word); `customerTotal` is what the formulas' SUMIFS adds up, when they have one.
 */
export function engineAnswers(invoice: Invoice, asOf: Day, policy: Policy, customerTotal: number | null = null): EngineAnswers | null {
  const account = accountOfInvoice(invoice);
  if (typeof account === "string") return null;
  const days = daysOverdue(invoice.dueDay, asOf);
  // What the formulas see: the row's own case facts (channel, customer since, currency) and the customer total (0: not given).
  const decision = decideCase(account, { ...caseFactsOfInvoice(invoice, null), customerTotal: customerTotal === 0 ? null : customerTotal }, asOf, policy);
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

/** What the desk's SUMIFS adds up for an invoice: the balances of its customer (case folded) in its currency. */
export function customerTotalOf(invoice: Invoice, invoices: readonly Invoice[]): number {
  const key = invoice.customer.toLowerCase();
  return invoices.filter((other) => other.customer.toLowerCase() === key && other.currency === invoice.currency).reduce((sum, other) => sum + other.balance, 0);
}
