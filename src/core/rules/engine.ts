import { catalogue, type Catalogue } from "../catalogue";
import type { CheckInput, Problem } from "./kind";
import { kindOf } from "./kinds";
import type { Rule } from "./schema";

export interface RuleStat {
  ruleId: string;
  checked: number;
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Whether all a rule's rows repeat a Phụ lục row the workbook holds: their figures are taken from there, and
 * the Phụ lục's own rule checks them where the unit typed them.
 */
function onTakenRows(rule: Rule, input: CheckInput, cat: Catalogue): boolean {
  if (!("form" in rule) || kindOf(rule).readsNotes) return false;
  const form = cat.forms.find((f) => f.id === rule.form);
  const rows = kindOf(rule).rows(rule);
  return (
    rows.length > 0 &&
    rows.every((key) => {
      const source = form?.rows.find((r) => r.key === key)?.repeats;
      return source !== undefined && source.form in input.inputs;
    })
  );
}

/** Runs every rule whose form is present; returns the problems and, per rule, what it checked. */
export function runRules(
  input: CheckInput,
  rules: Rule[],
  cat: Catalogue = catalogue
): { problems: Problem[]; stats: RuleStat[] } {
  const problems: Problem[] = [];
  const stats: RuleStat[] = [];
  for (const rule of rules) {
    if ("form" in rule && !(rule.form in input.inputs)) continue;
    if (onTakenRows(rule, input, cat)) continue;
    const outcomes = kindOf(rule).evaluate(rule, input, cat);
    const stat: RuleStat = {
      ruleId: rule.id,
      checked: outcomes.length,
      passed: 0,
      failed: 0,
      skipped: 0,
    };
    for (const o of outcomes) {
      if (o === "pass") stat.passed++;
      else if (o === "skip") stat.skipped++;
      else {
        stat.failed++;
        problems.push({ ruleId: rule.id, severity: rule.severity, ...o });
      }
    }
    stats.push(stat);
  }
  return { problems, stats };
}

export type { CheckInput, Problem };
