import type { LanguagePack } from "./template";

/**
 * English reminders: courteous at every stage (R18), signed by the finance role (R13); only the
 * final notice names a legal step, as a fact, never a threat (R19).
 *
 * @example
 * en.templates.Reminder.subject //=> "Payment reminder: {{total}} outstanding"
 */
export const en: LanguagePack = {
  locale: "en-US",
  labels: {
    invoice: "Invoice", invoiceDate: "Invoice date", dueDate: "Due date", daysOverdue: "Days overdue",
    balance: "Balance", total: "Total", dueTable: "Due for payment (credit notes deducted)", notYetDueTable: "Not yet due (for your information, not asked for now)",
    amountAsked: "We ask for {total}: the invoices due for payment, less credit notes. The invoices not yet due are listed for your information only.", agreedTerms: "the agreed payment terms", none: "-",
    nextStep: {
      Agency: "refer the account to a collection agency",
      "Small claims": "file a claim with the small-claims court",
      Attorney: "pass the account to our attorney",
    },
  },
  templates: {
    "Courtesy reminder": {
      subject: "Friendly note: invoices due soon",
      body: "Dear {{customer}},\n\nThis is a friendly note that the following invoices fall due soon:\n\n{{invoices}}\n\nIf payment is already on its way, thank you, and please disregard this note.\n\nKind regards,\n{{sender}}",
    },
    Reminder: {
      subject: "Payment reminder: {{total}} outstanding",
      body: "Dear {{customer}},\n\nWe may have missed your payment, so we are sending a short reminder. According to our records the following invoices are still open:\n\n{{invoices}}\n\nWe would be grateful if you could arrange payment of {{total}} by {{payBy}}, in line with {{terms}}. If you have already paid, thank you, and please let us know so we can update our records.\n\nKind regards,\n{{sender}}",
    },
    Consequences: {
      subject: "Second reminder: {{total}} still open",
      body: "Dear {{customer}},\n\nWe wrote to you recently about the invoices below and have not yet received payment or a reply:\n\n{{invoices}}\n\nLate payments affect our planning and may lead us to review the credit terms we can offer. Under {{terms}}, we kindly ask you to pay {{total}} by {{payBy}}. If something is holding up payment, please reply and we will gladly look at it together.\n\nKind regards,\n{{sender}}",
    },
    Incentive: {
      subject: "An offer to settle your open invoices",
      body: "Dear {{customer}},\n\nThe following invoices are still open:\n\n{{invoices}}\n\nTo make settling them easier, we are glad to offer a discount of {{discount}} if you pay {{offer}} instead of {{total}} by {{payBy}}.\n\nPlease let us know if you have any questions.\n\nKind regards,\n{{sender}}",
    },
    "Payment plan": {
      subject: "A payment plan for your open invoices",
      body: "Dear {{customer}},\n\nWe understand that times can be difficult. For the invoices below, totalling {{total}}:\n\n{{invoices}}\n\nwe propose the following payment schedule:\n\n{{schedule}}\n\nIf this plan works for you, please confirm by replying to this email, and we will send the agreement in writing. We are happy to discuss another schedule.\n\nKind regards,\n{{sender}}",
    },
    "Broken promise": {
      subject: "Follow-up on your payment commitment",
      body: "Dear {{customer}},\n\nThank you for your earlier commitment to pay the invoices below. We have not yet received the payment:\n\n{{invoices}}\n\nWe kindly ask you to pay {{total}} by {{payBy}}, or to contact us so we can agree on a new date together.\n\nKind regards,\n{{sender}}",
    },
    "Ask sales": {
      subject: "Internal: open invoices of {{customer}}",
      body: "Hello,\n\n{{customer}} has not paid the invoices below despite several reminders:\n\n{{invoices}}\n\nCould you check whether there is a complaint or a product problem on their side before we continue? Total open: {{total}}.\n\nThank you,\n{{sender}}",
    },
    "Follow up": {
      subject: "Follow-up: {{total}} still open",
      body: "Dear {{customer}},\n\nWe are following up on the invoices below, which remain open:\n\n{{invoices}}\n\nWe would appreciate payment of {{total}} by {{payBy}}. If a payment plan would help, we are glad to discuss one.\n\nKind regards,\n{{sender}}",
    },
    "Settlement offer": {
      subject: "Settlement offer for your open invoices",
      body: "Dear {{customer}},\n\nThe following invoices, totalling {{total}}, remain open:\n\n{{invoices}}\n\nTo close this matter, we are prepared to accept {{offer}} in full settlement if it is paid by {{deadline}}.\n\nWe hope this offer helps, and we look forward to your reply.\n\nKind regards,\n{{sender}}",
    },
    "Final notice": {
      subject: "Final notice: {{total}} outstanding",
      body: "Dear {{customer}},\n\nDespite our earlier letters, the following invoices remain unpaid:\n\n{{invoices}}\n\nUnder {{terms}}, we ask you to pay {{total}} by {{deadline}}. If we do not receive payment or hear from you by then, our next step will be to {{nextStep}}. We would much prefer to settle this directly with you, so please contact us if there is anything to discuss.\n\nKind regards,\n{{sender}}",
    },
  },
};
