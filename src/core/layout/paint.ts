import { a1, type Rect } from "../a1";
import type { SheetLayout, Style, StyleId } from "./types";
import { bodyRows } from "./body";

/** Where rectangles start and end along one axis, in order: between two cuts, every line is the same. */
function cutsOf(rects: Rect[], start: (r: Rect) => number, size: (r: Rect) => number): number[] {
  const at = new Set<number>();
  for (const r of rects) at.add(start(r)).add(start(r) + size(r));
  return [...at].sort((a, b) => a - b);
}

/**
 * Rectangles covering the cells that share a value, few and large. `layers` are painted in order, a later
 * one winning where they overlap; `map` turns a layer's value into the value painted, undefined leaving the
 * cell out. The sheet is first cut where some layer starts or ends, so the work follows the rectangles, not
 * the cells (a merge's per-unit sheet has a million); then rows are cut into runs of one value, and runs
 * that repeat on the next row are stacked.
 */
export function coalesceLayers<S, T>(
  layers: { rect: Rect; value: S }[],
  map: (s: S) => T | undefined,
  keyOf: (v: T) => string = (v) => JSON.stringify(v)
): { value: T; rects: Rect[] }[] {
  const rects = layers.map((l) => l.rect);
  const rowCuts = cutsOf(
    rects,
    (r) => r.row,
    (r) => r.rows
  );
  const colCuts = cutsOf(
    rects,
    (r) => r.col,
    (r) => r.cols
  );
  const rowAt = new Map(rowCuts.map((v, i) => [v, i]));
  const colAt = new Map(colCuts.map((v, i) => [v, i]));
  // each piece holds the index of the last layer over it, -1 where none is
  const grid = Array.from({ length: Math.max(rowCuts.length - 1, 0) }, () =>
    new Int32Array(Math.max(colCuts.length - 1, 0)).fill(-1)
  );
  layers.forEach(({ rect }, i) => {
    const [r0, r1] = [rowAt.get(rect.row)!, rowAt.get(rect.row + rect.rows)!];
    const [c0, c1] = [colAt.get(rect.col)!, colAt.get(rect.col + rect.cols)!];
    for (let r = r0; r < r1; r++) grid[r]!.fill(i, c0, c1);
  });
  const open = new Map<string, Rect & { value: T }>();
  const done: (Rect & { value: T })[] = [];
  grid.forEach((line, ri) => {
    const row = rowCuts[ri]!;
    const rows = rowCuts[ri + 1]! - row;
    const runs: (Rect & { value: T; key: string })[] = [];
    line.forEach((layer, ci) => {
      const v = layer < 0 ? undefined : map(layers[layer]!.value);
      if (v === undefined) return;
      const key = keyOf(v);
      const col = colCuts[ci]!;
      const cols = colCuts[ci + 1]! - col;
      const last = runs.at(-1);
      if (last && last.col + last.cols === col && last.key === key) last.cols += cols;
      else runs.push({ row, col, rows, cols, value: v, key });
    });
    const seen = new Set<string>();
    for (const { key, ...run } of runs) {
      const id = `${run.col}:${run.cols}:${key}`;
      seen.add(id);
      const prev = open.get(id);
      if (prev && prev.row + prev.rows === row) prev.rows += rows;
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
  });
  done.push(...open.values());
  const groups = new Map<string, { value: T; rects: Rect[] }>();
  for (const { value, ...rect } of done) {
    const key = keyOf(value);
    (groups.get(key) ?? groups.set(key, { value, rects: [] }).get(key)!).rects.push(rect);
  }
  return [...groups.values()];
}

/** Rectangles covering cells ("row:col") that share a value, few and large. */
export const coalesce = <T>(
  cells: Map<string, T>,
  keyOf: (v: T) => string = (v) => JSON.stringify(v)
): { value: T; rects: Rect[] }[] =>
  coalesceLayers(
    [...cells].map(([at, value]) => {
      const [row, col] = at.split(":").map(Number) as [number, number];
      return { rect: { row, col, rows: 1, cols: 1 }, value };
    }),
    (v) => v,
    keyOf
  );

/** Rectangles of one style property, leaving out cells where it is absent. */
export const paint = <T>(
  sheet: SheetLayout,
  styles: Record<StyleId, Style>,
  pick: (s: Style) => T | undefined
): { value: T; rects: Rect[] }[] =>
  coalesceLayers(
    sheet.styles.map(({ rect, style }) => ({ rect, value: style })),
    (id) => pick(styles[id])
  );

/** The sheet's validations, merged into as few rectangles as the cells allow. */
export const validationRects = (
  sheet: SheetLayout
): { value: SheetLayout["validations"][number]["validation"]; rects: Rect[] }[] =>
  coalesceLayers(
    sheet.validations.map(({ rect, validation }) => ({ rect, value: validation })),
    (v) => v
  );

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

/** A highlight's rule, relative to its range's top-left cell as Excel reads it: en-US, without the "=". */
export const highlightFormula = (h: { rect: Rect; equals: string }): string =>
  `${a1(h.rect.row, h.rect.col)}="${h.equals.replace(/"/g, '""')}"`;
