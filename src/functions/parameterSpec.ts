/**
 * How one argument is read (see readArgument.ts): a date, an amount, a day count, a whole
 * count, a rate, status words or free-text notes, a payment interval; or a range read whole (policy, edges).
 */
export type ParameterKind =
  | "date" | "asOf" | "amount" | "days" | "count" | "rate" | "status" | "notes" | "interval" | "policy" | "edges" | "currency"
  // The case-by-case arguments (issue 12 item 10): a channel word, an amount that may be absent, a policy set's name.
  | "channel" | "optionalAmount" | "policySet";

/** One parameter of an AR function, in its spreadsheet order. */
export interface ParameterSpec {
  readonly name: string;
  readonly kind: ParameterKind;
  /** Left out (null) it takes `fallback`; a required one left blank is refused (dates) or 0 (numbers, as Excel reads an empty cell). */
  readonly optional: boolean;
  readonly fallback?: number;
  readonly min?: number;
  readonly max?: number;
}

/** Kinds that take a whole range as one value: never broadcast over by the array forms. */
export const RANGE_KINDS: ReadonlySet<ParameterKind> = new Set(["policy", "edges"]);

/**
 * Days overdue as an argument: Excel's whole date span either way (1900-01-01 to 9999-12-31),
 * so no sum of days the engine makes can leave what a date can hold.
 */
export const DAYS_OVERDUE: ParameterSpec = { name: "daysOverdue", kind: "days", optional: false, min: -2_958_465, max: 2_958_465 };

/** The policy range, always the last parameter but for those later issues add after it. */
export const POLICY: ParameterSpec = { name: "policy", kind: "policy", optional: true };

/**
 * The arguments NEXTACTION, ACTIONREASON and NEXTCONTACT share, in their spreadsheet order:
 * dueDate, balance, [remindersSent], [lastContact], [status], [promiseDate], [asOf], [policy],
 * [notes], then the case's facts: [channel] (R4), [customerSince] (R15), [customerTotal] (the
 * minimum amount, R15), [currency], and last [policySet] (a named set of the policy table).
 * One spec, so the three functions (and the AR column plan that writes them) cannot drift.
 * `notes` is a free-text notes/memo cell whose status words count (`readInvoiceStatus`).
 */
export const LADDER_PARAMETERS: readonly ParameterSpec[] = [
  { name: "dueDate", kind: "date", optional: false },
  { name: "balance", kind: "amount", optional: false },
  { name: "remindersSent", kind: "count", optional: true, fallback: 0, min: 0, max: 1_000 },
  { name: "lastContact", kind: "date", optional: true },
  { name: "status", kind: "status", optional: true },
  { name: "promiseDate", kind: "date", optional: true },
  { name: "asOf", kind: "asOf", optional: true },
  POLICY,
  { name: "notes", kind: "notes", optional: true },
  { name: "channel", kind: "channel", optional: true },
  { name: "customerSince", kind: "date", optional: true },
  { name: "customerTotal", kind: "optionalAmount", optional: true },
  { name: "currency", kind: "currency", optional: true },
  { name: "policySet", kind: "policySet", optional: true },
];

