/*
 * Drafting and zipping 10,000 messages for 2,000 customers: reminderGroups over every invoice
 * (2,000 customers × 5 currencies, 2–6 invoices each), renderReminder with the built-in
 * template of every draft and letter, buildEml for every draft with an address, and zipFiles
 * of all the .eml files. One cold pass, as the pane runs it; time, messages per second,
 * the zip's size and memory (rss and heap after each phase) are printed. Run: npm run bench.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Day } from "../src/core/days";
import { defaultPolicy } from "../src/core/policy";
import { defaultReminderOptions, type DraftRequest } from "../src/mail/draftRequest";
import { checkAddressList, type AddressProblem, type Mailbox } from "../src/mail/headers";
import { reminderGroups } from "../src/mail/reminderGroups";
import { builtInTemplate, renderReminder, type RenderedMessage } from "../src/mail/render";
import { zipFiles, type ZipEntry } from "../src/mail/zip";
import { AS_OF_DAY, CURRENCIES, syntheticInvoices } from "./syntheticInvoices";

const CUSTOMERS = 2_000;
const SENDER = "Accounts receivable, Example Ltd";
const FROM: Mailbox = { name: "Finanšu nodaļa, SIA \"Piemērs\"", address: "ar@example.com" };

/** `buildEml` of src/mail/eml.ts (see `loadBuildEml` for why it is not imported). */
type BuildEml = (
  message: RenderedMessage,
  envelope: { readonly from: Mailbox; readonly to: readonly Mailbox[]; readonly cc: readonly Mailbox[]; readonly day: Day },
) => { readonly ok: true; readonly eml: string } | AddressProblem;

/**
 * src/mail/eml.ts, loaded around two snags of running it in Node (jest works around both in
 * jest.config.js and ts-jest; webpack has neither):
 * - bench/tsconfig.json resolves modules as "node10", which ignores package.json "exports",
 *   so importing eml.ts fails to compile ("Cannot find module 'mimetext/browser'"). It is
 *   transpiled on its own instead (typescript.transpileModule, in a child process so the
 *   compiler stays out of the memory measured) next to the rest of the compiled src/.
 * - mimetext's package is "type": "module", so Node reads its CommonJS build (and the ESM-only
 *   babel helpers it requires) as ES modules and gets an empty module. As jest's
 *   moduleNameMapper does, that file is loaded as CommonJS, with the CommonJS helpers.
 */
function loadBuildEml(): BuildEml {
  const root = join(__dirname, "..", "..", "..");
  const target = join(__dirname, "..", "src", "mail", "eml.js");
  const transpile = `const ts = require("typescript"); const fs = require("node:fs");
    const [source, target] = process.argv.slice(1);
    const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };
    fs.writeFileSync(target, ts.transpileModule(fs.readFileSync(source, "utf8"), { compilerOptions: options, fileName: source }).outputText);`;
  execFileSync(process.execPath, ["-e", transpile, join(root, "src", "mail", "eml.ts"), target], { cwd: root, stdio: "inherit" });

  type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
  interface Loader {
    _load: Load;
    _resolveFilename(request: string, parent: unknown, isMain: boolean): string;
    _nodeModulePaths(from: string): string[];
    _cache: Record<string, { exports: unknown } | undefined>;
    new (id: string, parent: unknown): { filename: string; paths: string[]; loaded: boolean; exports: unknown; _compile(source: string, filename: string): void };
  }
  const loader = Module as unknown as Loader;
  const load = loader._load;
  loader._load = function (this: unknown, request, parent, isMain) {
    const mapped = request.replace(/^@babel\/runtime-corejs3\/helpers\/esm\//, "@babel/runtime-corejs3/helpers/");
    if (mapped !== "mimetext/browser") return load.call(this, mapped, parent, isMain);
    const filename = loader._resolveFilename(mapped, parent, isMain);
    const cached = loader._cache[filename];
    if (cached) return cached.exports;
    const copy = new loader(filename, parent);
    copy.filename = filename;
    copy.paths = loader._nodeModulePaths(dirname(filename));
    loader._cache[filename] = copy;
    copy._compile(readFileSync(filename, "utf8"), filename);
    copy.loaded = true;
    return copy.exports;
  };
  const { buildEml } = createRequire(__filename)(target) as { buildEml: BuildEml };
  return buildEml;
}

interface Phase {
  readonly name: string;
  readonly items: number;
  readonly seconds: number;
  readonly rss: number;
  readonly heapUsed: number;
}

const MB = 1_048_576;

function timed<T>(run: () => T): { value: T; seconds: number } {
  const start = process.hrtime.bigint();
  const value = run();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** The draft's recipients as mailboxes: the customer's name on its addresses (none on the internal Ask-sales note). */
function envelopeOf(draft: DraftRequest) {
  const list = checkAddressList(draft.to ?? "");
  if (!list.ok) throw new Error(`${draft.customer}: ${list.message}`);
  const name = draft.stage === "Ask sales" ? "" : draft.customer;
  return {
    from: FROM,
    to: list.addresses.map((address) => ({ name, address })),
    cc: draft.cc.map((address) => ({ name: "", address })),
    day: AS_OF_DAY,
  };
}

function main(): void {
  const buildEml = loadBuildEml();
  const data = syntheticInvoices(CUSTOMERS);
  global.gc?.();
  const baseline = process.memoryUsage();
  const phases: Phase[] = [];
  const record = (name: string, items: number, seconds: number) => {
    const memory = process.memoryUsage();
    phases.push({ name, items, seconds, rss: memory.rss, heapUsed: memory.heapUsed });
  };
  const failures: string[] = [];

  // (a) Group every invoice into drafts, letters and skipped rows.
  const grouped = timed(() => reminderGroups(data.invoices, AS_OF_DAY, defaultPolicy, defaultReminderOptions));
  const { drafts, letters, skipped } = grouped.value;
  const messages = [...drafts, ...letters];
  record("reminderGroups", messages.length, grouped.seconds);

  // (b) Render every draft and letter with its stage's built-in template.
  const rendered = timed(() => messages.map((draft) => {
    const result = renderReminder(builtInTemplate(draft), draft, SENDER);
    if (result.ok) return result.message;
    failures.push(`render ${draft.customer} ${draft.currency} ${draft.stage}/${draft.language}: ${result.message}`);
    return null;
  }));
  record("renderReminder", messages.length, rendered.seconds);

  // (c) An .eml for every draft with an address (letters have none).
  const emails = timed(() => drafts.map((draft, index): ZipEntry | null => {
    const message = rendered.value[index] as RenderedMessage | null;
    if (message === null) return null;
    const result = buildEml(message, envelopeOf(draft));
    if (result.ok) return { name: `${draft.customer} - ${draft.currency} - ${draft.stage}.eml`, text: result.eml };
    failures.push(`eml ${draft.customer} ${draft.currency}: ${result.message}`);
    return null;
  }));
  const entries = emails.value.filter((entry) => entry !== null);
  record("buildEml", drafts.length, emails.seconds);

  // (d) One zip of all the .eml files.
  const zipped = timed(() => zipFiles(entries, AS_OF_DAY));
  record("zipFiles", entries.length, zipped.seconds);
  const peak = process.resourceUsage().maxRSS * 1024;

  const format = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  const emlBytes = entries.reduce((sum, entry) => sum + Buffer.byteLength(entry.text, "utf8"), 0);
  console.log(`Dunning Desk mail benchmark — ${format.format(data.customers)} customers × ${CURRENCIES.length} currencies, ` +
    `${format.format(data.invoices.length)} invoices, Node ${process.version}\n`);
  console.log("phase            messages   seconds   messages/s   rss MB  heap MB");
  for (const p of phases) {
    const cells = [
      p.name.padEnd(15),
      format.format(p.items).padStart(9),
      p.seconds.toFixed(3).padStart(9),
      format.format(p.items / p.seconds).padStart(12),
      (p.rss / MB).toFixed(0).padStart(8),
      (p.heapUsed / MB).toFixed(0).padStart(8),
    ];
    console.log(cells.join(" "));
  }
  const total = phases.reduce((sum, p) => sum + p.seconds, 0);
  console.log(`${"total".padEnd(15)} ${format.format(messages.length).padStart(9)} ${total.toFixed(3).padStart(9)} ${format.format(messages.length / total).padStart(12)}`);

  const heapEnd = phases[phases.length - 1]?.heapUsed ?? baseline.heapUsed;
  console.log(`\nzip: ${format.format(entries.length)} .eml files, ${(emlBytes / MB).toFixed(1)} MB of .eml → ${(zipped.value.byteLength / MB).toFixed(1)} MB zip ` +
    `(${((zipped.value.byteLength / emlBytes) * 100).toFixed(0)}%), ${format.format(emlBytes / Math.max(entries.length, 1))} bytes per .eml`);
  console.log(`memory: peak rss ${(Math.max(...phases.map((p) => p.rss)) / MB).toFixed(0)} MB sampled, ${(peak / MB).toFixed(0)} MB max (OS), ` +
    `peak heap ${(Math.max(...phases.map((p) => p.heapUsed)) / MB).toFixed(0)} MB, ` +
    `heap delta ${((heapEnd - baseline.heapUsed) / MB).toFixed(0)} MB over the ${(baseline.heapUsed / MB).toFixed(0)} MB holding the invoices`);

  const tally = new Map<string, number>();
  for (const draft of messages) tally.set(draft.stage, (tally.get(draft.stage) ?? 0) + 1);
  const reasons = new Map<string, number>();
  for (const row of skipped) reasons.set(row.code, (reasons.get(row.code) ?? 0) + 1);
  console.log(`drafts ${format.format(drafts.length)}, letters ${format.format(letters.length)}, skipped rows ${format.format(skipped.length)}`);
  console.log("stages over the messages:", Object.fromEntries([...tally].sort((a, b) => b[1] - a[1])));
  console.log("skipped rows by reason:", Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1])));

  const expected = { drafts: data.groups - data.letters, letters: data.letters, skipped: data.skippedRows };
  if (drafts.length !== expected.drafts || letters.length !== expected.letters || skipped.length !== expected.skipped) {
    failures.push(`expected drafts ${expected.drafts}, letters ${expected.letters}, skipped rows ${expected.skipped}; ` +
      `got ${drafts.length}, ${letters.length}, ${skipped.length}`);
  }
  if (entries.length !== drafts.length) failures.push(`${drafts.length - entries.length} drafts have no .eml`);
  if (failures.length > 0) {
    console.log(`\nFAILED (${failures.length}):`);
    for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
    process.exitCode = 1;
  } else {
    console.log(`every message rendered, every draft became an .eml: yes`);
  }
}

main();
