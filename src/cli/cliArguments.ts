import { currencyCode } from "../core/currency/currencyCode";
import { languageOf, type Language } from "../mail/language";

export type CommandName = "analyze" | "annotate" | "remind" | "mark-sent" | "customers" | "today" | "record";

/** The command line as parsed: the command, the workbook and every option (null when not given). */
export interface CliArguments {
  readonly command: CommandName | "help" | "version";
  readonly file: string | null;
  readonly asOf: string | null;
  readonly policy: string | null;
  readonly sheet: string | null;
  readonly lang: Language | null;
  /** --currency: the list's currency (ISO 4217), over what the sheet says (a currency column still wins). */
  readonly currency: string | null;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly force: boolean;
  readonly inPlace: boolean;
  /** --no-backup: --in-place without the copy of the original beside it. */
  readonly noBackup: boolean;
  readonly overrideGap: boolean;
  /** --no-restore: annotate and remind leave the list as it is instead of restoring state from the Contact Log (analyze: does not look). */
  readonly noRestore: boolean;
  /** -o: the output workbook. */
  readonly output: string | null;
  /** --out (--drafts): annotate's output workbook, remind's folder of drafts. */
  readonly out: string | null;
  readonly from: string | null;
  readonly customers: readonly string[];
  /** mark-sent: the draft ids to mark (--draft, repeatable). */
  readonly drafts: readonly string[];
  /** mark-sent --all: every message of the Reminders sheet. */
  readonly all: boolean;
  /** mark-sent --by: who marks them (default: the OS user). */
  readonly by: string | null;
  /** today --draft: draft the worklist (as remind, with its --out and -o). */
  readonly draftList: boolean;
  /** record: the step (promise, plan, dispute, resolved, call), the word after the command. */
  readonly step: string | null;
  /** record --invoice: the invoice numbers to record on (repeatable). */
  readonly invoices: readonly string[];
  /** record --pay-by, --amount, --instalments, --first, --every, --note: the step's small form. */
  readonly payBy: string | null;
  readonly amount: string | null;
  readonly instalments: string | null;
  readonly first: string | null;
  readonly every: string | null;
  readonly note: string | null;
}

type ValueKey = "asOf" | "policy" | "sheet" | "lang" | "currency" | "output" | "out" | "from" | "customers" | "drafts" | "by" | "invoices" | "payBy" | "amount" | "instalments" | "first" | "every" | "note";
type FlagKey = "json" | "quiet" | "force" | "inPlace" | "noBackup" | "overrideGap" | "noRestore" | "all" | "draftList" | "help" | "version";

/** Every option: its spellings, and the commands it applies to. */
const valueOptions: Readonly<Record<ValueKey, { readonly names: readonly string[]; readonly commands: readonly CommandName[] }>> = {
  asOf: { names: ["--as-of"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  policy: { names: ["--policy"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  sheet: { names: ["--sheet"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  lang: { names: ["--lang"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  currency: { names: ["--currency"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  output: { names: ["-o", "--output"], commands: ["annotate", "remind", "mark-sent", "today", "record"] },
  out: { names: ["--out", "--drafts"], commands: ["annotate", "remind", "today"] },
  from: { names: ["--from"], commands: ["remind", "today"] },
  customers: { names: ["--customer"], commands: ["remind", "record"] },
  drafts: { names: ["--draft"], commands: ["mark-sent"] },
  by: { names: ["--by"], commands: ["mark-sent", "record"] },
  invoices: { names: ["--invoice"], commands: ["record"] },
  payBy: { names: ["--pay-by"], commands: ["record"] },
  amount: { names: ["--amount"], commands: ["record"] },
  instalments: { names: ["--instalments"], commands: ["record"] },
  first: { names: ["--first"], commands: ["record"] },
  every: { names: ["--every"], commands: ["record"] },
  note: { names: ["--note"], commands: ["record"] },
};
const flagOptions: Readonly<Record<FlagKey, { readonly names: readonly string[]; readonly commands: readonly CommandName[] }>> = {
  json: { names: ["--json"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  quiet: { names: ["--quiet", "-q"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  force: { names: ["--force", "-f"], commands: ["annotate", "remind", "mark-sent", "today", "record"] },
  inPlace: { names: ["--in-place"], commands: ["annotate", "remind", "mark-sent", "today", "record"] },
  noBackup: { names: ["--no-backup"], commands: ["annotate", "remind", "mark-sent", "today", "record"] },
  overrideGap: { names: ["--override-gap"], commands: ["remind"] },
  noRestore: { names: ["--no-restore"], commands: ["analyze", "annotate", "remind", "customers", "today"] },
  all: { names: ["--all"], commands: ["mark-sent"] },
  // today --draft is a flag; mark-sent --draft <id> a value: the command decides which.
  draftList: { names: ["--draft"], commands: ["today"] },
  help: { names: ["--help", "-h"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
  version: { names: ["--version", "-V"], commands: ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"] },
};
const commands: readonly string[] = ["analyze", "annotate", "remind", "mark-sent", "customers", "today", "record"];

/**
 * Parses the arguments after `dunning-desk`: a command, one workbook, options as `--name value`
 * or `--name=value` (`--` ends the options). An option the command does not take, a missing
 * value or a second workbook is a usage error with a message.
 *
 * @example
 * parseArguments(["analyze", "ar.xlsx", "--json"]) //=> { ok: true, arguments: { command: "analyze", file: "ar.xlsx", json: true, … } }
 * parseArguments(["analyze", "ar.xlsx", "--from", "x@y.z"]) //=> { ok: false, message: "--from is not an option of analyze" }
 */
export function parseArguments(argv: readonly string[]): { readonly ok: true; readonly arguments: CliArguments } | { readonly ok: false; readonly message: string } {
  const [first, ...rest] = argv;
  if (first === undefined || first === "help" || first === "--help" || first === "-h") return parsed({ command: "help" });
  if (first === "--version" || first === "-V") return parsed({ command: "version" });
  if (!commands.includes(first)) return { ok: false, message: first.startsWith("-") ? `give a command first (analyze, annotate, remind, mark-sent, customers, today or record), then ${first}` : `unknown command "${first}" (analyze, annotate, remind, mark-sent, customers, today or record)` };
  const command = first as CommandName;
  const values: Partial<Record<ValueKey, string>> = {};
  const flags = new Set<FlagKey>();
  const customers: string[] = [];
  const drafts: string[] = [];
  const invoices: string[] = [];
  const files: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? "";
    if (arg === "--") {
      files.push(...rest.slice(index + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      files.push(arg);
      continue;
    }
    const [name = arg, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    // A name may be a flag of one command and take a value in another (--draft): the command's own meaning first.
    const ofCommand = (spec: { readonly names: readonly string[]; readonly commands: readonly CommandName[] }) => spec.names.includes(name) && spec.commands.includes(command);
    const named = (spec: { readonly names: readonly string[] }) => spec.names.includes(name);
    const flagKeys = Object.keys(flagOptions) as FlagKey[];
    const valueKeys = Object.keys(valueOptions) as ValueKey[];
    const ownValue = valueKeys.find((key) => ofCommand(valueOptions[key]));
    const flag = ownValue ? undefined : (flagKeys.find((key) => ofCommand(flagOptions[key])) ?? flagKeys.find((key) => named(flagOptions[key])));
    const valued = flag ? undefined : (ownValue ?? valueKeys.find((key) => named(valueOptions[key])));
    const spec = flag ? flagOptions[flag] : valued ? valueOptions[valued] : null;
    if (!spec) return { ok: false, message: `unknown option ${name}` };
    if (!spec.commands.includes(command)) return { ok: false, message: `${name} is not an option of ${command}` };
    if (flag) {
      if (inline !== undefined) return { ok: false, message: `${name} takes no value` };
      flags.add(flag);
      continue;
    }
    const value = inline ?? rest[++index];
    if (value === undefined || (inline === undefined && value.startsWith("-") && value !== "-")) return { ok: false, message: `${name} needs a value` };
    if (valued === "customers") customers.push(value);
    else if (valued === "invoices") invoices.push(value);
    else if (valued === "drafts") drafts.push(value);
    else if (valued && values[valued] !== undefined && values[valued] !== value) return { ok: false, message: `${name} is given twice` };
    else if (valued) values[valued] = value;
  }
  if (flags.has("help")) return parsed({ command: "help" });
  if (flags.has("version")) return parsed({ command: "version" });
  // record names its step before the workbook: dunning-desk record promise ar.xlsx …
  const step = command === "record" ? (files.shift() ?? null) : null;
  if (command === "record" && step === null) return { ok: false, message: "record needs a step and a workbook: dunning-desk record <promise|plan|dispute|resolved|call> <file.xlsx>" };
  if (files.length === 0) return { ok: false, message: `${command} needs a workbook: dunning-desk ${command} <file.xlsx>` };
  if (files.length > 1) return { ok: false, message: `one workbook at a time (got ${files.map((file) => `"${file}"`).join(", ")})` };
  const lang = values.lang === undefined ? null : languageOf(values.lang);
  if (values.lang !== undefined && lang === null) return { ok: false, message: `--lang must be en, id, lv or th (got "${values.lang}")` };
  const currency = values.currency === undefined ? null : currencyCode(values.currency);
  if (values.currency !== undefined && (currency === null || currency === "dollar")) {
    return { ok: false, message: `--currency must be an ISO 4217 code such as EUR, USD, IDR or THB (got "${values.currency}")` };
  }
  return parsed({
    command, file: files[0] ?? null, asOf: values.asOf ?? null, policy: values.policy ?? null, sheet: values.sheet ?? null, lang,
    currency: currency === null || currency === "dollar" ? null : currency.code,
    json: flags.has("json"), quiet: flags.has("quiet"), force: flags.has("force"), inPlace: flags.has("inPlace"), noBackup: flags.has("noBackup"), overrideGap: flags.has("overrideGap"), noRestore: flags.has("noRestore"),
    output: values.output ?? null, out: values.out ?? null, from: values.from ?? null, customers,
    drafts, all: flags.has("all"), by: values.by ?? null, draftList: flags.has("draftList"),
    step, invoices, payBy: values.payBy ?? null, amount: values.amount ?? null, instalments: values.instalments ?? null, first: values.first ?? null, every: values.every ?? null, note: values.note ?? null,
  });
}

const none: CliArguments = {
  command: "help", file: null, asOf: null, policy: null, sheet: null, lang: null, currency: null, json: false, quiet: false, force: false,
  inPlace: false, noBackup: false, overrideGap: false, noRestore: false, output: null, out: null, from: null, customers: [], drafts: [], all: false, by: null,
  draftList: false,
  step: null, invoices: [], payBy: null, amount: null, instalments: null, first: null, every: null, note: null,
};

function parsed(given: Partial<CliArguments>): { readonly ok: true; readonly arguments: CliArguments } {
  return { ok: true, arguments: { ...none, ...given } };
}
