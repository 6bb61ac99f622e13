import { OUTLINE_LIST } from "../core/rounds/outlines";
import { COVER_SHEET } from "../core/layout/cover";
import { text } from "../core/messages";
import type { RawSheet } from "../core/read/grid";
import { COVER_ID, MERGED_MARK } from "../core/sheet-keys";

/**
 * Sheets to be replaced are first renamed to a temporary name with this prefix, so that the new sheets
 * take their final names before any formula naming them is written (Excel binds a reference when the
 * formula is written); they are deleted last. A failed run can leave some behind: the next run finds them.
 */
const ASIDE_PREFIX = "cchc~";

/** A temporary name unique to this run: under Excel's 31 characters. */
export const temporaryNames = (count: number): string[] => {
  const run = Math.random().toString(36).slice(2, 8);
  return Array.from({ length: count }, (_, i) => `${ASIDE_PREFIX}${run}~${i + 1}`);
};

/** "Thông tin" → "Thông tin (cũ)", "Thông tin (cũ 2)"…: a free name for each sheet kept aside. */
export function asideNames(sheets: string[], taken: string[]): { from: string; to: string }[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return sheets.map((from) => {
    let to = `${from} (${text("ui.create.aside")})`;
    for (let i = 2; used.has(to.toLowerCase()); i++)
      to = `${from} (${text("ui.create.aside")} ${i})`;
    used.add(to.toLowerCase());
    return { from, to };
  });
}

export interface Leftovers {
  /** a merge's output left by a failed run: regenerated, so deleted */
  merged: string[];
  /** forms or other sheets left by a failed run: they may hold figures, so they are renamed, never deleted */
  kept: { from: string; base: string }[];
}

/** The sheets a failed run left under a temporary name, and what each was. */
export function leftovers(sheets: RawSheet[]): Leftovers {
  const found = sheets.filter((s) => s.name.startsWith(ASIDE_PREFIX));
  const id = (s: RawSheet) => String(s.rows[0]?.[0] ?? "").trim();
  const base = (s: RawSheet) =>
    id(s) === COVER_ID
      ? COVER_SHEET
      : (OUTLINE_LIST.flatMap((r) => r.forms).find((f) => f.id === id(s))?.sheet ??
        text("ui.create.leftover"));
  return {
    merged: found
      .filter((s) => String(s.rows[0]?.[1] ?? "").trim() === MERGED_MARK)
      .map((s) => s.name),
    kept: found
      .filter((s) => String(s.rows[0]?.[1] ?? "").trim() !== MERGED_MARK)
      .map((s) => ({ from: s.name, base: base(s) })),
  };
}

/** The renames that give leftovers ordinary "… (cũ)" names. */
export const restoreNames = (
  kept: Leftovers["kept"],
  taken: string[]
): { from: string; to: string }[] => {
  const named = asideNames(
    kept.map((k) => k.base),
    taken
  );
  return kept.map((k, i) => ({ from: k.from, to: named[i]!.to }));
};
