import { dayFromSerial, serialFromDay, type DateSystem } from "../core/days";
import { problem } from "../core/problems";
import { BadArgument } from "./cellValues";
import type { DayResult, ResultKind } from "./functionRegistry";

/**
 * The engine's answer as a value Excel can show, or a BadArgument that says why not: numbers
 * must be finite, dates (DayResult) become serials of the workbook's system and must lie
 * within 1 Jan 1900 (1904) and 31 Dec 9999, text must be a string. The last line of defence:
 * argument bounds keep the engine inside these limits, and this keeps any slip out of a cell.
 *
 * @example
 * validResult("dateOrBlank", { day: 20484 }, 1900) //=> 46053
 * validResult("number", NaN, 1900)                 //=> throws "the result is not a finite number…"
 */
export function validResult(kind: ResultKind, value: unknown, system: DateSystem): unknown {
  switch (kind) {
    case "number":
      return finite(value);
    case "text":
      if (typeof value !== "string") throw new BadArgument(problem("the result", "notFinite"));
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw new BadArgument(problem("the result", "notFinite"));
      return value;
    case "date":
      return serial(value, system);
    case "dateOrBlank":
      return value === "" ? "" : serial(value, system);
    case "dateAmountRows":
      return (value as readonly (readonly unknown[])[]).map(([day, amount]) => [serial(day, system), finite(amount)]);
  }
}

function finite(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new BadArgument(problem("the result", "notFinite"));
  return value;
}

function serial(value: unknown, system: DateSystem): number {
  const day = (value as Partial<DayResult> | null)?.day;
  if (typeof day !== "number" || !Number.isFinite(day)) throw new BadArgument(problem("the result", "notFinite"));
  const result = serialFromDay(day, system);
  const check = dayFromSerial(result, system);
  if (typeof check !== "number") throw new BadArgument(problem("the resulting date", check));
  return result;
}
