import type { TemplateRow } from "./port";

/**
 * The visible sheet and the Table that hold the user's reminder templates.
 *
 * @example
 * templateNames.table //=> "DunningTemplates"
 */
export const templateNames = { sheet: "Dunning Templates", table: "DunningTemplates" } as const;

/** The templates Table's headers and the fields they hold, in the order created. */
export const TEMPLATE_HEADERS = ["Stage", "Language", "Subject", "Body"] as const;
export const TEMPLATE_FIELDS = ["stage", "language", "subject", "body"] as const;

/** Where each field's column sits in the Table (0-based from its left edge). */
export type TemplateColumns = Readonly<Record<(typeof TEMPLATE_FIELDS)[number], number>>;

/**
 * The field columns found by header (trimmed, any case; the user may move them or add their
 * own), or the headers that are missing.
 *
 * @example
 * templateColumns(["Stage", "Language", "Note", "Subject", "Body"]) //=> { columns: { stage: 0, language: 1, subject: 3, body: 4 } }
 * templateColumns(["Stage", "Subject"]) //=> { missing: ["Language", "Body"] }
 */
export function templateColumns(headers: readonly unknown[]): { readonly columns: TemplateColumns } | { readonly missing: readonly string[] } {
  const names = headers.map((name) => templateText(name).trim().toLowerCase());
  const missing = TEMPLATE_HEADERS.filter((name) => !names.includes(name.toLowerCase()));
  if (missing.length > 0) return { missing };
  const at = (field: (typeof TEMPLATE_FIELDS)[number]) => names.indexOf(field);
  return { columns: { stage: at("stage"), language: at("language"), subject: at("subject"), body: at("body") } };
}

/**
 * A template row from a Table row's cells.
 *
 * @example
 * templateOf(["firstReminder", "en", "Overdue", "Dear …"], columns) //=> { stage: "firstReminder", language: "en", subject: "Overdue", body: "Dear …" }
 */
export function templateOf(cells: readonly unknown[], columns: TemplateColumns): TemplateRow {
  return { stage: templateText(cells[columns.stage]), language: templateText(cells[columns.language]), subject: templateText(cells[columns.subject]), body: templateText(cells[columns.body]) };
}

/**
 * Whether two templates have the same stage and language (trimmed, any case): one row each.
 *
 * @example
 * sameTemplateKey({ stage: "firstReminder ", language: "EN" }, { stage: "firstreminder", language: "en" }) //=> true
 */
export function sameTemplateKey(a: Pick<TemplateRow, "stage" | "language">, b: Pick<TemplateRow, "stage" | "language">): boolean {
  const fold = (value: string) => value.trim().toLowerCase();
  return fold(a.stage) === fold(b.stage) && fold(a.language) === fold(b.language);
}

/** A cell as text: a user may type a number or TRUE over the "@" format's protection by pasting. */
function templateText(value: unknown): string {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}
