import { levelLabelIn, rowOf } from "../../catalogue";
import { scopesOf } from "../../catalogue/applicability";
import { text } from "../../messages";
import { figureAt, isNotApplicable } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { cellName } from "../names";
import { formOf } from "./shared";

/** Figures typed in rows the unit's level does not report (the catalogue's `notFor`). */
export const notApplicable: KindSpec<"notApplicable"> = {
  title: "rule.title.notApplicable",
  blanks: "filled",
  rows: () => [],
  message: () => "rule.notApplicable",
  relation: () => text("rule.doc.notApplicable"),
  evaluate: (_rule, input, cat) => {
    const level = input.level;
    if (level === null) return [];
    return Object.entries(input.inputs).flatMap(([formId, cells]) =>
      [...cells.values()]
        .filter(({ ref }) => rowOf(formOf(cat, formId), ref.row)?.notFor?.includes(level))
        .map(({ ref }): Outcome => {
          // the answer "Không áp dụng" says what the greyed row already says
          const v = figureAt(input.figures, ref);
          if (v === null || isNotApplicable(v)) return "pass";
          const message = text("rule.notApplicable", {
            cell: cellName(cat, ref),
            level: levelLabelIn(cat, level),
            reason:
              scopesOf(ref.row, cat.scopes).find((sc) => sc.notFor.includes(level))?.reason ?? "",
          });
          return { form: formId, rows: [ref.row], period: ref.period, cells: [ref], message };
        })
    );
  },
};
