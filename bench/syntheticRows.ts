/*
 * 100,000 invoices shaped like a real aging sheet, from a seeded generator so every run
 * measures the same rows: ages from 30 days before due to 400 past, balances from 50 to
 * 50,000, a few statuses, promises and contacts.
 */
export interface SyntheticRow {
  readonly dueSerial: number;
  readonly balance: number;
  readonly remindersSent: number;
  readonly lastContactSerial: number | null;
  readonly status: string;
  readonly promiseSerial: number | null;
  readonly margin: number | null;
}

export const AS_OF_SERIAL = 46_057; // 2026-02-04
const STATUSES = ["", "", "", "", "", "sales asked", "hardship", "disputed", "sales asked, offered", "unreachable"];

export function syntheticRows(count: number, seed = 42): SyntheticRow[] {
  let state = seed;
  const random = () => {
    // mulberry32: small, fast and good enough to spread test data.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, () => {
    const age = Math.floor(random() * 430) - 30;
    return {
      dueSerial: AS_OF_SERIAL - age,
      balance: Math.round((50 + random() * 49_950) * 100) / 100,
      remindersSent: Math.floor(random() * 6),
      lastContactSerial: random() < 0.6 ? AS_OF_SERIAL - Math.floor(random() * 30) : null,
      status: pick(STATUSES),
      promiseSerial: random() < 0.1 ? AS_OF_SERIAL - 10 + Math.floor(random() * 20) : null,
      margin: random() < 0.5 ? Math.round(random() * 40) / 100 : null,
    };
  });
}
