/**
 * The keys the template writes into hidden cells, by which every reader finds sheets, rows and columns
 * whatever their names or positions: one place, so that writers and readers cannot drift apart.
 */

/** Hidden column A: a row's key (catalogue row, cover field, roster line). */
export const KEY_COLUMN = 0;

/** A1 of every sheet the add-in writes: a form's id, or one of the sheet ids below. */
export const COVER_ID = "COVER";
export const ROSTER_ID = "ROSTER";
export const UNITS_ID = "UNITS";
export const REPORT_ID = "REPORT";
export const OVERVIEW_ID = "OVERVIEW";
export const PROBLEMS_ID = "PROBLEMS";

/** B1 of a sheet a merge wrote: never read as a unit's figures, replaced by the next merge. */
export const MERGED_MARK = "#merged";

/** Column A of a hidden row whose cells hold the period keys of the columns below it (matrix forms). */
export const COLUMN_KEYS_MARK = "#cols";

/** Column A of each line of the roster. */
export const ROSTER_LINE_KEY = "unit";

/** The names of a merge's output sheets start with it ("TH Phụ lục 1"). */
export const MERGED_PREFIX = "TH ";

/** Column A of each unit's row in a merge's per-unit sheet: what a later merge reads as that unit. */
export const UNIT_ROW_KEY = "unit";

/** The per-unit sheet's leading columns, by what they hold: its writer and a later merge's reader share them. */
export const UNIT_COLUMNS = { name: 1, code: 2, level: 3, via: 4, file: 5 } as const;

/** Its first column of figures. */
export const UNIT_LEAD = 6;
