/**
 * The words that introduce a report's as-of date on its title lines, per language, in one
 * catalog a reviewer can correct without reading code: "As of 23 Nov 2026" (QuickBooks, MYOB),
 * "As at 30/11/2026" (Xero, Sage), "Per 30 November 2026" and "Per tanggal 30/11/2026"
 * (Accurate and other Indonesian reports), "Uz 2026. gada 30. novembri" and "Stāvoklis uz
 * 30.11.2026" (Latvian), "ณ วันที่ 30/11/2569" (Thai). Matched ignoring case; a space in an
 * entry matches any run of spaces.
 *
 * @example
 * asOfWords.lv //=> ["stāvoklis uz", "uz"]
 */
export const asOfWords: Readonly<Record<"en" | "id" | "lv" | "th", readonly string[]>> = {
  en: ["as of", "as at", "as on", "balance at", "aged as of", "report date"],
  id: ["per tanggal", "per tgl", "per", "sampai dengan tanggal", "sampai dengan", "s/d", "hingga tanggal", "hingga", "tanggal laporan"],
  lv: ["stāvoklis uz", "uz", "atskaites datums"],
  th: ["ณ วันที่", "ณ", "ถึงวันที่", "วันที่รายงาน"],
};
