import type { Level } from "../catalogue/schema";
import type { TargetSet, Threshold, Tier } from "../catalogue/targets/schema";
import { quote } from "../messages/formula";

/** The minimum a figure must reach, for a unit's tier and a year; null when either is unknown. */
export function thresholdValue(
  t: Threshold,
  tier: Tier | null,
  year: number | null
): number | null {
  if ("min" in t) return t.min;
  if (tier === null || year === null) return null;
  const base = t.byTier[tier];
  return Math.min(t.cap, base + t.step * Math.max(0, year - t.baseYear));
}

/**
 * The same minimum as a formula: the tier read from the level label on the cover sheet,
 * the year from the helper cell that holds the year of the figure.
 */
export function thresholdFormula(
  t: Threshold,
  set: TargetSet,
  levelLabels: Record<Level, string>,
  levelRef: string,
  yearRef: string
): string {
  if ("min" in t) return String(t.min);
  const tiers = Object.entries(t.byTier) as [Tier, number][];
  const base = tiers.reduceRight((otherwise, [tier, value]) => {
    const labels = (Object.keys(set.tierOf) as Level[])
      .filter((l) => set.tierOf[l] === tier)
      .map((l) => `${levelRef}=${quote(levelLabels[l])}`);
    return `IF(OR(${labels.join(",")}),${value},${otherwise})`;
  }, '""');
  return `IF(AND(ISNUMBER(${yearRef}),ISNUMBER(${base})),MIN(${t.cap},${base}+${t.step}*MAX(0,${yearRef}-${t.baseYear})),"")`;
}
