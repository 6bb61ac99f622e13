import type { RawSheet } from "../read/grid";
import { coverIn } from "../read/locate";
import { CURRENT_ROUND, roundOfVersion, type Round } from ".";

/** The round a workbook is checked in: the one its cover names, or the current one (a file without a cover, or of a round unknown here, is then told so). */
export function roundOfWorkbook(sheets: RawSheet[]): Round {
  const version = coverIn(sheets)?.version;
  return (version && roundOfVersion(version)) || CURRENT_ROUND;
}
