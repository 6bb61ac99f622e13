import type { Level } from "../catalogue/schema";
import type { Ranking, TargetSet } from "../catalogue/targets/schema";
import type { Figures } from "../values";
import { plausible } from "./format";
import { pickFigure, checkSeries } from "./targets";

/**
 * A unit's figure for a ranking: the latest period holding one, read by the unit's tier where it says; a
 * share past 0–100 % is its figures contradicting each other, never a first place (Kiểm tra names the error).
 */
export function rankingValue(
  ranking: Ranking,
  set: TargetSet,
  figures: Figures,
  level: Level | null
): number | null {
  const tier = level === null ? undefined : set.tierOf[level];
  const check = {
    label: ranking.label,
    value: (tier && ranking.byTier?.[tier]) || ranking.value,
    at: "latest" as const,
    threshold: { min: 0 },
  };
  const { value } = pickFigure(check, set, checkSeries(check, set, figures));
  return value !== null && plausible(check, value) ? value : null;
}
