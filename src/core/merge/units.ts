import type { Round } from "../rules/round";
import type { Level } from "../catalogue/schema";
import { checkSheets } from "../check";
import { fileVerdict } from "./verdict";
import { membersSheetIn, readConsolidation } from "./members";
import { text, type MessageCode } from "../messages";
import type { RawSheet } from "../read/grid";
import type { PackedFigures } from "../catalogue/packed";
import type { ProblemLine } from "./problem-line";
import { roundOfWorkbook } from "../rounds/workbook";
import { blankEntry, entryOf } from "./entry";

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
  "consolidation",
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
  /** its problems, errors first, as far as MAX_LISTED: listed in the report, the pane and the problem list */
  problems: ProblemLine[];
  /** what tells two copies of a unit apart: who made it, when it was saved, how many figures it holds */
  preparer: string | null;
  modified: number | null;
  filled: number;
  /** the rows an error was found in, by row number (`rowIndex`): merged figures of those rows are marked */
  errorRows: Uint16Array;
  /** as typed, with the computed rows: kept compactly, as a merge holds thousands */
  figures: PackedFigures | null;
  /** the unit's code, when its cover gives one */
  code?: string;
  /** a unit read from a consolidation: the consolidations it came through, the nearest last ("A › B") */
  via?: string;
  /** a consolidation: the units its per-unit sheet holds, each read and checked as its own file would be */
  members?: UnitEntry[];
}

export function readUnit(source: UnitSource, given?: Round): UnitEntry {
  const entry = blankEntry(source.file);
  if ("failure" in source) return { ...entry, detail: failureText(source.failure, source.detail) };
  const round = given ?? roundOfWorkbook(source.sheets);
  const members = membersSheetIn(source.sheets);
  if (members) return readConsolidation(entry, source.sheets, members, round);
  const report = checkSheets(source.sheets, round);
  return entryOf(
    { ...entry, round: round.id, modified: source.modified ?? null },
    report,
    round,
    fileVerdict(report, round)
  );
}
