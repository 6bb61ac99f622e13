import type { CoverInfo } from "../layout/cover";
import { text } from "../messages";
import type { MergeResult } from "./merge";

/** clean: every file merged with nothing to say; problems: something to look at; nothing: no unit could be merged. */
export type MergeVerdict = "clean" | "problems" | "nothing";

/** What a merge came to, told the same way by the pane and the command line. */
export interface MergeOutcome {
  verdict: MergeVerdict;
  merged: number;
  files: number;
  /** files left out, with problems, or with a note (duplicate, not in the roster…) */
  troubled: number;
  /** roster units with no file */
  missing: string[];
}

export function mergeOutcome(result: MergeResult): MergeOutcome {
  // a consolidation's line stands for its units, each with its own line
  const troubled = result.lines.filter(
    (l) => l.status !== "consolidation" && (!l.included || l.status !== "ok" || l.notes.length > 0)
  ).length;
  const missing = result.missing.map((m) => m.name);
  const verdict: MergeVerdict =
    result.units.length === 0
      ? "nothing"
      : troubled > 0 || missing.length > 0
        ? "problems"
        : "clean";
  return {
    verdict,
    merged: result.units.length,
    files: result.lines.filter((l) => l.via === undefined).length,
    troubled,
    missing,
  };
}

/** The consolidated report's cover: the consolidating unit, named by default when its workbook has no name yet. */
export const consolidatingUnit = (info: CoverInfo): CoverInfo =>
  info.unit ? info : { ...info, unit: text("merge.defaultUnit") };
