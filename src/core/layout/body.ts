import { packedAt } from "../catalogue/packed";
import type { Scalar } from "../values";
import type { SheetBody } from "./types";

/** How many rows a body has. */
export const bodyRows = (body: SheetBody): number => body.leads.length;

/** The body's i-th row, from column A: its leading cells, then its figures. */
export const bodyRow = (body: SheetBody, i: number): Scalar[] => {
  const figures = body.figures[i]!;
  const row: Scalar[] = [...body.leads[i]!];
  for (const at of body.shown) row.push(packedAt(figures, at));
  return row;
};
