import type { Check, TargetSet } from "../catalogue/targets/schema";

/**
 * The periods a check may judge, by index, in the order they are tried: its fixed period, or the latest first.
 * A threshold that rises year by year is a target for a whole year, so it judges whole years only: a figure
 * counted to 31/3 is never held to the year's target. A fixed minimum judges any period.
 */
export function candidatePeriods(check: Check, set: TargetSet): number[] {
  const at = check.at;
  if (at !== "latest") return [set.periods.findIndex((p) => p.id === at.period)];
  const yearly = !("min" in check.threshold);
  return set.periods
    .map((p, i) => ({ whole: (p.months ?? 12) === 12, i }))
    .filter(({ whole }) => whole || !yearly)
    .map(({ i }) => i)
    .reverse();
}
