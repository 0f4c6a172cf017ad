const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SECONDS_PER_DAY = 86_400;
/** 31 Dec 9999 + 1: Excel shows ##### for a date or time serial outside 0 … 2,958,465. */
const LAST_SERIAL = 2_958_466;
const BUDDHIST_ERA_OFFSET = 543;

type Token =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "code"; readonly letter: "y" | "m" | "d" | "h" | "s" | "b"; readonly length: number }
  | { readonly kind: "elapsed"; readonly letter: "h" | "m" | "s"; readonly length: number }
  | { readonly kind: "fraction"; readonly digits: number }
  | { readonly kind: "meridiem"; readonly am: string; readonly pm: string };

/**
 * Whether a number format shows a date or a time (Excel's own test): it holds a day, month,
 * year, hour, minute or second code, or an elapsed-time code such as `[h]`, outside quoted
 * text, escaped characters and other bracketed tags (`[$-409]`, `[Red]`).
 *
 * @example
 * isDateTimeFormat("[h]:mm")    //=> true
 * isDateTimeFormat("#,##0.00")  //=> false
 */
export function isDateTimeFormat(format: string): boolean {
  return tokens(firstSection(format)).some((token) => token.kind === "code" || token.kind === "elapsed");
}

/**
 * A serial (1900 date system, time as the fraction of a day) as Excel shows it in a date or time
 * format: `m`/`mm` right after an hour code or right before a seconds code are minutes, otherwise
 * the month; `[h]`, `[m]`, `[s]` count elapsed time; `AM/PM` and `A/P` make a 12-hour clock;
 * `ss.00` shows fractions of a second. The time is rounded to the finest unit shown (a second, or
 * the fraction's last digit), as Excel rounds. Serial 60 is Excel's 29 Feb 1900, serial 0 is
 * "1900-01-00"; outside Excel's date range the text is `#####`, as in its cells.
 *
 * @example
 * dateTimeText(46358.26950, "yyyy-mm-dd hh:mm:ss") //=> "2026-12-02 06:28:05"
 * dateTimeText(1.5, "[h]:mm")                      //=> "36:00"
 * dateTimeText(0.75, "h:mm AM/PM")                 //=> "6:00 PM"
 */
export function dateTimeText(serial: number, format: string): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL) return "#####";
  const parts = tokens(firstSection(format));
  const digits = Math.min(3, Math.max(0, ...parts.map((token) => (token.kind === "fraction" ? token.digits : 0))));
  const clock = clockOf(serial, digits);
  const twelveHour = parts.some((token) => token.kind === "meridiem");
  const minuteAt = minuteCodes(parts);
  return parts.map((token, index) => shown(token, clock, { twelveHour, minute: minuteAt.has(index), digits })).join("");
}

interface Clock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Whole seconds since serial 0, for elapsed codes. */
  readonly totalSeconds: number;
  /** The fraction of the second, in units of the digits shown. */
  readonly fraction: number;
}

function clockOf(serial: number, digits: number): Clock {
  const scale = 10 ** digits;
  // One rounding, to the finest unit shown: 06:28:59.6 in hh:mm:ss is 06:29:00, as in Excel.
  const units = Math.round(serial * SECONDS_PER_DAY * scale);
  const totalSeconds = Math.floor(units / scale);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const ofDay = totalSeconds - days * SECONDS_PER_DAY;
  return {
    ...calendarDay(days),
    // Excel counts serial 1 (1 Jan 1900) as a Sunday, and its fictitious 29 Feb keeps the count.
    weekday: (days + 6) % 7,
    hour: Math.floor(ofDay / 3600),
    minute: Math.floor(ofDay / 60) % 60,
    second: ofDay % 60,
    totalSeconds,
    fraction: units - totalSeconds * scale,
  };
}

/** Year, month (1–12) and day of a whole serial, with Excel's 1900 quirks (serial 0 and 60). */
function calendarDay(days: number): { year: number; month: number; day: number } {
  if (days === 0) return { year: 1900, month: 1, day: 0 };
  if (days === 60) return { year: 1900, month: 2, day: 29 };
  // Before the fictitious 29 Feb 1900 every serial is one day later than from 1899-12-30.
  const date = new Date(Date.UTC(1899, 11, 30 + days + (days < 60 ? 1 : 0)));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Indexes of the `m`/`mm` codes that mean minutes: after an hour code, or before a seconds code. */
function minuteCodes(parts: readonly Token[]): Set<number> {
  const codes = parts.flatMap((token, index) => (token.kind === "code" || token.kind === "elapsed" ? [{ token, index }] : []));
  const minutes = new Set<number>();
  codes.forEach(({ token, index }, at) => {
    if (token.kind !== "code" || token.letter !== "m" || token.length > 2) return;
    const before = codes[at - 1]?.token;
    const after = codes[at + 1]?.token;
    if ((before && "letter" in before && before.letter === "h") || (after && "letter" in after && after.letter === "s")) minutes.add(index);
  });
  return minutes;
}

function shown(token: Token, clock: Clock, options: { twelveHour: boolean; minute: boolean; digits: number }): string {
  switch (token.kind) {
    case "literal":
      return token.text;
    case "meridiem":
      return clock.hour < 12 ? token.am : token.pm;
    case "fraction":
      return `.${String(clock.fraction).padStart(options.digits, "0").slice(0, token.digits)}`;
    case "elapsed": {
      const divisor = token.letter === "h" ? 3600 : token.letter === "m" ? 60 : 1;
      return pad(Math.floor(clock.totalSeconds / divisor), token.length);
    }
    case "code":
      return codeText(token.letter, token.length, clock, options);
  }
}

function codeText(letter: "y" | "m" | "d" | "h" | "s" | "b", length: number, clock: Clock, options: { twelveHour: boolean; minute: boolean }): string {
  switch (letter) {
    case "y":
      return length <= 2 ? pad(clock.year % 100, 2) : String(clock.year);
    case "b":
      return length <= 2 ? pad((clock.year + BUDDHIST_ERA_OFFSET) % 100, 2) : String(clock.year + BUDDHIST_ERA_OFFSET);
    case "d":
      return length <= 2 ? pad(clock.day, length) : length === 3 ? (WEEKDAYS[clock.weekday] ?? "").slice(0, 3) : (WEEKDAYS[clock.weekday] ?? "");
    case "h":
      return pad(options.twelveHour ? clock.hour % 12 || 12 : clock.hour, Math.min(length, 2));
    case "s":
      return pad(clock.second, Math.min(length, 2));
    case "m":
      if (options.minute) return pad(clock.minute, length);
      return monthText(clock.month, length);
  }
}

function monthText(month: number, length: number): string {
  const name = MONTHS[month - 1] ?? "";
  if (length <= 2) return pad(month, length);
  if (length === 3) return name.slice(0, 3);
  return length === 5 ? name.slice(0, 1) : name;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

/** The first of a format's `;`-separated sections (a date shows in the first), quotes respected. */
function firstSection(format: string): string {
  let quoted = false;
  for (let index = 0; index < format.length; index += 1) {
    const char = format[index];
    if (char === '"') quoted = !quoted;
    else if (char === "\\" && !quoted) index += 1;
    else if (char === ";" && !quoted) return format.slice(0, index);
  }
  return format;
}

/** A format section as literals and codes, in Excel's reading of its characters. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  let index = 0;
  const literal = (text: string): void => void out.push({ kind: "literal", text });
  while (index < section.length) {
    const rest = section.slice(index);
    const char = section[index] ?? "";
    const run = (/^([yYmMdDhHsSbB])\1*/.exec(rest) ?? [""])[0];
    if (char === '"') {
      const end = section.indexOf('"', index + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(index + 1, stop));
      index = stop + 1;
    } else if (char === "\\") {
      literal(section[index + 1] ?? "");
      index += 2;
    } else if (char === "_") {
      // _x leaves the width of x: a space is the closest a text can show.
      literal(" ");
      index += 2;
    } else if (char === "*") {
      index += 2; // *x fills the cell with x: nothing to show in a text.
    } else if (char === "[") {
      const end = section.indexOf("]", index);
      const stop = end < 0 ? section.length : end;
      const elapsed = /^\[([hH]+|[mM]+|[sS]+)\]$/.exec(section.slice(index, stop + 1));
      const inner = elapsed?.[1];
      if (inner) out.push({ kind: "elapsed", letter: inner[0]?.toLowerCase() as "h" | "m" | "s", length: inner.length });
      index = stop + 1;
    } else if (/^am\/pm/i.test(rest)) {
      out.push({ kind: "meridiem", am: "AM", pm: "PM" });
      index += 5;
    } else if (/^a\/p/i.test(rest)) {
      out.push({ kind: "meridiem", am: rest[0] ?? "A", pm: rest[2] ?? "P" });
      index += 3;
    } else if (run) {
      out.push({ kind: "code", letter: run[0]?.toLowerCase() as "y" | "m" | "d" | "h" | "s" | "b", length: run.length });
      index += run.length;
    } else if (char === "." && /^\.0+/.test(rest) && followsSeconds(out)) {
      const digits = (/^\.(0+)/.exec(rest)?.[1] ?? "").length;
      out.push({ kind: "fraction", digits });
      index += digits + 1;
    } else {
      literal(char);
      index += 1;
    }
  }
  return out;
}

/** Whether the last code read is a seconds code (`ss.00` is a fraction of a second). */
function followsSeconds(out: readonly Token[]): boolean {
  for (let index = out.length - 1; index >= 0; index -= 1) {
    const token = out[index];
    if (token?.kind === "code" || token?.kind === "elapsed") return token.letter === "s";
  }
  return false;
}
