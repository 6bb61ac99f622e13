import { figureRef } from "../../figure";
import { text } from "../../messages";
import { numberAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { periodName, rowName, sttOf } from "../names";
import { fig, formOf, refsIn } from "./shared";

/** A row that is filled requires another to be more than 0. */
export const requires: KindSpec<"requires"> = {
  title: "rule.title.requires",
  blanks: "when",
  rows: (rule) => [rule.when, rule.then],
  message: () => "rule.requires",
  relation: (rule, cat) =>
    `${sttOf(cat, rule.form, rule.when)} ⇒ ${sttOf(cat, rule.form, rule.then)} > 0`,
  evaluate: (rule, input, cat) =>
    formOf(cat, rule.form).periods.map(({ id: period }): Outcome => {
      const when = numberAt(input.figures, figureRef(rule.form, rule.when, period));
      if (when === null) return "skip";
      const then = numberAt(input.figures, figureRef(rule.form, rule.then, period));
      if (then !== null && then > 0) return "pass";
      const message = text("rule.requires", {
        when: `${formOf(cat, rule.form).sheet}, ${rowName(cat, rule.form, rule.when)}`,
        whenFigure: fig(when),
        then: rowName(cat, rule.form, rule.then),
        period: periodName(cat, rule.form, period),
        thenStt: sttOf(cat, rule.form, rule.then),
        whenStt: sttOf(cat, rule.form, rule.when),
      });
      const rows = [rule.when, rule.then];
      return { form: rule.form, rows, period, cells: refsIn(rule.form, rows, period), message };
    }),
};
