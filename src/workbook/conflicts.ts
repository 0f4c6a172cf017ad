/** A non-empty cell a write would overwrite: its A1 address (with the sheet) and what it holds. */
export interface Conflict {
  readonly address: string;
  readonly value: unknown;
}

/** The answer when a write would overwrite user cells: nothing was written. */
export interface ConflictResult {
  readonly ok: false;
  readonly conflicts: readonly Conflict[];
}

/** How many conflicting cells are listed to the user at most. */
export const MAX_CONFLICTS = 20;
