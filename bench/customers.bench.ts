/*
 * The customer view and today's worklist (issue 14) over 100,000 invoices of 5,000 customers in
 * five currencies (bench/syntheticInvoices.ts): customerView (one line per customer and currency,
 * each with its step, reason, value at stake and 90-day plan) and todayList (who to contact, most
 * at stake first). One cold pass, then the best of three warm passes, as the CLI and the pane's
 * worker run them; CPU time, lines per second and memory are printed. Aim: under 1 s.
 * Run: npm run bench.
 */
import { customerView } from "../src/app/customerView";
import { todayList } from "../src/app/todayList";
import { defaultPolicy } from "../src/core/policy";
import { AS_OF_DAY, syntheticInvoices } from "./syntheticInvoices";

const CUSTOMERS = 5_000;
const MB = 1_048_576;

/** Process CPU time, not wall time: the figure holds on a loaded machine (other processes do not count). */
function seconds<T>(run: () => T): { value: T; seconds: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, seconds: (used.user + used.system) / 1e6 };
}

const data = syntheticInvoices(CUSTOMERS);
global.gc?.();
const before = process.memoryUsage().heapUsed;
const options = { defaultCurrency: "USD", policySets: [] };
const pass = () => {
  const lines = customerView(data.invoices, AS_OF_DAY, defaultPolicy, options);
  return { lines, today: todayList(lines, AS_OF_DAY, defaultPolicy) };
};
const cold = seconds(pass);
const heapAfter = process.memoryUsage().heapUsed;
const warm = Math.min(...[1, 2, 3].map(() => seconds(pass).seconds));
const view = seconds(() => customerView(data.invoices, AS_OF_DAY, defaultPolicy, options));
const today = seconds(() => todayList(view.value, AS_OF_DAY, defaultPolicy));
const { lines } = cold.value;
const steps = lines.reduce((sum, line) => sum + line.plan.length, 0);

const format = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
console.log(`Dunning Desk customer view benchmark — ${format.format(data.invoices.length)} invoices, ${format.format(CUSTOMERS)} customers × 5 currencies, Node ${process.version}\n`);
console.log(`customer lines ${format.format(lines.length)}, today ${format.format(cold.value.today.entries.length)}, plan steps ${format.format(steps)}`);
console.log(`CPU time, cold pass (view + today): ${cold.seconds.toFixed(3)} s; warm: ${warm.toFixed(3)} s (customerView ${view.seconds.toFixed(3)} s, todayList ${today.seconds.toFixed(3)} s)`);
console.log(`${format.format(data.invoices.length / warm)} invoices/s, ${format.format(lines.length / warm)} customer lines/s`);
console.log(`memory: heap +${((heapAfter - before) / MB).toFixed(0)} MB for the view, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`under 1 s (aim): ${warm < 1 ? "yes" : "NO"}`);
