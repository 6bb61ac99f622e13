import { cell, pct, sum } from "../../src/core/catalogue/build";
import { evaluate } from "../../src/core/expr/evaluate";
import { toFormula, type Resolve } from "../../src/core/expr/formula";
import type { Figures } from "../../src/core/values";

const figures = (rows: Record<string, number | string | null>): Figures => ({
  F: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, { y: v }])),
});
const at = (row: string) => ({ a: "B2", b: "B3", c: "B4" })[row];
const resolve: Resolve = (ref) => at(ref.row);

describe("expressions", () => {
  const rate = pct(cell("F", "a"), cell("F", "b"));
  const total = sum(cell("F", "a"), cell("F", "b"));

  it("computes a rate as a percentage", () =>
    expect(evaluate(rate, figures({ a: 17, b: 20 }), "y")).toBe(85));
  it("leaves a rate blank when its denominator is zero", () =>
    expect(evaluate(rate, figures({ a: 0, b: 0 }), "y")).toBeNull());
  it("leaves a rate blank when its denominator is blank", () =>
    expect(evaluate(rate, figures({ a: 3, b: null }), "y")).toBeNull());
  it("leaves a rate blank when its numerator is blank", () =>
    expect(evaluate(rate, figures({ a: null, b: 4 }), "y")).toBeNull());
  it("reads text as blank, never as zero", () =>
    expect(evaluate(total, figures({ a: "mười", b: null }), "y")).toBeNull());
  it("adds the parts that are filled", () =>
    expect(evaluate(total, figures({ a: 2, b: null }), "y")).toBe(2));
  it("leaves a total of blanks blank", () => expect(evaluate(total, figures({}), "y")).toBeNull());

  it("writes a rate as a formula that is blank, never #DIV/0!", () =>
    expect(toFormula(rate, resolve, "y")).toBe('IF(AND(ISNUMBER(B2),N(B3)<>0),B2/B3*100,"")'));
  it("writes a total as a formula that is blank when every part is", () =>
    expect(toFormula(total, resolve, "y")).toBe(
      'IF(OR(ISNUMBER(B2),ISNUMBER(B3)),N(B2)+N(B3),"")'
    ));
  it("has no formula when a referenced form is absent", () =>
    expect(toFormula(pct(cell("F", "a"), cell("F", "zz")), resolve, "y")).toBeUndefined());
});
