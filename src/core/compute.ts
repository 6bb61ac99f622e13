import type { Catalogue } from "./catalogue";
import type { Expr, Form, Row } from "./catalogue/schema";
import { evaluate } from "./expr/evaluate";
import { figureRef } from "./figure";
import { figureAt, setFigure, type Figures } from "./values";

const rowsRead = (expr: Expr): { form: string; row: string }[] => {
  switch (expr.op) {
    case "cell":
      return [{ form: expr.form, row: expr.row }];
    case "sum":
      return expr.args.flatMap(rowsRead);
    case "pct":
      return [...rowsRead(expr.num), ...rowsRead(expr.den)];
    case "drop":
      return [...rowsRead(expr.from), ...rowsRead(expr.to)];
  }
};

const orderMemo = new WeakMap<Catalogue, { form: Form; row: Row }[]>();

/** The computed rows, each after every computed row it reads: one pass then settles them all. */
export function computedOrder(cat: Catalogue): { form: Form; row: Row }[] {
  const known = orderMemo.get(cat);
  if (known) return known;
  const computed = new Map<string, { form: Form; row: Row }>(
    cat.forms.flatMap((form) =>
      form.rows
        .filter((r) => r.expr)
        .map((row) => [`${form.id}/${row.key}`, { form, row }] as const)
    )
  );
  const order: { form: Form; row: Row }[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string) => {
    const node = computed.get(id);
    if (!node || state.get(id) === "done") return;
    if (state.get(id) === "visiting")
      throw new Error(`computed rows read each other in a cycle: ${id}`);
    state.set(id, "visiting");
    for (const dep of rowsRead(node.row.expr!)) visit(`${dep.form}/${dep.row}`);
    state.set(id, "done");
    order.push(node);
  };
  for (const id of computed.keys()) visit(id);
  orderMemo.set(cat, order);
  return order;
}

/**
 * The figures with every computed row (totals, rates) filled from its definition, whatever the
 * file held there: the same definitions write the sheet's formulas, so both always agree. Given the forms a
 * workbook holds, repeated rows are taken from their Phụ lục first.
 */
export function computeAll(figures: Figures, cat: Catalogue, present?: readonly string[]): Figures {
  const out: Figures = structuredClone(figures);
  if (present) takeRepeatsInto(out, present, cat);
  for (const { form, row } of computedOrder(cat))
    for (const p of form.periods)
      setFigure(out, figureRef(form.id, row.key, p.id), evaluate(row.expr!, out, p.id));
  return out;
}

/**
 * Each repeated row (a Bảng tổng hợp row that is a Phụ lục row's figure) taken from its source, where both
 * forms are in the workbook: what the sheet's formula shows. Where the Phụ lục is absent the unit typed the
 * row, and that stands.
 */
function takeRepeatsInto(out: Figures, present: readonly string[], cat: Catalogue): void {
  for (const form of cat.forms) {
    if (!present.includes(form.id)) continue;
    for (const row of form.rows) {
      const source = row.repeats;
      if (!source || !present.includes(source.form)) continue;
      for (const p of form.periods)
        setFigure(
          out,
          figureRef(form.id, row.key, p.id),
          figureAt(out, figureRef(source.form, source.row, p.id))
        );
    }
  }
}
