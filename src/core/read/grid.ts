/**
 * A cell as a spreadsheet program hands it over, before any reading of what the user meant: a formula
 * whose result the file does not hold (written by a program that does not calculate) is `{ formula }`.
 */
export type RawValue = number | string | boolean | null | { error: string } | { formula: string };

/** One sheet's used area, row by row from A1. */
export interface RawSheet {
  name: string;
  rows: RawValue[][];
}

export const rawAt = (sheet: RawSheet, row: number, col: number): RawValue =>
  sheet.rows[row]?.[col] ?? null;
