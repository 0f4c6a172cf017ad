/*
 * Round trips of the Excel adapter against the counting fake Excel: read an 8-column aging sheet
 * (readAgingData) and annotate it with the six AR columns (planArColumns + writeArColumns) at
 * 1,000, 100,000 and 1,000,000 rows. Prints syncs (round trips), queued requests, cells moved, the
 * largest batch, wall time and rows per round trip. Round trips must follow the payload (about
 * 2 MB per batch), not the row count. Run: npm run bench.
 */
import { findHeaderRow } from "../src/core/columns";
import { isFailure, planArColumns, readAgingData, writeArColumns } from "../src/excel";
import { createFakeExcel, type FakeStats } from "../test/support/fakeExcel";
import { AS_OF_SERIAL } from "./syntheticRows";

const SIZES = [1_000, 100_000, 1_000_000];
const HEADER = ["Customer", "Invoice", "Due date", "Balance", "Email", "Last contact", "Reminders", "Status"];
const STATUSES = ["", "", "", "disputed", "hardship", "sales asked"];

/** An aging sheet of `count` invoices (customers, emails and statuses from small pools, as real sheets repeat them). */
function sheetValues(count: number): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < count; i += 1) {
    const customer = `Customer ${i % 5_000}`;
    rows.push([customer, `INV-${100_000 + i}`, AS_OF_SERIAL - (i % 430) + 30, 50 + ((i * 7_919) % 49_950), `ar${i % 5_000}@example.com`, i % 3 === 0 ? AS_OF_SERIAL - (i % 30) : "", i % 6, STATUSES[i % STATUSES.length]]);
  }
  return rows;
}

interface Line {
  readonly rows: number;
  readonly step: string;
  readonly stats: FakeStats;
  readonly seconds: number;
}

async function measure(rows: number): Promise<Line[]> {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values: sheetValues(rows), columnFormats: { 2: "yyyy-mm-dd", 3: "#,##0.00", 5: "yyyy-mm-dd" } }] });
  fake.install();
  const lines: Line[] = [];
  let started = performance.now();
  const data = await readAgingData("auto");
  if (isFailure(data)) throw new Error(data.error);
  lines.push({ rows, step: "read", stats: { ...fake.stats }, seconds: (performance.now() - started) / 1000 });
  const header = findHeaderRow(data.values);
  if (!header.ok) throw new Error(header.message);
  fake.resetStats();
  started = performance.now();
  const written = await writeArColumns(planArColumns(data, header.row, header.mapping), { confirmOverwrite: false });
  if (!("ok" in written) || !written.ok) throw new Error(JSON.stringify(written));
  lines.push({ rows, step: "annotate", stats: { ...fake.stats }, seconds: (performance.now() - started) / 1000 });
  return lines;
}

function print(line: Line): void {
  const { rows, step, stats, seconds } = line;
  const cells = [
    rows.toLocaleString("en-US").padStart(9),
    step.padEnd(8),
    String(stats.syncs).padStart(6),
    String(stats.requests).padStart(8),
    stats.payloadCells.toLocaleString("en-US").padStart(12),
    (stats.maxSyncBytes / 1_048_576).toFixed(2).padStart(8),
    seconds.toFixed(2).padStart(7),
    Math.round(rows / stats.syncs).toLocaleString("en-US").padStart(9),
  ];
  console.log(cells.join("  "));
}

async function main(): Promise<void> {
  console.log("     rows  step       syncs  requests   cells moved  max MB   wall s  rows/sync");
  for (const rows of SIZES) {
    for (const line of await measure(rows)) print(line);
    global.gc?.();
  }
  const heap = process.memoryUsage();
  console.log(`peak-ish memory: rss ${(heap.rss / 1_048_576).toFixed(0)} MB, heap ${(heap.heapUsed / 1_048_576).toFixed(0)} MB`);
}

void main();
