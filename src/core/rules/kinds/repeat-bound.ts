import type { Catalogue } from "../../catalogue";
import { figureRef } from "../../figure";
import { text } from "../../messages";
import { quantityAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { cellName, periodName, sttOf } from "../names";
import { EPSILON, formHolding, formOf, shownAt } from "./shared";

const boundsIn = (cat: Catalogue) =>
  cat.repeats.filter((r) => r.link === "atMost" || r.link === "atLeast");

/** A Bảng tổng hợp row that counts a part (or a whole) of a Phụ lục row's figure: never more (or less) than it. */
export const repeatBound: KindSpec<"repeatBound"> = {
  title: "rule.title.repeatBound",
  blanks: "skip",
  rows: () => [],
  message: () => "rule.repeatBound",
  relation: (_rule, cat) =>
    boundsIn(cat)
      .map(
        (r) =>
          `${sttOf(cat, formHolding(cat, r.row).id, r.row)} ${r.link === "atMost" ? "≤" : "≥"} ${r.of.form} ${sttOf(cat, r.of.form, r.of.row)}`
      )
      .join("; "),
  evaluate: (_rule, input, cat) =>
    boundsIn(cat).flatMap((r) => {
      const form = formHolding(cat, r.row).id;
      if (!(form in input.inputs) || !(r.of.form in input.inputs)) return [];
      return formOf(cat, form).periods.map(({ id: period }): Outcome => {
        const here = figureRef(form, r.row, period);
        const there = figureRef(r.of.form, r.of.row, period);
        const value = quantityAt(input.figures, here);
        const bound = quantityAt(input.figures, there);
        if (value === null || bound === null) return "skip";
        const holds = r.link === "atMost" ? value <= bound + EPSILON : value + EPSILON >= bound;
        if (holds) return "pass";
        const message = text("rule.repeatBound", {
          cell: cellName(cat, here),
          value: shownAt(input.figures, here),
          relation: text(r.link === "atMost" ? "rule.repeatBound.more" : "rule.repeatBound.less"),
          source: `${formOf(cat, r.of.form).sheet}, ${periodName(cat, r.of.form, period)}`,
          bound: shownAt(input.figures, there),
          why: r.why,
        });
        return { form, rows: [r.row], period, cells: [here, there], message };
      });
    }),
};
