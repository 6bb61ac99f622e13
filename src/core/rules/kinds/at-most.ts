import { figureRef } from "../../figure";
import { text } from "../../messages";
import { quantityAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { periodName, rowName, sttOf } from "../names";
import { EPSILON, formOf, refsIn, shownAt } from "./shared";

/** value ≤ limit, period by period: a part never exceeds its whole (error), or a plausibility check (warning). */
export const atMost: KindSpec<"atMost"> = {
  title: "rule.title.atMost",
  blanks: "skip",
  rows: (rule) => rule.pairs.flat(),
  message: (rule) => (rule.severity === "error" ? "rule.atMost.error" : "rule.atMost.warning"),
  relation: (rule, cat) =>
    rule.pairs
      .map(([v, l]) => `${sttOf(cat, rule.form, v)} ≤ ${sttOf(cat, rule.form, l)}`)
      .join("; "),
  evaluate: (rule, input, cat) =>
    rule.pairs.flatMap(([valueKey, limitKey]) =>
      formOf(cat, rule.form).periods.map(({ id: period }): Outcome => {
        const valueRef = figureRef(rule.form, valueKey, period);
        const limitRef = figureRef(rule.form, limitKey, period);
        const value = quantityAt(input.figures, valueRef);
        const limit = quantityAt(input.figures, limitRef);
        if (value === null || limit === null) return "skip";
        if (value <= limit + EPSILON) return "pass";
        const message = text(atMost.message(rule), {
          value: `${formOf(cat, rule.form).sheet}, ${rowName(cat, rule.form, valueKey)}`,
          valueFigure: shownAt(input.figures, valueRef),
          limit: rowName(cat, rule.form, limitKey),
          limitFigure: shownAt(input.figures, limitRef),
          period: periodName(cat, rule.form, period),
          valueStt: sttOf(cat, rule.form, valueKey),
          limitStt: sttOf(cat, rule.form, limitKey),
        });
        const rows = [valueKey, limitKey];
        return { form: rule.form, rows, period, cells: refsIn(rule.form, rows, period), message };
      })
    ),
};
