/*
 * Invoices for the mail benchmark, from a seeded generator so every run drafts the same
 * messages: `customers` customers, each with 2–6 invoices in every one of five currencies
 * (USD, EUR, IDR, THB, GBP), shuffled like a real selection. Every customer-currency group is
 * built to get exactly one draft: its lead invoice sits on a mail stage of the ladder
 * (Reminder … Final notice) and no other row outranks it with a step that stops the email
 * (no "unreachable", no "offered" outside leads, no contact inside the R17 gap). Around it,
 * rows 5–400 days overdue with 0–4 reminders, disputes, hardship, sales asked, promises, free-text
 * notes and credit notes; every last contact is at least the policy's cadence (10 days) ago, so no
 * group waits for its next contact day. One customer in ten has no email address: its groups become letters, and never
 * reach Ask sales (which would go to the account owner instead). Languages en/id/lv/th round
 * robin, with Latvian and Thai names.
 */
import type { Day } from "../src/core/days";
import type { Invoice } from "../src/core/invoiceRow";
import { readInvoiceStatus } from "../src/core/invoiceStatus";
import { defaultPolicy } from "../src/core/policy";

/** 2026-02-04. */
export const AS_OF_DAY: Day = 20_488;
export const CURRENCIES = ["USD", "EUR", "IDR", "THB", "GBP"] as const;

/** The invoices, and what reminderGroups must make of them. */
export interface SyntheticInvoices {
  readonly invoices: readonly Invoice[];
  readonly customers: number;
  /** Customer-currency groups: one draft or letter each. */
  readonly groups: number;
  /** Groups of customers without an email address: letters. */
  readonly letters: number;
  /** Rows reminderGroups leaves out: disputed, promise pending, and every kept row of a letter. */
  readonly skippedRows: number;
}

/** Units of each currency per US dollar, roughly, so amounts look like their currency. */
const SCALE: Readonly<Record<(typeof CURRENCIES)[number], number>> = { USD: 1, EUR: 0.92, IDR: 16_000, THB: 35, GBP: 0.79 };
const LANGUAGE_CELLS = [["en", "English"], ["id", "Bahasa Indonesia"], ["lv", "Latviešu"], ["th-TH", "ไทย"]] as const;
/** Follower statuses: status words the Status column knows (a strict column refuses any other word). */
const STATUSES = ["", "", "", "", "dispute", "Disputed", "hardship", "sales asked", "Asked sales", "hardship; sales asked"];
/** Follower notes: free text (a notes column reads the status words in it and ignores the rest). */
const NOTES = ["", "", "", "call back Friday", "sent copy of invoice", "talked to AP, waiting on approval"];

interface Lead {
  readonly weight: number;
  readonly remindersSent: readonly [number, number];
  readonly days: readonly [number, number];
  readonly status: string;
  readonly promise?: true;
  /** Balance in dollars at least (a final notice needs a legal path that pays). */
  readonly minBalance?: number;
}

/** The lead invoice of a group, one per drafted stage (Courtesy reminder needs another policy). */
const LEADS: readonly Lead[] = [
  { weight: 20, remindersSent: [0, 0], days: [30, 400], status: "" }, // Reminder
  { weight: 15, remindersSent: [1, 1], days: [30, 400], status: "" }, // Consequences
  { weight: 15, remindersSent: [2, 2], days: [30, 400], status: "" }, // Incentive
  { weight: 10, remindersSent: [3, 4], days: [30, 400], status: "hardship" }, // Payment plan
  { weight: 8, remindersSent: [0, 4], days: [30, 400], status: "", promise: true }, // Broken promise
  { weight: 8, remindersSent: [3, 4], days: [30, 400], status: "" }, // Ask sales
  { weight: 8, remindersSent: [3, 4], days: [30, 119], status: "sales asked" }, // Follow up
  { weight: 8, remindersSent: [3, 4], days: [120, 400], status: "sales asked" }, // Settlement offer
  { weight: 8, remindersSent: [4, 4], days: [120, 400], status: "sales asked, offered", minBalance: 3_000 }, // Final notice
];

type Facts = Omit<Invoice, "row">;

export function syntheticInvoices(customers: number, seed = 7): SyntheticInvoices {
  let state = seed;
  const random = () => {
    // mulberry32, as in syntheticRows.ts.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const totalWeight = LEADS.reduce((sum, lead) => sum + lead.weight, 0);
  const pickLead = (): Lead => {
    let left = random() * totalWeight;
    for (const lead of LEADS) {
      left -= lead.weight;
      if (left < 0) return lead;
    }
    return LEADS[0] as Lead;
  };

  const facts: Facts[] = [];
  let letters = 0;
  let skippedRows = 0;
  for (let c = 0; c < customers; c += 1) {
    const language = c % LANGUAGE_CELLS.length;
    const customer = nameOf(c, language);
    const hasEmail = c % 10 !== 9;
    const email = hasEmail ? `ap.${c}@customer${c}.example` : null;
    const escalation = c % 3 === 0 ? `cfo@customer${c}.example` : null;
    const languageCell = (LANGUAGE_CELLS[language] as readonly [string, string])[c % 8 < 4 ? 0 : 1];
    for (const currency of CURRENCIES) {
      if (!hasEmail) letters += 1;
      const scale = SCALE[currency];
      const money = (dollars: number) => (currency === "IDR" ? Math.round(dollars * scale) : Math.round(dollars * scale * 100) / 100);
      // A customer without email must never reach Ask sales (it would go to the account owner).
      const reminders = (count: number, status: string) => {
        const reading = readInvoiceStatus({ status, notes: null });
        const heldBack = reading.ok && (reading.flags.hardship || reading.flags.salesAsked);
        return hasEmail || heldBack ? count : Math.min(count, 2);
      };
      const invoice = (dueDay: Day, dollars: number, remindersSent: number, statusText: string, promiseDay: Day | null, first: boolean): Facts => ({
        customer, invoiceNumber: null, invoiceDay: dueDay - 30, dueDay, balance: money(dollars),
        email: first || random() < 0.7 ? email : null, phone: c % 2 === 0 ? `+1 555 ${String(c).padStart(4, "0")}` : null,
        lastContactDay: random() < 0.5 ? null : AS_OF_DAY - between(defaultPolicy.cadenceDays, 60),
        remindersSent: reminders(remindersSent, statusText), statusText: statusText === "" ? null : statusText,
        notesText: first ? null : nullIfEmpty(pick(NOTES)), promiseDay,
        currency: random() < 0.1 ? currency.toLowerCase() : currency, language: first ? languageCell : null, channel: null,
        terms: c % 5 === 0 ? "Net 30" : null, margin: random() < 0.3 ? between(10, 40) / 100 : null,
        escalationContact: escalation, accountOwner: `owner${c % 17}@seller.example`, customerSinceDay: null, policySet: null,
      });
      const lead = pickLead();
      const group = [invoice(
        AS_OF_DAY - between(lead.days[0], lead.days[1]), Math.max(lead.minBalance ?? 500, 500 + random() * 19_500),
        between(lead.remindersSent[0], lead.remindersSent[1]), lead.status, lead.promise ? AS_OF_DAY - between(1, 30) : null, true,
      )];
      const count = between(2, 6);
      for (let i = 1; i < count; i += 1) {
        if (i === count - 1 && random() < 0.1) {
          // A credit note, smaller than the lead: the total stays positive.
          group.push({ ...invoice(AS_OF_DAY - between(5, 400), 0, 0, "", null, false), balance: -Math.round((group[0]?.balance ?? 0) * 0.1 * 100) / 100 });
          continue;
        }
        const promise = random() < 0.08 ? AS_OF_DAY + between(-20, 20) : null;
        group.push(invoice(AS_OF_DAY - between(5, 400), 50 + random() * 19_950, between(0, 4), pick(STATUSES), promise, false));
      }
      for (const row of group) {
        const reading = readInvoiceStatus({ status: row.statusText, notes: null });
        const disputed = row.balance > 0 && reading.ok && reading.flags.disputed;
        const awaiting = row.balance > 0 && !disputed && row.promiseDay !== null && row.promiseDay >= AS_OF_DAY;
        if (disputed || awaiting || !hasEmail) skippedRows += 1;
      }
      facts.push(...group);
    }
  }
  // Shuffled like a real selection: groups form from rows far apart.
  for (let i = facts.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [facts[i], facts[j]] = [facts[j] as Facts, facts[i] as Facts];
  }
  const invoices = facts.map((row, index): Invoice => ({ ...row, row: index, invoiceNumber: `INV-${100_000 + index}` }));
  return { invoices, customers, groups: customers * CURRENCIES.length, letters, skippedRows };
}

function nullIfEmpty(text: string): string | null {
  return text === "" ? null : text;
}

/** Customer names in the customer's language: Latvian diacritics, Thai script, quotes and commas. */
function nameOf(c: number, language: number): string {
  switch (language) {
    case 1: return `PT Sumber Makmur ${c}`;
    case 2: return c % 8 === 2 ? `Bērziņš, "Ābele" SIA ${c}` : `SIA Kalniņa Ūdeņi ${c}`;
    case 3: return `บริษัท ตัวอย่าง ${c} จำกัด (มหาชน)`;
    default: return c % 8 === 0 ? `O'Brien & Sons, Ltd. ${c}` : `Northwind Trading ${c}`;
  }
}
