/** A cell's content once read: a number, a text, or nothing. Blank is not zero. */
export type Scalar = number | string | null;

/** The figures of one form: row key → period id → value. */
export type FormFigures = Record<string, Record<string, Scalar>>;

/** Every form's figures in a workbook, by form id. */
export type Figures = Record<string, FormFigures>;

export const figureAt = (figures: Figures, form: string, row: string, period: string): Scalar =>
  figures[form]?.[row]?.[period] ?? null;

export const numberAt = (figures: Figures, form: string, row: string, period: string): number | null => {
  const v = figureAt(figures, form, row, period);
  return typeof v === "number" ? v : null;
};

export function setFigure(figures: Figures, form: string, row: string, period: string, value: Scalar): void {
  const f = (figures[form] ??= {});
  const r = (f[row] ??= {});
  r[period] = value;
}
