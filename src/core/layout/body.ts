import { packedAt } from "../catalogue/packed";
import type { Scalar } from "../values";
import type { SheetBody } from "./types";

/** How many rows a body has. */
export const bodyRows = (body: SheetBody): number => body.leads.length;

/** The body's i-th row, from column A: its leading cells, then its figures. */
export const bodyRow = (body: SheetBody, i: number): Scalar[] => {
  const row: Scalar[] = [...body.leads[i]!];
  if (body.across) {
    const at = body.shown[i]!;
    for (const figures of body.figures) row.push(packedAt(figures, at));
  } else {
    const figures = body.figures[i]!;
    for (const at of body.shown) row.push(packedAt(figures, at));
  }
  return row;
};

/** The first column of a body's figures: where an `across` body's rows stop being alike in style. */
export const bodyFiguresAt = (body: SheetBody): number => body.leads[0]?.length ?? 0;
