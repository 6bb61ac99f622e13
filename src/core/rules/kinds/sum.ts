import { figureRef } from "../../figure";
import { text } from "../../messages";
import { quantityAt } from "../../values";
import type { CheckInput, KindSpec, Outcome } from "../kind";
import { periodName, rowName, sttOf } from "../names";
import type { Rule } from "../schema";
import type { Catalogue } from "../../catalogue";
import { breakdownIn, EPSILON, fig, formOf, refsIn, shownAt } from "./shared";

type SumRule = Extract<Rule, { kind: "sumEq" | "sumLe" }>;

export const partsOf = (rule: SumRule, cat: Catalogue) =>
  rule.parts.map((p) => sttOf(cat, rule.form, p)).join(" + ");

function evaluateSum(rule: SumRule, input: CheckInput, cat: Catalogue): Outcome[] {
  return formOf(cat, rule.form).periods.map(({ id: period }): Outcome => {
    const totalRef = figureRef(rule.form, rule.total, period);
    const total = quantityAt(input.figures, totalRef);
    // a part the unit's level does not report is greyed: blank, it counts as 0
    const parts = breakdownIn(rule, input, cat, period).map((p) =>
      p.greyed ? (p.value ?? 0) : p.value
    );
    const filled = parts.filter((p): p is number => p !== null);
    if (
      total === null ||
      filled.length === 0 ||
      (rule.kind === "sumEq" && filled.length < parts.length)
    )
      return "skip";
    const sum = filled.reduce((a, b) => a + b, 0);
    const tolerance =
      (rule.kind === "sumEq" ? (rule.tolerance ?? 0) : 0) + EPSILON * Math.max(1, Math.abs(total));
    const ok =
      rule.kind === "sumEq" ? Math.abs(total - sum) <= tolerance : sum <= total + tolerance;
    if (ok) return "pass";
    const rows = [rule.total, ...rule.parts];
    const message = text(rule.kind === "sumEq" ? "rule.sumEq" : "rule.sumLe", {
      total: `${formOf(cat, rule.form).sheet}, ${rowName(cat, rule.form, rule.total)}`,
      totalFigure: shownAt(input.figures, totalRef),
      parts: partsOf(rule, cat),
      sum: fig(sum),
      period: periodName(cat, rule.form, period),
      totalStt: sttOf(cat, rule.form, rule.total),
    });
    return { form: rule.form, rows, period, cells: refsIn(rule.form, rows, period), message };
  });
}

/** A breakdown that adds up exactly to its total. */
export const sumEq: KindSpec<"sumEq"> = {
  title: "rule.title.sumEq",
  blanks: "skip",
  rows: (rule) => [rule.total, ...rule.parts],
  message: () => "rule.sumEq",
  relation: (rule, cat) => `${sttOf(cat, rule.form, rule.total)} = ${partsOf(rule, cat)}`,
  evaluate: evaluateSum,
};

/** A breakdown that need not be exhaustive: the parts add up to at most the total. */
export const sumLe: KindSpec<"sumLe"> = {
  title: "rule.title.sumLe",
  blanks: "partial",
  rows: (rule) => [rule.total, ...rule.parts],
  message: () => "rule.sumLe",
  relation: (rule, cat) => `${sttOf(cat, rule.form, rule.total)} ≥ ${partsOf(rule, cat)}`,
  evaluate: evaluateSum,
};
