import { formIn, rowOf, type Catalogue } from "../catalogue";
import { figureRef, type FigureKey, type FigureRef } from "../figure";
import type { Inputs } from "../layout/types";
import type { Level } from "../catalogue/schema";
import { isNotApplicable, type Scalar } from "../values";
import { addText, combineTexts, noTexts, type Texts } from "./texts";

/** Where one unit's figures are read from: nested figures or packed ones, by reference (and key, if known). */
export type FigureSource = (ref: FigureRef, key?: FigureKey) => Scalar;

/** What many units' figures for one cell add up to, before it becomes one figure. */
export interface CellAcc {
  ref: FigureRef;
  /** sum of the numbers, and how many units gave one */
  sum: number;
  n: number;
  /** how many units answered "Không áp dụng" */
  na: number;
  /** Σ value × weight and Σ weight, for a weighted mean; units without a weight are counted apart */
  wsum: number;
  w: number;
  unweighted: number;
  /** how many units gave each answer (a code, or Đạt / Không đạt) */
  answers: Record<string, number>;
  /** units' texts, as many as the merged cell shows */
  texts: Texts;
  /** for a count of a list a level shares: by level ("" unknown), each value given and by whom */
  levels: Record<string, Record<string, Given>>;
}

/** How many units gave one value, and one of them by name (the first in code order), to say who differs. */
export interface Given {
  n: number;
  unit: string;
}

// one number and one name a value, whatever the number of units: a merge of thousands stays small
const give = (to: Record<string, Given>, value: string, n: number, unit: string) => {
  const g = to[value];
  if (!g) to[value] = { n, unit };
  else {
    g.n += n;
    if (unit < g.unit) g.unit = unit;
  }
};

/** The merge so far: one accumulator per input cell. */
export type Accumulated = Map<FigureKey, CellAcc>;

const empty = (ref: FigureRef): CellAcc => ({
  ref,
  sum: 0,
  n: 0,
  na: 0,
  wsum: 0,
  w: 0,
  unweighted: 0,
  answers: {},
  texts: noTexts(),
  levels: {},
});

/** Adds one unit's typed figures. */
export function addUnit(
  acc: Accumulated,
  unit: { name: string; level: Level | null },
  valueAt: FigureSource,
  inputs: Inputs,
  cat: Catalogue
): Accumulated {
  for (const [formId, cells] of Object.entries(inputs)) {
    const form = formIn(cat, formId);
    for (const [key, { ref, kind }] of cells) {
      const value = valueAt(ref, key);
      if (value === null) continue;
      const row = rowOf(form, ref.row)!;
      const a = acc.get(key) ?? acc.set(key, empty(ref)).get(key)!;
      if (kind === "text") a.texts = addText(a.texts, unit.name, String(value));
      else if (kind === "yesNo" || kind === "status" || kind === "assessment")
        a.answers[String(value)] = (a.answers[String(value)] ?? 0) + 1;
      else if (typeof value === "number") {
        if (row.aggregate === "perLevel")
          give((a.levels[unit.level ?? ""] ??= {}), String(value), 1, unit.name);
        a.sum += value;
        a.n += 1;
        const w = row.weight ? valueAt(figureRef(formId, row.weight, ref.period)) : null;
        const weight = typeof w === "number" ? w : null;
        if (weight !== null && weight > 0) {
          a.wsum += value * weight;
          a.w += weight;
        } else a.unweighted += 1;
      } else if (isNotApplicable(value)) a.na += 1;
    }
  }
  return acc;
}

/** Two partial merges as one: cell by cell, in any order, with the same result. */
export function combine(a: Accumulated, b: Accumulated): Accumulated {
  const out: Accumulated = new Map();
  for (const [key, x] of [...a, ...b]) {
    const y = out.get(key);
    if (!y) {
      out.set(key, {
        ...x,
        answers: { ...x.answers },
        texts: combineTexts(noTexts(), x.texts),
        levels: Object.fromEntries(
          Object.entries(x.levels).map(([l, vs]) => [
            l,
            Object.fromEntries(Object.entries(vs).map(([v, g]) => [v, { ...g }])),
          ])
        ),
      });
      continue;
    }
    y.sum += x.sum;
    y.n += x.n;
    y.na += x.na;
    y.wsum += x.wsum;
    y.w += x.w;
    y.unweighted += x.unweighted;
    for (const [k, c] of Object.entries(x.answers)) y.answers[k] = (y.answers[k] ?? 0) + c;
    y.texts = combineTexts(y.texts, x.texts);
    for (const [level, values] of Object.entries(x.levels))
      for (const [v, g] of Object.entries(values)) give((y.levels[level] ??= {}), v, g.n, g.unit);
  }
  return out;
}
