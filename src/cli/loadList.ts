import { analyzeAgingList, type AgingList } from "../app/agingList";
import { locateAgingList } from "../app/locateAgingList";
import { workbookPolicy } from "../app/workbookPolicy";
import { dayFromIsoText, isoTextOfDay, type Day } from "../core/days";
import type { Policy } from "../core/policy";
import { findReportAsOf, type ReportAsOf } from "../core/reportAsOf";
import type { CliArguments } from "./cliArguments";
import type { CliIo, WorkbookFile } from "./cliIo";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import { openInput } from "./inputFile";
import { policyFromFile } from "./policyFile";
import type { ProgressLine } from "./progressLine";

/** How many rows above the list may hold the report's title lines. */
const TITLE_ROWS = 10;

/** Where the as-of day of a run came from. */
export type AsOfSource = "option" | "report" | "today";

/** Everything the three commands start from: the workbook open, the policy in force, the list analysed. */
export interface LoadedList {
  readonly ok: true;
  readonly path: string;
  readonly book: WorkbookFile;
  readonly asOf: Day;
  /** Where the as-of day came from: --as-of, the report's own title line, or today. */
  readonly asOfSource: AsOfSource;
  /** The as-of date the report states on a title line, whether used or not. */
  readonly reportAsOf: ReportAsOf | null;
  readonly policy: Policy;
  /** The user gave a policy (--policy or --lang): annotate writes it to the policy sheet. */
  readonly policyGiven: boolean;
  readonly list: AgingList;
  /** Things the user should know that do not stop the run (a broken policy sheet, …). */
  readonly warnings: readonly string[];
}

/**
 * Opens the workbook, settles the policy (defaults ← the workbook's policy sheet ← --policy ←
 * --lang), finds the aging list, settles the as-of day (--as-of, else the date the report's
 * title line states, else today) and analyses the list, as the pane's Load, Mapping and Analyze
 * steps do.
 *
 * @example
 * await loadList(io, args, progress) //=> { ok: true, path: "/w/ar.xlsx", asOf: 20499, list: { summary: {…}, … }, … }
 */
export async function loadList(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<LoadedList | CommandFailure> {
  const given = args.asOf === null ? io.today : dayFromIsoText(args.asOf);
  if (typeof given !== "number" || !/^\d{4}-\d{2}-\d{2}$/.test(args.asOf ?? isoTextOfDay(given))) {
    return failure(exitCodes.usage, `--as-of must be a date written yyyy-mm-dd, such as ${isoTextOfDay(io.today)} (got "${args.asOf ?? ""}").`);
  }
  const input = await openInput(io, args.file ?? "");
  if (!input.ok) return input;
  const warnings: string[] = [];
  const own = await workbookPolicy(input.book.port);
  if (own.warning) warnings.push(own.warning);
  warnings.push(...own.notices);
  let policy = own.policy;
  if (args.policy !== null) {
    const given = await policyFromFile(io, args.policy, policy);
    if (!given.ok) return given;
    policy = given.policy;
    warnings.push(...given.notices);
  }
  if (args.lang !== null) policy = { ...policy, language: args.lang };
  const located = await locateAgingList(input.book, args.sheet, progress.step("Reading rows"));
  progress.clear();
  if (!located.ok) return failure(exitCodes.noAgingList, located.message, { sheets: input.book.sheetNames() });
  let list = analyzeAgingList(located, policy, given, args.currency);
  if (!list.ok) return failure(exitCodes.internal, list.message);
  // The title's numeric date follows the order the list's own dates were read in.
  // The title lines may lie above the block read (a blank row ends the block around the header).
  const above = await input.book.port.readTitleRows(located.data, TITLE_ROWS);
  const titles = Array.isArray(above) ? above : [];
  const reportAsOf = findReportAsOf([...titles, ...located.data.values], titles.length + located.header.row, list.ledger.dateOrder.order, policy.dateSystem);
  const reportCell = reportAsOf === null ? null : { ...reportAsOf, row: reportAsOf.row - titles.length };
  const asOfSource: AsOfSource = args.asOf !== null ? "option" : reportAsOf !== null ? "report" : "today";
  const asOf = asOfSource === "report" && reportAsOf !== null ? reportAsOf.day : given;
  if (asOf !== given) list = analyzeAgingList(located, policy, asOf, args.currency);
  if (!list.ok) return failure(exitCodes.internal, list.message);
  const { question } = list.ledger.currency;
  if (question !== null) {
    return failure(exitCodes.currencyQuestion, `${list.data.sheetName}: ${question}. Run again with --currency and the list's code (for example --currency USD).`, { currency: list.ledger.currency });
  }
  return { ok: true, path: input.path, book: input.book, asOf, asOfSource, reportAsOf: reportCell, policy, policyGiven: args.policy !== null || args.lang !== null, list, warnings };
}
