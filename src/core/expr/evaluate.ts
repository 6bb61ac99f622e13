import type { Expr } from "../catalogue/schema";
import { figureRef } from "../figure";
import { numberAt, type Figures } from "../values";

/**
 * The value of an expression for one period, with the same blank policy as its Excel formula
 * (see formula.ts): a sum of blanks is blank; a rate with a blank or zero denominator is blank.
 */
export function evaluate(expr: Expr, figures: Figures, period: string): number | null {
  switch (expr.op) {
    case "cell":
      return numberAt(
        figures,
        figureRef(expr.form, expr.row, expr.period === "same" ? period : expr.period.fixed)
      );
    case "sum": {
      const values = expr.args.map((a) => evaluate(a, figures, period));
      return values.some((v) => v !== null)
        ? values.reduce<number>((s, v) => s + (v ?? 0), 0)
        : null;
    }
    case "pct": {
      const num = evaluate(expr.num, figures, period);
      const den = evaluate(expr.den, figures, period) ?? 0;
      return num !== null && den !== 0 ? (num / den) * 100 : null;
    }
    case "drop": {
      const to = evaluate(expr.to, figures, period);
      const from = evaluate(expr.from, figures, period) ?? 0;
      return to !== null && from !== 0 ? ((from - to) / from) * 100 : null;
    }
  }
}
