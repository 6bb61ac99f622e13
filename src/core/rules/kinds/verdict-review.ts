import { assess, targetApplies, verdictText } from "../../assess/targets";
import { figureRef } from "../../figure";
import { text } from "../../messages";
import { figureAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { formOf } from "./shared";

/**
 * Phụ lục 9's targets the figures measure only in part: the figures propose a verdict, the unit chooses one
 * in the verdict column, and says why in the Ghi chú where it chooses otherwise.
 */
export const verdictReview: KindSpec<"verdictReview"> = {
  readsNotes: true,
  title: "rule.title.verdictReview",
  blanks: "when",
  rows: () => [],
  message: () => "rule.verdict.unconfirmed",
  relation: () => text("rule.doc.verdictReview"),
  evaluate: (_rule, input, cat): Outcome[] => {
    const set = cat.targets;
    if (!set || !(set.form in input.inputs)) return [];
    const form = formOf(cat, set.form);
    return set.targets
      .filter((t) => t.unmeasured !== undefined && targetApplies(form, t.no, input.level))
      .map((t): Outcome => {
        const proposal = assess(t, set, input.figures, input.level).verdict;
        if (proposal === "chuaDuSoLieu") return "skip";
        const row = form.rows.find((r) => r.target === t.no)!.key;
        const verdict = figureRef(set.form, row, "verdict");
        const remark = figureRef(set.form, row, "remark");
        const chosen = figureAt(input.figures, verdict);
        const proposed = verdictText(proposal);
        const params = { target: t.no, proposed, chosen: String(chosen) };
        const problem = (message: string) => ({
          form: set.form,
          rows: [row],
          period: null,
          cells: [verdict, remark],
          message,
        });
        if (chosen === null) return problem(text("rule.verdict.unconfirmed", params));
        if (chosen === proposed || figureAt(input.figures, remark) !== null) return "pass";
        return problem(text("rule.verdict.noReason", params));
      });
  },
};
