import type { Account } from "../../src/core/nextAction";
import { noStatus, type StatusFlags } from "../../src/core/status";

/** 2026-01-01 and 2026-02-04 as Days: a due date and an as-of 34 days later. */
export const DUE = Date.UTC(2026, 0, 1) / 86_400_000;
export const AS_OF = DUE + 34;

/** An invoice of 1,200 due on DUE, never chased, with the given changes. */
export function account(changes: Partial<Omit<Account, "status">> & { status?: Partial<StatusFlags> } = {}): Account {
  return {
    dueDay: DUE,
    balance: 1200,
    remindersSent: 0,
    lastContactDay: null,
    promiseDay: null,
    ...changes,
    status: { ...noStatus, ...changes.status },
  };
}

/** The as-of day that makes the account `days` overdue. */
export const overdueBy = (days: number) => DUE + days;
