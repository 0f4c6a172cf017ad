/*
 * Evaluations per second of AR.NEXTACTION and AR.SETTLEOFFER over 100,000 synthetic rows:
 * the pure engine (the case decision NEXTACTION takes, and the bare ladder under it), and the
 * custom-function wrappers as Excel calls them (argument coercion, policy range, error handling
 * and result checks included). Run: npm run bench.
 */
import "../test/support/customFunctionsGlobal";
import { dayFromSerial } from "../src/core/days";
import { decideCase, noCaseFacts } from "../src/core/caseDecision";
import { chooseNextAction, type Account } from "../src/core/nextAction";
import { defaultPolicy } from "../src/core/policy";
import { settlementOffer } from "../src/core/settlement";
import { readInvoiceStatus } from "../src/core/invoiceStatus";
import { noStatus } from "../src/core/status";
import { nextAction, settleOffer } from "../src/functions/functions";
import { AS_OF_SERIAL, syntheticRows } from "./syntheticRows";

const ROWS = 100_000;
const MIN_SECONDS = 1;
const rows = syntheticRows(ROWS);
const day = (serial: number) => dayFromSerial(serial, 1900) as number;
const accounts: Account[] = rows.map((row) => ({
  dueDay: day(row.dueSerial),
  balance: row.balance,
  remindersSent: row.remindersSent,
  lastContactDay: row.lastContactSerial === null ? null : day(row.lastContactSerial),
  promiseDay: row.promiseSerial === null ? null : day(row.promiseSerial),
  status: statusFlagsOf(row.status),
}));
const asOf = day(AS_OF_SERIAL);

function statusFlagsOf(text: string) {
  const reading = readInvoiceStatus({ status: text, notes: null });
  return reading.ok ? reading.flags : noStatus;
}
// The policy sheet as Excel hands it to every call: a fresh copy of the same cells.
const policyCells = () => [["Name", "Value"], ["graceDays", 30], ["minContactGapDays", 7], ["agencyFeeRate", 0.3], ["settlementFloor", 0.5]];

const policyCopies = rows.map(policyCells);
// Excel passes null for an omitted argument. The wrappers' signatures cannot say `| null`:
// the metadata generator would turn the union into a scalar "any" and lose the range type.
const OMITTED = null as unknown as undefined;

interface Result {
  readonly name: string;
  readonly evaluations: number;
  readonly seconds: number;
  readonly tally: Map<string, number>;
}

/**
 * Times `evaluate` over all rows until MIN_SECONDS have passed, after a warm-up pass that also
 * tallies the answers (outside the timing, so the harness costs the timed loop nothing).
 */
function measure(name: string, evaluate: (i: number) => string): Result {
  const tally = new Map<string, number>();
  for (let i = 0; i < ROWS; i += 1) {
    const answer = evaluate(i);
    tally.set(answer, (tally.get(answer) ?? 0) + 1);
  }
  let passes = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < MIN_SECONDS) {
    for (let i = 0; i < ROWS; i += 1) sink += evaluate(i).length;
    passes += 1;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  if (sink === 0) throw new Error("nothing was evaluated");
  return { name, evaluations: passes * ROWS, seconds, tally };
}

const row = (i: number) => rows[i] as (typeof rows)[number];
const account = (i: number) => accounts[i] as Account;
const kindOfOffer = (offer: number, balance: number) => (offer >= balance ? "full" : offer >= balance * 0.85 ? "incentive" : "settlement");

const results = [
  measure("NEXTACTION engine", (i) => decideCase(account(i), noCaseFacts, asOf, defaultPolicy).action),
  measure("NEXTACTION wrapper (default policy)", (i) => {
    const r = row(i);
    return nextAction(r.dueSerial, r.balance, r.remindersSent, r.lastContactSerial, r.status, r.promiseSerial, AS_OF_SERIAL, OMITTED);
  }),
  measure("NEXTACTION wrapper (policy range)", (i) => {
    const r = row(i);
    return nextAction(r.dueSerial, r.balance, r.remindersSent, r.lastContactSerial, r.status, r.promiseSerial, AS_OF_SERIAL, policyCopies[i]);
  }),
  measure("SETTLEOFFER engine", (i) => {
    const a = account(i);
    return kindOfOffer(settlementOffer(a.balance, asOf - a.dueDay, defaultPolicy, row(i).margin), a.balance);
  }),
  measure("SETTLEOFFER wrapper", (i) => {
    const r = row(i);
    return kindOfOffer(settleOffer(r.balance, AS_OF_SERIAL - r.dueSerial, r.margin, OMITTED), r.balance);
  }),
  measure("ladder alone (chooseNextAction)", (i) => chooseNextAction(account(i), asOf, defaultPolicy).action),
];

const format = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
console.log(`Dunning Desk engine benchmark — ${format.format(ROWS)} synthetic rows, Node ${process.version}\n`);
console.log("what                                   evaluations   seconds   evaluations/s");
for (const r of results) {
  const perSecond = r.evaluations / r.seconds;
  console.log(`${r.name.padEnd(38)} ${format.format(r.evaluations).padStart(11)} ${r.seconds.toFixed(2).padStart(9)} ${format.format(perSecond / 1e6).padStart(10)} M/s`);
}
const rate = (name: string) => {
  const r = results.find((x) => x.name === name);
  return r ? r.evaluations / r.seconds : 0;
};
console.log(`\nwrapper ÷ engine: NEXTACTION ${(rate("NEXTACTION wrapper (default policy)") / rate("NEXTACTION engine")).toFixed(2)}, ` +
  `with a policy range ${(rate("NEXTACTION wrapper (policy range)") / rate("NEXTACTION engine")).toFixed(2)}, ` +
  `SETTLEOFFER ${(rate("SETTLEOFFER wrapper") / rate("SETTLEOFFER engine")).toFixed(2)}`);
const same = JSON.stringify([...(results[0]?.tally ?? [])].sort()) === JSON.stringify([...(results[1]?.tally ?? [])].sort());
console.log(`engine and wrapper agree on every row: ${same ? "yes" : "NO"}`);
console.log("actions over the rows:", Object.fromEntries([...(results[0]?.tally ?? [])].sort((a, b) => b[1] - a[1])));
console.log("offers over the rows:", Object.fromEntries(results[3]?.tally ?? []));
if (!same) process.exitCode = 1;
