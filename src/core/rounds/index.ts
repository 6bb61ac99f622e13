import { levelNamed, roundIdOf, type Level } from "../catalogue";
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

/** The level a label names in any round: a roster may be kept from one round to the next. */
export const levelOfAnyRound = (label: string): Level | null =>
  ROUNDS.map((r) => levelNamed(r, label)).find((l) => l !== null) ?? null;
