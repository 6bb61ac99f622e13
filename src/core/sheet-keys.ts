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

/** Row 1 (hidden) of each unit's column in a merge's per-unit sheet: what a later merge reads as that unit. */
export const UNIT_MARK = "unit";

/**
 * The per-unit sheet's rows above its figures (a row a figure, a column a unit), by what they hold of each
 * unit: its writer and a later merge's reader share them. The names come last, just above the figures: the
 * row printed atop every page.
 */
export const UNIT_ROWS = { level: 2, code: 3, via: 4, file: 5, name: 6 } as const;

/** Its first row of figures. */
export const UNIT_TOP = 7;
