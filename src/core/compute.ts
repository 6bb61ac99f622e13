import { catalogue, type Catalogue } from "./catalogue";
import { evaluate } from "./expr/evaluate";
import { setFigure, type Figures } from "./values";

/**
 * The figures with every computed row (totals, rates) filled from its definition, whatever the
 * file held there: the same definitions write the sheet's formulas, so both always agree.
 */
export function computeAll(figures: Figures, cat: Catalogue = catalogue): Figures {
  const out: Figures = structuredClone(figures);
  const computed = cat.forms.flatMap((form) => form.rows.filter((r) => r.expr).map((row) => ({ form, row })));
  // A computed row may read another: a second pass settles one level of nesting, all the catalogue has.
  for (let pass = 0; pass < 2; pass++)
    for (const { form, row } of computed) for (const p of form.periods) setFigure(out, form.id, row.key, p.id, evaluate(row.expr!, out, p.id));
  return out;
}
