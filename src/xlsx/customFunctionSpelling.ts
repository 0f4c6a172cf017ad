/*
 * How an .xlsx file spells a call of an add-in's JavaScript custom function. Excel saves
 * `=AR.NEXTACTION(…)` as `_xldudf_AR_NEXTACTION(…)`: the prefix `_xldudf_` and the namespace's
 * dot turned into an underscore. Sources: OfficeDev/Excel-Custom-Functions issue #108 (comment by
 * keyur32), OfficeDev/office-js issues #3558 and #5611. UNVERIFIED in a real Excel: if Excel
 * turns out to save another spelling, this is the one place to change (both spellings are read).
 */

import { shownTableFormula } from "./tableFormula";

/** The prefix Excel writes before a custom function's name in the file. */
export const FILE_FUNCTION_PREFIX = "_xldudf_";

/**
 * A formula as it goes into the file: every `AR.NAME(` becomes `_xldudf_AR_NAME(`; no leading "=".
 *
 * @example
 * fileFormula("=AR.NEXTACTION(F7,H7,,,,,DunningAsOf,DunningPolicy)") //=> "_xldudf_AR_NEXTACTION(F7,H7,,,,,DunningAsOf,DunningPolicy)"
 */
export function fileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body.replace(/(^|[^\w.])AR\.([A-Z][A-Z0-9]*)\(/g, `$1${FILE_FUNCTION_PREFIX}AR_$2(`);
}

/**
 * A formula as read from the file, spelled the way Excel shows it (with "="): either spelling
 * of a custom function call comes back as `AR.NAME(`.
 *
 * @example
 * shownFormula("_xldudf_AR_NEXTACTION(F7,H7)") //=> "=AR.NEXTACTION(F7,H7)"
 * shownFormula("SUM(B13:B18)") //=> "=SUM(B13:B18)"
 * shownFormula("_xldudf_AR_AGINGBUCKET(Invoices[[#This Row],[Days overdue]])") //=> "=AR.AGINGBUCKET([@[Days overdue]])"
 */
export function shownFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const shown = body.replace(/_xldudf_AR_([A-Z][A-Z0-9]*)\(/gi, (_, name: string) => `AR.${name.toUpperCase()}(`);
  // Only the desk's own calls: a user's formula may name another Table's row, which `[@…]` cannot say.
  return `=${shown.includes("[#") && /^AR\.[A-Z]+\(/.test(shown) ? shownTableFormula(shown) : shown}`;
}
