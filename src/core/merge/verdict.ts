import { roundIdOf } from "../catalogue";
import type { CheckReport } from "../check";
import { text } from "../messages";
import { roundById, type Round } from "../rounds";

/** Why a readable file cannot be checked or merged as a unit's report of this round, or null when it can. */
export type FileVerdict = {
  status: "noForms" | "noCover" | "otherRound" | "otherVersion";
  detail: string;
} | null;

/** One verdict on a file, for cchc check, cchc merge and the pane alike: read with the round it is checked in. */
export function fileVerdict(report: CheckReport, round: Round): FileVerdict {
  const version = report.cover.version ?? "";
  // the cover says another round: its forms are not this round's, whatever else is found
  if (version !== "" && roundIdOf(version) !== round.id)
    return {
      status: "otherRound",
      detail: text("merge.status.otherRound", {
        round: roundById(roundIdOf(version))?.name ?? roundIdOf(version),
        expected: round.name,
      }),
    };
  if (report.forms.length === 0) return { status: "noForms", detail: text("merge.status.noForms") };
  if (report.located.coverSheet === null)
    return { status: "noCover", detail: text("merge.status.noCover") };
  if (version === round.version) return null;
  return {
    status: "otherVersion",
    detail: text("merge.status.otherVersion", {
      version: version === "" ? text("merge.status.noVersion") : version,
      expected: round.version,
    }),
  };
}
