import { figureKey, figureRef, type FigureKey, type FigureRef } from "../figure";
import { figureAt, setFigure, type Figures, type Scalar } from "../values";
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

/** Every row of a catalogue's forms, numbered in order: a row named by a small number where thousands are held. */
export interface RowIndex {
  rows: { form: string; row: string }[];
  of: Map<string, number>;
}

const rowIndexes = new WeakMap<Catalogue, RowIndex>();

export function rowIndex(cat: Catalogue): RowIndex {
  const known = rowIndexes.get(cat);
  if (known) return known;
  const rows = cat.forms.flatMap((f) => f.rows.map((r) => ({ form: f.id, row: r.key })));
  const index = { rows, of: new Map(rows.map((r, i) => [`${r.form}|${r.row}`, i])) };
  rowIndexes.set(cat, index);
  return index;
}

/**
 * One unit's figures kept compactly, for a merge that holds thousands of units: the numbers in one array by
 * figure number (NaN where blank), the few texts apart, by figure number in increasing order.
 */
export interface PackedFigures {
  numbers: Float64Array;
  textAt: Uint32Array;
  texts: string[];
}

/** Short texts many units repeat ("Đạt", a code's label), kept once; bounded, so it never grows with input. */
const common = new Map<string, string>();
const COMMON_MAX = 4096;
const shared = (s: string): string => {
  const known = common.get(s);
  if (known !== undefined) return known;
  if (s.length <= 64 && common.size < COMMON_MAX) common.set(s, s);
  return s;
};

export function packFigures(figures: Figures, cat: Catalogue): PackedFigures {
  const { refs } = figureIndex(cat);
  const numbers = new Float64Array(refs.length).fill(NaN);
  const textAt: number[] = [];
  const texts: string[] = [];
  let held = 0;
  refs.forEach((ref, i) => {
    const v = figureAt(figures, ref);
    if (v === null) return;
    held++;
    if (typeof v === "number") numbers[i] = v;
    else {
      textAt.push(i);
      texts.push(shared(v));
    }
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
  return { numbers, textAt: Uint32Array.from(textAt), texts };
}

/** The figure numbered `i`: a number, a text or blank. */
export const packedAt = (p: PackedFigures, i: number): Scalar => {
  const n = p.numbers[i]!;
  if (!Number.isNaN(n)) return n;
  // texts by figure number, found by halving
  let lo = 0;
  let hi = p.textAt.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = p.textAt[mid]!;
    if (at === i) return p.texts[mid]!;
    if (at < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
};

/** Packed figures as nested ones again, for what reads figures by reference (the targets, the rankings). */
export function unpackFigures(p: PackedFigures, cat: Catalogue): Figures {
  const figures: Figures = {};
  figureIndex(cat).refs.forEach((ref, i) => {
    const v = packedAt(p, i);
    if (v !== null) setFigure(figures, ref, v);
  });
  return figures;
}

/** A figure of packed figures by its reference. */
export function packedSource(
  p: PackedFigures,
  cat: Catalogue
): (ref: FigureRef, key?: FigureKey) => Scalar {
  const { of } = figureIndex(cat);
  return (ref, key = figureKey(ref)) => {
    const i = of.get(key);
    return i === undefined ? null : packedAt(p, i);
  };
}
