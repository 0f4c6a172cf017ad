/** The character that starts the cents: "." in English and Thai sheets, "," in Indonesian and Latvian ones. */
export type DecimalSeparator = "." | ",";

import { MAX_AMOUNT } from "./money";

/**
 * Text longer than this is never a number: the largest amount the desk reads (MAX_AMOUNT) with
 * cents, every thousands separator, a currency code and a sign fits in well under 64
 * characters. Refusing longer text first keeps every reader linear in the cell's length: a
 * 32,767-character digit string costs one length check, not a regex walk (issue 13).
 */
export const LONGEST_NUMBER_TEXT = 64;
// Currency marks that may stand before or after the digits: symbols, "Rp", the region's ISO
// codes, "บาท". Only known codes: "INV123" in a balance cell must not read as 123.
const CODES = "USD|EUR|GBP|IDR|THB|SGD|MYR|PHP|VND|AUD|NZD|CAD|CHF|JPY|CNY|HKD|INR|SEK|NOK|DKK|PLN";
const CURRENCY = String.raw`(?:US\$|S\$|[$€£¥฿₹]|[Rr][Pp]\.?|${CODES}|บาท)`;
const START = new RegExp(String.raw`^(?:${CURRENCY}|[-+(])\s*`, "u");
const END = new RegExp(String.raw`\s*(?:${CURRENCY}|[-)]|CR|Cr)$`, "u");

/**
 * Reads an amount written as text, as accounting exports and hand-made sheets write them:
 * currency marks, thousands separators (",", ".", spaces, no-break spaces, "'") and negatives
 * as "-1", "1-", "(1)" or "1 CR". A single separator before exactly three digits ("1.234") is
 * read with the column's `separator`; any other shape decides for itself.
 *
 * @param text - the cell's text
 * @param separator - the column's decimal separator (see `inferDecimalSeparator`)
 * @returns the amount, or "notAnAmount"
 *
 * @example
 * readAmountText("Rp 1.234.567")      //=> 1234567
 * readAmountText("(1,234.00)")        //=> -1234
 * readAmountText("1 234,56 €")        //=> 1234.56
 * readAmountText("1.234", ",")        //=> 1234
 * readAmountText("1.234", ".")        //=> 1.234
 */
export function readAmountText(text: string, separator: DecimalSeparator = "."): number | "notAnAmount" {
  const parts = amountParts(text);
  if (parts === undefined) return "notAnAmount";
  const value = amountValue(parts, parts.decimal === "either" ? separator : parts.decimal);
  return value === "tooLargeAmount" ? "notAnAmount" : value;
}

/** What an amount text is made of: its digits, sign, currency marks and which separator could be the decimal one. */
export interface AmountParts {
  readonly digits: string;
  readonly negative: boolean;
  /** The marks stripped from both ends: "-", "(", "CR", "$", "Rp", "EUR" … */
  readonly marks: readonly string[];
  /** The decimal separator the digits prove, null for a whole number, "either" when one "." or "," stands before exactly three digits. */
  readonly decimal: DecimalSeparator | null | "either";
  /** The separator that "either" would be: the one mark in the digits. */
  readonly mark: DecimalSeparator | null;
}

/**
 * Splits an amount text into its parts, or undefined when it cannot be an amount in any locale
 * (also when it is longer than LONGEST_NUMBER_TEXT).
 *
 * @example
 * amountParts("Rp 12.500") //=> { digits: "12.500", negative: false, marks: ["Rp"], decimal: "either", mark: "." }
 * amountParts("INV123")    //=> undefined
 */
export function amountParts(text: string): AmountParts | undefined {
  const parts = splitSign(text);
  const shape = parts && shapeOf(parts.digits);
  if (!parts || !shape) return undefined;
  const mark = parts.digits.includes(".") ? "." : parts.digits.includes(",") ? "," : null;
  return { ...parts, decimal: shape.decimal, mark };
}

/**
 * The amount that parts make with `decimal` as the decimal separator: "notAnAmount" when the
 * grouping is not in threes, "tooLargeAmount" when the amount passes MAX_AMOUNT.
 *
 * @example
 * amountValue(amountParts("Rp 12.500")!, null) //=> 12500
 * amountValue(amountParts("12.500")!, ".")     //=> 12.5
 */
export function amountValue(parts: AmountParts, decimal: DecimalSeparator | null): number | "notAnAmount" | "tooLargeAmount" {
  const value = valueOf(parts.digits, decimal);
  if (value === undefined) return "notAnAmount";
  if (Math.abs(value) > MAX_AMOUNT) return "tooLargeAmount";
  return parts.negative && value !== 0 ? -value : value;
}

/**
 * The decimal separator that a single value proves, or null when it proves nothing
 * ("1.234", "100"). "1.234.567" proves "," (dots that repeat are thousands).
 *
 * @example
 * decimalEvidence("1.234.567")  //=> ","
 * decimalEvidence("$1,234.56")  //=> "."
 * decimalEvidence("1,234")      //=> null
 */
export function decimalEvidence(text: string): DecimalSeparator | null {
  const parts = splitSign(text);
  const shape = parts && shapeOf(parts.digits);
  if (!shape || shape.decimal === "either") return null;
  if (shape.decimal !== null) return shape.decimal;
  if (shape.group === ".") return ",";
  return shape.group === "," ? "." : null;
}

interface Shape {
  /** The decimal separator the digits prove, null for a whole number, "either" when it hangs on the column. */
  readonly decimal: DecimalSeparator | null | "either";
  readonly group: DecimalSeparator | null;
}

/** Strips currency marks and sign marks from both ends; undefined when no plain digits remain. */
function splitSign(text: string): { readonly digits: string; readonly negative: boolean; readonly marks: readonly string[] } | undefined {
  if (text.length > LONGEST_NUMBER_TEXT && text.trim().length > LONGEST_NUMBER_TEXT) return undefined;
  let rest = text.replace(/[\s\u00a0\u202f\u2009]+/g, " ").replace(/\u2212/g, "-").trim();
  const marks: string[] = [];
  for (let edge = edgeMark(rest); edge !== undefined; edge = edgeMark(rest)) {
    marks.push(edge.mark);
    rest = edge.rest;
  }
  const opened = marks.filter((mark) => mark === "(").length;
  const closed = marks.filter((mark) => mark === ")").length;
  const plain = /^(?:\d[\d.,' ]*|[.,]\d+)$/.test(rest) && /\d$/.test(rest);
  if (!plain || opened !== closed) return undefined;
  return { digits: rest, negative: marks.some((mark) => NEGATIVE_MARKS.has(mark)), marks };
}

const NEGATIVE_MARKS = new Set(["-", "(", "CR", "Cr"]);

/** The currency or sign mark at the start (else the end) of the text, and what is left. */
function edgeMark(text: string): { readonly mark: string; readonly rest: string } | undefined {
  const start = START.exec(text);
  if (start) return { mark: start[0].trim(), rest: text.slice(start[0].length) };
  const end = END.exec(text);
  return end ? { mark: end[0].trim(), rest: text.slice(0, text.length - end[0].length) } : undefined;
}

/** Which separator is the decimal one; undefined when the digits cannot be a number in any locale. */
function shapeOf(digits: string): Shape | undefined {
  const points = digits.split(".").length - 1;
  const commas = digits.split(",").length - 1;
  if (points > 0 && commas > 0) {
    const decimal = digits.lastIndexOf(".") > digits.lastIndexOf(",") ? "." : ",";
    const count = decimal === "." ? points : commas;
    return count === 1 ? { decimal, group: decimal === "." ? "," : "." } : undefined;
  }
  if (points + commas === 0) return { decimal: null, group: null };
  const mark = points > 0 ? "." : ",";
  if (points + commas > 1) return { decimal: null, group: mark };
  const [whole = "", fraction = ""] = digits.split(mark);
  // "1.234" could be either; "1.5", "0.123", "1234.567" and "1 234,567" can only be decimals.
  const couldGroup = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  return { decimal: couldGroup ? "either" : mark, group: null };
}

/** The number the digits make with `decimal` as the decimal separator; grouping must be in threes. */
function valueOf(digits: string, decimal: DecimalSeparator | null): number | undefined {
  const cut = decimal === null ? -1 : digits.lastIndexOf(decimal);
  const whole = cut < 0 ? digits : digits.slice(0, cut);
  const fraction = cut < 0 ? "" : digits.slice(cut + 1);
  if (!/^\d*$/.test(fraction)) return undefined;
  const groups = whole.split(/[.,' ]/);
  const grouped = groups.length === 1 || groups.every((group, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group));
  if (!grouped || (whole === "" && fraction === "")) return undefined;
  return Number(`${groups.join("") || "0"}.${fraction || "0"}`);
}
