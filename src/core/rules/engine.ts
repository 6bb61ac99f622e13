import { rowOf, type Catalogue } from "../catalogue";
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
  const sources = sourcesOf(rule, cat);
  return sources !== null && sources.every((form) => form in input.inputs);
}

const sourcesMemo = new WeakMap<Rule, string[] | null>();

/** The forms a rule's rows repeat, when every row of it repeats one; null otherwise. Made once per rule. */
function sourcesOf(rule: Rule, cat: Catalogue): string[] | null {
  if (sourcesMemo.has(rule)) return sourcesMemo.get(rule)!;
  const form = "form" in rule ? cat.forms.find((f) => f.id === rule.form) : undefined;
  const rows = form && !kindOf(rule).readsNotes ? kindOf(rule).rows(rule) : [];
  const sources = rows.map((key) => rowOf(form!, key)?.repeats?.form);
  const all =
    sources.length > 0 && sources.every((s) => s !== undefined) ? (sources as string[]) : null;
  sourcesMemo.set(rule, all);
  return all;
}

/** Runs every rule whose form is present; returns the problems and, per rule, what it checked. */
export function runRules(
  input: CheckInput,
  rules: Rule[],
  cat: Catalogue
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
