/** One figure of a form: a row, by its key, in a period (or the form's notes column). */
export interface FigureRef {
  readonly form: string;
  readonly row: string;
  readonly period: string;
}

declare const figureKeyBrand: unique symbol;

/** A figure's identity as text, for maps and hidden key cells; built only by `figureKey`, never split. */
export type FigureKey = string & { readonly [figureKeyBrand]: true };

export const figureRef = (form: string, row: string, period: string): FigureRef => ({
  form,
  row,
  period,
});

export const figureKey = (ref: FigureRef): FigureKey =>
  `${ref.form}|${ref.row}|${ref.period}` as FigureKey;

/** Where something stands in a workbook: a sheet and a 0-based row and column; A1 only for display. */
export interface SheetCell {
  sheet: string;
  row: number;
  col: number;
}
