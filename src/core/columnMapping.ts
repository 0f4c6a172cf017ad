import { fields, type Field } from "./columnSynonyms";
import { missingFields, type ColumnMapping, type MappedColumn } from "./columns";
import { cellText } from "./ledgerCells";
import { mappingMessages } from "./ledgerProblems";

/** The user's choice of a column (0-based) per field, as the pane collects it and the workbook saves it. */
export type ColumnChoices = Readonly<Partial<Record<Field, number>>>;

/** What is wrong with a user's mapping, with the fields and column it concerns. */
export interface MappingProblem {
  readonly code: "duplicateColumn" | "missingField" | "columnOutOfRange";
  readonly fields: readonly Field[];
  readonly column: number | null;
  readonly message: string;
}

export type MappingResult =
  | { readonly ok: true; readonly mapping: ColumnMapping }
  | { readonly ok: false; readonly problems: readonly MappingProblem[] };

/**
 * Checks a mapping the user corrected and makes it a `ColumnMapping` (confidence 1: the user
 * said so). Every problem is listed at once: a column outside the header row, a column chosen
 * for two fields, a required field missing. The customer may be missing when customer heading
 * rows name it (`customerFromHeadings`, as `findHeaderRow` reports).
 *
 * @param choices - a column per field
 * @param headerCells - the header row, for the width and the header texts
 *
 * @example
 * applyUserMapping({ customer: 0, dueDate: 2, balance: 2 }, ["Client", "Ref", "Due", "Left"])
 * //=> { ok: false, problems: [{ code: "duplicateColumn", fields: ["dueDate", "balance"], column: 2,
 * //     message: "Due is chosen for due date and balance: a column holds one field" }] }
 * applyUserMapping({ customer: 0, dueDate: 2, balance: 3 }, ["Client", "Ref", "Due", "Left"]).ok //=> true
 */
export function applyUserMapping(
  choices: ColumnChoices,
  headerCells: readonly unknown[],
  customerFromHeadings = false,
): MappingResult {
  const chosen = fields.flatMap((field) => (choices[field] === undefined ? [] : [{ field, column: choices[field] }]));
  const problems = [...outOfRange(chosen, headerCells.length), ...sharedColumns(chosen, headerCells), ...missing(choices, customerFromHeadings)];
  if (problems.length > 0) return { ok: false, problems };
  const mapping: Partial<Record<Field, MappedColumn>> = {};
  for (const { field, column } of chosen) mapping[field] = { column, confidence: 1, header: cellText(headerCells[column]) ?? "" };
  return { ok: true, mapping };
}

type Chosen = { readonly field: Field; readonly column: number };

function outOfRange(chosen: readonly Chosen[], width: number): MappingProblem[] {
  return chosen
    .filter(({ column }) => !Number.isInteger(column) || column < 0 || column >= width)
    .map(({ field, column }) => ({ code: "columnOutOfRange", fields: [field], column, message: mappingMessages.columnOutOfRange(field, column, width) }));
}

function sharedColumns(chosen: readonly Chosen[], headerCells: readonly unknown[]): MappingProblem[] {
  const byColumn = new Map<number, Field[]>();
  for (const { field, column } of chosen) byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  return [...byColumn].flatMap(([column, names]) => {
    if (names.length < 2) return [];
    const header = cellText(headerCells[column]) ?? `column ${column + 1}`;
    return [{ code: "duplicateColumn" as const, fields: names, column, message: mappingMessages.duplicateColumn(header, names) }];
  });
}

function missing(choices: ColumnChoices, customerFromHeadings: boolean): MappingProblem[] {
  return missingFields(choices)
    .filter((group) => !(customerFromHeadings && group[0] === "customer"))
    .map((group) => ({ code: "missingField", fields: group, column: null, message: mappingMessages.missingField(group) }));
}
