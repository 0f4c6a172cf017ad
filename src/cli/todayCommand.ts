import { formatMoneyFigure } from "../app/figures";
import { todayList, type TodayList } from "../app/todayList";
import { isoTextOfDay } from "../core/days";
import type { CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import { counted, type CommandResult } from "./commandResult";
import { customerJson, flagsOf, loadRestoredView } from "./customersCommand";
import { asOfJson, listPlace } from "./listText";
import type { LoadedList } from "./loadList";
import type { ProgressLine } from "./progressLine";
import { remindCommand } from "./remindCommand";
import { textTable } from "./textTable";

/**
 * `today`: the worklist — customers whose next contact day is today or past, most at stake first,
 * with the step, the medium and the reason. With --draft it hands exactly those customers to
 * `remind` (its --out and -o options apply), so the drafts are the list's.
 *
 * @example
 * await todayCommand(io, args, progress) //=> { ok: true, text: "Today, 2026-02-04: 12 customers …", json: { today: [{ customer: "Acme", medium: "email", … }] }, … }
 */
export async function todayCommand(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<CommandResult> {
  const view = await loadRestoredView(io, args, progress);
  if (!view.ok) return view;
  const { loaded, lines, warnings } = view;
  const list = todayList(lines, loaded.asOf, loaded.policy);
  if (args.draftList) {
    const customers = [...new Set(list.entries.map((entry) => entry.line.customer))];
    if (customers.length === 0) return { ok: true, text: `${todayText(loaded, list)}Nothing to draft.\n`, json: todayJson(loaded, list), summary: "today: nobody to contact", warnings };
    return remindCommand(io, { ...args, command: "remind", customers }, progress);
  }
  return {
    ok: true,
    text: todayText(loaded, list),
    json: todayJson(loaded, list),
    summary: `today: ${counted(list.entries.length, "customer")} to contact in ${loaded.list.data.address}`,
    warnings,
  };
}

function todayText(loaded: LoadedList, list: TodayList): string {
  const heading = `Today, ${isoTextOfDay(loaded.asOf)}: ${counted(list.entries.length, "customer")} to contact, from ${listPlace(loaded)}`;
  if (list.entries.length === 0) return `${heading}\n`;
  const stake = [...list.atStake].map(([currency, amount]) => formatMoneyFigure(amount, currency)).join(" + ");
  const header = ["#", "Customer", "Cur", "At stake", "Overdue", "Step", "By", "Contact from", "Flags", "Reason"];
  const rows = list.entries.map(({ line, medium }, index) => [
    String(index + 1), line.customer, line.currency ?? "?", formatMoneyFigure(line.atStake, line.currency), formatMoneyFigure(line.overdue, line.currency),
    line.action, medium, line.nextContactDay === null ? "" : isoTextOfDay(line.nextContactDay), flagsOf(line).join(", "), line.reason,
  ]);
  return `${heading}\nAt stake if they wait one more cycle: ${stake}\n\n${textTable([header, ...rows], [0, 3, 4])}\n`;
}

function todayJson(loaded: LoadedList, list: TodayList): Record<string, unknown> {
  return {
    ok: true, command: "today", file: loaded.path, ...asOfJson(loaded),
    atStake: Object.fromEntries([...list.atStake].map(([currency, amount]) => [currency ?? "not chosen", amount])),
    today: list.entries.map(({ line, medium }) => ({ ...customerJson(line), medium })),
  };
}
