import { text } from "../messages";

/** Units' names in Vietnamese order: one collator for the thousands of comparisons of a merge. */
export const byVietnamese = new Intl.Collator("vi").compare;

/** How many units a note names; the rest are counted, so that a note stays short whatever their number. */
const NAMED = 5;

/** The first few of some names (already in order), then how many more there are: "A, B và 3 đơn vị khác". */
export function someNamed(names: string[], total: number = names.length): string {
  const shown = names.slice(0, NAMED).join(", ");
  const more = total - Math.min(names.length, NAMED);
  return more > 0 ? text("merge.note.andMore", { units: shown, n: more }) : shown;
}

/**
 * Characters of units' texts joined in one merged cell: Excel shows only the first 1 024 of a cell, so more
 * would be unread (and a province's 2 000 remarks would fill megabytes); the per-unit sheet keeps each whole.
 */
export const MAX_TEXT = 1000;

/**
 * Units' texts for one cell, as far as a merged cell shows them: those first in the order of the units'
 * names, up to the one that passes MAX_TEXT. Kept bounded, and the same whatever order units are added or
 * partial merges combined, since a text the cell shows comes before the cut in every part too.
 */
export interface Texts {
  /** [unit, text], in the order of the units' names */
  first: [string, string][];
  /** characters of `first` joined, one "unit: text" a line */
  length: number;
  /** some unit's text was left out after the cut */
  more: boolean;
}

export const noTexts = (): Texts => ({ first: [], length: 0, more: false });

const lineLength = ([unit, t]: [string, string]) => unit.length + 2 + t.length;

/** The texts in name order (one per unit, the later given winning), cut after the one that passes MAX_TEXT. */
function bounded(all: [string, string][], more: boolean): Texts {
  const byUnit = new Map(all);
  const sorted = [...byUnit].sort(([a], [b]) => byVietnamese(a, b));
  const first: [string, string][] = [];
  let length = 0;
  for (const entry of sorted) {
    if (length > MAX_TEXT) return { first, length, more: true };
    length += (first.length > 0 ? 1 : 0) + lineLength(entry);
    first.push(entry);
  }
  return { first, length, more };
}

/** Adds one unit's text, in place where it comes after the others (a merge's order), else by sorting again. */
export function addText(t: Texts, unit: string, value: string): Texts {
  const last = t.first.at(-1);
  // units come in name order from a merge: past the cut, a later name is only counted as left out
  if (t.length > MAX_TEXT && last && byVietnamese(unit, last[0]) > 0) {
    t.more = true;
    return t;
  }
  if (!last || byVietnamese(unit, last[0]) > 0) {
    t.first.push([unit, value]);
    t.length += (t.first.length > 1 ? 1 : 0) + unit.length + 2 + value.length;
    return t;
  }
  return bounded([...t.first, [unit, value]], t.more);
}

export const combineTexts = (a: Texts, b: Texts): Texts =>
  bounded([...a.first, ...b.first], a.more || b.more);

/** The merged cell's text: each unit's on its line, cut where Excel stops showing a cell. */
export function joinTexts(t: Texts): string | null {
  if (t.first.length === 0) return null;
  const all = t.first.map(([unit, v]) => `${unit}: ${v}`).join("\n");
  return all.length > MAX_TEXT ? `${all.slice(0, MAX_TEXT)}\n${text("merge.textCut")}` : all;
}
