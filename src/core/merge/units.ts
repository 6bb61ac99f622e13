import type { Catalogue } from "../catalogue";
import type { Round } from "../rules/round";
import type { Level } from "../catalogue/schema";
import { cellsText, checkSheets, type PlacedProblem } from "../check";
import { fileVerdict } from "./verdict";
import { text, type MessageCode } from "../messages";
import type { RawSheet } from "../read/grid";
import { packFigures, rowIndex, type PackedFigures } from "../catalogue/packed";
import { unitKeyOfCover } from "./identity";
import { roundOfWorkbook } from "../rounds/workbook";

/** Why a file could not be read, each with its message. */
export const FILE_FAILURES = [
  "notXlsx",
  "oldXls",
  "encrypted",
  "damaged",
  "notFound",
  "notRegular",
  "sameContent",
  "tooLarge",
  "tooSlow",
] as const;
export type FileFailure = (typeof FILE_FAILURES)[number];

const FAILURE_MESSAGES: Record<FileFailure, MessageCode> = {
  notXlsx: "file.notXlsx",
  oldXls: "file.oldXls",
  encrypted: "file.encrypted",
  damaged: "file.damaged",
  notFound: "file.notFound",
  notRegular: "file.notRegular",
  sameContent: "file.sameContent",
  tooLarge: "file.tooLarge",
  tooSlow: "file.tooSlow",
};

/** Why a file could not be opened, in Vietnamese. */
export const failureText = (failure: FileFailure, detail = ""): string =>
  text(FAILURE_MESSAGES[failure], { detail });

/** A unit's file as an adapter hands it over: its sheets, or why it could not be opened. */
export type UnitSource =
  | {
      file: string;
      sheets: RawSheet[];
      /** when the file was last saved, ms since 1970 */ modified?: number;
    }
  | { file: string; failure: FileFailure; detail?: string };

export const UNIT_STATUSES = [
  "ok",
  "problems",
  "unreadable",
  "otherVersion",
  "noForms",
  "empty",
  "noUnit",
  "noCover",
  "otherRound",
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** One file once read and checked: all the merge keeps of it (its figures, not its workbook). */
export interface UnitEntry {
  file: string;
  unit: string | null;
  unitKey: string | null;
  /** the round it was checked in: the one its cover names (null when it could not be opened) */
  round: string | null;
  level: Level | null;
  version: string | null;
  status: UnitStatus;
  /** the Vietnamese status line for the report */
  detail: string;
  errors: number;
  warnings: number;
  forms: string[];
  missingForms: string[];
  /** the first problems, for the report */
  problems: string[];
  /** what tells two copies of a unit apart: who made it, when it was saved, how many figures it holds */
  preparer: string | null;
  modified: number | null;
  filled: number;
  /** the rows an error was found in, by row number (`rowIndex`): merged figures of those rows are marked */
  errorRows: Uint16Array;
  /** as typed, with the computed rows: kept compactly, as a merge holds thousands */
  figures: PackedFigures | null;
}

const MAX_PROBLEMS = 5;

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

export function readUnit(source: UnitSource, given?: Round): UnitEntry {
  const entry: UnitEntry = {
    file: source.file,
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
  };
  if ("failure" in source) return { ...entry, detail: failureText(source.failure, source.detail) };
  const round = given ?? roundOfWorkbook(source.sheets);
  const cat: Catalogue = round;
  entry.round = round.id;
  const report = checkSheets(source.sheets, round);
  const unit = report.cover.unit?.trim() || null;
  Object.assign(entry, {
    unit,
    preparer: report.cover.preparer?.trim() || null,
    modified: source.modified ?? null,
    filled: Object.values(report.typed).reduce(
      (n, rows) => n + Object.values(rows).reduce((m, ps) => m + Object.keys(ps).length, 0),
      0
    ),
    unitKey: unit ? unitKeyOfCover(unit, report.cover.code) : null,
    level: report.level,
    version: report.cover.version ?? null,
    forms: report.forms,
    missingForms: cat.forms.map((f) => f.id).filter((id) => !report.forms.includes(id)),
  });
  const verdict = fileVerdict(report, round);
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
    ...(entry.missingForms.length > 0
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
    problems: [...errors, ...warnings]
      .slice(0, MAX_PROBLEMS)
      .map((p) => [cellsText(p.cells, true), p.message].filter(Boolean).join(": ")),
    figures: packFigures(report.figures, cat),
  };
}
