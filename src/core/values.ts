import type { FigureRef } from "./figure";

/** A cell's content once read: a number, a text, or nothing. Blank is not zero. */
export type Scalar = number | string | null;

/** The figures of one form: row key → period id → value. */
export type FormFigures = Record<string, Record<string, Scalar>>;

/** Every form's figures in a workbook, by form id. */
export type Figures = Record<string, FormFigures>;

export const figureAt = (figures: Figures, ref: FigureRef): Scalar =>
  figures[ref.form]?.[ref.row]?.[ref.period] ?? null;

export const numberAt = (figures: Figures, ref: FigureRef): number | null => {
  const v = figureAt(figures, ref);
  return typeof v === "number" ? v : null;
};

export function setFigure(figures: Figures, ref: FigureRef, value: Scalar): void {
  const f = (figures[ref.form] ??= {});
  const r = (f[ref.row] ??= {});
  r[ref.period] = value;
}
