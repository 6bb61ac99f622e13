import type { Catalogue } from "../../catalogue";
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

/** The same rows of a form in one period, as figure references. */
export const refsIn = (form: string, rows: string[], period: string): FigureRef[] =>
  rows.map((row) => figureRef(form, row, period));
