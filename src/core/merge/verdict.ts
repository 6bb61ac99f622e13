import { TEMPLATE_VERSION } from "../catalogue";
import type { CheckReport } from "../check";
import { text } from "../messages";

/** Why a readable file cannot be checked or merged as a unit's report of this round, or null when it can. */
export type FileVerdict = {
  status: "noForms" | "noCover" | "otherRound" | "otherVersion";
  detail: string;
} | null;

/** "CCHC-2021-2025/2" → "CCHC-2021-2025": the round a template version belongs to. */
const roundOf = (version: string) => version.split("/")[0]!;

/** One verdict on a file, for cchc check, cchc merge and the pane alike. */
export function fileVerdict(report: CheckReport): FileVerdict {
  if (report.forms.length === 0) return { status: "noForms", detail: text("merge.status.noForms") };
  if (report.located.coverSheet === null)
    return { status: "noCover", detail: text("merge.status.noCover") };
  const version = report.cover.version ?? "";
  if (version === TEMPLATE_VERSION) return null;
  if (version !== "" && roundOf(version) !== roundOf(TEMPLATE_VERSION))
    return {
      status: "otherRound",
      detail: text("merge.status.otherRound", {
        round: roundOf(version),
        expected: roundOf(TEMPLATE_VERSION),
      }),
    };
  return {
    status: "otherVersion",
    detail: text("merge.status.otherVersion", {
      version: version === "" ? text("merge.status.noVersion") : version,
      expected: TEMPLATE_VERSION,
    }),
  };
}
