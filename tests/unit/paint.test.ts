import fc from "fast-check";
import type { Rect } from "../../src/core/a1";
import { coalesceLayers } from "../../src/core/layout/paint";

/** What a cell shows after the layers are painted in order, cell by cell: the specification. */
function cellByCell(
  layers: { rect: Rect; value: string }[],
  map: (s: string) => string | undefined
) {
  const cells = new Map<string, string>();
  for (const { rect, value } of layers)
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) cells.set(`${r}:${c}`, value);
  const shown = new Map<string, string>();
  for (const [at, v] of cells) {
    const m = map(v);
    if (m !== undefined) shown.set(at, m);
  }
  return shown;
}

/** The cells the rectangles cover, failing where two rectangles overlap. */
function covered(groups: { value: string; rects: Rect[] }[]) {
  const cells = new Map<string, string>();
  for (const { value, rects } of groups)
    for (const rect of rects)
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          if (cells.has(`${r}:${c}`)) throw new Error(`${r}:${c} painted twice`);
          cells.set(`${r}:${c}`, value);
        }
  return cells;
}

const layer = fc.record({
  rect: fc.record({
    row: fc.nat(12),
    col: fc.nat(12),
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 1, max: 6 }),
  }),
  value: fc.constantFrom("a", "b", "c", "none"),
});
const map = (s: string) => (s === "none" ? undefined : s.toUpperCase());

describe("painting a sheet's rectangles", () => {
  it("covers each cell once, with the value of the last layer over it", () => {
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 12 }), (layers) => {
        expect(covered(coalesceLayers(layers, map))).toEqual(cellByCell(layers, map));
      })
    );
  });

  it("is one rectangle for a block of one value, however it was laid", () => {
    const block = [0, 1, 2].flatMap((row) =>
      [0, 1, 2, 3].map((col) => ({ rect: { row, col, rows: 1, cols: 1 }, value: "a" }))
    );
    expect(coalesceLayers(block, map)).toEqual([
      { value: "A", rects: [{ row: 0, col: 0, rows: 3, cols: 4 }] },
    ]);
  });

  it("follows the rectangles, not the cells: a million cells under one style are looked at a few times", () => {
    let looked = 0;
    const counting = (s: string) => (looked++, map(s));
    const huge = [
      { rect: { row: 7, col: 3, rows: 2000, cols: 1600 }, value: "a" },
      { rect: { row: 0, col: 3, rows: 1, cols: 1 }, value: "b" },
    ];
    expect(coalesceLayers(huge, counting)).toEqual([
      { value: "B", rects: [huge[1]!.rect] },
      { value: "A", rects: [huge[0]!.rect] },
    ]);
    // cut where the small rectangle ends: three pieces, each looked at once
    expect(looked).toBe(3);
  });
});
