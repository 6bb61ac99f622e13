import type { Expr } from "../catalogue/schema";
import { figureRef, type FigureRef } from "../figure";

/** Where a referenced figure stands in the workbook, as a formula writes it ("E9" or "'Phụ lục 8'!F20"). */
export type Resolve = (ref: FigureRef) => string | undefined;

/**
 * The Excel formula (en-US, without "=") of an expression for one period. Mirrors evaluate.ts:
 * ISNUMBER is "not blank", N() reads a blank or "" as 0. Undefined when a referenced cell is absent.
 */
export function toFormula(expr: Expr, resolve: Resolve, period: string): string | undefined {
  const f = (e: Expr) => toFormula(e, resolve, period);
  switch (expr.op) {
    case "cell":
      return resolve(
        figureRef(expr.form, expr.row, expr.period === "same" ? period : expr.period.fixed)
      );
    case "sum": {
      const args = expr.args.map(f);
      if (args.some((a) => a === undefined)) return undefined;
      return `IF(OR(${args.map((a) => `ISNUMBER(${a})`).join(",")}),${args.map((a) => `N(${a})`).join("+")},"")`;
    }
    case "pct": {
      const num = f(expr.num);
      const den = f(expr.den);
      if (num === undefined || den === undefined) return undefined;
      return `IF(AND(ISNUMBER(${num}),N(${den})<>0),${num}/${den}*100,"")`;
    }
    case "drop": {
      const from = f(expr.from);
      const to = f(expr.to);
      if (from === undefined || to === undefined) return undefined;
      return `IF(AND(ISNUMBER(${to}),N(${from})<>0),(${from}-${to})/${from}*100,"")`;
    }
  }
}
