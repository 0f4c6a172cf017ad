/** The merge fields a template may use. */
export const mergeFields = [
  "customer", "invoices", "total", "offer", "discount", "payBy", "deadline", "schedule", "nextStep", "terms", "sender",
] as const;

export type MergeField = (typeof mergeFields)[number];

/** Why a template cannot be used. */
export type TemplateProblem =
  | { readonly ok: false; readonly code: "unknownField"; readonly field: string; readonly message: string }
  | { readonly ok: false; readonly code: "unclosedField"; readonly field: string; readonly message: string };

const fieldPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Checks a template text a user edited: every {{field}} must be a known merge field, and every
 * "{{" must be closed. The first problem is returned with the field's name.
 *
 * @example
 * validateTemplate("Dear {{customer}}") //=> { ok: true }
 * validateTemplate("Dear {{client}}")
 * //=> { ok: false, code: "unknownField", field: "client", message: 'unknown field {{client}}: use one of customer, invoices, …' }
 */
export function validateTemplate(text: string): { readonly ok: true } | TemplateProblem {
  for (const match of text.matchAll(fieldPattern)) {
    const field = match[1] ?? "";
    if (!isMergeField(field)) {
      return { ok: false, code: "unknownField", field, message: `unknown field {{${field}}}: use one of ${mergeFields.join(", ")}` };
    }
  }
  const rest = text.replace(fieldPattern, "");
  const open = rest.indexOf("{{");
  if (open >= 0 || rest.includes("}}")) {
    const field = open >= 0 ? rest.slice(open, open + 20) : "}}";
    return { ok: false, code: "unclosedField", field, message: `"${field}" is not a complete field: write {{name}}` };
  }
  return { ok: true };
}

/**
 * Whether a name is a merge field.
 *
 * @example
 * isMergeField("payBy") //=> true
 */
export function isMergeField(name: string): name is MergeField {
  return (mergeFields as readonly string[]).includes(name);
}

/**
 * Replaces every {{field}} of a (validated) template with its value.
 *
 * @example
 * mergeText("Dear {{customer}}", { customer: "Acme" }) //=> "Dear Acme"
 */
export function mergeText(text: string, values: Readonly<Partial<Record<MergeField, string>>>, escape: (text: string) => string = (t) => t): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(fieldPattern)) {
    const field = match[1] ?? "";
    out += escape(text.slice(last, match.index)) + (isMergeField(field) ? (values[field] ?? "") : "");
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}
