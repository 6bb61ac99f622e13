import { figureRef } from "../../figure";
import { text } from "../../messages";
import { quantityAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { periodName, rowName, sttOf } from "../names";
import { breakdownIn, formOf, shownAt } from "./shared";

/**
 * A breakdown whose total is typed (and not 0) but some parts the unit's level reports are blank: the parts
 * cannot be checked against the total, and a blank is not a 0, so the unit is asked to type 0 where there is
 * none.
 */
export const blankParts: KindSpec<"blankParts"> = {
  title: "rule.title.blankParts",
  blanks: "required",
  rows: (rule) => [rule.total, ...rule.parts],
  message: () => "rule.blankParts",
  relation: (rule, cat) =>
    text("rule.doc.blankParts", {
      total: sttOf(cat, rule.form, rule.total),
      parts: rule.parts.map((p) => sttOf(cat, rule.form, p)).join(", "),
    }),
  evaluate: (rule, input, cat) =>
    formOf(cat, rule.form).periods.map(({ id: period }): Outcome => {
      const totalRef = figureRef(rule.form, rule.total, period);
      const total = quantityAt(input.figures, totalRef);
      const blank = breakdownIn(rule, input, cat, period).filter(
        (p) => !p.greyed && p.value === null
      );
      // a total of 0 (or "Không áp dụng") says every part is 0
      if (total === null || total === 0 || blank.length === 0) return "pass";
      return {
        form: rule.form,
        rows: [rule.total, ...blank.map((p) => p.row)],
        period,
        cells: blank.map((p) => figureRef(rule.form, p.row, period)),
        message: text("rule.blankParts", {
          total: `${formOf(cat, rule.form).sheet}, ${rowName(cat, rule.form, rule.total)}`,
          totalFigure: shownAt(input.figures, totalRef),
          parts: blank.map((p) => sttOf(cat, rule.form, p.row)).join(", "),
          period: periodName(cat, rule.form, period),
        }),
      };
    }),
};
