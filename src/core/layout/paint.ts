import type { Rect } from "../a1";
import type { SheetLayout, Style, StyleId } from "./types";
import { bodyRows } from "./body";

/**
 * Rectangles covering the cells that share a value, few and large: rows are cut into runs of one
 * value, then runs that repeat on the next row are stacked. Cells mapped to undefined are left out.
 */
export function coalesce<T>(
  cells: Map<string, T>,
  keyOf: (v: T) => string = (v) => JSON.stringify(v)
): { value: T; rects: Rect[] }[] {
  const byRow = new Map<number, [number, T][]>();
  for (const [at, v] of cells) {
    const [r, c] = at.split(":").map(Number) as [number, number];
    (byRow.get(r) ?? byRow.set(r, []).get(r)!).push([c, v]);
  }
  const open = new Map<string, Rect & { value: T }>();
  const done: (Rect & { value: T })[] = [];
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const row = byRow.get(r)!.sort((a, b) => a[0] - b[0]);
    const runs: (Rect & { value: T })[] = [];
    for (const [c, v] of row) {
      const last = runs.at(-1);
      if (last && last.col + last.cols === c && keyOf(last.value) === keyOf(v)) last.cols++;
      else runs.push({ row: r, col: c, rows: 1, cols: 1, value: v });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const id = `${run.col}:${run.cols}:${keyOf(run.value)}`;
      seen.add(id);
      const prev = open.get(id);
      if (prev && prev.row + prev.rows === r) prev.rows++;
      else {
        if (prev) done.push(prev);
        open.set(id, run);
      }
    }
    for (const [id, rect] of open)
      if (!seen.has(id)) {
        done.push(rect);
        open.delete(id);
      }
  }
  done.push(...open.values());
  const groups = new Map<string, { value: T; rects: Rect[] }>();
  for (const { value, ...rect } of done)
    (
      groups.get(keyOf(value)) ?? groups.set(keyOf(value), { value, rects: [] }).get(keyOf(value))!
    ).rects.push(rect);
  return [...groups.values()];
}

/** The style of every styled cell, the last rectangle winning as in the layout. */
export function styleGrid(sheet: SheetLayout): Map<string, StyleId> {
  const grid = new Map<string, StyleId>();
  for (const { rect, style } of sheet.styles)
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) grid.set(`${r}:${c}`, style);
  return grid;
}

/** Rectangles of one style property, leaving out cells where it is absent. */
export function paint<T>(
  sheet: SheetLayout,
  styles: Record<StyleId, Style>,
  pick: (s: Style) => T | undefined
): { value: T; rects: Rect[] }[] {
  const cells = new Map<string, T>();
  for (const [at, id] of styleGrid(sheet)) {
    const v = pick(styles[id]);
    if (v !== undefined) cells.set(at, v);
  }
  return coalesce(cells);
}

/** The sheet's validations, merged into as few rectangles as the cells allow. */
export function validationRects(
  sheet: SheetLayout
): { value: SheetLayout["validations"][number]["validation"]; rects: Rect[] }[] {
  const cells = new Map<string, SheetLayout["validations"][number]["validation"]>();
  for (const { rect, validation } of sheet.validations)
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) cells.set(`${r}:${c}`, validation);
  return coalesce(cells);
}

/** The used area of a sheet: every cell written, styled or merged. */
export function extent(sheet: SheetLayout): { rows: number; cols: number } {
  let rows = 1;
  let cols = sheet.columns.length;
  const grow = (r: Rect) => (
    (rows = Math.max(rows, r.row + r.rows)),
    (cols = Math.max(cols, r.col + r.cols))
  );
  for (const c of sheet.cells) grow({ row: c.row, col: c.col, rows: 1, cols: 1 });
  for (const s of sheet.styles) grow(s.rect);
  for (const m of sheet.merges) grow(m);
  if (sheet.body) rows = Math.max(rows, sheet.body.at + bodyRows(sheet.body));
  return { rows, cols };
}
