/*
 * The fuzz suite (issue 13 item 3): every registered AR function, called through its
 * registration as Excel calls it, with arguments of every shape Excel can hand over (numbers of
 * any size, text numbers in either convention, dates as serials and text, blanks as null and 0,
 * error values, entities and rich values, ranges) and random policy ranges. Every answer must be
 * a finite number, a date serial inside Excel's range, a string, or a CustomFunctions.Error with
 * a message; for the array forms, every cell of the matrix. Seeded: a failure prints its seed
 * and path, and the same seed replays it.
 */
import fc from "fast-check";
import { functionRegistry, type FunctionId } from "../../src/functions/functionRegistry";
import type { ParameterKind } from "../../src/functions/parameterSpec";
import { loadRegistry, type Registry } from "../support/registry";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const RUNS = 10_000;
const SEED = 20_261_202;
const LAST_SERIAL = { 1900: 2_958_465, 1904: 2_957_003 } as const;

const hugeNumbers = fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 1e13 + 1, 2_958_466, 1e9, -1e9, Infinity, -Infinity, Number.NaN, 0.5, -0);
const numbers = fc.oneof(fc.integer({ min: -100_000, max: 3_000_000 }), fc.double({ noNaN: false }), hugeNumbers);
const digitText = fc.constantFrom("9".repeat(32_766), "9".repeat(400), "1".repeat(64), `${"1,".repeat(200)}5`);
const numberText = fc.oneof(
  fc.stringMatching(/^[-+( ]{0,2}(?:Rp|\$|€|IDR|¥)? ?[0-9]{1,6}(?:[.,][0-9]{1,3}){0,3}%?(?: CR|\))?$/),
  fc.constantFrom("31,5", "4%", "Rp 12.500", "12.500", "1,234.56", "(1.000,00)", "25 %", "1e5", "monthly", "weekly"),
  digitText,
);
const dateText = fc.oneof(
  fc.date({ min: new Date("1899-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom("2026-02-30", "31/12/9999", "04/02/2026", "4 Februari 2026", "9999-12-31", "1900-02-29"),
);
const serials = fc.oneof(
  fc.integer({ min: -10, max: 2_958_470 }),
  fc.integer({ min: 45_000, max: 47_000 }),
  fc.integer({ min: 2_950_000, max: 2_958_465 }), // near 9999-12-31, where a next contact or an instalment falls past it
  fc.constantFrom(60, 1, 2_958_465, 2_957_003),
);
const errorCell = fc.constantFrom(
  new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable),
  new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
  { error: "#REF!" },
);
const richCell = fc.constantFrom<unknown>(
  { type: "Entity", text: "Acme Ltd", properties: { Balance: { type: "Double", basicValue: 100 } } },
  { type: "Double", basicValue: 1200 },
  { type: "FormattedNumber", basicValue: 46_023, numberFormat: "yyyy-mm-dd" },
  { type: "String", basicValue: "disputed" },
  { type: "Boolean", basicValue: true },
  { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
  {},
);
const statusText = fc.constantFrom("disputed", "hardship", "unreachable", "offered", "sales asked", "Hardship; sales asked", "angry", "", "sengketa", "janji bayar 30/11/2026", "สัญญาจะชำระ 30/11/2569");
const notesText = fc.oneof(fc.constantFrom("Pelanggan sengketa harga", "bukan sengketa", "apsolīja samaksāt līdz 2026-11-30", "ติดต่อไม่ได้", "called, no answer", ""), fc.string());
const blank = fc.constantFrom<unknown>(null, 0, "", "   ");

/** Any single value Excel (desktop, web) or a file can hand a function. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: numbers },
  { weight: 3, arbitrary: serials },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: dateText },
  { weight: 1, arbitrary: statusText },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: errorCell },
  { weight: 1, arbitrary: richCell },
);

/** Values that mostly fit the parameter, so the engine is reached, not only the readers. */
const fitting: Record<Exclude<ParameterKind, "policy" | "edges">, fc.Arbitrary<unknown>> = {
  date: serials,
  asOf: serials,
  amount: fc.oneof(fc.double({ min: -1e14, max: 1e14, noNaN: true }), numberText, fc.integer({ min: 0, max: 1_000_000 })),
  days: fc.oneof(fc.integer({ min: -400, max: 3_000 }), numbers),
  count: fc.oneof(fc.integer({ min: -2, max: 400 }), numbers),
  rate: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("4%", "25 %", "4,5%", 2, -0.1)),
  status: statusText,
  notes: notesText,
  interval: fc.oneof(fc.constantFrom("monthly", "weekly", "quarterly", "fortnightly", "sometimes"), fc.integer({ min: -5, max: 4_000 })),
  currency: fc.oneof(fc.constantFrom("IDR", "Rp", "€", "บาท", "EUR", "$", "US$", "XYZ", ""), anyValue),
  channel: fc.oneof(fc.constantFrom("email", "Telepon", "surat", "tālrunis", "โทรศัพท์", "WhatsApp", "pigeon", ""), anyValue),
  optionalAmount: fc.oneof(fc.double({ min: -1e14, max: 1e14, noNaN: true }), numberText, blank),
  policySet: fc.oneof(fc.constantFrom("", "strict", "Gentle", "none such"), blank),
};

const settingValues = fc.oneof(numbers, numberText, blank, fc.constantFrom("dayFirst", "monthFirst", ",", ".", "IDR", "KWD", "th", "yes", 1904), digitText);
const settingNames = fc.constantFrom(
  "graceDays", "minContactGapDays", "cadenceDays", "settlementDays", "courtesyLeadDays", "roundTo", "collectionCost", "attorneyCost",
  "smallClaimsLimit", "smallClaimsCost", "attorneyMinBalance", "agencyFeeRate", "settlementFloor", "incentiveMaxRate", "incentiveStartRate",
  "dateSystem", "dateOrder", "decimalSeparator", "currency", "collectProb 90", "courtesyReminder", "roundTo IDR",
  "minimumAmount", "minimumAmount IDR", "maxSilenceDays", "caseByCaseDays", "smallBalance", "channel",
);
const policyRange = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.array(fc.tuple(settingNames, settingValues).map(([name, value]) => [name, value]), { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([["Name", "Value", "Setting", "Help", "Strict", "Gentle"], ["graceDays", 30, "", "", 14, 60], ["minimumAmount", 0, "", "", "", 25]], [["graceDays", 1e9]], [["roundTo", 1e308]], [["roundTo", "9".repeat(32_766)]], [["collectionCost", 1e308]], [["cadenceDays", 36_500], ["minContactGapDays", 36_500]], [["dateSystem", 1904]], [["graceDays"]]) },
);
const edgesRange = fc.oneof(fc.constant(null), fc.array(fc.array(fc.oneof(fc.integer({ min: -5, max: 400 }), blank, anyValue), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 4 }));

function argument(kind: ParameterKind): fc.Arbitrary<unknown> {
  if (kind === "policy") return policyRange;
  if (kind === "edges") return edgesRange;
  return fc.oneof({ weight: 3, arbitrary: fitting[kind] }, { weight: 2, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constant([[46_023, 46_024]]) });
}

/** A range for an array form: a column, a row or a block of 1 to 3 cells a side, or a single value. */
function rangeArgument(kind: ParameterKind): fc.Arbitrary<unknown> {
  if (kind === "policy" || kind === "edges") return argument(kind);
  const cell = fc.oneof({ weight: 3, arbitrary: fitting[kind] }, { weight: 1, arbitrary: anyValue });
  return fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
}

type Verdict = { readonly ok: true } | { readonly ok: false; readonly why: string };

function checkCell(value: unknown, dateColumn: boolean, system: 1900 | 1904): Verdict {
  if (value instanceof CustomFunctions.Error) return thrown(value);
  if (typeof value === "string" || typeof value === "boolean") return { ok: true };
  if (typeof value !== "number" || !Number.isFinite(value)) return { ok: false, why: `not a finite number: ${String(value)}` };
  if (dateColumn && (value < (system === 1900 ? 1 : 0) || value > LAST_SERIAL[system])) return { ok: false, why: `a date outside Excel's range: ${value}` };
  return { ok: true };
}

function checkAnswer(id: string, call: () => unknown, system: 1900 | 1904): Verdict {
  let answer: unknown;
  try {
    answer = call();
  } catch (error) {
    return thrown(error);
  }
  const dates = id.startsWith("NEXTCONTACT") ? "all" : id === "PAYMENTPLAN" ? "first" : "none";
  if (!Array.isArray(answer)) return checkCell(answer, dates !== "none", system);
  for (const row of answer as unknown[]) {
    if (!Array.isArray(row) || row.length === 0) return { ok: false, why: "a matrix with a row that is not a non-empty array" };
    for (const [column, cell] of (row as unknown[]).entries()) {
      const verdict = checkCell(cell, dates === "all" || (dates === "first" && column === 0), system);
      if (!verdict.ok) return verdict;
    }
  }
  return { ok: true };
}

function thrown(error: unknown): Verdict {
  // "failed to compute" is the runner's answer to a bug of ours (a RangeError, say): a failure here.
  if (error instanceof CustomFunctions.Error && /failed to compute/.test(error.message ?? "")) return { ok: false, why: `an unexpected failure: ${error.message}` };
  if (error instanceof CustomFunctions.Error) return error.message ? { ok: true } : { ok: false, why: `a thrown error without a message: ${error.code}` };
  return { ok: false, why: `a JavaScript exception: ${String(error)}` };
}

function systemOf(policy: unknown): 1900 | 1904 {
  const rows = Array.isArray(policy) ? (policy as unknown[][]) : [];
  return rows.some((row) => Array.isArray(row) && row[0] === "dateSystem" && row[1] === 1904) ? 1904 : 1900;
}

describe("fuzz: every registered function answers a valid Excel value", () => {
  it("covers every registered id, array forms included", () => {
    const base = Object.keys(functionRegistry);
    expect([...registry.ids].sort()).toEqual([...base, ...base.filter((id) => id !== "PAYMENTPLAN").map((id) => `${id}.EACH`)].sort());
  });

  const ids = [...Object.keys(functionRegistry), ...Object.keys(functionRegistry).filter((id) => id !== "PAYMENTPLAN").map((id) => `${id}.EACH`)];
  it.each(ids)(`AR.%s over ${RUNS} seeded calls`, (id) => {
    const spec = functionRegistry[id.replace(/\.EACH$/, "") as FunctionId];
    const each = id.endsWith(".EACH");
    const args = fc.tuple(...spec.parameters.map((parameter) => (each ? rangeArgument(parameter.kind) : argument(parameter.kind))));
    fc.assert(
      fc.property(args, (values) => {
        const policy = values[spec.parameters.findIndex((parameter) => parameter.kind === "policy")];
        const verdict = checkAnswer(id, () => registry.call(id, ...values), systemOf(policy));
        if (!verdict.ok) throw new Error(`AR.${id}: ${verdict.why}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
