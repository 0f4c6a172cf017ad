import { customerKey } from "./customerKey";
import type { Invoice } from "./invoiceRow";

/** A customer name as QuickBooks writes it for a job (sub-customer): "Acme Corp:Warehouse fit-out". */
export interface CustomerJob {
  /** The customer letters go to: the name before the first colon, or the whole name. */
  readonly customer: string;
  /** The job after it; null for a name that is no Customer:Job. */
  readonly job: string | null;
}

/**
 * Reads a list's customer names as QuickBooks "Customer:Job" names, when the list is one. QuickBooks
 * reserves ":" as the separator of its customer hierarchy, but other sheets may hold a colon in a
 * name ("Re: Acme", "Bar 10:30", "Studio:54"). So a name is split only at a colon with no space on
 * either side and not between two digits, and only when the list shows the hierarchy: some
 * customer before a colon has two or more jobs, or also stands alone as a name. Then every such
 * name of the list is split; otherwise every name is kept whole. Nested jobs ("Acme:Site 2:Phase 1") keep everything after the first colon.
 *
 * @param names - every customer name of the list
 * @returns the reading of one name of the list
 *
 * @example
 * const read = customerJobs(["Acme Corp:Warehouse fit-out", "Acme Corp:Office move", "Birch Dental"])
 * read("Acme Corp:Office move") //=> { customer: "Acme Corp", job: "Office move" }
 * customerJobs(["Studio:54", "Birch Dental"])("Studio:54") //=> { customer: "Studio:54", job: null }
 */
export function customerJobs(names: readonly string[]): (name: string) => CustomerJob {
  const jobsOf = new Map<string, Set<string>>();
  const alone = new Set<string>();
  for (const name of names) {
    const split = splitName(name);
    if (split === null) alone.add(key(name));
    else jobsOf.set(key(split.customer), (jobsOf.get(key(split.customer)) ?? new Set()).add(key(name)));
  }
  // QuickBooks reserves ":" for its hierarchy: once the list shows it, every such name is a Customer:Job.
  const hierarchy = [...jobsOf].some(([parent, jobs]) => jobs.size >= 2 || alone.has(parent));
  return (name) => {
    const split = hierarchy ? splitName(name) : null;
    return split ?? { customer: name.trim(), job: null };
  };
}

/**
 * The invoices of a list with QuickBooks "Customer:Job" names read as one customer each
 * (`customerJobs`): `customer` becomes the name before the colon and `job` keeps the rest, so
 * every count, total, minimum amount, case and message is the customer's, while the letter's
 * invoice lines still show the job. Rows are still matched by their own cells before any write.
 *
 * @example
 * withCustomerJobs([{ customer: "Acme Corp:Office move", … }, { customer: "Acme Corp:Warehouse fit-out", … }])
 * //=> [{ customer: "Acme Corp", job: "Office move", … }, { customer: "Acme Corp", job: "Warehouse fit-out", … }]
 */
export function withCustomerJobs<Row extends Pick<Invoice, "customer" | "job">>(invoices: readonly Row[]): Row[] {
  const jobOf = customerJobs(invoices.map((invoice) => invoice.customer));
  return invoices.map((invoice) => {
    const { customer, job } = jobOf(invoice.customer);
    return job === null ? invoice : { ...invoice, customer, job };
  });
}

function splitName(name: string): CustomerJob | null {
  for (let at = name.indexOf(":"); at > 0; at = name.indexOf(":", at + 1)) {
    const before = name[at - 1] ?? " ";
    const after = name[at + 1] ?? " ";
    // No space on either side, and not a time or a ratio ("10:30").
    if (/\s/.test(before) || /\s/.test(after) || after === "" || (/\d/.test(before) && /\d/.test(after))) continue;
    const customer = name.slice(0, at).trim();
    const job = name.slice(at + 1).trim();
    if (customer !== "" && job !== "") return { customer, job };
  }
  return null;
}

function key(name: string): string {
  return customerKey(name);
}
