/*
 * The hostile corpus (issue 13): test/fixtures/hostile/, written by scripts/make-hostile-corpus.mjs
 * and scripts/make-hostile-names.mjs, one workbook per bullet of the issue. Here: which bullet each
 * file stands for and what the desk must do with it, shared by the built command line's test
 * (test/cli/hostileCorpus.bin.ts) and browser mode's (test/e2e/hostileCorpus.test.ts), and the
 * check both make of every saved file: each of the user's formulas, with its cached result, as it was.
 */
import { strFromU8 } from "fflate";
import { join } from "node:path";
import { entriesOf, sheetPath } from "../package/packageDiff";

export const hostileDir = join(__dirname, "..", "fixtures", "hostile");

/** One file of the corpus and what the desk must do with it (read as of 2026-02-15). */
export interface HostileFile {
  readonly file: string;
  /** The bullet of issue 13 it stands for. */
  readonly bullet: string;
  /** Invoices the list holds (rows with a due date and a balance). */
  readonly invoices: number;
  /** Messages `remind` drafts (emails and letters). */
  readonly drafts: number;
  /** mark-sent --all without --force: "marked" (exit 0), "nothing" (exit 0, nothing to mark) or "refused" (exit 8, formulas in its cells). */
  readonly markSent: "marked" | "nothing" | "refused";
}

export const hostileCorpus: readonly HostileFile[] = [
  { file: "user-formulas-three-sheets.xlsx", bullet: "user formulas on three sheets", invoices: 3, drafts: 2, markSent: "marked" },
  { file: "one-invoice.xlsx", bullet: "a one-invoice list", invoices: 1, drafts: 1, markSent: "marked" },
  { file: "empty-list.xlsx", bullet: "an empty list", invoices: 0, drafts: 0, markSent: "nothing" },
  { file: "only-credit-notes.xlsx", bullet: "a list of only credit notes", invoices: 2, drafts: 0, markSent: "nothing" },
  { file: "literal-formulas-in-list.xlsx", bullet: "formulas with literal arguments in list cells", invoices: 3, drafts: 2, markSent: "marked" },
  { file: "long-digit-strings.xlsx", bullet: "32,767-digit strings in every readable field", invoices: 7, drafts: 1, markSent: "marked" },
  { file: "fuzzed-values.xlsx", bullet: "values fuzzers found: huge numbers, 1899 dates, text where dates go", invoices: 6, drafts: 4, markSent: "marked" },
  { file: "formulas-in-contact-columns.xlsx", bullet: "a formula in Last contact and in Reminders sent", invoices: 3, drafts: 3, markSent: "refused" },
  { file: "invoices-to-swap.xlsx", bullet: "two invoices of one customer to swap", invoices: 4, drafts: 2, markSent: "marked" },
  { file: "long-names.xlsx", bullet: "32,767-character customer names", invoices: 7, drafts: 4, markSent: "marked" },
  { file: "bidi-and-control-names.xlsx", bullet: "U+202E and other control characters in names", invoices: 9, drafts: 5, markSent: "marked" },
];

/** invoices-to-swap.xlsx: the 0-based sheet rows of the two invoices of Northwind Traders. */
export const SWAP_ROWS = [4, 5] as const;

/** Bidi controls and terminal escapes: none may reach a terminal, a header or a file name. */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARACTERS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u001b]/;

/** The names of a package's sheets, in workbook order. */
export function sheetNames(bytes: Uint8Array): string[] {
  const workbook = strFromU8(entriesOf(bytes)["xl/workbook.xml"] ?? new Uint8Array());
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((match) => (match[1] ?? "").replace(/&amp;/g, "&").replace(/&apos;/g, "'"));
}

/** Every formula cell of a sheet part, as its XML: the formula and its cached result together. */
export function formulaCells(bytes: Uint8Array, sheet: string): string[] {
  const xml = strFromU8(entriesOf(bytes)[sheetPath(bytes, sheet)] ?? new Uint8Array());
  return [...xml.matchAll(/<c\b[^>]*>(?:(?!<\/c>)[\s\S])*?<f\b[\s\S]*?<\/c>/g)].map((match) => match[0]);
}

/**
 * The user's formula cells of `before` missing from `after` (changed formula, cached result, or
 * gone), per sheet; an empty list for every sheet when all are kept byte for byte.
 */
export function lostUserFormulas(before: Uint8Array, after: Uint8Array): { sheet: string; lost: string[] }[] {
  return sheetNames(before).map((sheet) => {
    const kept = new Set(formulaCells(after, sheet));
    return { sheet, lost: formulaCells(before, sheet).filter((cell) => !kept.has(cell)) };
  });
}
