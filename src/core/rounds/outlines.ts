import { roundIdOf, type RoundOutline } from "../catalogue";
import type { RawSheet, RawValue } from "../read/grid";
import { carriesFigures, coverIn } from "../read/locate";
import { OUTLINE_LIST } from "./outline-list";

export { OUTLINE_LIST };

export const outlineById = (id: string): RoundOutline | undefined =>
  OUTLINE_LIST.find((r) => r.id === id);

/** The outline of the round a workbook's cover names, or of the current round. */
export function outlineOfWorkbook(sheets: RawSheet[]): RoundOutline {
  const version = coverIn(sheets)?.version;
  return (version && outlineById(roundIdOf(version))) || OUTLINE_LIST[0]!;
}

/** Whether a sheet's figures must be read, before the round is known: a cover, a roster, a form of any round. */
export const carriesFiguresOfAnyRound = (a1: RawValue, b1: RawValue): boolean =>
  OUTLINE_LIST.some((o) => carriesFigures(a1, b1, o));
