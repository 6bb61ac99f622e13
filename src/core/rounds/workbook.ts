import type { RawSheet } from "../read/grid";
import { coverIn } from "../read/locate";
import { CURRENT_ROUND, roundOfVersion, type Round } from ".";

/** The round a workbook's cover names, if the product knows it. */
export function roundNamedIn(sheets: RawSheet[]): Round | undefined {
  const version = coverIn(sheets)?.version;
  return version ? roundOfVersion(version) : undefined;
}

/** The round a workbook is checked in: the one its cover names, or the current one (a file without a cover, or of a round unknown here, is then told so). */
export const roundOfWorkbook = (sheets: RawSheet[]): Round => roundNamedIn(sheets) ?? CURRENT_ROUND;
