/** A cell as a spreadsheet program hands it over, before any reading of what the user meant. */
export type RawValue = number | string | boolean | null | { error: string };

/** One sheet's used area, row by row from A1. */
export interface RawSheet {
  name: string;
  rows: RawValue[][];
}

export const rawAt = (sheet: RawSheet, row: number, col: number): RawValue =>
  sheet.rows[row]?.[col] ?? null;
