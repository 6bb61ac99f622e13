import { levelNamed, roundIdOf, type Level } from "../catalogue";
import type { RawSheet, RawValue } from "../read/grid";
import { carriesFigures, coverIn } from "../read/locate";
import type { Round } from "../rules/round";
import { ROUND_LIST } from "./list";

/** Every round the product knows, the current one first (`list.ts`). */
export const ROUNDS: Round[] = ROUND_LIST;

/** The round a new workbook is made for unless the user picks another. */
export const CURRENT_ROUND: Round = ROUNDS[0]!;

export const roundById = (id: string): Round | undefined => ROUNDS.find((r) => r.id === id);

/** The round a workbook's template version names, if the product knows it. */
export const roundOfVersion = (version: string): Round | undefined => roundById(roundIdOf(version));

export type { Round };

/** The round a workbook is checked in: the one its cover names, or the current one (a file without a cover, or of a round unknown here, is then told so). */
export function roundOfWorkbook(sheets: RawSheet[]): Round {
  const version = coverIn(sheets)?.version;
  return (version && roundOfVersion(version)) || CURRENT_ROUND;
}

/** Whether a sheet's figures must be read, before the round is known: a cover, a roster, a form of any round. */
export const carriesFiguresOfAnyRound = (a1: RawValue, b1: RawValue): boolean =>
  ROUNDS.some((r) => carriesFigures(a1, b1, r));

/** The level a label names in any round: a roster may be kept from one round to the next. */
export const levelOfAnyRound = (label: string): Level | null =>
  ROUNDS.map((r) => levelNamed(r, label)).find((l) => l !== null) ?? null;
