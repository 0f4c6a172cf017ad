import type { Day } from "./days";
import { foldLatinText } from "./headerText";
import type { Policy } from "./policy";
import { weekdayWords } from "./vocabulary/weekdayWords";

/** The days of the week as the policy names them, Sunday first (as `Date.getUTCDay`). */
export const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/**
 * The day of the week of a `Day`: 0 Sunday … 6 Saturday. Day 0, 1970-01-01, was a Thursday.
 *
 * @example
 * weekdayOf(20454) //=> 4 (2026-01-01, a Thursday)
 */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Whether the desk may contact a customer on a day: not a weekend day of the policy
 * (`weekend`, default Sat Sun) and not one of its `holiday <date>` rows (R17: contact on working
 * days only).
 *
 * @example
 * isWorkingDay(20457, defaultPolicy) //=> false (2026-01-04, a Sunday)
 */
export function isWorkingDay(day: Day, policy: Policy): boolean {
  return !weekendSet(policy.weekend).has(weekdayOf(day)) && !holidaySet(policy).has(day);
}

/**
 * The first working day on or after a day (see `isWorkingDay`). The policy never makes every
 * weekday a weekend day (`readPolicyTable` refuses it), and holidays are a finite list, so the
 * search ends.
 *
 * @example
 * nextWorkingDay(20456, defaultPolicy) //=> 20458 (Saturday 2026-01-03 → Monday 2026-01-05)
 */
export function nextWorkingDay(day: Day, policy: Policy): Day {
  let next = day;
  while (!isWorkingDay(next, policy)) next += 1;
  return next;
}

/**
 * Reads a weekend setting: day names in English, Indonesian, Latvian or Thai, their first three
 * letters or more, or their usual abbreviations ("Sabtu Minggu", "sestd. svētd.", "ส. อา."),
 * separated by spaces or commas ("Sat Sun", "Friday, Saturday"), or "none". Returns the canonical
 * (English) text, or null when a word is not a day or every day would be a weekend day.
 *
 * @example
 * readWeekend("saturday, SUN") //=> "Sat Sun"
 * readWeekend("Sabtu, Minggu") //=> "Sat Sun"
 * readWeekend("none")          //=> "none"
 * readWeekend("Sat Sunday Funday") //=> null
 */
export function readWeekend(text: string): string | null {
  const words = text.trim().toLowerCase().split(/[\s,;/]+/).filter((word) => word !== "");
  if (words.length === 0 || (words.length === 1 && words[0] === "none")) return "none";
  const days = new Set<number>();
  for (const word of words) {
    const index = weekdayOfWord(word);
    if (index === null) return null;
    days.add(index);
  }
  if (days.size === 7) return null;
  return [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((day) => weekdayNames[day]).join(" ");
}

/** The day (0 Sunday … 6 Saturday) a word names in any of the four languages, accents folded; null when none. */
function weekdayOfWord(word: string): number | null {
  const folded = foldLatinText(word);
  const bare = folded.replace(/\.$/, "");
  for (const { names, abbreviations } of Object.values(weekdayWords)) {
    const index = names.findIndex((name, day) => {
      const full = foldLatinText(name);
      const short = abbreviations[day]?.map(foldLatinText) ?? [];
      return short.includes(folded) || short.includes(bare) || full === folded || (/^[a-z']{3,}$/.test(bare) && full.startsWith(bare));
    });
    if (index >= 0) return index;
  }
  return null;
}

// The policy is read once per range and reused by every cell: cache the parsed sets by identity.
const weekendSets = new Map<string, ReadonlySet<number>>();
const holidaySets = new WeakMap<Policy["holidays"], ReadonlySet<Day>>();

function weekendSet(text: string): ReadonlySet<number> {
  let set = weekendSets.get(text);
  if (set === undefined) {
    set = new Set(text === "none" ? [] : text.split(" ").map((name) => weekdayNames.indexOf(name as (typeof weekdayNames)[number])).filter((day) => day >= 0));
    weekendSets.set(text, set);
  }
  return set;
}

function holidaySet(policy: Policy): ReadonlySet<Day> {
  let set = holidaySets.get(policy.holidays);
  if (set === undefined) {
    set = new Set(policy.holidays.map((holiday) => holiday.day));
    holidaySets.set(policy.holidays, set);
  }
  return set;
}
