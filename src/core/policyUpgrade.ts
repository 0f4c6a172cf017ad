import { foldSettingName } from "./policySettings";

/**
 * A default an earlier version of the desk wrote onto every policy sheet and later changed: on a
 * sheet without the row that version never wrote (`since`), the old value is the desk's default,
 * not the user's choice, and reads as the new one. Later changes of a default add a row here.
 */
interface ChangedDefault {
  readonly setting: string;
  /** The value the earlier version wrote, folded as setting values are. */
  readonly written: string;
  readonly now: string;
  /** A setting first written by the version that changed the default: its row marks a newer sheet. */
  readonly since: string;
  readonly notice: string;
}

const changedDefaults: readonly ChangedDefault[] = [
  {
    setting: "language",
    written: "en",
    now: "auto",
    since: "locale",
    notice:
      "The policy sheet was written by an earlier version of the desk, whose default letter language was English (language en): it is read as auto — a row's Language cell, else the language of the list's headers, else English. To keep English letters, set language to en on the policy sheet.",
  },
];

/** The policy sheet's rows with the earlier defaults read as today's, and what was changed (for the user). */
export interface UpgradedPolicySheet {
  readonly rows: readonly (readonly unknown[])[];
  readonly notices: readonly string[];
}

/**
 * Reads the desk's own policy sheet as an earlier version meant it: a value that version wrote as
 * its default, on a sheet that version wrote (it lacks a row only later versions write), reads as
 * today's default, with a notice the pane and the command line show. Only for the workbook's
 * policy sheet: a range or file the user wrote says what the user chose. The sheet is not changed
 * here; the next write of the policy sheet records the new value and the marking row.
 *
 * @param rows - the policy sheet's Name | Value rows (more columns are kept as they are)
 *
 * @example
 * upgradePolicySheet([["Name", "Value"], ["graceDays", 30], ["language", "en"]])
 * //=> { rows: [["Name", "Value"], ["graceDays", 30], ["language", "auto"]], notices: ["The policy sheet was written by an earlier version …"] }
 * upgradePolicySheet([["language", "en"], ["locale", "auto"]]) //=> { rows: [["language", "en"], ["locale", "auto"]], notices: [] }
 */
export function upgradePolicySheet(rows: readonly (readonly unknown[])[]): UpgradedPolicySheet {
  const names = new Set(rows.map((row) => (typeof row[0] === "string" ? foldSettingName(row[0]) : "")));
  const notices: string[] = [];
  let upgraded = rows;
  for (const change of changedDefaults) {
    if (names.has(foldSettingName(change.since))) continue;
    const at = upgraded.findIndex((row) => typeof row[0] === "string" && foldSettingName(row[0]) === foldSettingName(change.setting));
    const row = upgraded[at];
    if (row === undefined || typeof row[1] !== "string" || foldSettingName(row[1]) !== change.written) continue;
    upgraded = upgraded.map((each, index) => (index === at ? [each[0], change.now, ...each.slice(2)] : each));
    notices.push(change.notice);
  }
  return { rows: upgraded, notices };
}
