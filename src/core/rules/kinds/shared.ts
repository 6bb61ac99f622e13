import { rowOf, type Catalogue } from "../../catalogue";
import { numberAt } from "../../values";
import type { CheckInput } from "../kind";
import type { Form } from "../../catalogue/schema";
import { figureRef, type FigureRef } from "../../figure";
import { formatVi } from "../names";

export const EPSILON = 1e-9;
export const fig = (n: number): string => formatVi(n);

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

/** A breakdown's parts in one period: each typed value, and whether the unit's level reports the row. */
export const breakdownIn = (
  rule: { form: string; parts: string[] },
  input: CheckInput,
  cat: Catalogue,
  period: string
): { row: string; value: number | null; greyed: boolean }[] =>
  rule.parts.map((row) => ({
    row,
    value: numberAt(input.figures, figureRef(rule.form, row, period)),
    greyed:
      input.level !== null &&
      (rowOf(formOf(cat, rule.form), row)?.notFor?.includes(input.level) ?? false),
  }));
