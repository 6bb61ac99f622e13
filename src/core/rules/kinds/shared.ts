import { rowOf, type Catalogue } from "../../catalogue";
import { figureAt, isNotApplicable, quantityAt, type Figures } from "../../values";
import type { CheckInput } from "../kind";
import type { Form } from "../../catalogue/schema";
import { figureRef, type FigureRef } from "../../figure";
import { formatVi } from "../names";

export const EPSILON = 1e-9;
export const fig = (n: number): string => formatVi(n);

/** A figure as a message shows it: the number, or "Không áp dụng". */
export const shownAt = (figures: Figures, ref: FigureRef): string => {
  const v = figureAt(figures, ref);
  return typeof v === "number" ? fig(v) : isNotApplicable(v) ? String(v) : "";
};

export const formOf = (cat: Catalogue, id: string): Form => {
  const form = cat.forms.find((f) => f.id === id);
  if (!form) throw new Error(`unknown form ${id}`);
  return form;
};

/** The form a row key belongs to. */
export const formHolding = (cat: Catalogue, key: string): Form => {
  const form = cat.forms.find((f) => rowOf(f, key));
  if (!form) throw new Error(`unknown row ${key}`);
  return form;
};

/** The same rows of a form in one period, as figure references. */
export const refsIn = (form: string, rows: string[], period: string): FigureRef[] =>
  rows.map((row) => figureRef(form, row, period));

/** A breakdown's parts in one period: each as a quantity ("Không áp dụng" is 0), and whether the level reports it. */
export const breakdownIn = (
  rule: { form: string; parts: string[] },
  input: CheckInput,
  cat: Catalogue,
  period: string
): { row: string; value: number | null; greyed: boolean }[] =>
  rule.parts.map((row) => ({
    row,
    value: quantityAt(input.figures, figureRef(rule.form, row, period)),
    greyed:
      input.level !== null &&
      (rowOf(formOf(cat, rule.form), row)?.notFor?.includes(input.level) ?? false),
  }));
