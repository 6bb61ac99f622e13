import { formIn, type Catalogue } from "./catalogue";
import type { PlacedProblem } from "./check";
import { text, type MessageCode } from "./messages";
import { kindOf } from "./rules/kinds";
import type { Round } from "./rules/round";
import type { Severity } from "./rules/schema";

/** Problems found while reading, before any rule: each its own title. */
const READING: Record<string, MessageCode> = {
  "read.converted": "problem.title.read.converted",
  "read.notNumber": "problem.title.read.notNumber",
  "read.notCode": "problem.title.read.notCode",
  "read.ambiguous": "problem.title.read.ambiguous",
  "read.notFinite": "problem.title.read.notFinite",
  "read.noValue": "problem.title.read.noValue",
  "read.missingCells": "problem.title.read.missingCells",
  "read.formCopy": "problem.title.read.formCopy",
  "read.error": "problem.title.read.error",
};

/** What a rule's problems are about, in Vietnamese: the kind's title, and for a form's rule the rows it relates. */
export function problemTitle(ruleId: string, round: Round): string {
  const reading = READING[ruleId];
  if (reading) return text(reading);
  const rule = round.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const kind = kindOf(rule);
  return "form" in rule
    ? `${text(kind.title)} — ${formIn(round, rule.form).sheet}: ${kind.relation(rule, round)}`
    : text(kind.title);
}

export interface ProblemGroup {
  ruleId: string;
  title: string;
  severity: Severity;
  problems: PlacedProblem[];
}

/** The problems of one rule together: errors first, then in the order the forms and rules are met. */
export function groupProblems(problems: PlacedProblem[], round: Round): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const g = groups.get(p.ruleId);
    if (g) g.problems.push(p);
    else
      groups.set(p.ruleId, {
        ruleId: p.ruleId,
        title: problemTitle(p.ruleId, round),
        severity: p.severity,
        problems: [p],
      });
  }
  const rank = (g: ProblemGroup) => (g.severity === "error" ? 0 : 1);
  // Map keeps the order problems were found in, which follows the forms and the rules
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

export interface ProblemFilter {
  severity: Severity | null;
  /** a form's id, "" for the cover, null for every form */
  form: string | null;
}

export const NO_FILTER: ProblemFilter = { severity: null, form: null };

const formOf = (p: PlacedProblem) => p.form ?? "";

export const filterProblems = (problems: PlacedProblem[], f: ProblemFilter): PlacedProblem[] =>
  problems.filter(
    (p) =>
      (f.severity === null || p.severity === f.severity) &&
      (f.form === null || formOf(p) === f.form)
  );

/** The counts a filter offers: by severity, and by form in the catalogue's order (the cover first). */
export function problemCounts(problems: PlacedProblem[], cat: Catalogue) {
  const byForm = new Map<string, number>();
  for (const p of problems) byForm.set(formOf(p), (byForm.get(formOf(p)) ?? 0) + 1);
  const order = (id: string) => (id === "" ? -1 : cat.forms.findIndex((f) => f.id === id));
  return {
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    forms: [...byForm]
      .sort((a, b) => order(a[0]) - order(b[0]))
      .map(([form, count]) => ({ form, count })),
  };
}
