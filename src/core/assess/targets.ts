import type { Catalogue } from "../catalogue";
import type { Form, Level } from "../catalogue/schema";
import type { Check, Target, TargetSet } from "../catalogue/targets/schema";
import { evaluate } from "../expr/evaluate";
import { text } from "../messages";
import type { Figures } from "../values";
import { meets, oneDecimal, plausible } from "./format";
import { candidatePeriods } from "./periods";
import { thresholdValue } from "./threshold";

export const VERDICTS = ["dat", "khongDat", "chuaDuSoLieu"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** "Đạt" or "Không đạt", as Phụ lục 9's verdict column says a verdict. */
export const verdictText = (v: "dat" | "khongDat"): string =>
  text(v === "dat" ? "verdict.dat" : "verdict.khongDat");

export interface CheckResult {
  label: string;
  value: number | null;
  year: number | null;
  threshold: number | null;
  met: boolean | null;
  /** the figure cannot be (a share over 100 %): its parts contradict each other, and nothing is judged */
  implausible: boolean;
}

export interface Assessment {
  target: number;
  /** judged by the figures where they measure the whole target; proposed to the unit where they measure a part */
  verdict: Verdict;
  proposed: boolean;
  /** what the figures show, check by check */
  evidence: string;
  /** Phụ lục 9's Kết quả cell: the evidence, and for a proposal what is not measured and the proposal */
  result: string;
  unmeasured?: string;
  checks: CheckResult[];
}

/** The check's value at each period of the set, oldest first: what PL9's hidden helper cells hold. */
export const checkSeries = (check: Check, set: TargetSet, figures: Figures): (number | null)[] =>
  set.periods.map((p) => evaluate(check.value, figures, p.id));

/** The figure a check judges: the first of its candidate periods holding one. */
export function pickFigure(
  check: Check,
  set: TargetSet,
  series: (number | null)[]
): { value: number | null; year: number | null } {
  for (const i of candidatePeriods(check, set)) {
    const value = series[i] ?? null;
    if (value !== null) return { value, year: set.periods[i]!.year };
  }
  return { value: null, year: null };
}

export function runCheck(
  check: Check,
  set: TargetSet,
  figures: Figures,
  level: Level | null
): CheckResult {
  const { value, year } = pickFigure(check, set, checkSeries(check, set, figures));
  const threshold = thresholdValue(
    check.threshold,
    level === null ? null : set.tierOf[level],
    year
  );
  const implausible = value !== null && !plausible(check, value);
  const met = value === null || threshold === null || implausible ? null : meets(value, threshold);
  return { label: check.label, value, year, threshold, met, implausible };
}

/** "PL8 6.5 = 85,2 % ≥ 80 % (năm 2024)" */
export function evidenceOf(c: CheckResult): string {
  if (c.implausible && c.value !== null)
    return text("assess.implausible", { label: c.label, value: oneDecimal(c.value) });
  if (c.value === null || c.threshold === null || c.year === null)
    return text("assess.noData", { label: c.label });
  return text("assess.evidence", {
    label: c.label,
    value: oneDecimal(c.value),
    sign: c.met ? "≥" : "<",
    threshold: String(c.threshold),
    year: String(c.year),
  });
}

export function assess(
  target: Target,
  set: TargetSet,
  figures: Figures,
  level: Level | null
): Assessment {
  const checks = target.checks.map((c) => runCheck(c, set, figures, level));
  const verdict: Verdict = checks.some((c) => c.met === null)
    ? "chuaDuSoLieu"
    : checks.every((c) => c.met)
      ? "dat"
      : "khongDat";
  const measured = checks.map(evidenceOf).join("; ");
  const proposal =
    verdict === "chuaDuSoLieu"
      ? text("assess.noProposal")
      : text("assess.proposal", {
          verdict: verdictText(verdict),
        });
  const result: Assessment = {
    target: target.no,
    verdict,
    proposed: target.unmeasured !== undefined,
    evidence: measured,
    // as Phụ lục 9's Kết quả cell says it: a proposal names what is not measured before it proposes
    result:
      target.unmeasured === undefined ? measured : `${measured}. ${target.unmeasured} ${proposal}`,
    checks,
  };
  if (target.unmeasured !== undefined) result.unmeasured = target.unmeasured;
  return result;
}

/** Whether the unit's level has the target in its remit (the catalogue's applicability of its Phụ lục 9 row). */
export const targetApplies = (form: Form, no: number, level: Level | null): boolean =>
  level === null || !form.rows.find((r) => r.target === no)?.notFor?.includes(level);

/** Every target the figures can judge and the unit's level has in its remit, by target number. */
export const assessAll = (
  set: TargetSet,
  figures: Figures,
  level: Level | null,
  cat: Catalogue
): Assessment[] =>
  set.targets
    .filter((t) =>
      targetApplies(
        cat.forms.find((f) => f.id === set.form)!,
        t.no,
        level
      )
    )
    .map((t) => assess(t, set, figures, level));

/** The longest Kết quả text a target can show, whatever its figures: what Phụ lục 9's row is sized for. */
export function longestResult(target: Target): string {
  const longest = (texts: string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a), "");
  const measured = target.checks
    .map((c) =>
      longest([
        text("assess.evidence", {
          label: c.label,
          value: "-100,0",
          sign: "≥",
          threshold: "100",
          year: "2025",
        }),
        text("assess.noData", { label: c.label }),
        text("assess.implausible", { label: c.label, value: "-100,0" }),
      ])
    )
    .join("; ");
  if (target.unmeasured === undefined) return measured;
  const proposal = longest([
    text("assess.proposal", { verdict: text("verdict.khongDat") }),
    text("assess.noProposal"),
  ]);
  return `${measured}. ${target.unmeasured} ${proposal}`;
}
