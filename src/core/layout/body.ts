import { packedAt } from "../catalogue/packed";
import type { Scalar } from "../values";
import type { SheetBody } from "./types";

/** How many rows a body has. */
export const bodyRows = (body: SheetBody): number => body.leads.length;

/** The body's i-th row, from column A: its leading cells, then its figures; up to column `end` when given. */
export const bodyRow = (body: SheetBody, i: number, end = Infinity): Scalar[] => {
  const row: Scalar[] = body.leads[i]!.slice(0, end);
  const count = Math.min(end - row.length, body.across ? body.figures.length : body.shown.length);
  if (body.across) {
    const at = body.shown[i]!;
    for (let k = 0; k < count; k++) row.push(packedAt(body.figures[k]!, at));
  } else {
    const figures = body.figures[i]!;
    for (let k = 0; k < count; k++) row.push(packedAt(figures, body.shown[k]!));
  }
  return row;
};

/** The first column of a body's figures: where an `across` body's rows stop being alike in style. */
export const bodyFiguresAt = (body: SheetBody): number => body.leads[0]?.length ?? 0;
