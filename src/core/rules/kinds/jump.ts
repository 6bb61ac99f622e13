import { figureKey, figureRef } from "../../figure";
import { text } from "../../messages";
import { numberAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { periodName, rowName } from "../names";
import { fig, formOf } from "./shared";

/** A figure that changes more than `factor` times from one period to the next: worth a second look. */
export const jump: KindSpec<"jump"> = {
  title: "rule.title.jump",
  blanks: "skip",
  rows: () => [],
  message: () => "rule.jump",
  relation: (rule) =>
    text("rule.doc.jump", { kinds: rule.rowKinds.join(", "), factor: rule.factor }),
  evaluate: (rule, input, cat) =>
    Object.entries(input.inputs).flatMap(([formId, cells]) => {
      const form = formOf(cat, formId);
      if (form.orientation !== "periodsAsColumns") return [];
      const rows = form.rows.filter(
        (r) =>
          rule.rowKinds.includes(r.kind) &&
          form.periods.some((p) => cells.has(figureKey(figureRef(formId, r.key, p.id))))
      );
      return rows.flatMap((r) =>
        form.periods.slice(1).map((p, i): Outcome => {
          const before = figureRef(formId, r.key, form.periods[i]!.id);
          const now = figureRef(formId, r.key, p.id);
          // a quarter is no year: periods that cover different spans are not compared
          if ((form.periods[i]!.months ?? 12) !== (p.months ?? 12)) return "skip";
          const previous = numberAt(input.figures, before);
          const current = numberAt(input.figures, now);
          if (previous === null || current === null || previous <= 0 || current <= 0) return "skip";
          if (current <= previous * rule.factor && previous <= current * rule.factor) return "pass";
          const message = text("rule.jump", {
            row: `${form.sheet}, ${rowName(cat, formId, r.key)}`,
            factor: rule.factor,
            previousPeriod: periodName(cat, formId, before.period),
            previous: fig(previous),
            period: periodName(cat, formId, p.id),
            current: fig(current),
          });
          return { form: formId, rows: [r.key], period: p.id, cells: [before, now], message };
        })
      );
    }),
};
