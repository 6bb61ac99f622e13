import type { WorkbookLayout } from "../layout";
import type { CoverInfo } from "../layout/cover";
import {
  mergeUnits,
  roundOfEntries,
  type Duplicate,
  type NearPair,
  type ReportLine,
} from "./merge";
import { consolidatingUnit, mergeOutcome, type MergeOutcome } from "./outcome";
import { mergeLayout } from "./output";
import type { RosterEntry } from "./roster";
import { roundById } from "../rounds";
import type { UnitEntry } from "./units";

/** A file's line in the merge's answer: what the pane shows of it, without its figures. */
export type FileLine = Omit<ReportLine, "figures">;

/** What the consolidating office asks a merge: whom it expects, who it is, and which copies count. */
export interface MergeRequest {
  roster: RosterEntry[];
  info: CoverInfo;
  /** the file that counts for a unit sent more than once; absent: not chosen yet */
  choices?: Record<string, string>;
  /** the round the consolidating workbook is for, by id; absent: the round most files were made for */
  round?: string;
  /** leave out the files whose figures have errors (else they are merged, and their rows marked) */
  skipErrors?: boolean;
  /** names a slip apart that the office said are one unit */
  same?: [string, string][];
}

/** What a merge comes to: the files' lines, the units sent twice, the outcome, and the output to write. */
export interface MergeAnswer {
  /** the round merged, by id */
  round: string;
  lines: FileLine[];
  duplicates: Duplicate[];
  /** names a slip apart, not yet said to be one unit or two: asked before anything is written */
  near: NearPair[];
  outcome: MergeOutcome;
  /** null: nothing could be merged, or units sent twice wait for the user's choice */
  layout: WorkbookLayout | null;
}

/** Merges the files read so far as asked; the output is laid out only once there is something to write. */
export function answerMerge(entries: UnitEntry[], request: MergeRequest): MergeAnswer {
  const round = (request.round && roundById(request.round)) || roundOfEntries(entries);
  const result = mergeUnits(entries, round, {
    roster: request.roster,
    ...(request.choices ? { choices: request.choices } : {}),
    ...(request.skipErrors ? { skipErrors: true } : {}),
    ...(request.same ? { same: request.same } : {}),
  });
  const outcome = mergeOutcome(result);
  // asked once, before the choice of copies: which names a slip apart are one unit, which copy counts
  const waiting =
    request.choices === undefined && (result.duplicates.length > 0 || result.near.length > 0);
  return {
    round: round.id,
    lines: result.lines.map(({ figures, ...line }) => line),
    duplicates: result.duplicates,
    near: request.same === undefined ? result.near : [],
    outcome,
    layout:
      waiting || outcome.verdict === "nothing"
        ? null
        : mergeLayout(result, consolidatingUnit(request.info), round),
  };
}
