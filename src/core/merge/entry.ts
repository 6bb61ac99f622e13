import type { Catalogue } from "../catalogue";
import type { Round } from "../rules/round";
import { cellsText, type CheckReport, type PlacedProblem } from "../check";
import type { FileVerdict } from "./verdict";
import { text } from "../messages";
import { packFigures, rowIndex } from "../catalogue/packed";
import { unitKeyOfCover } from "./identity";
import type { UnitEntry } from "./units";

/** Problems kept of a file: what a unit can be sent back to act on; a file with more is said to have more. */
export const MAX_LISTED = 200;

/** The rows of a form that problems name, each once, by number (the cover's are no row of a form). */
function rowsOf(problems: PlacedProblem[], cat: Catalogue): Uint16Array {
  const { of } = rowIndex(cat);
  const seen = new Set<number>();
  for (const p of problems)
    if (p.form !== null)
      for (const row of p.rows) {
        const i = of.get(`${p.form}|${row}`);
        if (i !== undefined) seen.add(i);
      }
  return Uint16Array.from([...seen].sort((a, b) => a - b));
}

/** An entry before anything is known of the file. */
export const blankEntry = (file: string): UnitEntry => ({
  file,
  unit: null,
  unitKey: null,
  round: null,
  level: null,
  version: null,
  status: "unreadable",
  detail: "",
  errors: 0,
  warnings: 0,
  forms: [],
  missingForms: [],
  problems: [],
  preparer: null,
  modified: null,
  filled: 0,
  errorRows: new Uint16Array(0),
  figures: null,
});

/** What a merge keeps of a unit's checked figures: a file's, or a row of a consolidation's. */
export function entryOf(
  entry: UnitEntry,
  report: CheckReport,
  round: Round,
  verdict: FileVerdict
): UnitEntry {
  const cat: Catalogue = round;
  const unit = report.cover.unit?.trim() || null;
  const code = report.cover.code?.trim();
  Object.assign(entry, {
    unit,
    preparer: report.cover.preparer?.trim() || null,
    filled: Object.values(report.typed).reduce(
      (n, rows) => n + Object.values(rows).reduce((m, ps) => m + Object.keys(ps).length, 0),
      0
    ),
    unitKey: unit ? unitKeyOfCover(unit, report.cover.code) : null,
    level: report.level,
    version: report.cover.version ?? null,
    forms: report.forms,
    missingForms: cat.forms.map((f) => f.id).filter((id) => !report.forms.includes(id)),
    ...(code ? { code } : {}),
  });
  if (verdict) return { ...entry, ...verdict };
  if (!unit) return { ...entry, status: "noUnit", detail: text("merge.status.noUnit") };
  // no figure at all, and none lost: an empty form (a form whose figures could not be read has problems)
  if (
    Object.keys(report.typed).length === 0 &&
    !report.problems.some((p) => p.severity === "error")
  )
    return { ...entry, status: "empty", detail: text("merge.status.empty") };
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.filter((p) => p.severity === "warning");
  const lines = [
    errors.length + warnings.length > 0
      ? text("check.summary", { errors: errors.length, warnings: warnings.length })
      : text("merge.status.ok"),
    ...(entry.missingForms.length > 0 && entry.via === undefined
      ? [
          text("merge.status.missingForms", {
            forms: entry.missingForms
              .map((id) => cat.forms.find((f) => f.id === id)!.sheet)
              .join(", "),
          }),
        ]
      : []),
  ];
  return {
    ...entry,
    status: errors.length + warnings.length > 0 ? "problems" : "ok",
    detail: lines.join(". "),
    errors: errors.length,
    warnings: warnings.length,
    errorRows: rowsOf(errors, cat),
    problems: [...errors, ...warnings].slice(0, MAX_LISTED).map((p) => ({
      severity: p.severity,
      cells: cellsText(p.cells, true),
      message: p.message,
    })),
    figures: packFigures(report.figures, cat),
  };
}
