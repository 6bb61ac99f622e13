import type { FigureRef } from "./figure";
import { text } from "./messages";

/** A cell's content once read: a number, a text, or nothing. Blank is not zero. */
export type Scalar = number | string | null;

/** The figures of one form: row key → period id → value. */
export type FormFigures = Record<string, Record<string, Scalar>>;

/** Every form's figures in a workbook, by form id. */
export type Figures = Record<string, FormFigures>;

export const figureAt = (figures: Figures, ref: FigureRef): Scalar =>
  figures[ref.form]?.[ref.row]?.[ref.period] ?? null;

/**
 * The answer "Không áp dụng" in a figure row: the row concerns the unit's level but not this unit. Not blank
 * (the row is answered) and not a number (no rate or verdict is drawn from it); a quantity of 0 in relations.
 */
export const NOT_APPLICABLE = text("answer.notApplicable");

export const isNotApplicable = (v: Scalar): boolean => v === NOT_APPLICABLE;

export const numberAt = (figures: Figures, ref: FigureRef): number | null => {
  const v = figureAt(figures, ref);
  return typeof v === "number" ? v : null;
};

export function setFigure(figures: Figures, ref: FigureRef, value: Scalar): void {
  const f = (figures[ref.form] ??= {});
  const r = (f[ref.row] ??= {});
  r[ref.period] = value;
}

/** A figure as a quantity in relations between rows: its number, 0 for "Không áp dụng", null when blank. */
export const quantityAt = (figures: Figures, ref: FigureRef): number | null => {
  const v = figureAt(figures, ref);
  return typeof v === "number" ? v : isNotApplicable(v) ? 0 : null;
};
