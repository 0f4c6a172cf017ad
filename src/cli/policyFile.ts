import { resolve } from "node:path";
import type { Policy } from "../core/policy";
import { readPolicyTable } from "../core/policyTable";
import { upgradePolicySheet } from "../core/policyUpgrade";
import { policyNames } from "../workbook/policyNames";
import type { CliIo } from "./cliIo";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import { errorCode, faultFailure, FileFault } from "./fileFault";
import { openInput } from "./inputFile";

/**
 * The policy of a --policy file over `base`: a JSON object of settings (names as on the policy
 * sheet; `collectProbability` may be a list of { days, probability }) or an .xlsx whose policy
 * sheet is read. Every setting is checked by the core's `readPolicyTable`.
 *
 * @example
 * await policyFromFile(io, "policy.json", defaultPolicy) //=> { ok: true, policy: { ...defaultPolicy, graceDays: 14 }, notices: [] }
 * await policyFromFile(io, "bad.json", defaultPolicy) //=> { ok: false, exitCode: 9, message: "…: policy setting graceDays must not be negative" }
 */
export async function policyFromFile(io: CliIo, file: string, base: Policy): Promise<{ readonly ok: true; readonly policy: Policy; readonly notices: readonly string[] } | CommandFailure> {
  const path = resolve(io.cwd, file);
  const workbook = /\.xls[xm]$/i.test(path);
  const rows = workbook ? await workbookRows(io, path) : await jsonRows(io, path);
  if (!Array.isArray(rows)) return rows;
  // A workbook's policy sheet is the desk's own: an earlier version's default reads as today's.
  const upgraded = workbook ? upgradePolicySheet(rows) : { rows, notices: [] };
  const read = readPolicyTable(upgraded.rows, base);
  return read.ok ? { ...read, notices: upgraded.notices } : failure(exitCodes.badPolicy, `The policy in ${path} has a problem: ${read.problem}.`);
}

async function workbookRows(io: CliIo, path: string): Promise<unknown[][] | CommandFailure> {
  const opened = await openInput(io, path);
  if (!opened.ok) return opened;
  const rows = await opened.book.port.readPolicySheet();
  return rows ?? failure(exitCodes.badPolicy, `${path} has no policy sheet ("${policyNames.sheet}" with the name ${policyNames.policy}).`);
}

async function jsonRows(io: CliIo, path: string): Promise<unknown[][] | CommandFailure> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.files.readFile(path));
  } catch (error) {
    const code = errorCode(error);
    if (code === null) throw error;
    if (code === "ENOENT") return failure(exitCodes.missingFile, `No such policy file: ${path}`);
    if (code === "EISDIR") return failure(exitCodes.badPolicy, `${path} is a folder, not a policy file.`);
    return faultFailure(new FileFault(code, path, "read"), io.files);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return failure(exitCodes.badPolicy, `${path} is not JSON (${error instanceof Error ? error.message : String(error)}): give a JSON object of policy settings, or an .xlsx with a policy sheet.`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return failure(exitCodes.badPolicy, `${path} must hold a JSON object of policy settings, such as {"graceDays": 14}.`);
  return Object.entries(parsed).flatMap(([name, value]): unknown[][] => (name === "collectProbability" && Array.isArray(value) ? probabilityRows(value) : [[name, value]]));
}

/** `[{ "days": 90, "probability": 0.7 }]` as the sheet's `collectProb 90` rows. */
function probabilityRows(points: readonly unknown[]): unknown[][] {
  return points.map((point) => {
    const { days, probability } = (typeof point === "object" && point !== null ? point : {}) as { days?: unknown; probability?: unknown };
    return [`collectProb ${String(days)}`, probability];
  });
}
