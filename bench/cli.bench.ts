/*
 * The command line on a 100,000-row aging workbook: (a) ExcelJS alone reading and writing the
 * file, (b) `dunning-desk annotate` on it (the built bin: read, find the list, analyse, six AR
 * columns with cached values, summary and policy sheets, write). Both run in a child process
 * under /usr/bin/time -v, so each gets a fresh heap and its peak memory (max RSS) is measured
 * the same way. Prints wall and CPU times, the ratio (issue 11 aims at ≤ 1.0) and peak memory
 * (aim ≤ 1,200 MB): counts, not assertions. CPU seconds (user + system) are steadier than wall
 * seconds on a machine others share.
 * Run: npm run bench.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AS_OF_SERIAL, syntheticRows } from "./syntheticRows";

const ROWS = 100_000;
const root = join(__dirname, "..", "..", "..");
const HEADER = ["Customer", "Invoice", "Due date", "Balance", "Email", "Last contact", "Reminders sent", "Status", "Promise date"];

/** Excel serial (1900 system) to a JavaScript date, as ExcelJS writes date cells. */
function dateOf(serial: number): Date {
  return new Date((serial - 25_569) * 86_400_000);
}

async function writeAgingWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  sheet.addRow(HEADER);
  syntheticRows(ROWS).forEach((row, index) => {
    const customer = index % 5_000;
    sheet.addRow([
      `Customer ${customer}`, `INV-${100_000 + index}`, dateOf(row.dueSerial), row.balance, `ar${customer}@example.com`,
      row.lastContactSerial === null ? null : dateOf(row.lastContactSerial), row.remindersSent, row.status,
      row.promiseSerial === null ? null : dateOf(row.promiseSerial),
    ]);
  });
  for (const column of [3, 6, 9]) sheet.getColumn(column).numFmt = "yyyy-mm-dd";
  sheet.getColumn(4).numFmt = "#,##0.00";
  await workbook.xlsx.writeFile(path);
}

interface Measured {
  readonly seconds: number;
  /** User plus system CPU seconds, from /usr/bin/time -v (null without it). */
  readonly cpuSeconds: number | null;
  readonly peakMb: number | null;
  readonly status: number | null;
}

/** Runs node with arguments in a child, timed, with its max RSS from /usr/bin/time -v when there is one. */
function measure(args: readonly string[]): Measured {
  const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  const started = performance.now();
  const result = time
    ? spawnSync(time, ["-v", process.execPath, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? "");
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr ?? "");
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr ?? "");
  if (result.status !== 0) console.log(`  (exit ${String(result.status)}) ${(result.stderr ?? "").split("\n").slice(0, 5).join("\n  ")}`);
  const cpuSeconds = user?.[1] && system?.[1] ? Number(user[1]) + Number(system[1]) : null;
  return { seconds, cpuSeconds, peakMb: peak?.[1] ? Number(peak[1]) / 1024 : null, status: result.status };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "dunning-desk-bench-"));
  const input = join(folder, "aging-100k.xlsx");
  let started = performance.now();
  await writeAgingWorkbook(input);
  console.log(`generated ${ROWS.toLocaleString("en-US")} rows × ${HEADER.length} columns in ${((performance.now() - started) / 1000).toFixed(1)} s (${(statSync(input).size / 1_048_576).toFixed(1)} MB)`);
  const bin = join(root, "bin", "dunning-desk.js");
  started = performance.now();
  execFileSync(process.execPath, [bin, "--version"], { cwd: root, stdio: "pipe" }); // builds dist-cli/ if stale: not timed
  console.log(`CLI ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const script = join(folder, "exceljs-roundtrip.js");
  writeFileSync(script, `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
    (async () => { const workbook = new ExcelJS.Workbook(); await workbook.xlsx.readFile(process.argv[2]); await workbook.xlsx.writeFile(process.argv[3]); })();`);
  const asOf = new Date((AS_OF_SERIAL - 25_569) * 86_400_000).toISOString().slice(0, 10);
  const plain = measure([script, input, join(folder, "exceljs-out.xlsx")]);
  const annotate = measure([bin, "annotate", input, "-o", join(folder, "annotated.xlsx"), "--as-of", asOf, "--quiet", "--force"]);
  // The annotated file has six more columns (formulas with cached results): ExcelJS alone
  // reading and writing THAT file is the library's share of (b), so (b)/(c) is our overhead.
  const output = join(folder, "annotated.xlsx");
  const library = existsSync(output) ? measure([script, output, join(folder, "exceljs-out-2.xlsx")]) : null;
  const mb = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(0)} MB`);
  const cpu = (value: number | null) => (value === null ? "n/a" : value.toFixed(2));
  const line = (label: string, measured: Measured) => console.log(`${label.padEnd(47)}${measured.seconds.toFixed(2).padStart(6)}   ${cpu(measured.cpuSeconds).padStart(6)}   ${mb(measured.peakMb).padStart(8)}`);
  console.log("step                                           wall s    cpu s   peak RSS");
  line("(a) ExcelJS read + write of the input", plain);
  line("(b) dunning-desk annotate", annotate);
  if (library) line("(c) ExcelJS read + write of the annotated file", library);
  const ratio = (b: number | null, a: number | null) => (a === null || b === null || a === 0 ? "n/a" : (b / a).toFixed(2));
  if (library) console.log(`ratio (b)/(c): wall ${ratio(annotate.seconds, library.seconds)}, cpu ${ratio(annotate.cpuSeconds, library.cpuSeconds)} (the CLI against the library on the same output)`);
  console.log(`ratio (b)/(a): wall ${ratio(annotate.seconds, plain.seconds)}, cpu ${ratio(annotate.cpuSeconds, plain.cpuSeconds)} (aim ≤ 1.0)`);
  const size = statSync(output, { throwIfNoEntry: false })?.size;
  console.log(`annotate peak ${mb(annotate.peakMb)} (aim ≤ 1,200 MB); output ${size ? `${(size / 1_048_576).toFixed(1)} MB` : "missing"}`);
  rmSync(folder, { recursive: true, force: true });
}

void main();
