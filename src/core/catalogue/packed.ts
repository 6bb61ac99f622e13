import { figureKey, figureRef, type FigureKey, type FigureRef } from "../figure";
import { figureAt, type Figures, type Scalar } from "../values";
import { columnsOf } from "./columns";
import type { Catalogue } from "./index";

/** Every figure a catalogue's forms hold, form by form, row by row, column by column: its number is its place. */
export interface FigureIndex {
  refs: FigureRef[];
  of: Map<FigureKey, number>;
}

const indexes = new WeakMap<Catalogue, FigureIndex>();

export function figureIndex(cat: Catalogue): FigureIndex {
  const known = indexes.get(cat);
  if (known) return known;
  const refs = cat.forms.flatMap((form) =>
    form.rows.flatMap((row) => columnsOf(form).map((c) => figureRef(form.id, row.key, c)))
  );
  const index = { refs, of: new Map(refs.map((r, i) => [figureKey(r), i])) };
  indexes.set(cat, index);
  return index;
}

/**
 * One unit's figures kept compactly, for a merge that holds thousands of units: the numbers in one array by
 * figure number (NaN where blank), the few texts apart.
 */
export interface PackedFigures {
  numbers: Float64Array;
  texts: Map<number, string>;
}

export function packFigures(figures: Figures, cat: Catalogue): PackedFigures {
  const { refs } = figureIndex(cat);
  const packed: PackedFigures = {
    numbers: new Float64Array(refs.length).fill(NaN),
    texts: new Map(),
  };
  let held = 0;
  refs.forEach((ref, i) => {
    const v = figureAt(figures, ref);
    if (v === null) return;
    held++;
    if (typeof v === "number") packed.numbers[i] = v;
    else packed.texts.set(i, v);
  });
  const given = Object.values(figures).reduce(
    (n, rows) =>
      n +
      Object.values(rows).reduce(
        (m, ps) => m + Object.values(ps).filter((v) => v !== null).length,
        0
      ),
    0
  );
  // a figure outside the catalogue would be lost: a reader's mistake, not the user's
  if (held !== given) throw new Error(`packFigures: ${given - held} figures outside the catalogue`);
  return packed;
}

/** The figure numbered `i`: a number, a text or blank. */
export const packedAt = (p: PackedFigures, i: number): Scalar => {
  const n = p.numbers[i]!;
  return Number.isNaN(n) ? (p.texts.get(i) ?? null) : n;
};

/** A figure of packed figures by its reference. */
export function packedSource(p: PackedFigures, cat: Catalogue): (ref: FigureRef) => Scalar {
  const { of } = figureIndex(cat);
  return (ref) => {
    const i = of.get(figureKey(ref));
    return i === undefined ? null : packedAt(p, i);
  };
}
