/** One problem of a file, as the report and the problem list sent back to its unit show it. */
export interface ProblemLine {
  severity: "error" | "warning";
  /** "Phụ lục 1!E12, E13": where it is, in the unit's own workbook */
  cells: string;
  message: string;
}

/** A problem line as one text: "Phụ lục 1!E12: …". */
export const problemText = (p: ProblemLine): string =>
  [p.cells, p.message].filter(Boolean).join(": ");

/** A file's problems shown in its line (the report sheet, the pane): the first few; the problem list has all. */
export const SHOWN_PROBLEMS = 5;
