import type { Invoice } from "../../src/core/invoiceRow";
import { defaultPolicy, type Policy } from "../../src/core/policy";
import { defaultReminderOptions, type DraftRequest } from "../../src/mail/draftRequest";
import type { Language } from "../../src/mail/language";
import { reminderGroups } from "../../src/mail/reminderGroups";
import type { Stage } from "../../src/mail/stage";

/** 2026-02-04. */
export const asOf = 20488;

let nextRow = 0;

/** An open invoice of Acme, 40 days overdue, no reminder yet; override any fact. */
export function invoice(facts: Partial<Invoice> = {}): Invoice {
  nextRow += 1;
  return {
    row: nextRow, customer: "Acme", invoiceNumber: `INV-${nextRow}`, invoiceDay: asOf - 70, dueDay: asOf - 40,
    balance: 1200, email: "ap@acme.example", phone: null, lastContactDay: null, remindersSent: 0,
    statusText: null, promiseDay: null, currency: "USD", language: null, channel: null, terms: null,
    margin: null, escalationContact: "cfo@acme.example", accountOwner: "sales@seller.example",
    customerSinceDay: null, policySet: null,
    ...facts,
  };
}

/** Invoice facts that put a customer at each drafted stage, under the policy given. */
export const stageFacts: readonly { stage: Stage; facts: Partial<Invoice>; policy: Policy }[] = [
  { stage: "Courtesy reminder", facts: { dueDay: asOf + 2 }, policy: { ...defaultPolicy, courtesyReminder: true } },
  { stage: "Reminder", facts: {}, policy: defaultPolicy },
  { stage: "Consequences", facts: { remindersSent: 1 }, policy: defaultPolicy },
  { stage: "Incentive", facts: { remindersSent: 2 }, policy: defaultPolicy },
  { stage: "Payment plan", facts: { remindersSent: 3, statusText: "hardship" }, policy: defaultPolicy },
  { stage: "Broken promise", facts: { promiseDay: asOf - 5, remindersSent: 1 }, policy: defaultPolicy },
  { stage: "Ask sales", facts: { remindersSent: 3 }, policy: defaultPolicy },
  { stage: "Follow up", facts: { remindersSent: 3, statusText: "sales asked" }, policy: defaultPolicy },
  { stage: "Settlement offer", facts: { remindersSent: 4, statusText: "sales asked", dueDay: asOf - 130 }, policy: defaultPolicy },
  { stage: "Final notice", facts: { remindersSent: 5, statusText: "sales asked, offered", dueDay: asOf - 150, balance: 10000 }, policy: defaultPolicy },
];

/** The draft request of one customer at a stage, in a language. */
export function draftAt(stage: Stage, language: Language, customer = "Acme"): DraftRequest {
  const setup = stageFacts.find((entry) => entry.stage === stage);
  if (!setup) throw new Error(`no facts for ${stage}`);
  const rows = [invoice({ ...setup.facts, customer, language }), invoice({ ...setup.facts, customer, language, balance: -150, invoiceNumber: "CN-1" })];
  const groups = reminderGroups(rows, asOf, setup.policy, defaultReminderOptions);
  const draft = groups.drafts[0];
  if (!draft) throw new Error(`no draft for ${stage}: ${JSON.stringify(groups.skipped)}`);
  return draft;
}
