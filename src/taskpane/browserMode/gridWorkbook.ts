// What the grid needs of an open .xlsx file: the sheets, their cells, and the selection the
// workbook port reads. The .xlsx adapter's FileWorkbook has all of it (src/xlsx/index.ts).
import type { Area } from "./gridSelection";

/** A cell as the grid shows it: its text as formatted, its value (numbers align right), its formula. */
export interface GridCell {
  readonly text: string;
  readonly value: unknown;
  readonly formula: string | null;
}

/** The part of the .xlsx adapter's FileWorkbook the grid reads and selects through (0-based). */
export interface GridWorkbook {
  sheetNames(): string[];
  activeSheet(): string;
  activate(sheetName: string): void;
  usedSize(sheetName: string): { rows: number; columns: number };
  cell(sheetName: string, row: number, column: number): GridCell;
  select(sheetName: string, areas: readonly Area[]): void;
  selection(): { sheetName: string; areas: readonly Area[] };
  onSelectCell(listener: (sheetName: string, row: number, column: number) => void): void;
}
